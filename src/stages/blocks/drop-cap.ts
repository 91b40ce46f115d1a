import type { Block } from '../../core/doc.js';

/** A first letter alone: a drop cap the page set apart from its paragraph. */
const DROP_CAP = /^\p{Lu}$/u;
/** The paragraph going on after it in lower case ("urkey, Poland and …"). */
const GOES_ON = /^\p{Ll}/u;

export const DROP_CAP_RULE = {
  id: 'blocks/drop-cap',
  description: 'A drop cap set apart from its paragraph (a capital letter alone in its element or on its line, the paragraph going on in lower case: "T" over "urkey, Poland and …") is joined to the paragraph; the letter\'s own block is removed.',
} as const;

/**
 * Joins drop caps to the paragraphs they open, in place: the letter's block is removed (its text stays for
 * `explain`), the paragraph's starts where the letter did. Only blocks no rule has decided yet.
 */
export function joinDropCaps(blocks: Block[]): void {
  for (let i = 0; i + 1 < blocks.length; i++) {
    const cap = blocks[i]!;
    const next = blocks[i + 1]!;
    if (cap.removed || next.removed || cap.role !== 'unknown' || next.role !== 'unknown' || !DROP_CAP.test(cap.text) || !GOES_ON.test(next.text)) continue;
    next.text = cap.text + next.text;
    next.start = cap.start;
    cap.removed = { stage: 'blocks', rule: DROP_CAP_RULE.id, detail: 'joined to the next line' };
  }
}
