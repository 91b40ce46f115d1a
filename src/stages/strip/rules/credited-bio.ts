import type { Block } from '../../../core/doc.js';
import type { Decision, SequenceRule, StripContext } from '../types.js';
import { looksLikeName } from '../headline.js';

/**
 * Who a line credits for the text: "By Jacob Wade", "Verified by Marisa Figat", "Fact checked by Fernando Flores",
 * "Reviewed by …", "Von Anna Muster". The label is read without regard to case, the name after it with it.
 */
const CREDIT_LABEL = /^(?:(?:written|verified|fact[- ]checked|(?:medically )?reviewed|edited|reported|geschrieben|geprüft|verfasst)\s+)?(?:by|von|par|por)\s*:?\s*/iu;
/** A person's name: one to four capitalised words. */
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;
/** Longer than a label and a name of four words: a line CREDIT_LABEL need not read. */
const CREDIT_MAX_CHARS = 80;
/** How far above the bio the credit stands (the name's line, "Full Bio", social links between). */
const CREDIT_WINDOW = 6;
/**
 * A bio opens with the person's name (a title before it, the first name alone too) and a verb of being, having or
 * working ("Jacob Wade is a personal finance expert …", "Martin has worked as …", "Moritz Gathmann leitet …"), maybe the
 * person's address or handle in brackets between ("Jeff Foust (jeff@example.com) is the editor …"); the name is group 1.
 */
export const BIO_OPENING = /^(?:Dr\.\s|Prof\.\s)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?:\s+\((?:@[\w.]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\))?\s+(?:is|was|has|joined|works|writes|lives|ist|war|hat|arbeitet|schreibt|lebt|studierte|leitet|est|es|fue|è|jest)\s/u;
/** A writer's trade or post, the word itself. */
const TRADE_WORDS = String.raw`(?:writer|reporter|journalist|editor|correspondent|columnist|contributor|author|novelist|professor|lecturer|researcher|scientist|fellow|founder|co-founder|ceo|director|consultant|freelance\p{L}*|blogger|photographer|curator|producer|host|analyst|critic|commentator|anchor|historian|economist|moderator\p{L}*|kritiker\p{L}*|historiker\p{L}*|redakteur\p{L}*|journalist\p{L}*|autor\p{L}*|korrespondent\p{L}*|reporter\p{L}*|professor\p{L}*|gründer\p{L}*|wissenschaftler\p{L}*|publizist\p{L}*|head of|leiter\p{L}*|chefredakteur\p{L}*)`;
/**
 * What the person is, right after the verb: a writer's trade or post ("a senior writer for WIRED", "a professor at
 * Vanderbilt Law School", "the Founder & Principal Consultant at …", "freier Journalist in Berlin", "IGN's deal curator").
 */
export const TRADE = new RegExp(String.raw`^(?:an?|the|one of the|ein|eine|der|die)?\s*(?:[\p{L}&'’-]+\s+){0,3}?${TRADE_WORDS}(?!\p{L})`, 'iu');
/**
 * Words opening with a determiner are a noun's ("Die Forscherin ist Professorin …"), not a name, and a line opening so is a
 * sentence about someone ("Die Reporterin, die …"), not a trade's label.
 */
export const DETERMINER = /^(?:der|die|das|den|dem|des|ein|eine|the|a|an|this|these|unser|unsere)\s/iu;
/**
 * A writer's trade opening a line, a word or two before it, the post's field or employer after it ("Redakteur in der
 * Wirtschaft.", "Senior Editor with a focus on all things tech", "Freie Journalistin"); not the organisation "Reporter ohne
 * Grenzen" opening a sentence.
 */
const TRADE_LINE = new RegExp(String.raw`^(?!reporter ohne grenzen|reporters without borders)(?:[\p{L}&'’-]+\s+){0,2}?${TRADE_WORDS}(?:\s+(?:in|im|at|for|für|bei|of|des|der|with|mit|and|und|&|covering|from|based)\b|\s*[.,;:|]|$)`, 'iu');

/** Longest bio read. */
const BIO_MAX_CHARS = 800;
/** Longest bio read under a name without its label: a sentence or two. */
const BARE_BIO_MAX_CHARS = 250;

/**
 * The name of the person line `i` credits, or the name line's under a label alone ("By" over "Jacob Wade"); with
 * `bare`, a full name alone that the page set as its byline or a rule took off ("Heiko Sauer" over the date).
 */
function creditedName(blocks: readonly Block[], i: number, bare: boolean): string | null {
  const text = blocks[i]!.text.trim();
  if (text.length > CREDIT_MAX_CHARS) return null;
  const label = CREDIT_LABEL.exec(text);
  if (!label) return bare && (blocks[i]!.role === 'byline' || blocks[i]!.removed) && /\s/.test(text) && NAME.test(text) ? text : null;
  let name = text.slice(label[0].length);
  if (!name) name = blocks[i + 1]?.text.trim() ?? '';
  return NAME.test(name) ? name : null;
}

/** The bio's opening names the credited person: the whole name, or the first name alone ("Marisa" of "Marisa Figat"). */
const samePerson = (opening: string, credited: string): boolean => opening === credited || (!/\s/.test(opening) && credited.startsWith(opening + ' '));

