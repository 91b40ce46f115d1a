import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';

const WORKER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../eval/bench-worker.ts');

interface BenchResult {
  extractor: string;
  pages: number;
  bytes: number;
  seconds: number;
  cpuSeconds: number;
  rssMb: number;
  f1: number;
  msPerPage?: Record<string, number>;
}

export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('Speed and quality of sauber beside Readability.js (linkedom) on the HTML pages of a benchmark folder, one process each')
    .argument('<dataset>', 'benchmark folder with <id>.html and <id>.json gold files')
    .option('--limit <n>', 'only the first n pages')
    .option('--only <extractor>', 'sauber or readability')
    .action((dataset: string, o: { limit?: string; only?: string }) => {
      const rows: BenchResult[] = [];
      for (const which of ['sauber', 'readability']) {
        if (o.only && o.only !== which) continue;
        // A fresh process per extractor: its pages/s and peak RSS are its own, on one core.
        const out = execFileSync(process.execPath, ['--import', 'tsx', WORKER, which, dataset, ...(o.limit ? [o.limit] : [])], { encoding: 'utf8', maxBuffer: 1 << 24 });
        rows.push(JSON.parse(out.trim().split('\n').at(-1)!) as BenchResult);
      }
      // pages/s is wall time; "pages/CPU-s" divides by the process's CPU time (GC threads included),
      // which a machine busy with other work inflates less.
      process.stdout.write(`${'extractor'.padEnd(12)} ${'pages'.padStart(6)} ${'pages/s'.padStart(8)} ${'pages/CPU-s'.padStart(12)} ${'MB/s'.padStart(7)} ${'peak RSS MB'.padStart(12)} ${'F1'.padStart(6)}\n`);
      for (const r of rows) {
        const mb = r.bytes / 1e6;
        process.stdout.write(`${r.extractor.padEnd(12)} ${String(r.pages).padStart(6)} ${(r.pages / r.seconds).toFixed(1).padStart(8)} ${(r.pages / r.cpuSeconds).toFixed(1).padStart(12)} ${(mb / r.seconds).toFixed(2).padStart(7)} ${r.rssMb.toFixed(0).padStart(12)} ${r.f1.toFixed(3).padStart(6)}\n`);
      }
      const stages = rows.find((r) => r.msPerPage)?.msPerPage;
      if (stages) process.stdout.write(`sauber ms/page by stage: ${Object.entries(stages).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
    });
}
