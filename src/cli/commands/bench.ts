import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { CODE_ROOT, COMPILED, MODULE_EXT, PROJECT_ROOT } from '../../core/runtime.js';
import { UsageError } from '../shared.js';

/** Runs as the CLI runs: compiled when the CLI is, else the TypeScript through tsx. */
const WORKER = path.join(CODE_ROOT, `src/eval/bench-worker${MODULE_EXT}`);
const WORKER_ARGS = COMPILED ? [WORKER] : ['--import', 'tsx', WORKER];
/**
 * sauber's process gets the CLI's V8 flags (bin/v8-flags.json, see bin/v8-flags.js) on its command
 * line, where V8 reads them before it starts; Readability's runs as Node does.
 */
const sauberFlags = (): string[] => JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'bin/v8-flags.json'), 'utf8')) as string[];

interface BenchResult {
  extractor: string;
  pages: number;
  bytes: number;
  seconds: number;
  cpuSeconds: number;
  rssMb: number;
  f1: number;
  msPerPage?: Record<string, number>;
  passSeconds?: number[];
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** `median` alone for one run; with more, `median (min–max)`: one run on a machine whose speed drifts says little. */
const spread = (xs: readonly number[]): string =>
  xs.length === 1 ? xs[0]!.toFixed(1) : `${median(xs).toFixed(1)} (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;

export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('Speed and quality of sauber beside Readability.js (linkedom) on the HTML pages of a benchmark folder, one process each')
    .argument('<dataset>', 'benchmark folder with <id>.html and <id>.json gold files')
    .option('--limit <n>', 'only the first n pages')
    .option('--only <extractor>', 'sauber or readability')
    .option('--runs <n>', 'fresh processes per extractor, taken in turns; medians and ranges are printed', '1')
    .option('--passes <n>', 'passes over the pages in each process; from 2 on, pages/s of the later passes is printed as "warm"', '1')
    .action((dataset: string, o: { limit?: string; only?: string; runs: string; passes: string }) => {
      const runs = Number(o.runs);
      const passes = Number(o.passes);
      if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs must be a whole number of at least 1, not "${o.runs}"`);
      if (!Number.isInteger(passes) || passes < 1) throw new UsageError(`--passes must be a whole number of at least 1, not "${o.passes}"`);
      if (o.only !== undefined && o.only !== 'sauber' && o.only !== 'readability') throw new UsageError(`--only takes sauber or readability, not "${o.only}"`);
      const extractors = ['sauber', 'readability'].filter((w) => !o.only || o.only === w);
      const results = new Map<string, BenchResult[]>(extractors.map((w) => [w, []]));
      const flags = sauberFlags();
      // In turns, run after run: a drift of the machine's speed falls on both extractors alike.
      for (let r = 0; r < runs; r++) {
        for (const which of extractors) {
          // A fresh process per extractor: its pages/s and peak RSS are its own, on one core.
          const out = execFileSync(process.execPath, [...(which === 'sauber' ? flags : []), ...WORKER_ARGS, which, dataset, o.limit ?? 'all', String(passes)], { encoding: 'utf8', maxBuffer: 1 << 24 });
          results.get(which)!.push(JSON.parse(out.trim().split('\n').at(-1)!) as BenchResult);
        }
      }
      // pages/s is wall time of the first pass (JIT warm-up included); "pages/CPU-s" divides by the
      // process's CPU time (GC and compiler threads included), which a machine busy with other work
      // inflates less; "warm pages/s" is the median of the later passes, as a long batch runs.
      const warm = passes > 1;
      const table: string[][] = [['extractor', 'pages', 'pages/s', 'pages/CPU-s', ...(warm ? ['warm pages/s'] : []), 'MB/s', 'peak RSS MB', 'F1']];
      for (const [which, rs] of results) {
        const r0 = rs[0]!;
        const mb = r0.bytes / 1e6;
        table.push([
          which,
          String(r0.pages),
          spread(rs.map((r) => r.pages / r.seconds)),
          spread(rs.map((r) => r.pages / r.cpuSeconds)),
          // With passes > 1 every worker reports the seconds of each pass.
          ...(warm ? [spread(rs.map((r) => r.pages / median(r.passSeconds!.slice(1))))] : []),
          spread(rs.map((r) => mb / r.seconds)),
          Math.max(...rs.map((r) => r.rssMb)).toFixed(0),
          r0.f1.toFixed(3),
        ]);
      }
      const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
      for (const row of table) process.stdout.write(`${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')}\n`);
      if (runs > 1) process.stdout.write(`${runs} runs each, in turns: median (lowest–highest); peak RSS is the highest.\n`);
      const stages = results.get('sauber')?.[0]?.msPerPage;
      if (stages) process.stdout.write(`sauber ms/page by stage (first run, first pass): ${Object.entries(stages).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
    });
}
