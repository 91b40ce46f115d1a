import fs from 'node:fs/promises';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import type { Doc } from '../core/doc.js';
import { docFromRecord } from '../stages/load/index.js';
import { idFromPath, recordsFromFile, type InputRecord } from '../stages/load/records.js';
import { articleJsonSchema } from '../stages/validate/schema.js';
import { articlePath, defaultState, runBatch } from '../runner/batch.js';
import { writeFileAtomic } from '../runner/files.js';
import { ConfigError, loadPipeline, stageIndex } from '../runner/pipeline.js';
import { processRecord, runSteps } from '../runner/process.js';
import { STAGES } from '../runner/registry.js';
import { summarize } from '../runner/report.js';
import { StateDir } from '../runner/state.js';
import { explainDoc, explainRows } from './explain-format.js';

/** Exit codes: 0 all good, 1 some documents failed, 2 usage or configuration error. */
export const EXIT = { ok: 0, failures: 1, usage: 2 } as const;

class UsageError extends Error {}

/** The records of one page given as a file path, or as a document id under `--in`. */
async function recordsFor(doc: string, input: string): Promise<InputRecord[]> {
  const candidates = [doc, path.join(input, doc)];
  for (const c of candidates) {
    const stat = await fs.stat(c).catch(() => null);
    if (stat?.isFile()) {
      const rel = path.relative(input, path.resolve(c));
      const relPath = rel.startsWith('..') || path.isAbsolute(rel) ? path.basename(c) : rel;
      return recordsFromFile(relPath, await fs.readFile(c));
    }
  }
  // A record inside a JSONL file: `feed/3` or `feed/3-some-id`.
  const dir = path.dirname(doc);
  for (const ext of ['.jsonl', '.ndjson', '.json']) {
    const file = path.join(input, dir + ext);
    const stat = await fs.stat(file).catch(() => null);
    if (stat?.isFile()) {
      const recs = recordsFromFile(path.relative(input, file), await fs.readFile(file));
      const hit = recs.filter((r) => r.id === doc || r.id.startsWith(doc + '-') || r.id === idFromPath(doc));
      if (hit.length) return hit;
    }
  }
  throw new UsageError(`no page "${doc}" (looked for a file, and for a record under ${input})`);
}

