// The five seed pages end to end against their gold labels in ../shared/gold/seeds: every
// content line kept, no line outside the article leaked, and the document facts right.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Doc } from '../src/core/doc.js';
import { norm, RAW, runFile, SHARED } from './helpers/pipeline.js';

const GOLD = path.join(SHARED, 'gold/seeds');
const present = fs.existsSync(GOLD);
if (!present) console.warn(`SKIPPED seeds-gold: ${GOLD} is absent (a fresh clone without ../shared)`);

interface GoldLine { n: number; label: string; text: string }
interface Gold {
  file: string;
  document: {
    language: string;
    title: string | null;
    titleParts?: { headline?: string };
    agencies?: string[];
    published: { accept: Array<string | null> };
    dateMentions?: Array<{ text: string; value: string }>;
    mustNotAppearAnywhere?: string[];
  };
  lines: GoldLine[];
}

const CONTENT = new Set(['lead', 'highlight', 'heading', 'body']);
const OUTSIDE = new Set(['boilerplate', 'caption', 'credit', 'meta', 'byline', 'kicker']);
const stripBullet = (s: string) => s.replace(/^[•·\-–*]\s*/, '');
// A dateline may move into its own field, as the seed scorer allows.
const undated = (t: string) => t.replace(/^[^–—]{3,60}?\([^)]{2,30}\)\s*[–—-]\s*/, '').replace(/^[A-ZÄÖÜ][\p{L}-]+\.\s+/u, '');

const golds: Gold[] = present
  ? fs.readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(fs.readFileSync(path.join(GOLD, f), 'utf8')) as Gold)
  : [];

describe.skipIf(!present)('seeds against ../shared/gold/seeds', () => {
  for (const gold of golds) {
    describe(gold.file, () => {
      let doc: Doc;
      beforeAll(async () => {
        doc = await runFile(path.join(RAW, gold.file));
      });

      it('keeps every lead, body, heading and highlight line in the text', () => {
        const text = norm(doc.article!.text);
        const missing = gold.lines
          .filter((l) => CONTENT.has(l.label))
          .map((l) => stripBullet(norm(l.text)))
          .filter((t) => t && !text.includes(t) && !text.includes(undated(t)));
        expect(missing).toEqual([]);
      });

      it('lets no boilerplate, caption, credit, byline, kicker or meta line into the text', () => {
        const text = norm(doc.article!.text);
        const lines = new Set(doc.article!.text.split(/\n+/).map((l) => stripBullet(norm(l))).filter(Boolean));
        const leaked = gold.lines
          .filter((l) => OUTSIDE.has(l.label))
          .map((l) => stripBullet(norm(l.text)))
          .filter((t) => t && (lines.has(t) || (t.length >= 25 && text.includes(t))));
        expect(leaked).toEqual([]);
      });

      it('records a rule id for every removed line', () => {
        for (const b of doc.blocks.filter((x) => x.removed)) expect(b.removed!.rule).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
      });

      it('has the language and title of the gold', () => {
        expect(doc.article!.language).toBe(gold.document.language);
        const ok = [gold.document.title, gold.document.titleParts?.headline].filter((x) => x != null).map(norm);
        if (gold.document.title === null) expect(doc.article!.title).toBeNull();
        else expect(ok).toContain(norm(doc.article!.title));
      });

      it('dates the article within the accepted values, never by the clock', () => {
        const pub = doc.article!.published?.value ?? null;
        const accept = gold.document.published.accept;
        expect(accept.includes(pub) || accept.some((a) => a && pub && a.length >= 10 && pub.startsWith(a))).toBe(true);
      });

      it('resolves the listed date mentions', () => {
        for (const m of gold.document.dateMentions ?? []) {
          if (!/^\d{4}-\d{2}-\d{2}/.test(m.value)) continue;
          const hit = doc.article!.dateMentions.find((x) => norm(m.text).includes(norm(x.text)) || norm(x.text).includes(norm(m.text)));
          expect(hit, `mention "${m.text}"`).toBeDefined();
          expect(hit!.value.startsWith(m.value), `"${m.text}" → ${hit!.value}, expected ${m.value}`).toBe(true);
          // Offsets point at the mention in the article text, or in its caption.
          const where = hit!.caption === undefined ? doc.article!.text : doc.article!.captions[hit!.caption]!.text;
          expect(where.slice(hit!.start, hit!.end)).toBe(hit!.text);
        }
      });

      it('names the agencies of the gold', () => {
        for (const a of gold.document.agencies ?? []) expect(doc.article!.agencies).toContain(a);
      });

      it('never lets a placeholder in another script through, anywhere in the article', () => {
        const json = JSON.stringify(doc.article);
        for (const s of gold.document.mustNotAppearAnywhere ?? []) expect(json).not.toContain(s);
      });
    });
  }
});
