/**
 * Cheap first tests for the line rules' regexes. Most blocks match no rule, and an unanchored regex
 * is tried at every position of the text; a word it cannot match without is found far faster.
 *
 * Why a word test is safe: a regex with the `i` flag (with or without `u`) matches a word of
 * lower-case letters only where the lower-cased text contains it. Under `u` case folding an ASCII
 * letter equals only its capital, the Kelvin sign (lower-cased to k) and the long s ſ, which
 * `folded` turns into s; the Cyrillic о and т also equal three old letters (narrow o, tall te,
 * three-legged te), which it turns into them; the umlauts, ß, é, í, ó, ż, ф and © have no other equals
 * (tests/strip-fold.test.ts checks every letter of the words against every code point).
 */

let lastText: string | undefined;
let lastFolded = '';

/** Lower-case letters `u` case folding equates with another lower-case letter, and that letter. */
const ODD_FOLD = /[ſ\u1c82\u1c84\u1c85]/;
const ODD_FOLDS = /[ſ\u1c82\u1c84\u1c85]/g;
const ODD_FOLD_TO: Readonly<Record<string, string>> = { ſ: 's', '\u1c82': 'о', '\u1c84': 'т', '\u1c85': 'т' };

/** The text lower-cased, ſ as s (and see ODD_FOLD). The rules test one block after the other, so one text is kept. */
export function folded(text: string): string {
  if (text !== lastText) {
    const lower = text.toLowerCase();
    lastFolded = ODD_FOLD.test(lower) ? lower.replace(ODD_FOLDS, (c) => ODD_FOLD_TO[c]!) : lower;
    lastText = text;
  }
  return lastFolded;
}

/**
 * The pairs of adjacent code units of the last folded text, hashed: a word can occur in the text
 * only if each of its pairs does, so most words are ruled out without a search through the text
 * (a line rule asks for dozens of words per block). Per hash, the generation of the text it was
 * last seen in: a new text needs no clearing.
 */
const pairSeen = new Int32Array(4096);
let pairsOf: string | undefined;
let generation = 0;
const pairHash = (a: number, b: number): number => ((a & 63) << 6) | (b & 63);

function indexPairs(f: string): void {
  if (++generation === 0x7fffffff) {
    pairSeen.fill(0);
    generation = 1;
  }
  for (let i = 0; i + 1 < f.length; i++) pairSeen[pairHash(f.charCodeAt(i), f.charCodeAt(i + 1))] = generation;
  pairsOf = f;
}

/** False when some pair of the word is not in the indexed text, so neither is the word. */
function mayContain(w: string): boolean {
  for (let k = 0; k + 1 < w.length; k++) if (pairSeen[pairHash(w.charCodeAt(k), w.charCodeAt(k + 1))] !== generation) return false;
  return true;
}

/** Whether the text contains one of the words (lower-case), as a case-insensitive regex would see it. */
export function hasWord(text: string, words: readonly string[]): boolean {
  const f = folded(text);
  if (f !== pairsOf) indexPairs(f);
  for (const w of words) if (mayContain(w) && f.includes(w)) return true;
  return false;
}

/** The last character that is no whitespace (`\s`, which is what `trimEnd` removes), or ''. */
export function lastVisible(text: string): string {
  return text.trimEnd().slice(-1);
}
