// --shard i/n: the shards partition the batch (no page in two shards, none left out), and their
// union is, byte for byte, the output of one full run.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../src/runner/batch.js';
import { loadPipeline, type ResolvedPipeline } from '../src/runner/pipeline.js';
import { parseShard, shardOf } from '../src/runner/shard.js';
import { isReport, sauber, tempDir, treeDiff, treeOf, writeBatch } from './runner-helpers.js';

const PAGES = 40;
let base: string;
let input: string;
let pipeline: ResolvedPipeline;

beforeAll(async () => {
  base = tempDir('shard');
  input = path.join(base, 'in');
  writeBatch(input, PAGES);
  pipeline = await loadPipeline('nightly');
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

describe('--shard i/n', () => {
  it('parses i/n with 0 <= i < n and refuses anything else', () => {
    expect(parseShard('2/5')).toEqual({ index: 2, count: 5 });
    for (const bad of ['5/5', '1/0', '-1/3', '1', 'a/b', '1/2/3']) expect(() => parseShard(bad), bad).toThrow(/expected i\/n/);
  });

  it('assigns a file by its path alone, on every machine alike', () => {
    expect(shardOf('a/b.html', 7)).toBe(shardOf('a/b.html', 7));
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[shardOf(`dir/page-${i}.html`, 4)]!++;
    for (const c of counts) expect(c).toBeGreaterThan(800); // roughly even
  });

  it('gives shards whose union equals a full run, with no page in two shards', async () => {
    const full = path.join(base, 'full');
    const fullReport = await runBatch({ input, out: full, pipeline, jobs: 0 });
    const fullTree = treeOf(full, isReport);

    const n = 3;
    const seen = new Map<string, number>();
    let docs = 0;
    for (let i = 0; i < n; i++) {
      const out = path.join(base, `shard-${i}`);
      const r = await runBatch({ input, out, pipeline, jobs: 0, shard: { index: i, count: n } });
      docs += r.documents.in;
      expect(r.shard).toBe(`${i}/${n}`);
      expect(fs.existsSync(path.join(out, `.sauber/report.shard-${i}-of-${n}.json`))).toBe(true);
      for (const f of treeOf(out, isReport).keys()) {
        if (f === '.sauber/article.schema.json') continue;
        expect(seen.has(f), `${f} is in shards ${seen.get(f)} and ${i}`).toBe(false);
        seen.set(f, i);
      }
      expect(r.documents.in).toBeGreaterThan(0);
    }
    expect(docs).toBe(fullReport.documents.in);

    // All shards writing into one output directory give the full run's tree.
    const shared = path.join(base, 'shared');
    for (let i = 0; i < n; i++) await runBatch({ input, out: shared, pipeline, jobs: 0, shard: { index: i, count: n } });
    expect(treeDiff(fullTree, treeOf(shared, isReport))).toEqual([]);
    expect(new Set([...seen.keys()])).toEqual(new Set([...fullTree.keys()].filter((f) => f !== '.sauber/article.schema.json')));
  });

  it('exits with 2 on a bad --shard', async () => {
    const r = await sauber(['run', '--in', input, '--out', path.join(base, 'x'), '--shard', '3/3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--shard 3/3');
  });
});
