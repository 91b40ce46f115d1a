// The scale benchmark (a command, not a test): builds a batch of at least 20,000 pages by repeating
// the pages of ../shared/eval under new names in a temporary directory (hard links, never in the
// repository), then runs `sauber run` on it with one worker thread and with all of them, and
// runs it once more with nothing changed. Prints throughput, peak RSS, the incremental re-run's
// time, the machine's load average and the CPU time other processes took meanwhile, which on
// a shared machine says how far to trust the rest.
//
//   npm run bench:scale -- [--pages 20000] [--jobs 1,2] [--pipeline nightly] [--eval ../shared/eval] [--keep]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT as ROOT } from '../core/runtime.js';
import type { RunReport } from '../runner/report.js';

const { values: args } = parseArgs({
  options: {
    pages: { type: 'string', default: '20000' },
    jobs: { type: 'string', default: `1,${os.availableParallelism()}` },
    pipeline: { type: 'string', default: 'nightly' },
    eval: { type: 'string', default: path.resolve(ROOT, '../shared/eval') },
    keep: { type: 'boolean', default: false },
  },
});

const pages = Number(args.pages);
const jobsList = args.jobs.split(',').map(Number);
if (!Number.isInteger(pages) || pages < 1 || jobsList.some((j) => !Number.isInteger(j) || j < 0)) {
  process.stderr.write('usage: bench:scale [--pages N] [--jobs 1,2] [--pipeline name] [--eval dir] [--keep]\n');
  process.exit(2);
}
if (!fs.existsSync(args.eval)) {
  process.stderr.write(`bench:scale: no evaluation pages at ${args.eval} (they are read from there, never copied into the project)\n`);
  process.exit(2);
}

/** The eval pages sauber reads: HTML pages and plain-text dumps. */
function sourcePages(dir: string): string[] {
  const out: string[] = [];
  for (const sub of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!sub.isDirectory()) continue;
    for (const f of fs.readdirSync(path.join(dir, sub.name)).sort()) if (f.endsWith('.html') || f.endsWith('.dump.txt')) out.push(path.join(dir, sub.name, f));
  }
  return out;
}

function buildBatch(target: string, n: number, sources: string[]): void {
  for (let k = 0; k < n; k++) {
    const src = sources[k % sources.length]!;
    const sub = path.join(target, `b${String(Math.floor(k / 1000)).padStart(3, '0')}`);
    if (k % 1000 === 0) fs.mkdirSync(sub, { recursive: true });
    const dest = path.join(sub, `${String(k).padStart(6, '0')}-${path.basename(src)}`);
    try {
      fs.linkSync(src, dest); // same bytes under a new name, without copying them
    } catch {
      fs.copyFileSync(src, dest);
    }
  }
}

interface Measured {
  label: string;
  /** A full run into an empty output directory, or a re-run with nothing changed. */
  kind: 'full' | 'noop';
  jobs: number;
  wallS: number;
  report: RunReport;
  load: [number, number];
  /** CPU seconds other processes took during the run (from /proc/stat), or null where unknown. */
  otherCpuS: number | null;
}

/** CPU seconds the whole machine has spent busy (Linux /proc/stat, in USER_HZ ticks), or null. */
function machineBusyS(): number | null {
  try {
    const cpu = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const idle = (cpu[3] ?? 0) + (cpu[4] ?? 0); // idle, iowait
    return (cpu.slice(0, 8).reduce((a, b) => a + b, 0) - idle) / 100;
  } catch {
    return null;
  }
}

function run(label: string, kind: Measured['kind'], jobs: number, input: string, out: string): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const loadBefore = os.loadavg()[0]!;
    const busyBefore = machineBusyS();
    const t0 = performance.now();
    const child = spawn(process.execPath, [path.join(code, 'bin/sauber.js'), 'run', '--in', input, '--out', out, '--jobs', String(jobs), '--pipeline', args.pipeline, '--progress', 'none', '--report-json', '--page-timeout', '300000'], {
      cwd: code,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const wallS = (performance.now() - t0) / 1000;
      if (code !== 0 && code !== 1) return reject(new Error(`${label}: sauber run exited with ${code}`));
      const report = JSON.parse(stdout) as RunReport;
      const busyAfter = machineBusyS();
      const own = (report.resources.cpuUserMs + report.resources.cpuSystemMs) / 1000;
      const otherCpuS = busyBefore !== null && busyAfter !== null ? Math.max(0, busyAfter - busyBefore - own) : null;
      resolve({ label, kind, jobs, wallS, report, load: [loadBefore, os.loadavg()[0]!], otherCpuS });
    });
  });
}

