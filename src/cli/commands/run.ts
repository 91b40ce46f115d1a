import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { defaultState, reportName, runBatch } from '../../runner/batch.js';
import { loadPipeline } from '../../runner/pipeline.js';
import { DEFAULT_WORKER_HEAP_MB } from '../../runner/pool.js';
import { jsonLog, silent, terminalBar, type Observer } from '../../runner/progress.js';
import { summarize } from '../../runner/report.js';
import { parseShard } from '../../runner/shard.js';
import { cliState, EXIT, UsageError } from '../shared.js';

/** Exit codes of a run stopped by a signal (128 + signal number, as shells report them). */
export const EXIT_SIGNAL = { SIGINT: 130, SIGTERM: 143 } as const;

const count = (name: string, min: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${name} ${v}: expected a whole number >= ${min}`);
  return n;
};

interface RunFlags {
  in: string;
  out: string;
  state?: string;
  pipeline: string;
  from?: string;
  jobs?: number;
  concurrency?: number;
  force?: boolean;
  prune?: boolean;
  shard?: string;
  pageTimeout: number;
  workerHeapMb?: number;
  progress: string;
  reportJson?: boolean;
}

export function registerRun(program: Command): void {
  program
    .command('run')
    .description(
      'Run the pipeline over every page under --in, writing <out>/<relative path>.json. Unchanged pages are skipped; ' +
        'a killed run is finished by running it again. Exit codes: 0 all good, 1 some documents failed, 2 usage or ' +
        'configuration error, 130/143 stopped by SIGINT/SIGTERM (run again to finish).',
    )
    .option('--in <dir>', 'input directory (.txt .html .json .jsonl .warc, each also .gz)', 'raw')
    .option('--out <dir>', 'output directory for articles', 'clean')
    .option('--state <dir>', 'where stage outputs, the manifest and the run report go (default <out>/.sauber)')
    .option('--pipeline <name>', 'pipeline name (pipelines/<name>.ts) or path', 'nightly')
    .option('--from <stage>', 're-run every page from this stage, from the saved output of the stage before it')
    .option('--force', 'process every page, even those unchanged since the last run')
    .option('--prune', 'after the run, remove the articles and saved state of documents whose input is gone (deleted pages, removed JSONL lines)')
    .option('--jobs <n>', 'worker threads running the stages (default: all cores; 0: the main thread)', count('--jobs', 0))
    .option('--concurrency <n>', 'documents in flight at once (default: the pipeline’s, at least 2 per worker)', count('--concurrency', 1))
    .option('--shard <i/n>', 'only shard i of n (0 <= i < n), by a hash of each file’s path; the shards’ union is the full run')
    .option('--worker-heap-mb <mb>', `heap limit per worker thread; a page that needs more fails alone (default ${DEFAULT_WORKER_HEAP_MB})`, count('--worker-heap-mb', 16))
    .option('--page-timeout <ms>', 'time limit per page: a worker thread over it is stopped (with --jobs 0: checked between stages)', count('--page-timeout', 1), 60_000)
    .option('--progress <mode>', 'auto (a bar on a terminal, JSON logs otherwise), bar, log or none', 'auto')
    .option('--report-json', 'print the run report as JSON instead of a summary')
    .action(async (o: RunFlags) => {
      const stat = await fs.stat(o.in).catch(() => null);
      if (!stat?.isDirectory()) throw new UsageError(`--in ${o.in} is not a directory`);
      if (!['auto', 'bar', 'log', 'none'].includes(o.progress)) throw new UsageError(`--progress ${o.progress}: expected auto, bar, log or none`);
      const shard = o.shard !== undefined ? parseShard(o.shard) : undefined;
      const pipeline = await loadPipeline(o.pipeline);
      const observer: Observer =
        o.progress === 'none' ? silent() : o.progress === 'bar' || (o.progress === 'auto' && process.stderr.isTTY) ? terminalBar() : jsonLog();

      // First signal: stop cleanly (documents in flight finish, the report is written). Second: now.
      const stop = new AbortController();
      let signalled: keyof typeof EXIT_SIGNAL | undefined;
      const onSignal = (sig: keyof typeof EXIT_SIGNAL): void => {
        if (signalled) process.exit(EXIT_SIGNAL[sig]);
        signalled = sig;
        observer.note(`${sig}: stopping after the documents in flight (again to stop at once; finished pages are kept either way)`);
        stop.abort();
      };
      const onInt = (): void => onSignal('SIGINT');
      const onTerm = (): void => onSignal('SIGTERM');
      process.on('SIGINT', onInt);
      process.on('SIGTERM', onTerm);
      try {
        const report = await runBatch({
          input: o.in,
          out: o.out,
          pipeline,
          ...(o.state ? { state: o.state } : {}),
          ...(o.from ? { from: o.from } : {}),
          ...(o.jobs !== undefined ? { jobs: o.jobs } : {}),
          ...(o.concurrency ? { concurrency: o.concurrency } : {}),
          ...(o.force ? { force: true } : {}),
          ...(o.prune ? { prune: true } : {}),
          ...(shard ? { shard } : {}),
          pageTimeoutMs: o.pageTimeout,
          ...(o.workerHeapMb !== undefined ? { workerHeapMb: o.workerHeapMb } : {}),
          signal: stop.signal,
          onEvent: (e) => observer.onEvent(e),
        });
        observer.finish(report, path.join(o.state ?? defaultState(o.out), reportName(shard)));
        process.stdout.write((o.reportJson ? JSON.stringify(report, null, 2) : summarize(report)) + '\n');
        if (report.interrupted) {
          const again = ['sauber', 'run', ...process.argv.slice(3)].join(' ');
          process.stderr.write(`sauber: interrupted by ${signalled}; to finish the rest, run the same command again: ${again}\n`);
          cliState.code = EXIT_SIGNAL[signalled ?? 'SIGINT'];
        } else cliState.code = report.documents.failed > 0 ? EXIT.failures : EXIT.ok;
      } finally {
        process.off('SIGINT', onInt);
        process.off('SIGTERM', onTerm);
      }
    });
}
