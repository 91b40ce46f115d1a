import type { SequenceRule } from '../types.js';
import { keptLines } from './closing-bio.js';
import { hasWord } from './fold.js';

/**
 * What a press release's profile of its company says of it: where it sits, how many it employs, where its shares trade,
 * when it was founded, what it is ("a global solutions provider", "ein führender Anbieter"). Each with words it cannot
 * match without, looked for first: the last lines of most pages are long paragraphs that give no signal.
 */
const PROFILE_SIGNALS: ReadonlyArray<readonly [words: readonly string[], signal: RegExp]> = [
  [['headquarter', 'based in', 'sitz in'], /\b(?:is|are) (?:headquartered|based) in\b|\bheadquarters? (?:is |are )?in\b|\b(?:hat|haben) (?:seinen|ihren) (?:hauptsitz|sitz) in\b|\bmit (?:haupt)?sitz in\b/iu],
  [['employ', 'beschäftigt'], /\bemploys? (?:around |about |approximately |some |over |more than |nearly )?[\d.,]+\s*(?:k\s+)?(?:people|employees|staff|persons)\b|(?<!\p{L})beschäftigt (?:rund |etwa |ca\. |über |mehr als |knapp )?[\d.,]+ (?:mitarbeiter|beschäftigte|menschen|personen)/iu],
  [['listed on', 'traded on', 'aktie'], /\b(?:shares|stock) (?:\([A-Z]{2,6}\) )?(?:is |are )?(?:listed|traded) on\b|(?<!\p{L})aktien?\b.{0,40}\b(?:notiert|gelistet|gehandelt)\b/iu],
  [['founded in', 'gegründet'], /\b(?:was )?founded in (?:1[89]|20)\d{2}\b|(?<!\p{L})(?:wurde )?(?:\d{4} )?gegründet\b/iu],
  [['provider', 'company', 'manufacturer', 'supplier', 'developer', 'group', 'anbieter', 'hersteller', 'unternehmen', 'konzern', 'dienstleister'], /\b(?:is|ist) (?:a|an|the|ein|eine|der|die) (?:[\p{L}-]+ ){0,4}?(?:provider|company|manufacturer|supplier|developer|group|anbieter|hersteller|unternehmen|konzern|dienstleister)\b/iu],
  [['information'], /\bfor more information,? (?:please )?(?:visit|see|go to)\b|(?<!\p{L})weitere informationen (?:unter|finden sie unter|auf)\b/iu],
];
/** Signals a paragraph must give to be the profile: one alone is a news text's aside ("…, headquartered in Munich"). */
const SIGNALS_MIN = 2;
/** How many of the text's last lines are read. */
const PROFILE_REACH = 4;
/** The profile's header: "About Ascom", "Über die Ascom", "À propos de …". */
const ABOUT = /^(?:[Aa]bout|ABOUT|[Üü]ber|ÜBER|[Àà] propos de|[Aa]cerca de|[Ss]obre)\s+(?:the |die |den |das )?\p{Lu}[\p{L}\d&.,' -]{1,60}:?$/u;
/** A profile is a paragraph or two. */
const PROFILE_MAX = 1200;

const signals = (text: string): number => {
  let n = 0;
  for (const [words, re] of PROFILE_SIGNALS) if (hasWord(text, words) && re.test(text)) n++;
  return n;
};

/**
 * A press release's profile of its company closing the text ("Ascom is a global solutions provider … Ascom is
 * headquartered in Baar (Switzerland), has subsidiaries in 15 countries and employs around 1,300 people worldwide.
 * Ascom registered shares (ASCN) are listed on the SIX Swiss Exchange"): one of the last lines gives two of the
 * profile's signals or more (where it sits, how many it employs, where its shares trade, when it was founded, what
 * it is, where to read more). It goes with its header ("About Ascom"), the paragraph of the same company right above
 * it, and what stands under it.
 */
export const companyProfile: SequenceRule = {
  kind: 'sequence',
  id: 'strip/company-profile',
  description: `A press release's profile of its company among the text's last ${PROFILE_REACH} lines: ${SIGNALS_MIN} or more of where it sits, how many it employs, where its shares trade, when it was founded, what it is ("a global solutions provider"), where to read more; with its header ("About Ascom"), the company's paragraph above it and the lines under it.`,
  examples: {
    matches: [
      'Ascom and GE Healthcare announce a partnership in Europe for a patient monitoring solution used in intensive care units.\nThe solution collects alarms from bedside devices and sends them to the nurses who are responsible for the patient.\nThe partnership starts in January and covers twelve countries, the companies said on Tuesday in Baar.\nHospitals can order the solution from both companies, and training is included in the price.\n- About Ascom\n- Ascom is a global solutions provider focused on healthcare ICT and mobile workflow solutions.\n- Ascom is headquartered in Baar (Switzerland), has subsidiaries in 15 countries and employs around 1,300 people worldwide. Ascom registered shares (ASCN) are listed on the SIX Swiss Exchange in Zurich.',
      'Die Firma Muster stellt ihre neue Wärmepumpe auf der Messe in Hannover vor, die besonders leise arbeiten soll.\nDas Gerät braucht nach Angaben des Herstellers ein Viertel weniger Strom als das Vorgängermodell.\nIm Frühjahr soll es in den Handel kommen, der Preis steht noch nicht fest.\nDie Firma rechnet mit einer großen Nachfrage, weil viele Hausbesitzer ihre Heizung erneuern wollen.\n- Die Muster GmbH ist ein führender Anbieter von Heiztechnik. Das Unternehmen wurde 1952 gegründet, hat seinen Sitz in Kassel und beschäftigt rund 800 Mitarbeiter.',
    ],
    keeps: [
      // One signal is a news text's aside about a company.
      'Siemens will cut jobs in its energy division, the company said on Thursday in Munich.\nThe cuts affect factories in Germany and the United States, and the unions have called for talks.\nAnalysts had expected the move after a weak quarter for the division.\nThe shares rose two percent in early trading after the announcement.\nSiemens, which is headquartered in Munich, did not say how many jobs would go.',
    ],
  },
  apply(blocks) {
    const kept = keptLines(blocks);
    if (kept.length < PROFILE_REACH + 1) return [];
    for (let at = kept.length - 1; at >= kept.length - PROFILE_REACH; at--) {
      const b = kept[at]!;
      if (b.text.length > PROFILE_MAX || signals(b.text) < SIGNALS_MIN) continue;
      let from = at;
      // The same company's paragraph right above ("Ascom is a global solutions provider …"), and the profile's header.
      const company = /^\p{Lu}[\p{L}\d&'-]+/u.exec(b.text)?.[0];
      if (company && from > 0 && kept[from - 1]!.text.startsWith(company + ' ') && signals(kept[from - 1]!.text) >= 1) from--;
      if (from > 0 && ABOUT.test(kept[from - 1]!.text.trim())) from--;
      return kept.slice(from).map((x) => ({ index: x.index, action: 'remove' as const, detail: 'the company\'s profile closing a press release' }));
    }
    return [];
  },
};
