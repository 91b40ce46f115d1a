import type { Block } from '../../../core/doc.js';
import type { Decision, SequenceRule, StripContext } from '../types.js';

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
/**
 * What the person is, right after the verb: a writer's trade or post ("a senior writer for WIRED", "a professor at
 * Vanderbilt Law School", "the Founder & Principal Consultant at …", "freier Journalist in Berlin", "IGN's deal curator").
 */
export const TRADE = /^(?:an?|the|one of the|ein|eine|der|die)?\s*(?:[\p{L}&'’-]+\s+){0,3}?(?:writer|reporter|journalist|editor|correspondent|columnist|contributor|author|novelist|professor|lecturer|researcher|scientist|fellow|founder|co-founder|ceo|director|consultant|freelance\p{L}*|blogger|photographer|curator|producer|host|analyst|critic|commentator|anchor|historian|economist|moderator\p{L}*|kritiker\p{L}*|historiker\p{L}*|redakteur\p{L}*|journalist\p{L}*|autor\p{L}*|korrespondent\p{L}*|reporter\p{L}*|professor\p{L}*|gründer\p{L}*|wissenschaftler\p{L}*|publizist\p{L}*|head of|leiter\p{L}*|chefredakteur\p{L}*)(?!\p{L})/iu;
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

export const creditedBio: SequenceRule = {
  kind: 'sequence',
  id: 'strip/credited-bio',
  description:
    'The bio of a person the page credits for the text, under that credit: "Jacob Wade is a personal finance expert …" a few lines under "By" over "Jacob Wade", "Marisa is a Content Integrity & Compliance Manager …" under "Verified by Marisa Figat". Or under the full name alone, where the page set it as the byline or a rule took it off, when the bio gives a writer\'s trade ("Heiko Sauer is a Professor of Public Law …" under "Heiko Sauer" and the date). An author box of the header, not the article. A paragraph about a person the page does not credit (a profile\'s "Neil Patrick Harris is an American actor") stays.',
  examples: {
    matches: [
      'Coinbase vs. Coinbase Pro\nBy\nJacob Wade\nFull Bio\n- Jacob Wade is a personal finance expert who has covered credit cards, investing and cryptocurrency for a decade.\nUpdated March 28, 2022\nVerified by Marisa Figat\n- Marisa is a Content Integrity & Compliance Manager, with expertise in credit cards and banking.\nCoinbase and Coinbase Pro are two of the most popular cryptocurrency exchanges, and both are owned by the same company.',
      'Neue Radwege für die Stadt\nVon Anna Muster\n- Anna Muster ist Redakteurin im Ressort Lokales und schreibt über Verkehr und Stadtplanung.\nDer Stadtrat hat am Dienstag beschlossen, zwölf Kilometer neue Radwege zu bauen, und die Arbeiten beginnen im Frühjahr.',
    ],
    keeps: [
      // A profile names its people in headings, crediting none of them.
      'Die erfolgreichsten Schauspieler\nNeil Patrick Harris\nNeil Patrick Harris is an American actor who became famous as a teenage doctor on television.',
      // The credited writer's name opening the text's first sentence about someone else.
      'Neue Radwege für die Stadt\nVon Anna Muster\nAnna Schmidt ist die neue Radbeauftragte der Stadt, und sie will zwölf Kilometer neue Radwege bauen lassen.',
    ],
  },
  apply(blocks, ctx: StripContext) {
    const out: Decision[] = [];
    for (let i = 1; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.removed || b.role !== 'unknown' || b.text.length > BIO_MAX_CHARS || !ctx.profile(b.index)?.prose) continue;
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
