import fs from 'node:fs/promises';
import type { Command } from 'commander';
import { runBatch } from '../../runner/batch.js';
import { loadPipeline } from '../../runner/pipeline.js';
import { summarize } from '../../runner/report.js';
import { cliState, EXIT, UsageError } from '../shared.js';

export function registerRun(program: Command): void {
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
      cliState.code = report.documents.failed > 0 ? EXIT.failures : EXIT.ok;
    });
}
