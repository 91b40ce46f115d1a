import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { loadPipeline } from '../../runner/pipeline.js';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('Run the pipeline on a benchmark folder (e.g. ../shared/eval/trafilatura) and print its metrics by language, title and date accuracy')
    .argument('<dataset>', 'benchmark folder with <id>.html, <id>.dump.txt and <id>.json gold files')
    .option('--dumps', 'use the <id>.dump.txt text dumps instead of the HTML pages')
    .option('--lang <codes>', 'only pages whose gold lang is one of these (comma list)')
    .option('--out <dir>', 'where the extracted <id>.txt and the per-page pages.jsonl go', 'eval-out')
    .option('--pipeline <name>', 'pipeline name or path', 'lean')
    .option('--json', 'print the report as JSON (without the per-page rows)')
    .option('--hash-class-names', 'hash every class and id value of the HTML pages first, as CSS-in-JS sites serve them: the score without the class words')
    .action(async (dataset: string, o: { dumps?: boolean; lang?: string; out: string; pipeline: string; json?: boolean; hashClassNames?: boolean }) => {
      const { runEval, formatReport } = await import('../../eval/run-eval.js');
      const pipeline = await loadPipeline(o.pipeline);
      const out = path.join(o.out, path.basename(path.resolve(dataset)) + (o.dumps ? '-dumps' : '') + (o.hashClassNames ? '-hashed' : ''));
      await fs.rm(out, { recursive: true, force: true });
      if (o.hashClassNames && o.dumps) throw new Error('--hash-class-names reads the HTML pages; drop --dumps');
      const report = await runEval({ dataset, out, pipeline, dumps: !!o.dumps, hashClassNames: !!o.hashClassNames, ...(o.lang ? { langs: o.lang.split(',') } : {}) });
      for (const p of report.pages.filter((x) => !x.ok)) process.stderr.write(`failed ${p.id}: ${p.error}\n`);
      if (o.json) {
        const { pages: _pages, ...rest } = report;
        process.stdout.write(JSON.stringify(rest, null, 1) + '\n');
        return;
      }
      process.stdout.write(formatReport(report, !!o.dumps));
      process.stdout.write(`outputs and per-page scores (pages.jsonl: missed/leaked snippets, title, date) in ${out}\n`);
    });
}