/**
 * A paragraph about the person whose name alone is the line over it: it opens with that name or its first name and a
 * verb (BIO_OPENING): "Emiliano Bellini" over "Emiliano joined pv magazine …", "Anna Muster" over "Anna ist 34 …".
 */
export function bioUnderName(nameLine: string, text: string): boolean {
  if (!looksLikeName(nameLine)) return false;
  const opening = BIO_OPENING.exec(text)?.[1];
  return opening !== undefined && samePerson(opening, nameLine);
}

export const creditedBio: SequenceRule = {
  kind: 'sequence',
  id: 'strip/credited-bio',
  description:
    'The bio of a person the page credits for the text, under that credit: "Jacob Wade is a personal finance expert …" a few lines under "By" over "Jacob Wade", "Marisa is a Content Integrity & Compliance Manager …" under "Verified by Marisa Figat". Or under the full name alone, where the page set it as the byline or a rule took it off, when the bio gives a writer\'s trade ("Heiko Sauer is a Professor of Public Law …" under "Heiko Sauer" and the date). Or, without the name, the writer\'s trade right under the byline ("Redakteur in der Wirtschaft." under "Benjamin Fischer"). An author box of the header, not the article. A paragraph about a person the page does not credit (a profile\'s "Neil Patrick Harris is an American actor") stays.',
  examples: {
    matches: [
      'Coinbase vs. Coinbase Pro\nBy\nJacob Wade\nFull Bio\n- Jacob Wade is a personal finance expert who has covered credit cards, investing and cryptocurrency for a decade.\nUpdated March 28, 2022\nVerified by Marisa Figat\n- Marisa is a Content Integrity & Compliance Manager, with expertise in credit cards and banking.\nCoinbase and Coinbase Pro are two of the most popular cryptocurrency exchanges, and both are owned by the same company.',
      'Neue Radwege für die Stadt\nVon Anna Muster\n- Anna Muster ist Redakteurin im Ressort Lokales und schreibt über Verkehr und Stadtplanung.\nDer Stadtrat hat am Dienstag beschlossen, zwölf Kilometer neue Radwege zu bauen, und die Arbeiten beginnen im Frühjahr.',
      // The trade alone under the byline.
      'Streit um die Tantiemen\nVon Benjamin Fischer\n- Redakteur in der Wirtschaft.\nEinen größeren Anteil an den Streamingerlösen für ihre Klienten fordern die Manager der Künstler, und sie haben dafür prominente Unterstützer gefunden.',
      'Rocket League goes free to play\nBy Josiah Motley\n- Senior Editor with a focus on all things tech and gaming. Life Adventurer. You can keep up with me on Twitter.',
    ],
    keeps: [
      // A profile names its people in headings, crediting none of them.
      'Die erfolgreichsten Schauspieler\nNeil Patrick Harris\nNeil Patrick Harris is an American actor who became famous as a teenage doctor on television.',
      // The credited writer's name opening the text's first sentence about someone else.
      'Neue Radwege für die Stadt\nVon Anna Muster\nAnna Schmidt ist die neue Radbeauftragte der Stadt, und sie will zwölf Kilometer neue Radwege bauen lassen.',
      // Under the byline, the text's first sentence about a reporter, or about the organisation of reporters.
      'Festnahme in Minsk\nVon Anna Muster\nDie Reporterin, die seit Jahren aus Belarus berichtet, wurde am Montag festgenommen.',
      'Festnahme in Minsk\nVon Anna Muster\nReporter ohne Grenzen verurteilte die Festnahme der Journalistin am Montag scharf.',
      'Festnahme in Minsk\nVon Anna Muster\nJournalisten aus zwölf Ländern protestierten am Montag vor der Botschaft gegen die Festnahme.',
    ],
  },
  apply(blocks, ctx: StripContext) {
    const out: Decision[] = [];
    for (let i = 1; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.removed || b.role !== 'unknown' || b.text.length > BIO_MAX_CHARS) continue;
      // The writer's trade right under their byline, without the name: "Redakteur in der Wirtschaft." under "Benjamin Fischer".
      const above = blocks[i - 1]!.text.trim() ? blocks[i - 1]! : blocks[i - 2];
      if (above?.role === 'byline' && b.text.length <= BARE_BIO_MAX_CHARS && !DETERMINER.test(b.text) && TRADE_LINE.test(b.text)) {
        out.push({ index: b.index, action: 'remove', detail: `trade of "${above.text.trim().slice(0, 40)}", the byline above` });
        continue;
      }
      if (!ctx.profile(b.index)?.prose) continue;
      const m = BIO_OPENING.exec(b.text);
      const opening = m?.[1];
      if (!m || !opening) continue;
      // A name without its label credits a short bio of a writer's trade only ("… is a Professor of Public Law"): a
      // profile's subject may stand over a paragraph about them, a tag over the news about its person.
      const trade = b.text.length <= BARE_BIO_MAX_CHARS && TRADE.test(b.text.slice(m[0].length));
      for (let j = i - 1; j >= Math.max(0, i - CREDIT_WINDOW); j--) {
        const credited = creditedName(blocks, j, trade);
        if (credited === null || !samePerson(opening, credited)) continue;
        out.push({ index: b.index, action: 'remove', detail: `bio of "${credited}", credited above` });
        break;
      }
    }
    return out;
  },
};
