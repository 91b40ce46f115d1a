// Incremental runs: an unchanged page is skipped, a changed one re-run, `force` re-runs all, and a
// changed stage re-runs from that stage on, from the saved output of the stage before it.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nightly from '../pipelines/nightly.js';
import { runBatch } from '../src/runner/batch.js';
import { planFor, type ManifestEntry } from '../src/runner/manifest.js';
import { loadPipeline, resolvePipeline, type ResolvedPipeline } from '../src/runner/pipeline.js';
import { shardOf } from '../src/runner/shard.js';
import { generatedPage, isReport, tempDir, treeDiff, treeOf, writeBatch } from './runner-helpers.js';

const PAGES = 30;
const DOCS = PAGES + 4; // + three JSONL records and one bad JSONL line
let base: string;
let input: string;
let pipeline: ResolvedPipeline;

beforeAll(async () => {
  base = tempDir('incr');
  input = path.join(base, 'in');
  writeBatch(input, PAGES);
  pipeline = await loadPipeline('nightly');
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

describe('incremental runs', () => {
  it('skip unchanged pages, re-run changed ones, and re-run all with force', async () => {
    const out = path.join(base, 'out-a');
    const first = await runBatch({ input, out, pipeline, jobs: 0 });
    expect(first.documents).toMatchObject({ in: DOCS, processed: DOCS - 1, unchanged: 0, failed: 1, out: DOCS - 1 });
    const tree = treeOf(out, isReport);

    const second = await runBatch({ input, out, pipeline, jobs: 0 });
    expect(second.documents).toMatchObject({ in: DOCS, processed: 0, unchanged: DOCS - 1, failed: 1, out: DOCS - 1 });
    expect(second.stages).toEqual({});
    // Skipped documents still count in the report, as if they had been processed.
    expect(second.rules).toEqual(first.rules);
    expect(second.failures).toEqual(first.failures);
    expect(treeDiff(tree, treeOf(out, isReport))).toEqual([]);

    const page = path.join(input, 'p3/page-0003.txt');
    fs.writeFileSync(page, generatedPage(3) + '\nEin neuer Absatz mit einem weiteren Satz, der vorher nicht da war.\n');
    const third = await runBatch({ input, out, pipeline, jobs: 0 });
    expect(third.documents).toMatchObject({ processed: 1, unchanged: DOCS - 2 });
    expect(fs.readFileSync(path.join(out, 'p3/page-0003.json'), 'utf8')).toContain('vorher nicht da war');

    // A deleted article is made again, even though its page did not change.
    fs.rmSync(path.join(out, 'p1/page-0001.json'));
    const fourth = await runBatch({ input, out, pipeline, jobs: 0 });
    expect(fourth.documents).toMatchObject({ processed: 1, unchanged: DOCS - 2 });
    expect(fs.existsSync(path.join(out, 'p1/page-0001.json'))).toBe(true);

    const forced = await runBatch({ input, out, pipeline, jobs: 0, force: true });
    expect(forced.documents).toMatchObject({ processed: DOCS - 1, unchanged: 0 });
  });

  it('re-run a changed stage and the ones after it, not the ones before, with the result of a fresh run', async () => {
    const out = path.join(base, 'out-b');
    await runBatch({ input, out, pipeline, jobs: 0 });
    // Another option for the language stage changes its fingerprint, and only its.
    const changed = resolvePipeline({ ...nightly, stages: nightly.stages.map((s) => (s.id === 'language' ? { ...s, options: { ...s.options, minChars: 61 } } : s)) });
    const fp = (p: ResolvedPipeline) => p.steps.map((s) => s.fingerprint);
    expect(fp(changed).filter((f, i) => f !== fp(pipeline)[i])).toHaveLength(1);

    const rerun = await runBatch({ input, out, pipeline: changed, jobs: 0 });
    expect(rerun.documents).toMatchObject({ processed: DOCS - 1, resumedFrom: DOCS - 1, rerunFromStart: 0 });
    expect(Object.keys(rerun.stages)).toEqual(['language', 'dates', 'structure', 'validate']);

    const fresh = path.join(base, 'out-c');
    await runBatch({ input, out: fresh, pipeline: changed, jobs: 0 });
    expect(treeDiff(treeOf(fresh, isReport), treeOf(out, isReport))).toEqual([]);
  });
});

describe('run --prune', () => {
  /** A small input of its own: pages in folders, a gzipped page and a JSONL file. */
  const small = (name: string): { input: string; out: string } => {
    const input = path.join(base, `${name}-in`);
    for (let i = 0; i < 6; i++) {
      fs.mkdirSync(path.join(input, `d${i % 2}`), { recursive: true });
      fs.writeFileSync(path.join(input, `d${i % 2}/page-${i}.txt`), generatedPage(i));
    }
    fs.mkdirSync(path.join(input, 'gz'), { recursive: true });
    fs.writeFileSync(path.join(input, 'gz/packed.txt.gz'), gzipSync(generatedPage(50)));
    const lines = [0, 1, 2].map((k) => JSON.stringify({ id: `r${k}`, text: generatedPage(100 + k) }));
    fs.writeFileSync(path.join(input, 'feed.jsonl'), lines.join('\n') + '\n');
    return { input, out: path.join(base, `${name}-out`) };
  };
  const articles = (out: string): string[] =>
    (fs.readdirSync(out, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((f) => f.endsWith('.json') && !f.startsWith('.sauber'))
      .map((f) => f.split(path.sep).join('/'))
      .sort();
  const stateOf = (out: string, id: string): string[] =>
    ['stages/' + id + '.json', 'stages/' + id, 'manifest/' + id + '.json'].filter((rel) => fs.existsSync(path.join(out, '.sauber', rel)));

  it('removes the articles and saved state of deleted pages and removed records, and nothing else', async () => {
    const { input, out } = small('prune');
    await runBatch({ input, out, pipeline, jobs: 0 });
    expect(articles(out)).toHaveLength(10);
    fs.rmSync(path.join(input, 'd1/page-3.txt'));
    fs.rmSync(path.join(input, 'gz/packed.txt.gz'));
    const feed = fs.readFileSync(path.join(input, 'feed.jsonl'), 'utf8').split('\n');
    fs.writeFileSync(path.join(input, 'feed.jsonl'), [feed[0], feed[1]].join('\n') + '\n');

    // Without --prune a run only adds and replaces.
    const kept = await runBatch({ input, out, pipeline, jobs: 0 });
    expect(kept.documents).toMatchObject({ in: 7, unchanged: 7, pruned: 0 });
    expect(articles(out)).toHaveLength(10);

    // A stage output as runs before one file per document saved it, in a folder of its own.
    fs.mkdirSync(path.join(out, '.sauber/stages/d1/page-3'));
    fs.writeFileSync(path.join(out, '.sauber/stages/d1/page-3/02-strip.json'), '{}\n');
    const pruned = await runBatch({ input, out, pipeline, jobs: 0, prune: true });
    expect(pruned.documents).toMatchObject({ in: 7, unchanged: 7, pruned: 3 });
    expect(articles(out)).toEqual(['d0/page-0.json', 'd0/page-2.json', 'd0/page-4.json', 'd1/page-1.json', 'd1/page-5.json', 'feed/1-r0.json', 'feed/2-r1.json']);
    for (const id of ['d1/page-3', 'gz/packed', 'feed/3-r2']) expect(stateOf(out, id), id).toEqual([]);
    for (const id of ['d1/page-1', 'feed/2-r1']) expect(stateOf(out, id), id).toHaveLength(2);
    // Directories left empty go too.
    expect(fs.existsSync(path.join(out, 'gz'))).toBe(false);
    expect(fs.existsSync(path.join(out, '.sauber/manifest/gz'))).toBe(false);

    // The next run finds everything in place: nothing to prune, nothing to redo.
    const again = await runBatch({ input, out, pipeline, jobs: 2, prune: true });
    expect(again.documents).toMatchObject({ in: 7, unchanged: 7, processed: 0, pruned: 0 });
  });

  it('prunes only the shard it ran, and nothing after a run that found no document', async () => {
    const { input, out } = small('prune-shards');
    for (const index of [0, 1]) await runBatch({ input, out, pipeline, jobs: 0, shard: { index, count: 2 } });
    expect(articles(out)).toHaveLength(10);
    const deleted = ['d0/page-0.txt', 'd0/page-2.txt', 'd0/page-4.txt', 'd1/page-1.txt', 'd1/page-3.txt'];
    for (const f of deleted) fs.rmSync(path.join(input, f));
    const owners = deleted.map((f) => shardOf(f, 2));
    const shard0 = await runBatch({ input, out, pipeline, jobs: 0, shard: { index: 0, count: 2 }, prune: true });
    expect(articles(out)).toHaveLength(10 - owners.filter((s) => s === 0).length);
    const shard1 = await runBatch({ input, out, pipeline, jobs: 0, shard: { index: 1, count: 2 }, prune: true });
    // Each shard removed the deleted pages it owns, and together all of them.
    expect([shard0.documents.pruned, shard1.documents.pruned]).toEqual([0, 1].map((i) => owners.filter((s) => s === i).length));
    expect(articles(out)).toEqual(['d1/page-5.json', 'feed/1-r0.json', 'feed/2-r1.json', 'feed/3-r2.json', 'gz/packed.json']);

    const empty = path.join(base, 'prune-empty-in');
    fs.mkdirSync(empty, { recursive: true });
    const none = await runBatch({ input: empty, out, pipeline, jobs: 0, prune: true });
    expect(none.documents).toMatchObject({ in: 0, pruned: 0 });
    expect(articles(out)).toHaveLength(5);
  });

  it('keeps the documents of a file it could not read to its end', async () => {
    const { input, out } = small('prune-damaged');
    const lines = [0, 1, 2, 3].map((k) => JSON.stringify({ id: `z${k}`, text: generatedPage(200 + k) }));
    fs.writeFileSync(path.join(input, 'packed.jsonl.gz'), gzipSync(lines.join('\n') + '\n'));
    await runBatch({ input, out, pipeline, jobs: 0 });
    expect(articles(out).filter((a) => a.startsWith('packed/'))).toHaveLength(4);
    // Cut off in the middle: the lines after the cut cannot be read, which does not make them gone.
    const whole = fs.readFileSync(path.join(input, 'packed.jsonl.gz'));
    fs.writeFileSync(path.join(input, 'packed.jsonl.gz'), whole.subarray(0, Math.floor(whole.length * 0.6)));
    const r = await runBatch({ input, out, pipeline, jobs: 0, prune: true });
    expect(r.failures.some((f) => f.code === 'corrupt-gzip')).toBe(true);
    expect(r.documents.pruned).toBe(0);
    expect(articles(out).filter((a) => a.startsWith('packed/'))).toHaveLength(4);
  });
});

describe('planFor', () => {
  const entry = (over: Partial<ManifestEntry> = {}): ManifestEntry => ({ v: 1, content: 'h', pipeline: pipeline.hash, steps: pipeline.steps.map((s) => s.fingerprint), ok: true, ...over });
  const withStep = (i: number, fp: string): ResolvedPipeline => ({ ...pipeline, steps: pipeline.steps.map((s, k) => (k === i ? { ...s, fingerprint: fp } : s)) });

  it('skips only what is unchanged, and re-runs from the first changed step', () => {
    expect(planFor(entry(), 'h', pipeline)).toMatchObject({ run: false });
    expect(planFor(entry(), 'h', pipeline, true)).toEqual({ run: true, from: 0, reason: 'forced' });
    expect(planFor(null, 'h', pipeline)).toEqual({ run: true, from: 0, reason: 'new' });
    expect(planFor(entry(), 'other', pipeline)).toEqual({ run: true, from: 0, reason: 'changed' });
    expect(planFor(entry(), 'h', withStep(3, 'x'))).toEqual({ run: true, from: 3, reason: 'pipeline' });
    expect(planFor(entry(), 'h', withStep(0, 'x'))).toEqual({ run: true, from: 0, reason: 'pipeline' });
  });

  it('keeps a rejection by an unchanged stage before the changed one, and retries transient failures', () => {
    const failedAt = (stage: string, code = 'empty') => entry({ ok: false, failure: { stage, code, message: 'm' } });
    expect(planFor(failedAt('load'), 'h', withStep(3, 'x'))).toMatchObject({ run: false });
    expect(planFor(failedAt('structure'), 'h', withStep(3, 'x'))).toEqual({ run: true, from: 3, reason: 'pipeline' });
    expect(planFor(failedAt('strip', 'timeout'), 'h', pipeline)).toEqual({ run: true, from: 0, reason: 'retry' });
  });
});

describe('bad input', () => {
  it('becomes one rejection per document, with the reason, and the batch goes on', async () => {
    const dir = path.join(base, 'bad');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'good.txt'), generatedPage(1));
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'binary.html'), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7) % 256)));
    fs.writeFileSync(path.join(dir, 'big.txt'), generatedPage(2).repeat(20));
    fs.writeFileSync(path.join(dir, 'zipped.txt.gz'), gzipSync(generatedPage(3)));
    fs.writeFileSync(path.join(dir, 'broken.html.gz'), gzipSync(generatedPage(4)).subarray(0, 40));
    fs.writeFileSync(
      path.join(dir, 'feed.jsonl'),
      [JSON.stringify({ id: '../../../escape', text: generatedPage(5) }), '{not json', JSON.stringify({ id: 'no-body', title: 'x' }), JSON.stringify([1, 2])].join('\n'),
    );
    const small = resolvePipeline({ ...nightly, stages: nightly.stages.map((s) => (s.id === 'load' ? { ...s, options: { maxBytes: 20_000 } } : s)) });
    const out = path.join(base, 'out-bad');
    const before = fs.readdirSync(base);
    const report = await runBatch({ input: dir, out, pipeline: small, jobs: 0 });

    const codes = Object.fromEntries(report.failures.map((f) => [f.path + (f.record ? `#${f.record}` : ''), f.code]));
    expect(codes).toEqual({
      'big.txt': 'too-large',
      'binary.html': 'binary',
      'broken.html.gz': 'corrupt-gzip',
      'empty.txt': 'empty',
      'feed.jsonl#2': 'invalid-json',
      'feed.jsonl#3': 'no-content',
      'feed.jsonl#4': 'invalid-record',
    });
    for (const f of report.failures) expect(f.message.length).toBeGreaterThan(5);
    expect(report.documents).toMatchObject({ in: 10, out: 3, failed: 7 });
    expect(fs.existsSync(path.join(out, 'good.json'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'zipped.json'))).toBe(true);
    // A record id cannot lead out of --out.
    const written = [...treeOf(out).keys()].filter((k) => k.startsWith('feed/'));
    expect(written).toEqual(['feed/1-escape.json']);
    expect(fs.readdirSync(base).sort()).toEqual([...before, 'out-bad'].sort());
  });
});
