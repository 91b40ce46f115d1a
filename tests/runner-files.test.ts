// Page files go to the executor as paths: where the steps run (a worker thread, or the main thread
// with jobs 0), each is read, size-checked, hashed, planned against the manifest and processed.
// Whichever thread does it, the report and the output are the same, and the content hash, not the
// file's size or time, decides whether a page changed.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../src/core/hash.js';
import { asyncIo, syncIo } from '../src/runner/files.js';
import type { RunReport } from '../src/runner/report.js';
import { generatedPage, isReport, ROOT, sauber, tempDir, treeDiff, treeOf, writeBatch } from './runner-helpers.js';

let base: string;
let input: string;
/** The nightly pipeline with load.maxBytes 20,000, as a module: worker threads load it from there. */
let small: string;

beforeAll(async () => {
  base = tempDir('files');
  input = path.join(base, 'in');
  writeBatch(input, 12);
  fs.writeFileSync(path.join(input, 'empty.txt'), '');
  fs.writeFileSync(path.join(input, 'binary.html'), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7) % 256)));
  fs.writeFileSync(path.join(input, 'big.txt'), generatedPage(2).repeat(20));
  fs.writeFileSync(path.join(input, 'zipped.txt.gz'), gzipSync(generatedPage(3)));
  fs.writeFileSync(path.join(input, 'blank.html.gz'), gzipSync('   \n'));
  fs.writeFileSync(path.join(input, 'bomb.txt.gz'), gzipSync(Buffer.alloc(100_000, 'a')));
  fs.writeFileSync(path.join(input, 'broken.html.gz'), gzipSync(generatedPage(4)).subarray(0, 40));
  fs.writeFileSync(path.join(input, 'single.json'), JSON.stringify({ id: 'x', url: 'https://example.org/single', title: 'Ein Titel', text: generatedPage(5) }));
  fs.writeFileSync(path.join(input, 'array.json'), JSON.stringify([{ id: 'a', text: generatedPage(6) }, { id: 'b', html: `<p>${generatedPage(7)}</p>` }, { nope: 1 }]));
  fs.writeFileSync(path.join(input, 'one.json'), JSON.stringify([{ id: 'only', text: generatedPage(8) }]));
  fs.writeFileSync(path.join(input, 'none.json'), '[]');
  fs.writeFileSync(path.join(input, 'bad.json'), '{"text": ');
  fs.writeFileSync(path.join(input, 'no-body.json'), JSON.stringify({ title: 'x' }));
  fs.writeFileSync(path.join(input, 'notes.pdf'), 'not an input');
  const nightly = fs.readFileSync(path.join(ROOT, 'pipelines/nightly.ts'), 'utf8');
  expect(nightly).toContain('maxBytes: 50 * 1024 * 1024');
  small = path.join(base, 'small.mts');
  fs.writeFileSync(
    small,
    nightly.replace("'../src/runner/pipeline.js'", JSON.stringify(path.join(ROOT, 'src/runner/pipeline.js'))).replace('maxBytes: 50 * 1024 * 1024', 'maxBytes: 20_000'),
  );
});

class Changed extends Error {}

/**
 * `sauber run` in a process of its own, so that each run hashes the stage code as it is on disk
 * now. Other people edit stage code in this working tree, and worker threads refuse code that
 * changed since the run started (exit 2): then the whole scenario is played again.
 */
async function run(inDir: string, out: string, ...args: string[]): Promise<RunReport> {
  const r = await sauber(['run', '--in', inDir, '--out', out, '--progress', 'none', '--report-json', ...args]);
  if (r.code === 2 && r.stderr.includes('changed since the run started')) throw new Changed(r.stderr);
  expect([0, 1], r.stderr).toContain(r.code);
  return JSON.parse(r.stdout) as RunReport;
}

/** Plays `scenario` until all its runs used the same stage code (up to three times). */
async function retried<T>(scenario: (same: (r: RunReport) => RunReport) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    let hash: string | undefined;
    const same = (r: RunReport): RunReport => {
      hash ??= r.pipeline.hash;
      if (r.pipeline.hash !== hash) throw new Changed(`pipeline hash ${r.pipeline.hash}, was ${hash}`);
      return r;
    };
    try {
      return await scenario(same);
    } catch (e) {
      if (attempt === 3 || !(e instanceof Changed)) throw e;
    }
  }
}
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

