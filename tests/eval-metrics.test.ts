import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { authorMatches, countSnippets, shingleMatching, shingleScores, snippetScores, tokensEqual, titleMatches } from '../src/eval/metrics.js';
import { SHARED } from './helpers/pipeline.js';

const EVAL = process.env['SAUBER_EVAL_DIR'] ?? path.join(SHARED, 'eval');
const present = fs.existsSync(path.join(EVAL, 'score.mjs'));
if (!present) console.log(`eval-metrics: ${EVAL}/score.mjs not found, skipping the comparison with the benchmarks' scorer`);

describe('metrics by hand', () => {
  it('snippet metric: substring tests after whitespace collapse, micro-averaged', () => {
    const c = countSnippets({ with: ['a  b', 'zz'], without: ['c', 'q'] }, 'x a\nb c');
    expect([c.tp, c.fn, c.fp, c.tn]).toEqual([1, 1, 1, 1]);
    expect(snippetScores([c]).f1).toBeCloseTo(0.5);
    expect(countSnippets({ with: ['a'], without: ['b'] }, null)).toMatchObject({ tp: 0, fn: 1, fp: 0, tn: 1 });
  });
  it('shingle metric: 4-token shingles, exact texts score 1', () => {
    const t = 'one two three four five six';
    expect(shingleScores([{ ...shingleMatching(t, t), exact: tokensEqual(t, t) }]).f1).toBe(1);
    const half = shingleMatching(t, 'one two three four');
    expect(half.tp).toBeCloseTo(1 / 3);
  });
  it('title: gold inside the extracted title, ignoring case and spacing', () => {
    expect(titleMatches('Neue Radwege', 'neue  radwege | Stadtkurier')).toBe(true);
    expect(titleMatches('Neue Radwege für alle', 'Neue Radwege')).toBe(false);
  });
  it('author: every writer the gold names among the extracted authors and agencies', () => {
    expect(authorMatches('Anna  Muster', ['anna muster'])).toBe(true);
    expect(authorMatches('Daniel Braun, Davor Pasoski', ['Daniel Braun', 'Davor Pasoski'])).toBe(true);
    expect(authorMatches('David Brand and Ramsey Khalifeh', ['David Brand'])).toBe(false);
    expect(authorMatches(['Eva Schmidt', 'dpa'], ['Eva Schmidt', 'dpa'])).toBe(true);
    expect(authorMatches('dsw / DPA', ['dpa'])).toBe(false);
    expect(authorMatches('Jill Serjeant', [])).toBe(false);
    expect(authorMatches('', ['Anna Muster'])).toBe(false);
  });
});

describe.skipIf(!present)('metrics equal ../shared/eval/score.mjs on the same outputs', () => {
  for (const dataset of ['trafilatura', 'scrapinghub']) {
    it(dataset, () => {
      const dir = path.join(EVAL, dataset);
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sauber-metrics-'));
      const golds = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { id: string; lang: string; with?: string[]; without?: string[]; gold_text?: string });
      // Outputs with misses and leaks: the second half of each page's dump, one page in seven missing.
      const texts = new Map<string, string | null>();
      golds.forEach((g, i) => {
        const dump = fs.readFileSync(path.join(dir, `${g.id}.dump.txt`), 'utf8');
        const text = i % 7 === 3 ? null : dump.slice(Math.floor(dump.length / 2));
        texts.set(g.id, text);
        if (text !== null) fs.writeFileSync(path.join(out, `${g.id}.txt`), text);
      });
      const ref = JSON.parse(execFileSync(process.execPath, [path.join(EVAL, 'score.mjs'), dir, out, '--json', '--bootstrap', '0', '--by-lang'], { encoding: 'utf8' })) as {
        datasets: Record<string, { metrics: Record<string, number>; by_lang: Record<string, { metrics: Record<string, number> }> }>;
      };
      const entry = ref.datasets[dataset]!;
      const score = (gs: typeof golds) =>
        gs[0]!.with
          ? snippetScores(gs.map((g) => countSnippets({ with: g.with!, without: g.without! }, texts.get(g.id)!)))
          : shingleScores(gs.map((g) => ({ ...shingleMatching(g.gold_text!, texts.get(g.id) ?? ''), exact: tokensEqual(g.gold_text!, texts.get(g.id) ?? '') })));
      const mine = score(golds) as unknown as Record<string, number>;
      for (const k of ['f1', 'precision', 'recall', 'accuracy']) expect(mine[k], k).toBeCloseTo(entry.metrics[k]!, 5);
      for (const [lang, sub] of Object.entries(entry.by_lang)) {
        const m = score(golds.filter((g) => g.lang === lang)) as unknown as Record<string, number>;
        if (sub.metrics['f1'] !== null) expect(m['f1'], lang).toBeCloseTo(sub.metrics['f1']!, 5);
      }
      fs.rmSync(out, { recursive: true, force: true });
    });
  }
});
