import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MONTH } from '../src/stages/dates/grammar.js';
import { MONTH_BEFORE_NUMBER } from '../src/stages/dates/mention-rules.js';

/** The quick test as first written: a month word, spaces, maybe "de", a digit. */
const PLAIN = new RegExp(String.raw`${MONTH}\s*(?:de\s+)?\d`, 'iu');

describe('the month-before-number quick test, written from its digit', () => {
  it('passes the texts the plain form passes', () => {
    const token = fc.constantFrom(
      'Dez', 'dez.', 'DEC', 'Dezember', 'mayo', 'MAYO', 'août', 'AOÛT', 'Sept', 'ſept', 'märz', 'MÄRZ', 'mai', 'Mainz', 'jan', 'Jänner', 'févr.', 'dic',
      'de', 'De', 'DE', ' ', '  ', '\u00a0', '\n', '.', ',', '-', '7', '12', '2021', 'x', 'e', 'İ', '\u212a', '𝟕', 'Ö',
    );
    // Near misses of the shape itself: a month word, a dot or none, spaces, "de" or none, spaces, what follows.
    const space = fc.array(fc.constantFrom(' ', '\u00a0', '\n', '\u2003'), { maxLength: 3 }).map((s) => s.join(''));
    const shaped = fc
      .tuple(fc.constantFrom('', 'am ', 'x', '7'), token, fc.constantFrom('', '.'), space, fc.constantFrom('', 'de', 'De', 'dE', 'd'), space, fc.constantFrom('7', '𝟕', 'x', '', '.7'))
      .map((t) => t.join(''));
    fc.assert(
      fc.property(fc.oneof(shaped, fc.array(token, { maxLength: 8 }).map((t) => t.join('')), fc.string({ unit: 'grapheme', maxLength: 20 })), (text) => {
        expect(MONTH_BEFORE_NUMBER.test(text)).toBe(PLAIN.test(text));
      }),
      { numRuns: 10000 },
    );
  });

  it('reads real lines', () => {
    for (const t of ['Dec. 7', 'Dezember 2021', 'mayo de 2022', 'am 7. Dez.', 'Seit März  2020']) expect([t, MONTH_BEFORE_NUMBER.test(t)]).toEqual([t, PLAIN.test(t)]);
    expect(MONTH_BEFORE_NUMBER.test('Dezember 2021')).toBe(true);
    expect(MONTH_BEFORE_NUMBER.test('Mainz 05')).toBe(false);
  });
});
