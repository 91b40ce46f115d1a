import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { loadPipeline } from '../../runner/pipeline.js';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('Run the pipeline on a benchmark folder (e.g. ../shared/eval/trafilatura) and score it with its score.mjs')
    .argument('<dataset>', 'benchmark folder with <id>.html, <id>.dump.txt and <id>.json gold files')
    .option('--dumps', 'use the <id>.dump.txt text dumps instead of the HTML pages')
    .option('--lang <codes>', 'only pages whose gold lang is one of these (comma list)')
    .option('--out <dir>', 'where the extracted <id>.txt go', 'eval-out')
    .option('--pipeline <name>', 'pipeline name or path', 'lean')
    .action(async (dataset: string, o: { dumps?: boolean; lang?: string; out: string; pipeline: string }) => {
      const { extractDataset } = await import('../../eval/run-eval.js');
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
}
