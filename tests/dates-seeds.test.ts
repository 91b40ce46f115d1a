import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Doc } from '../src/core/doc.js';
import { loadPipeline, type ResolvedPipeline } from '../src/runner/pipeline.js';
import { processRecord } from '../src/runner/process.js';
import { recordsFromFile } from '../src/stages/load/records.js';

// The dates stage on the five seed pages, against the gold of ../shared/gold/seeds: the
// publication date must be one the gold accepts, and every gold mention with a full date must be
// found with that value (captions included: the stage finds mentions there too).

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOLD = path.resolve(ROOT, '../shared/gold/seeds');
const present = existsSync(GOLD);
if (!present) console.log(`dates-seeds: ${GOLD} not found, seed date tests skipped`);

interface Gold {
  file: string;
  document: { published: { accept: (string | null)[] }; dateMentions?: { text: string; value: string }[] | null };
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

describe.skipIf(!present)('dates stage on the seeds', () => {
  let pipeline: ResolvedPipeline;
  const docs = new Map<string, Doc>();
  const golds = present ? readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(path.join(GOLD, f), 'utf8')) as Gold) : [];

  beforeAll(async () => {
    pipeline = await loadPipeline('lean');
    for (const g of golds) {
      const [rec] = recordsFromFile(g.file, readFileSync(path.join(ROOT, 'raw', g.file)));
      const out = await processRecord(pipeline, rec!);
      if (!out.ok) throw new Error(`${g.file}: ${out.stage}/${out.code} ${out.message}`);
      docs.set(g.file, out.doc);
    }
  });

  for (const g of golds) {
    it(`${g.file}: publication date is one the gold accepts`, () => {
      const pub = docs.get(g.file)!.published?.value ?? null;
      const ok = g.document.published.accept.some((a) => a === pub || (a !== null && pub !== null && a.length >= 10 && pub.startsWith(a)));
      expect(ok, `published ${pub} not in ${JSON.stringify(g.document.published.accept)}`).toBe(true);
    });
    const mentions = (g.document.dateMentions ?? []).filter((m) => /^\d{4}-\d{2}-\d{2}/.test(m.value));
    for (const m of mentions) {
      it(`${g.file}: "${m.text}" → ${m.value}`, () => {
        const found = docs.get(g.file)!.dateMentions ?? [];
        const hit = found.find((x) => norm(m.text).includes(norm(x.text)) || norm(x.text).includes(norm(m.text)));
        expect(hit?.value.startsWith(m.value), `found ${JSON.stringify(hit)}`).toBe(true);
      });
    }
  }

  it('gives every mention offsets that point at its text in its block', () => {
    for (const d of docs.values()) for (const m of d.dateMentions ?? []) expect(d.blocks[m.block]!.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('never writes a year the text and record do not give (001 has no year anywhere)', () => {
    const d = docs.get('001_71db2df63f5cd903.txt')!;
    expect(d.published?.value).toBe('--12-07');
    for (const m of d.dateMentions ?? []) expect(m.value).not.toMatch(/^\d{4}/);
  });

  it('leaves weekdays unresolved when the publication date has month precision only (004)', () => {
    const d = docs.get('004_9f2cb45af6900b9b.txt')!;
    expect(d.published?.precision).toBe('month');
    expect(d.dateMentions?.filter((m) => m.rule === 'dates/german-weekday')).toEqual([]);
  });
});