/** The parts of a report that do not depend on time, threads or machine. */
const counts = (r: RunReport) => ({ files: r.files, documents: r.documents, rules: r.rules, failures: r.failures, stages: Object.keys(r.stages).sort() });

describe('page files read where they are processed', () => {
  let main: RunReport;
  let workers: RunReport;
  let again: { main: RunReport; workers: RunReport };
  beforeAll(async () => {
    await retried(async (same) => {
      for (const d of ['out-main', 'out-workers']) fs.rmSync(path.join(base, d), { recursive: true, force: true });
      const out = (d: string, jobs: number) => run(input, path.join(base, d), '--pipeline', small, '--jobs', String(jobs)).then(same);
      main = await out('out-main', 0);
      workers = await out('out-workers', 2);
      again = { main: await out('out-main', 0), workers: await out('out-workers', 2) };
    });
  }, 300_000);

  it('give the main thread and worker threads the same report and the same output, byte for byte', () => {
    expect(workers.workers).toBe(2);
    expect(counts(workers)).toEqual(counts(main));
    expect(treeDiff(treeOf(path.join(base, 'out-main'), isReport), treeOf(path.join(base, 'out-workers'), isReport))).toEqual([]);
  });

  it('reject bad files with the reasons the streaming loader gives', () => {
    const byPath = Object.fromEntries(workers.failures.map((f) => [f.path + (f.record !== undefined ? `#${f.record}` : ''), `${f.stage}/${f.code}: ${f.message}`]));
    expect(byPath).toEqual({
      'array.json#2': 'load/no-content: record has none of the fields html, text or content',
      'bad.json': expect.stringMatching(/^load\/invalid-json: invalid JSON: /),
      'big.txt': `load/too-large: file of ${fs.statSync(path.join(input, 'big.txt')).size} bytes is above the limit of 20000 (option load.maxBytes)`,
      'binary.html': expect.stringMatching(/^load\/binary: binary content/),
      'bomb.txt.gz': 'load/too-large: decompressed page of more than 20000 bytes is above the limit of 20000 (option load.maxBytes)',
      'broken.html.gz': expect.stringMatching(/^load\/corrupt-gzip: /),
      'blank.html': 'load/empty: empty page: no visible text',
      'empty.txt': 'load/empty: empty page: no visible text',
      'feed.jsonl#2': expect.stringMatching(/^load\/invalid-json: line 2: invalid JSON/),
      'no-body.json': 'load/no-content: record has none of the fields html, text or content',
    });
  });

  it('count every record and file as the streaming loader does', () => {
    // In: 12 pages, 3 JSONL records and a bad line; the 7 files of kinds above; single.json,
    // three records of array.json, one of one.json, none of none.json, bad.json, no-body.json.
    // Processed: all but the inputs rejected unread (too large, corrupt, not a page record).
    expect(workers.documents).toMatchObject({ in: 12 + 4 + 7 + 1 + 3 + 1 + 2, skippedFiles: 1, processed: 15 + 4 + 4, unchanged: 0 });
    expect(workers.files).toEqual({ read: 12 + 1 + 7 + 6, skipped: 1, nonPageRecords: 0 });
    const articles = [...treeOf(path.join(base, 'out-workers')).keys()].filter((k) => !k.startsWith('.sauber/')).sort();
    expect(articles).toContain('single.json');
    expect(articles).toContain('zipped.json');
    expect(articles).toContain('array/0-a.json');
    expect(articles).toContain('array/1-b.json');
    expect(articles).toContain('one/0-only.json');
    expect(articles).not.toContain('big.json');
  });

  it('skip what did not change on the next run, in either place, with the same counts', () => {
    for (const [first, next] of [
      [main, again.main],
      [workers, again.workers],
    ] as const) {
      // Inputs rejected unread (too large, corrupt, not a page record) have no manifest entry:
      // they are rejected again; everything else is unchanged.
      const unread = first.failures.filter((f) => ['too-large', 'invalid-json', 'corrupt-gzip', 'no-content', 'invalid-record'].includes(f.code)).length;
      expect(unread).toBe(7);
      expect(next.documents).toMatchObject({ in: first.documents.in, out: first.documents.out, failed: first.documents.failed, processed: 0, unchanged: first.documents.in - unread });
      expect(next.rules).toEqual(first.rules);
      expect(next.failures).toEqual(first.failures);
      expect(next.stages).toEqual({});
    }
  });
});

