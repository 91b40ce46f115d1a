/**
 * Cheap first tests for the line rules' regexes. Most blocks match no rule, and an unanchored regex
 * is tried at every position of the text; a word it cannot match without is found far faster.
 *
 * Why a word test is safe: a regex with the `i` flag (with or without `u`) matches a word of
 * lower-case letters only where the lower-cased text contains it. Under `u` case folding an ASCII
 * letter equals only its capital, the Kelvin sign (lower-cased to k) and the long s ſ, which
 * `folded` turns into s; the umlauts, ß, é and © have no other equals (checked for every code point).
 */

let lastText: string | undefined;
let lastFolded = '';

/** The text lower-cased, ſ as s. The rules test one block after the other, so one text is kept. */
export function folded(text: string): string {
  if (text !== lastText) {
    const lower = text.toLowerCase();
    lastFolded = lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
    lastText = text;
  }
  return lastFolded;
}

/** Whether the text contains one of the words (lower-case), as a case-insensitive regex would see it. */
export function hasWord(text: string, words: readonly string[]): boolean {
  const f = folded(text);
  for (const w of words) if (f.includes(w)) return true;
  return false;
}

/** The last character that is no whitespace (`\s`, which is what `trimEnd` removes), or ''. */
export function lastVisible(text: string): string {
  return text.trimEnd().slice(-1);
}
