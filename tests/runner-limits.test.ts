// The time limit per page: a worker thread still busy with a page after the limit is stopped, the
// page is rejected with the reason, and the batch goes on in a fresh thread. The slow page is
// slow by a wide margin (more than ten seconds of work against a limit of 2.5 s), so the outcome never depends
// on the machine's speed.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatedPage, sauber, tempDir } from './runner-helpers.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('--page-timeout', () => {
  it('stops the worker thread of a page over the limit and goes on with the others', async () => {
    const base = tempDir('limits');
    dirs.push(base);
    const input = path.join(base, 'in');
    fs.mkdirSync(input);
    const sentence = (i: number): string => `Die Regierung beschloss am Dienstag den Vorschlag Nummer ${i} zur Abstimmung, wie die Gemeinde mitteilte.`;
    // Far over the limit whatever the machine: 120,000 paragraphs (13 MB) took 4.5 s of stage time
    // on the development machine, against the 1 s limit (60,000 at 2.5 s became too close once the stages got faster).
    fs.writeFileSync(path.join(input, 'huge.txt'), Array.from({ length: 120_000 }, (_, i) => sentence(i)).join('\n\n'));
    for (let i = 0; i < 3; i++) fs.writeFileSync(path.join(input, `small-${i}.txt`), generatedPage(i));
    const out = path.join(base, 'out');

    // A thread started after the timeout loads the stage code again; when someone edited it in
    // this working tree meanwhile, the run stops (exit 2, by design) and is played again.
    let r = await sauber(['run', '--in', input, '--out', out, '--jobs', '1', '--page-timeout', '1000', '--progress', 'none', '--report-json']);
    for (let attempt = 1; r.code === 2 && r.stderr.includes('changed since the run started') && attempt < 3; attempt++) {
      r = await sauber(['run', '--in', input, '--out', out, '--jobs', '1', '--page-timeout', '1000', '--progress', 'none', '--report-json', '--force']);
    }
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as { documents: { out: number; failed: number }; failures: Array<{ path: string; code: string; message: string }> };
    expect(report.failures).toHaveLength(1);
    expect(report.failures[0]).toMatchObject({ path: 'huge.txt', code: 'timeout' });
    expect(report.failures[0]!.message).toContain('1000 ms');
    expect(report.documents.out).toBe(3);
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.json')).sort()).toEqual(['small-0.json', 'small-1.json', 'small-2.json']);
  }, 120_000);
});

describe('worker threads that cannot run the pipeline', () => {
  it('stop the run with a configuration error instead of failing every page or hanging', async () => {
    const { runBatch } = await import('../src/runner/batch.js');
    const { loadPipeline, ConfigError } = await import('../src/runner/pipeline.js');
    const base = tempDir('fatal');
    dirs.push(base);
    const input = path.join(base, 'in');
    fs.mkdirSync(input);
    for (let i = 0; i < 20; i++) fs.writeFileSync(path.join(input, `p-${i}.txt`), generatedPage(i));
    const pipeline = await loadPipeline('nightly');
    // The threads load the pipeline module again and find another hash, as after an edit on disk.
    const run = runBatch({ input, out: path.join(base, 'out'), pipeline: { ...pipeline, hash: 'not-the-same' }, jobs: 1 });
    await expect(run).rejects.toThrow(ConfigError);
    await expect(run).rejects.toThrow(/changed since the run started/);
  }, 120_000);
});
