import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { folded, hasWord } from '../src/stages/strip/rules/fold.js';

describe('hasWord', () => {
  it('answers as a search for each word in the folded text, text after text', () => {
    // Letters, their capitals and case equals, and characters whose pair hashes collide with theirs ("a", "!", "á" share the low six bits).
    const unit = fc.constantFrom(...'abes !"?áâSſKk\u212aİ\u00e4\u00c4'.split(''));
    const text = fc.string({ unit, maxLength: 24 });
    const words = fc.array(fc.string({ unit, minLength: 1, maxLength: 5 }).map((w) => w.toLowerCase()), { maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, words), { minLength: 1, maxLength: 8 }), (asks) => {
        for (const [t, ws] of asks) expect(hasWord(t, ws)).toBe(ws.some((w) => folded(t).includes(w)));
      }),
      { numRuns: 3000 },
    );
  });

  it('folds a text so that every letter of the rules\' words stands where a case-insensitive expression finds it', () => {
    // Every code point, one after the other; the letters the words of the line rules are made of.
    let all = '';
    for (let c = 0; c < 0x110000; c++) if (c < 0xd800 || c > 0xdfff) all += String.fromCodePoint(c);
    for (const letter of 'abcdefghijklmnopqrstuvwxyzäöüßéíóżфот') {
      for (const m of all.matchAll(new RegExp(letter, 'giu'))) expect(folded(m[0]), `U+${m[0].codePointAt(0)!.toString(16)}`).toBe(letter);
    }
  });

  it('finds the words of real lines', () => {
    expect(hasWord('Proudly powered by WordPress', ['joomla', 'wordpress'])).toBe(true);
    expect(hasWord('Gefällt Ihnen dieser Artikel?', ['gefallen?', 'gefällt'])).toBe(true);
    expect(hasWord('Gefällt Ihnen dieser Artikel?', ['gefallen?'])).toBe(false);
    expect(hasWord('A', ['a'])).toBe(true);
  });
});
