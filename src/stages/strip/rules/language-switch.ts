import { isEndonym } from '../../../lexicon/endonyms.js';
import type { Decision, SequenceRule } from '../types.js';

/** Lines in a row that make a switch: fewer may be a text's words ("English" over a paragraph, "Deutsch" as a heading). */
const SWITCH_MIN = 3;

/**
 * A site's language switch: three lines or more in a row, each a language's own name ("English", "Français",
 * "Deutsch", "Bahasa Indonesia", "Tiếng Việt"), some of them in another script. Lines another rule took first
 * (a foreign script's) still count for the run.
 */
export const languageSwitch: SequenceRule = {
  kind: 'sequence',
  id: 'strip/language-switch',
  description: `A site's language switch: ${SWITCH_MIN} lines or more in a row, each a language's own name ("English", "Français", "Tiếng Việt", "日本語"), maybe with its region ("Português (Brasil)").`,
  examples: {
    matches: [
      '- English\n- Français\n- Deutsch\n- Bahasa Indonesia\n- Español\n- Tiếng Việt\nColder Temperatures Forecast for Wednesday\nHowever, Wednesday is forecast to be colder, with morning temperatures two to five degrees lower.',
      'Die Stadt plant einen neuen Radweg am Fluss entlang, und der Rat stimmt im Mai darüber ab.\n- Deutsch\n- English (UK)\n- Português (Brasil)',
    ],
    keeps: [
      // Two names are a text's words as well: a heading over a paragraph, a list of two.
      'English\nThe course is taught in English and German, with exercises in both languages every week.\nDeutsch\nDer Kurs wird auf Englisch und Deutsch unterrichtet, mit Übungen in beiden Sprachen.',
      'Sprachen:\nDeutsch\nEnglisch\nFranzösisch',
    ],
  },
  apply(blocks) {
    const out: Decision[] = [];
    for (let i = 0; i < blocks.length; ) {
      let j = i;
      while (j < blocks.length && blocks[j]!.text.length <= 40 && isEndonym(blocks[j]!.text)) j++;
      if (j - i >= SWITCH_MIN) for (let k = i; k < j; k++) if (!blocks[k]!.removed) out.push({ index: blocks[k]!.index, action: 'remove', detail: 'language switch' });
      i = Math.max(j, i + 1);
    }
    return out;
  },
};
