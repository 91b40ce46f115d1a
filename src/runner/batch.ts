import fs from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import type { Doc } from '../core/doc.js';
import { docFromRecord } from '../stages/load/index.js';
import { formatOf, recordsFromFile, type InputRecord } from '../stages/load/records.js';
import { explainDoc } from '../cli/explain-format.js';
import { articleJsonSchema } from '../stages/validate/schema.js';
import { inside, walkFiles, writeFileAtomic } from './files.js';
import { stageIndex, type ResolvedPipeline } from './pipeline.js';
import { runSteps, type Outcome } from './process.js';
import { ReportBuilder, type RunReport } from './report.js';
import { StateDir } from './state.js';

export interface RunOptions {
  input: string;
  out: string;
  /** Where stage outputs and the report go; default `<out>/.sauber`. */
  state?: string;
  pipeline: ResolvedPipeline;
  /** Re-run from this stage, starting from the saved output of the stage before it. */
  from?: string;
  concurrency?: number;
  /** Only these input files (relative to `input`), e.g. one page. */
  only?: string[];
}

export const articlePath = (out: string, docId: string): string => inside(out, `${docId}.json`);
export const defaultState = (out: string): string => path.join(out, '.sauber');

/** Every page under `input` becomes `<out>/<same relative path>.json`; failures never stop the batch. */
export async function runBatch(opts: RunOptions): Promise<RunReport> {
  const { pipeline } = opts;
  const state = new StateDir(opts.state ?? defaultState(opts.out));
  const from = opts.from ? stageIndex(pipeline, opts.from) : 0;
  const report = new ReportBuilder(pipeline, opts.input, opts.out, opts.from ?? null);
  const limit = pLimit(opts.concurrency ?? pipeline.concurrency);
  const pending: Array<Promise<void>> = [];

  const persist = pipeline.persist === 'all';
  const handle = async (rec: InputRecord): Promise<void> => {
    report.report.documents.in++;
    const save = persist ? (i: number, d: Doc) => state.save(rec.id, i, pipeline.steps[i]!, d, pipeline.debug) : undefined;
    let outcome: Outcome;
    if (rec.error) outcome = { ok: false, stage: 'load', code: rec.error.code, message: rec.error.message, timings: [] };
    else if (from > 0) {
      const saved = await state.load(rec.id, from - 1, pipeline.steps[from - 1]!);
      if ('doc' in saved) {
        report.report.documents.resumedFrom++;
        outcome = await runSteps(pipeline, saved.doc, from, save);
      } else {
        report.report.documents.rerunFromStart++;
        outcome = await runSteps(pipeline, docFromRecord(rec), 0, save);
      }
    } else outcome = await runSteps(pipeline, docFromRecord(rec), 0, save);

    report.timings(outcome.timings);
    const target = articlePath(opts.out, rec.id);
    if (!outcome.ok) {
      report.failure({ id: rec.id, path: rec.source.path, ...(rec.source.record !== undefined ? { record: rec.source.record } : {}), stage: outcome.stage, code: outcome.code, message: outcome.message });
      // An article from an earlier run would now be a lie about this input.
      await fs.rm(target, { force: true });
      return;
    }
    report.rules(outcome.doc);
    await writeFileAtomic(target, JSON.stringify(outcome.doc.article, null, 2) + '\n');
    if (pipeline.debug) await state.saveText(path.join('explain', `${rec.id}.txt`), explainDoc(outcome.doc));
    report.report.documents.out++;
  };

  const files = opts.only ?? walkFiles(opts.input);
  for await (const rel of files) {
    if (!formatOf(rel)) {
      report.report.documents.skippedFiles++;
      continue;
    }
    pending.push(
      limit(async () => {
        let records: InputRecord[];
        try {
          records = recordsFromFile(rel, await fs.readFile(path.join(opts.input, rel)));
        } catch (e) {
          report.report.documents.in++;
          report.failure({ id: rel, path: rel, stage: 'load', code: 'unreadable', message: (e as Error).message });
          return;
        }
        for (const rec of records) await handle(rec);
      }),
    );
  }
  await Promise.all(pending);
  const final = report.finish();
  await writeFileAtomic(path.join(state.root, 'report.json'), JSON.stringify(final, null, 2) + '\n');
  await writeFileAtomic(path.join(state.root, 'article.schema.json'), JSON.stringify(articleJsonSchema(), null, 2) + '\n');
  return final;
}
