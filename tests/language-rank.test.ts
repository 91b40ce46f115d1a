import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { francAll } from 'franc';
import { describe, expect, it } from 'vitest';
import { NEWS_LANGUAGES } from '../src/stages/language/index.js';
import { rankLanguages } from '../src/stages/language/rank.js';

/** franc itself is the oracle: every language, every score, in the same order. */
const sameAsFranc = (text: string, only: readonly string[]) =>
  expect(rankLanguages(text, only, 10)).toEqual(francAll(text, { minLength: 10, only: [...only] }));

const CANDIDATE_SETS: ReadonlyArray<readonly string[]> = [NEWS_LANGUAGES, [], ['deu', 'eng', 'cmn', 'rus'], ['xyz']];
const SHARED = path.resolve(import.meta.dirname, '../../shared/eval');

describe('rankLanguages ranks as franc does', () => {
  it('on hand-picked edge cases: empty, short, digits, one-language scripts, no candidate of the script, ties', () => {
    const cases = [
      '', 'kurz', '1234567890 2021', '!!!???...,,,;;;', '这是一个关于语言识别的中文句子，它应该被识别出来。', 'Это предложение написано на русском языке для проверки.',
      'Der Kreml bestätigte am Dienstag, dass die Gespräche fortgesetzt werden.', 'The quick brown fox jumps over the lazy dog.', 'İSTANBUL ŞEHRİ ÇOK GÜZEL BİR YER',
      'a\u00a0b\u2028c\u3000d\ufeffe tab\tend', 'שלום עולם זה משפט בעברית', 'नमस्ते यह हिंदी में एक वाक्य है', 'x'.repeat(3000), 'Ab '.repeat(900),
      // Lower-cased, 'İ' becomes two characters: a sample longer than the longest franc reads.
      'İ'.repeat(2100),
    ];
    for (const only of CANDIDATE_SETS) for (const text of cases) sameAsFranc(text, only);
  });

  it('on generated text: words of several languages and scripts, punctuation, digits and odd white space', () => {
    const word = fc.constantFrom(
      'der', 'die', 'und', 'Straße', 'über', 'the', 'and', 'of', 'les', 'été', 'de', 'la', 'y', 'niño', 'het', 'een', 'że', 'się', 'și', 'ğ', 'İ',
      'и', 'в', 'не', 'что', 'это', 'ја', 'між', 'και', 'του', '中文', 'の', 'です', '한국어', 'في', 'من', 'של', 'है', 'ที่', 'Ω',
    );
    const gap = fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', ', ', '. ', '! ', '123', ' – ', '(', ')', '"', '\u2028', '\ufeff', '😀');
    const text = fc.array(fc.oneof({ weight: 3, arbitrary: word }, { weight: 2, arbitrary: gap }), { maxLength: 400 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, fc.constantFrom(...CANDIDATE_SETS), (t, only) => {
      sameAsFranc(t, only);
    }), { numRuns: 400 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (t) => {
      sameAsFranc(t, NEWS_LANGUAGES);
    }), { numRuns: 300 });
  });

  it('relies on no character being Latin and of another script (rankLanguages stops at a Latin majority)', async () => {
    const { expressions } = await import('franc/expressions.js');
    const single = (r: RegExp) => new RegExp(`^(?:${r.source})$`);
    const latin = single(expressions['Latin']!);
    const others = Object.entries(expressions).filter(([k]) => k !== 'Latin').map(([k, r]) => [k, single(r)] as const);
    const shared: string[] = [];
    let latinChars = 0;
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      if (!latin.test(ch)) continue;
      latinChars++;
      for (const [k, r] of others) if (r.test(ch)) shared.push(`U+${c.toString(16)} ${k}`);
    }
    expect(latinChars).toBeGreaterThan(1000);
    expect(shared).toEqual([]);
  });

  // The real pages of ../shared/eval: CI has them; a fresh clone does not.
  const have = fs.existsSync(SHARED);
  it.skipIf(!have)('on the gold text of every page of ../shared/eval, whole and cut where the stage cuts', () => {
    let compared = 0;
    for (const set of ['trafilatura', 'scrapinghub']) {
      const dir = path.join(SHARED, set);
      for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.json') && n !== '_index.json')) {
        const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { gold_text?: string; with?: string[] };
        const text = gold.gold_text ?? (gold.with ?? []).join('\n');
        for (const sample of [text, text.slice(0, 1536)]) {
          sameAsFranc(sample, NEWS_LANGUAGES);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
  if (!have) it.skip(`real pages: skipped, ${SHARED} is absent (a fresh clone without ../shared)`, () => {});
});
