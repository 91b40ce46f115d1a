// Resumable and atomic: a run killed with SIGKILL part-way and run again gives, byte for byte,
// the output of a run that was never interrupted, and leaves no temporary file behind.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, isReport, ROOT, sauber, tempDir, treeDiff, treeOf, writeBatch } from './runner-helpers.js';

const PAGES = 600;
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

const countFiles = (dir: string): number => {
  if (!fs.existsSync(dir)) return 0;
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter((e) => e.isFile()).length;
};

/** Starts a run and SIGKILLs it once `killAt` documents are finished; resolves with how it ended. */
function runAndKill(args: string[], manifestDir: string, killAt: number): Promise<{ signal: NodeJS.Signals | null; code: number | null; doneAtKill: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: 'ignore' });
    let doneAtKill = -1;
    const poll = setInterval(() => {
      const n = countFiles(manifestDir);
      if (n >= killAt && doneAtKill < 0) {
        doneAtKill = n;
        child.kill('SIGKILL');
      }
    }, 20);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      resolve({ signal, code, doneAtKill });
    });
  });
}

describe.each([
  ['worker threads', ['--jobs', '2']],
  ['main thread', ['--jobs', '0']],
])('a run killed part-way (%s)', (_name, jobs) => {
  it('finishes on the second run with the output of a clean run, byte for byte, and no temporary files', async () => {
    // Other people edit stage code in this working tree; a stage's code is in its fingerprint, so
    // an edit between the runs makes them incomparable: then the scenario is played again.
    for (let attempt = 1; ; attempt++) {
      const done = await scenario(jobs);
      if (done || attempt === 4) {
        expect(done, 'the pipeline changed during every attempt').toBe(true);
        return;
      }
    }
  }, 600_000);
});

/** Worker threads refuse to run stage code that changed on disk since the run started (exit 2). */
const changedMeanwhile = (r: { code: number; stderr: string }): boolean => r.code === 2 && r.stderr.includes('changed since the run started');

/** Clean run, killed run, re-run, and the checks; false when the pipeline changed meanwhile. */
async function scenario(jobs: string[]): Promise<boolean> {
  const base = tempDir('kill');
  dirs.push(base);
  const input = path.join(base, 'in');
  writeBatch(input, PAGES);
  const clean = path.join(base, 'clean');
  const killed = path.join(base, 'killed');
  const common = ['--in', input, '--progress', 'none', ...jobs];

  const first = await sauber(['run', ...common, '--out', clean, '--report-json']);
  if (changedMeanwhile(first)) return false;
  expect(first.code, first.stderr).toBe(1); // the JSONL file has one bad line

  const kill = await runAndKill(['run', ...common, '--out', killed], path.join(killed, '.sauber/manifest'), Math.floor(PAGES / 4));
  if (kill.code === 2) return false; // stage code changed on disk before the threads started
  expect(kill.signal, 'the run finished before it could be killed; make the batch larger').toBe('SIGKILL');
  expect(fs.existsSync(path.join(killed, '.sauber/report.json'))).toBe(false);
  const partial = countFiles(path.join(killed, '.sauber/manifest'));
  expect(partial).toBeGreaterThan(0);
  expect(partial).toBeLessThan(PAGES);

  const again = await sauber(['run', ...common, '--out', killed, '--report-json']);
  if (changedMeanwhile(again)) return false;
  expect(again.code, again.stderr).toBe(1);
  type Report = { pipeline: { hash: string }; rules: unknown; failures: unknown; documents: { in: number; out: number; unchanged: number } };
  const ra = JSON.parse(first.stdout) as Report;
  const rb = JSON.parse(again.stdout) as Report;
  if (ra.pipeline.hash !== rb.pipeline.hash) return false;

  // The second run did only what the first left: finished pages were skipped.
  expect(rb.documents.unchanged).toBeGreaterThanOrEqual(kill.doneAtKill);
  expect(rb.documents.in).toBe(PAGES + 4);

  const a = treeOf(clean, isReport);
  const b = treeOf(killed, isReport);
  expect(a.size).toBeGreaterThan(PAGES * 2); // articles, stage outputs and manifest entries
  expect(treeDiff(a, b)).toEqual([]);
  const leftovers = [...treeOf(killed).keys()].filter((f) => f.endsWith('.tmp') || f.includes('/tmp/') || f.includes('.sauber-tmp'));
  expect(leftovers).toEqual([]);

  // The reports agree on everything but times.
  expect(rb.rules).toEqual(ra.rules);
  expect(rb.failures).toEqual(ra.failures);
  expect(rb.documents.out).toBe(ra.documents.out);
  return true;
}

describe('SIGTERM', () => {
  it('stops cleanly: exit 143, a report marked interrupted, how to go on, and the next run finishes', async () => {
    const base = tempDir('term');
    dirs.push(base);
    const input = path.join(base, 'in');
    writeBatch(input, 400);
    const out = path.join(base, 'out');
    const args = ['run', '--in', input, '--out', out, '--progress', 'none', '--jobs', '0'];
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const poll = setInterval(() => {
      if (countFiles(path.join(out, '.sauber/manifest')) >= 50) {
        clearInterval(poll);
        child.kill('SIGTERM');
      }
    }, 20);
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    clearInterval(poll);
    expect(code, stderr).toBe(143);
    expect(stderr).toContain('run the same command again');
    const report = JSON.parse(fs.readFileSync(path.join(out, '.sauber/report.json'), 'utf8')) as { interrupted: boolean; documents: { in: number } };
    expect(report.interrupted).toBe(true);
    expect(report.documents.in).toBeLessThan(404);
    expect([...treeOf(out).keys()].filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const again = await sauber([...args, '--report-json']);
    expect(again.code).toBe(1); // the bad JSONL line
    const r2 = JSON.parse(again.stdout) as { interrupted: boolean; documents: { in: number; unchanged: number } };
    expect(r2.interrupted).toBe(false);
    expect(r2.documents.in).toBe(404);
    expect(r2.documents.unchanged).toBeGreaterThanOrEqual(50);
  }, 120_000);
});
