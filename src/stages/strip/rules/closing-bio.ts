import type { Block } from '../../../core/doc.js';
import type { Decision, SequenceRule, StripContext } from '../types.js';
import { BIO_OPENING } from './credited-bio.js';

/**
 * What the person is, right after the verb: a writer's trade or post ("a senior writer for WIRED", "a professor at
 * Vanderbilt Law School", "the Founder & Principal Consultant at …", "freier Journalist in Berlin").
 */
const TRADE = /^(?:an?|the|one of the|ein|eine|der|die)?\s*(?:[\p{L}&'’-]+\s+){0,3}?(?:writer|reporter|journalist|editor|correspondent|columnist|contributor|author|novelist|professor|lecturer|researcher|scientist|fellow|founder|co-founder|ceo|director|consultant|freelance\p{L}*|blogger|photographer|redakteur\p{L}*|journalist\p{L}*|autor\p{L}*|korrespondent\p{L}*|reporter\p{L}*|professor\p{L}*|gründer\p{L}*|wissenschaftler\p{L}*|publizist\p{L}*)(?!\p{L})/iu;
/** A bio is a sentence or three. */
const BIO_MAX = 600;
/** An article's text has a few paragraphs at least; a short one may be all bio and text. */
const MIN_PARAGRAPHS = 4;

/**
 * The writer's one-line bio closing the text: the last paragraph (or the one before a short last line) opens with a full
 * name, a verb of being and a trade ("Will Knight is a senior writer for WIRED, covering artificial intelligence.",
 * "Ganesh Sitaraman is a professor at Vanderbilt Law School"), and the text never named that person before: an expert
 * the text quotes is named where the quote stands.
 */
export const closingBio: SequenceRule = {
  kind: 'sequence',
  id: 'strip/closing-bio',
  description: `The writer's bio closing the text: its last paragraph (${BIO_MAX} characters at most) opens with a full name the text did not name before, a verb of being and a trade ("Will Knight is a senior writer for WIRED …").`,
  examples: {
    matches: [
      'Robots learn to grasp things by trial and error, and the new algorithm makes that much faster than before.\nThe team trained the system in a simulation first, then on a real robot arm in the lab.\nIt learned to pick up objects it had never seen, including soft toys and cups.\nThe researchers say the approach could help warehouses automate more of their work.\n- Will Knight is a senior writer for WIRED, covering artificial intelligence.',
      'Die Stadt hat am Dienstag beschlossen, zwölf Kilometer neue Radwege zu bauen, und die Arbeiten beginnen im Mai.\nDer Rat stimmte mit großer Mehrheit für den Plan, nur zwei Fraktionen waren dagegen.\nDie Kosten liegen bei rund vier Millionen Euro, die zum Teil der Bund übernimmt.\nRadfahrer sollen so schneller und sicherer in die Innenstadt kommen, sagte die Bürgermeisterin.\n- Anna Muster ist freie Journalistin in Köln und schreibt über Verkehr.',
    ],
    keeps: [
      // The text named the person before: an expert it quotes, not its writer.
      'Robots learn to grasp things by trial and error, and the new algorithm makes that much faster than before.\nJane Doe, who led the study, said the team trained the system in a simulation first.\nIt learned to pick up objects it had never seen, including soft toys and cups.\nThe researchers say the approach could help warehouses automate more of their work.\nJane Doe is a professor of robotics at the university and has worked on grasping for a decade.',
      // No trade after the verb: the text's own last sentence.
      'Robots learn to grasp things by trial and error, and the new algorithm makes that much faster than before.\nThe team trained the system in a simulation first, then on a real robot arm in the lab.\nIt learned to pick up objects it had never seen, including soft toys and cups.\nThe researchers say the approach could help warehouses automate more of their work.\nBoston Dynamics is expected to test the method on its own robots next year.',
    ],
  },
  apply(blocks, ctx: StripContext) {
    const kept: Block[] = [];
    for (const b of blocks) if (!b.removed && b.role === 'unknown') kept.push(b);
    if (kept.length < MIN_PARAGRAPHS + 1) return [];
    // The last line, or the one before it where the last is short (a sign-off, a date).
    const last = kept.length - 1;
    const at = kept[last]!.text.length < 60 && !ctx.profile(kept[last]!.index)?.prose ? last - 1 : last;
    const b = kept[at]!;
    if (b.text.length > BIO_MAX) return [];
    const m = BIO_OPENING.exec(b.text);
    const name = m?.[1];
    if (!m || !name || !/\s/.test(name) || !TRADE.test(b.text.slice(m[0].length))) return [];
    const surname = name.split(/\s+/).at(-1)!;
    const named = new RegExp(String.raw`(?<![\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}])`, 'u');
    for (let k = 0; k < at; k++) if (named.test(kept[k]!.text)) return [];
    return [{ index: b.index, action: 'remove', detail: `the bio of "${name}" closing the text` }];
  },
};