export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command()
    .name('sauber')
    .description('Scraped pages in, clean structured articles out, with the rule id of every removal.')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('run')
    .description('Run the pipeline over every page under --in, writing <out>/<relative path>.json')
    .option('--in <dir>', 'input directory', 'raw')
    .option('--out <dir>', 'output directory for articles', 'clean')
    .option('--state <dir>', 'where stage outputs and the run report go (default <out>/.sauber)')
    .option('--pipeline <name>', 'pipeline name (pipelines/<name>.ts) or path', 'nightly')
    .option('--from <stage>', 're-run from this stage, from the saved output of the stage before it')
    .option('--jobs <n>', 'documents processed at once', (v) => Number.parseInt(v, 10))
    .option('--report-json', 'print the run report as JSON instead of a summary')
    .action(async (o: { in: string; out: string; state?: string; pipeline: string; from?: string; jobs?: number; reportJson?: boolean }) => {
      const stat = await fs.stat(o.in).catch(() => null);
      if (!stat?.isDirectory()) throw new UsageError(`--in ${o.in} is not a directory`);
      const pipeline = await loadPipeline(o.pipeline);
      const report = await runBatch({ input: o.in, out: o.out, pipeline, ...(o.state ? { state: o.state } : {}), ...(o.from ? { from: o.from } : {}), ...(o.jobs ? { concurrency: o.jobs } : {}) });
      process.stdout.write((o.reportJson ? JSON.stringify(report, null, 2) : summarize(report)) + '\n');
      code = report.documents.failed > 0 ? EXIT.failures : EXIT.ok;
    });

  program
    .command('stage')
    .description('Run one stage on one page, from the saved output of the stage before it; print the result')
    .argument('<stage>', 'stage id (load, blocks, strip, language, dates, structure, validate)')
    .argument('<doc>', 'a page file, or a document id under --in')
    .option('--in <dir>', 'input directory the document id is relative to', 'raw')
    .option('--out <dir>', 'output directory of the run whose saved outputs to use', 'clean')
    .option('--state <dir>', 'state directory (default <out>/.sauber)')
    .option('--pipeline <name>', 'pipeline name or path', 'nightly')
    .option('--write', 'save the stage output (and the article, for the last stage) as a run would')
    .action(async (stageId: string, doc: string, o: { in: string; out: string; state?: string; pipeline: string; write?: boolean }) => {
      const pipeline = await loadPipeline(o.pipeline);
      const i = stageIndex(pipeline, stageId);
      const state = new StateDir(o.state ?? defaultState(o.out));
      const recs = await recordsFor(doc, o.in);
      for (const rec of recs) {
        if (rec.error) throw new UsageError(`${rec.id}: ${rec.error.message}`);
        let input: Doc;
        if (i === 0) input = docFromRecord(rec);
        else {
          const saved = await state.load(rec.id, i - 1, pipeline.steps[i - 1]!);
          if (!('doc' in saved)) throw new UsageError(`${saved.missing}; run \`sauber run\` first`);
          input = saved.doc;
        }
        const step = pipeline.steps[i]!;
        const out = await step.stage.run(input, step.options, { previous: pipeline.steps.slice(0, i).map((s) => s.stage.id) });
        if (o.write) {
          await state.save(rec.id, i, step, out, pipeline.debug);
          if (i === pipeline.steps.length - 1 && out.article) await writeFileAtomic(articlePath(o.out, rec.id), JSON.stringify(out.article, null, 2) + '\n');
        }
        process.stdout.write(JSON.stringify({ stage: step.stage.id, version: step.stage.version, fingerprint: step.fingerprint, doc: out }, null, 2) + '\n');
      }
    });

  program
    .command('explain')
    .description('Show every line of a page with its fate: kept as what, or removed by which rule')
    .argument('<doc>', 'a page file, or a document id under --in')
    .option('--in <dir>', 'input directory the document id is relative to', 'raw')
    .option('--pipeline <name>', 'pipeline name or path', 'nightly')
    .option('--removed', 'only the removed lines')
    .option('--json', 'one JSON object per line')
    .action(async (doc: string, o: { in: string; pipeline: string; removed?: boolean; json?: boolean }) => {
      const pipeline = await loadPipeline(o.pipeline);
      for (const rec of await recordsFor(doc, o.in)) {
        const outcome = await processRecord(pipeline, rec);
        if (!outcome.ok) {
          process.stdout.write(`${rec.id}: rejected at stage ${outcome.stage} [${outcome.code}]: ${outcome.message}\n`);
          code = EXIT.failures;
          continue;
        }
        if (o.json) for (const r of explainRows(outcome.doc)) process.stdout.write(JSON.stringify({ doc: rec.id, ...r }) + '\n');
        else process.stdout.write(explainDoc(outcome.doc, { onlyRemoved: !!o.removed }));
      }
    });

  program
    .command('eval')
    .description('Run the pipeline on a benchmark folder (e.g. ../shared/eval/trafilatura) and score it with its score.mjs')
    .argument('<dataset>', 'benchmark folder with <id>.html, <id>.dump.txt and <id>.json gold files')
    .option('--dumps', 'use the <id>.dump.txt text dumps instead of the HTML pages')
    .option('--lang <codes>', 'only pages whose gold lang is one of these (comma list)')
    .option('--out <dir>', 'where the extracted <id>.txt go', 'eval-out')
    .option('--pipeline <name>', 'pipeline name or path', 'lean')
    .action(async (dataset: string, o: { dumps?: boolean; lang?: string; out: string; pipeline: string }) => {
      const { extractDataset } = await import('../eval/run-eval.js');
      const { execFileSync } = await import('node:child_process');
      const pipeline = await loadPipeline(o.pipeline);
      const out = path.join(o.out, path.basename(path.resolve(dataset)) + (o.dumps ? '-dumps' : ''));
      await fs.rm(out, { recursive: true, force: true });
      const pages = await extractDataset({ dataset, out, pipeline, dumps: !!o.dumps, ...(o.lang ? { langs: o.lang.split(',') } : {}) });
      const failed = pages.filter((p) => !p.ok);
      for (const p of failed) process.stderr.write(`failed ${p.id}: ${p.error}\n`);
      const scorer = path.join(path.resolve(dataset), '..', 'score.mjs');
      const args = [scorer, dataset, out, '--bootstrap', '0', ...(o.lang ? ['--lang', o.lang] : [])];
      process.stdout.write(`${pages.length} pages, ${failed.length} failed; outputs in ${out}\n`);
      process.stdout.write(execFileSync(process.execPath, args, { encoding: 'utf8' }));
    });

  program
    .command('rules')
    .description('List the rules of every stage (or one) with their ids and descriptions')
    .argument('[stage]', 'only this stage')
    .action((stageId?: string) => {
      for (const s of STAGES.values()) {
        if (stageId && s.id !== stageId) continue;
        process.stdout.write(`${s.id} (v${s.version}): ${s.description}\n`);
        for (const r of s.rules) process.stdout.write(`  ${r.id.padEnd(34)} ${r.description}\n`);
      }
    });

  program
    .command('schema')
    .description('Print the article JSON Schema')
    .action(() => {
      process.stdout.write(JSON.stringify(articleJsonSchema(), null, 2) + '\n');
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (e instanceof UsageError || e instanceof ConfigError) {
      process.stderr.write(`sauber: ${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
  return code;
}
