/**
 * Unicode clean-up every later rule relies on: NFC, one kind of line break, no-break and other
 * wide spaces to plain spaces, soft hyphens and zero-width characters removed, C0/C1 controls
 * (other than tab and newline) dropped, lone UTF-16 surrogates (from broken UTF-16 or JSON
 * escapes) replaced by U+FFFD so that the text survives being written as UTF-8 unchanged.
 */
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** ES2024 (Node 20 has it; TypeScript's ES2023 lib does not declare it). */
type WellFormed = { toWellFormed(): string };

export function normalizeText(text: string): string {
  return (text as unknown as WellFormed)
    .toWellFormed()
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029\u0085]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(CONTROLS, '')
    .normalize('NFC');
}
