import type { Block } from '../../../core/doc.js';
import type { Decision, SequenceRule, StripContext } from '../types.js';
import { TAXONOMY_LABEL_ALONE } from './site-ui.js';

/** The longest line of tags read under a label: longer, it is more than a post's tags. */
const TAGS_MAX_CHARS = 300;
/** Longer than any taxonomy label alone ("Palabras clave:"): a line the label test need not read (it runs on every block). */
const LABEL_MAX_CHARS = 40;
/** A tag alone on its line ("Python", "Christoph Vilanek", "DVB-T"). */
const ONE_TAG = /^[^\s,;|·]+(?:\s[^\s,;|·]+){0,2}$/u;

/**
 * A post's tags under their label, the two on lines of their own ("Schlagworte:" over "Homophobie, Homosexualität,
 * Gewalt"): strip/post-taxonomy (or strip/ui-word) takes the label, and the list under it is as much the post's
 * metadata. The line right under it, when it is no sentence. Not the first of several lines of one tag each
 * ("Christoph Vilanek", "DVB-T", "Freenet"): such a run is a link list's, which strip/main-content reads as one.
 */
export const tagList: SequenceRule = {
  kind: 'sequence',
  id: 'strip/tag-list',
  description: `A post's tags on the line under their label alone ("Schlagworte:" over "Homophobie, Homosexualität, Gewalt", "Tags" over "Python"): a line of up to ${TAGS_MAX_CHARS} characters that is no sentence.`,
  examples: {
    matches: [
      'Der Tod des Transmannes wurde in der Community mit großer Bestürzung aufgenommen, und viele trauerten.\nSchlagworte:\n- Homophobie, Homosexualität, Gewalt, Identitätslinke, Islam\nWenige Stunden nachdem die traurige Nachricht bekannt wurde, begann die Debatte über die Ursachen.',
      'The tutorial shows how to set up a Python project with tests and a small web server, step by step.\nTags\n- Python',
    ],
    keeps: [
      // One tag a line: left to the link-list reading of the region.
      'Der Mobilfunkanbieter meldet steigende Umsätze und will im kommenden Jahr weiter wachsen, sagt der Chef.\nSchlagworte\nChristoph Vilanek\nDVB-T\nFreenet\nDer Beitrag erschien zuerst im Newsletter des Verlags, der jeden Morgen verschickt wird.',
      // A sentence under the label is text (a heading "Themen" over a paragraph).
      'Schlagwörter\nDie Stadt plant einen neuen Radweg am Fluss entlang, und der Rat stimmt im Mai darüber ab.',
      'The tutorial shows how to set up a Python project with tests and a small web server, step by step.\nPython',
    ],
  },
  apply(blocks, ctx) {
    const out: Decision[] = [];
    for (let i = 0; i + 1 < blocks.length; i++) {
      const label = blocks[i]!;
      if (label.text.length > LABEL_MAX_CHARS || !TAXONOMY_LABEL_ALONE.test(label.text.trim())) continue;
      tagsUnder(blocks, i, ctx, out);
    }
    return out;
  },
};

/** The tags' line under the label at block i, if the next line is one, to `out` (apart from the loop over the labels, which V8 then compiles once). */
function tagsUnder(blocks: readonly Block[], i: number, ctx: StripContext, out: Decision[]): void {
  const label = blocks[i]!;
  const next = blocks[i + 1]!;
  const p = ctx.profile(next.index);
  if (next.removed || next.role !== 'unknown' || !p || p.prose || p.sentenceEnd || p.chars > TAGS_MAX_CHARS) return;
  const after = blocks[i + 2];
  if (ONE_TAG.test(next.text.trim()) && after && !after.removed && after.role === 'unknown' && ONE_TAG.test(after.text.trim())) return;
  out.push({ index: next.index, action: 'remove', detail: `tags under "${label.text.trim()}"` });
}