const fmt = (m: Measured): string => {
  const d = m.report.documents;
  return (
    `${m.label.padEnd(34)} ${m.wallS.toFixed(1).padStart(8)} s  ${(d.in / m.wallS).toFixed(1).padStart(7)} pages/s  ` +
    `peak RSS ${String(m.report.resources.peakRssMB).padStart(4)} MB  processed ${d.processed}, unchanged ${d.unchanged}, failed ${d.failed}  ` +
    `CPU ${((m.report.resources.cpuUserMs + m.report.resources.cpuSystemMs) / 1000).toFixed(0)} s  load ${m.load[0].toFixed(1)}→${m.load[1].toFixed(1)}` +
    (m.otherCpuS !== null ? `  other processes ${(m.otherCpuS / m.wallS).toFixed(2)} cores` : '')
  );
};

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sauber-bench-'));
const input = path.join(work, 'in');
// A frozen copy of the sources: edits made in the working tree while the benchmark runs (stage
// code is in the step fingerprints) must not turn the no-op re-run into a real one.
const code = path.join(work, 'code');
for (const d of ['src', 'pipelines', 'bin']) fs.cpSync(path.join(ROOT, d), path.join(code, d), { recursive: true });
for (const f of ['package.json', 'tsconfig.json']) fs.copyFileSync(path.join(ROOT, f), path.join(code, f));
fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(code, 'node_modules'));
const sources = sourcePages(args.eval);
process.stderr.write(`bench:scale: ${pages} pages from ${sources.length} eval pages into ${input}; ${os.availableParallelism()} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
buildBatch(input, pages, sources);

const results: Measured[] = [];
const outs: string[] = [];
try {
  for (const [i, jobs] of jobsList.entries()) {
    const out = path.join(work, `out-${jobs}`);
    outs.push(out);
    const m = await run(`full run, ${jobs} worker${jobs === 1 ? '' : 's'}`, 'full', jobs, input, out);
    results.push(m);
    process.stdout.write(fmt(m) + '\n');
    if (i === jobsList.length - 1) {
      const again = await run(`no-op re-run, ${jobs} worker${jobs === 1 ? '' : 's'}`, 'noop', jobs, input, out);
      results.push(again);
      process.stdout.write(fmt(again) + '\n');
    }
  }
  // By kind, not by what was processed: a no-op re-run retries the pages that failed for a
  // reason that may not happen again (time limit, heap), so it may process a few.
  const full = results.filter((r) => r.kind === 'full');
  const one = full.find((r) => r.jobs === 1);
  const many = full.filter((r) => r.jobs > 1).at(-1);
  const noop = results.find((r) => r.kind === 'noop')!;
  const lastFull = full.at(-1)!;
  const summary = {
    pages,
    cores: os.availableParallelism(),
    peakRssMB: Math.max(...results.map((r) => r.report.resources.peakRssMB)),
    speedup: one && many ? Math.round((one.wallS / many.wallS) * 100) / 100 : null,
    noopShareOfFull: Math.round((noop.wallS / lastFull.wallS) * 1000) / 1000,
    loadAverage: results.map((r) => r.load),
    /** Cores other processes kept busy on average during each run (null where unknown). */
    otherCores: results.map((r) => (r.otherCpuS !== null ? Math.round((r.otherCpuS / r.wallS) * 100) / 100 : null)),
  };
  process.stdout.write(
    `\npeak RSS ${summary.peakRssMB} MB (target < 500)` +
      (summary.speedup !== null ? `; ${many!.jobs} workers ${summary.speedup}× one worker's throughput (target ≥ 1.7)` : '') +
      `; no-op re-run ${(summary.noopShareOfFull * 100).toFixed(1)}% of the full run's time (target < 10%)\n` +
      `load average during the runs: ${summary.loadAverage.map(([a, b]) => `${a.toFixed(1)}→${b.toFixed(1)}`).join(', ')} on ${summary.cores} cores` +
      (summary.otherCores.every((c) => c !== null) ? `; other processes kept ${summary.otherCores.map((c) => c!.toFixed(2)).join(', ')} cores busy` : '') +
      ' (the load counts the runs’ own threads too; CPU time taken by other processes slows the runs down: the speed-up is then understated)\n',
  );
  fs.writeFileSync(path.join(work, 'bench-result.json'), JSON.stringify({ summary, runs: results.map((r) => ({ label: r.label, kind: r.kind, jobs: r.jobs, wallS: r.wallS, load: r.load, otherCpuS: r.otherCpuS, documents: r.report.documents, resources: r.report.resources })) }, null, 2));
  process.stderr.write(`bench:scale: results in ${path.join(work, 'bench-result.json')}\n`);
} finally {
  // Outputs are removed at the end, not between runs: on ext4 without a journal, creating files
  // for some 30 s after deleting many others is slow (the allocator skips recently deleted
  // inodes one by one), which would slow down whichever run came right after a removal.
  if (!args.keep) for (const d of [input, code, ...outs]) fs.rmSync(d, { recursive: true, force: true });
}
