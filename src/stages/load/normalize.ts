/**
 * Unicode clean-up every later rule relies on: NFC, one kind of line break, no-break and other
 * wide spaces to plain spaces, soft hyphens and zero-width characters removed, C0/C1 controls
 * (other than tab and newline) dropped, lone UTF-16 surrogates (from broken UTF-16 or JSON
 * escapes) replaced by U+FFFD so that the text survives being written as UTF-8 unchanged.
 */
// One pass over the text: the classes are disjoint (U+0085 is a line break, not a control).
const FIX = /\r\n?|[\u2028\u2029\u0085]|[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]|[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g; // eslint-disable-line no-control-regex
const SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;

function fix(ch: string): string {
  if (ch.charCodeAt(0) === 0x0d || ch === '\u2028' || ch === '\u2029' || ch === '\u0085') return '\n';
  return SPACE.test(ch) ? ' ' : '';
}

/** ES2024 (Node 20 has it; TypeScript's ES2023 lib does not declare it). */
type WellFormed = { toWellFormed(): string };

export function normalizeText(text: string): string {
  return wellFormed(text).replace(FIX, fix).normalize('NFC');
}

/** Lone surrogates replaced by U+FFFD, nothing else changed. */
export const wellFormed = (text: string): string => (text as unknown as WellFormed).toWellFormed();

// A character normalizeText replaces or removes (or half of a surrogate pair, lone or not).
const NEEDS_FIX = /[\r\u2028\u2029\u0085\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff]/; // eslint-disable-line no-control-regex
// Text below U+0300 is already NFC: every combining mark and every character that composes is above.
const MAY_COMPOSE = /[\u0300-\uffff]/;

/**
 * normalizeText for text that entity decoding made after load saw the source: `&shy;`, `&nbsp;`,
 * `&#8203;` and `e&#769;` are plain ASCII in the HTML and only become the characters load
 * removes or replaces once an HTML parser decodes them. Most texts need no change: one scan.
 */
export function normalizeDecoded(text: string): string {
  if (NEEDS_FIX.test(text)) return normalizeText(text);
  return MAY_COMPOSE.test(text) ? text.normalize('NFC') : text;
}