describe('a page changed on disk', () => {
  it('is run again even when its size and modification time are the same', () => retried(changedScenario), 300_000);
});

async function changedScenario(same: (r: RunReport) => RunReport): Promise<void> {
  {
    const dir = path.join(base, 'changed-in');
    fs.rmSync(dir, { recursive: true, force: true });
    writeBatch(dir, 6);
    const page = path.join(dir, 'p2/page-0002.txt');
    const time = new Date('2024-05-01T12:00:00Z');
    fs.utimesSync(page, time, time);
    const out = path.join(base, 'changed-out');
    fs.rmSync(out, { recursive: true, force: true });
    const first = same(await run(dir, out, '--jobs', '1'));
    expect(first.documents.processed).toBe(first.documents.in - 1);

    const before = fs.statSync(page);
    const text = fs.readFileSync(page, 'utf8');
    // Same length, one word swapped; the old times put back.
    const changed = text.replace('Startseite', 'Titelseite');
    expect(changed).not.toBe(text);
    expect(Buffer.byteLength(changed)).toBe(before.size);
    fs.writeFileSync(page, changed);
    fs.utimesSync(page, time, time);
    expect(fs.statSync(page).mtimeMs).toBe(before.mtimeMs);

    const second = same(await run(dir, out, '--jobs', '1'));
    expect(second.documents).toMatchObject({ in: first.documents.in, processed: 1, unchanged: first.documents.in - 2 });
    const entry = JSON.parse(fs.readFileSync(path.join(out, '.sauber/manifest/p2/page-0002.json'), 'utf8')) as { content: string };
    expect(entry.content).toBe(sha256(Buffer.from(changed)));

    // Deleted article: made again by the worker, though the page did not change.
    fs.rmSync(path.join(out, 'p3/page-0003.json'));
    const third = same(await run(dir, out, '--jobs', '1'));
    expect(third.documents).toMatchObject({ processed: 1, unchanged: first.documents.in - 2 });
    expect(fs.existsSync(path.join(out, 'p3/page-0003.json'))).toBe(true);

    // --force and --from reach the worker threads.
    const forced = same(await run(dir, out, '--jobs', '1', '--force'));
    expect(forced.documents).toMatchObject({ processed: first.documents.in - 1, unchanged: 0 });
    const from = same(await run(dir, out, '--jobs', '1', '--from', 'strip'));
    expect(from.documents).toMatchObject({ processed: first.documents.in - 1, resumedFrom: first.documents.in - 1, rerunFromStart: 0 });
    expect(Object.keys(from.stages)).not.toContain('load');
  }
}

describe('atomic writes', () => {
  it.each([
    ['asynchronous', asyncIo],
    ['blocking', syncIo],
  ] as const)('(%s) make the directory only when it is missing, and leave no temporary file', async (_name, io) => {
    const root = path.join(base, `atomic-${io.sync ? 'sync' : 'async'}`);
    const tmp = path.join(root, 'tmp');
    fs.mkdirSync(tmp, { recursive: true });
    await io.writeFileAtomic(path.join(root, 'a/b/c.json'), 'one', tmp);
    await io.writeFileAtomic(path.join(root, 'a/b/c.json'), 'two', tmp);
    await io.writeFileAtomic(path.join(root, 'x/y.json'), 'beside');
    expect(fs.readFileSync(path.join(root, 'a/b/c.json'), 'utf8')).toBe('two');
    expect(fs.readFileSync(path.join(root, 'x/y.json'), 'utf8')).toBe('beside');
    expect(fs.readdirSync(tmp)).toEqual([]);
    expect(fs.readdirSync(path.join(root, 'x'))).toEqual(['y.json']);
    // A scratch directory that is gone is an error, not something to make again.
    await expect(io.writeFileAtomic(path.join(root, 'z.json'), 'z', path.join(root, 'gone'))).rejects.toThrow(/ENOENT/);
    expect(fs.existsSync(path.join(root, 'z.json'))).toBe(false);
    expect(await io.exists(path.join(root, 'x/y.json'))).toBe(true);
    await io.rm(path.join(root, 'x/y.json'));
    await io.rm(path.join(root, 'x/y.json'));
    expect(await io.exists(path.join(root, 'x/y.json'))).toBe(false);
    expect(await io.readText(path.join(root, 'a/b/c.json'))).toBe('two');
  });
});
