import type { Block } from '../../../core/doc.js';
import type { Decision, SequenceRule } from '../types.js';

/** Lines of a dated list at the least: fewer may be a text's own dates. */
const DATED_TEASERS_MIN = 3;
/** The longest teaser line of such a list. */
const DATED_TEASER_MAX = 220;
/**
 * A short numeric date and a title after it, no colon between ("06/06/21 Taxe multinationales : …", "9/11 Abandon du
 * projet Amazon …", "12.03. Neue Radwege für die Innenstadt"). A chronicle writes "12.03.2020: Die WHO …". With dots,
 * the date without its year keeps its last dot: "1.2 Methoden" numbers a section.
 */
const DATED_TEASER = /^(?:0?[1-9]|[12]\d|3[01])(?:\/(?:0?[1-9]|1[0-2])(?:\/(?:\d{2}|\d{4}))?|\.(?:0?[1-9]|1[0-2])(?:\.(?:\d{2}|\d{4})|\.))\s+(?![\d:–-])\S/u;

/** A fraction, not a date without its year: "1/2 teaspoon ginger garlic paste", "3/4 cup of milk". */
const FRACTION = /^([1-7])\/([2-8])\s/u;

const isTeaser = (b: Block): boolean => {
  // Most lines are ruled out by their first character, a digit (or white space) before the date.
  const c = b.text.charCodeAt(0);
  if (!(c >= 48 && c <= 57) && c !== 32 && c !== 9) return false;
  const t = b.text.trim();
  const fraction = FRACTION.exec(t);
  if (fraction && Number(fraction[1]) < Number(fraction[2])) return false;
  // A title, not a sentence: the list's items do not end in a full stop.
  return t.length <= DATED_TEASER_MAX && DATED_TEASER.test(t) && !/\p{Ll}{2}\.$/u.test(t);
};

/**
 * A list of the site's articles, each a title behind its short date ("06/06/21 Taxe multinationales : Raphaël Pradeau
 * sur France Info", "10/11 [Communiqué] En pleine COP26 …"): three lines or more one after the other (blank lines
 * and removed lines between do not part them). A chronicle's entries put a colon after the date and end in a full
 * stop; a recipe's "1/2 teaspoon …" is a fraction.
 */
export const datedTeasers: SequenceRule = {
  kind: 'sequence',
  id: 'strip/dated-teasers',
  description: `A list of other articles, each a title behind its short date ("06/06/21 Taxe multinationales …", "9/11 Abandon du projet Amazon …"): ${DATED_TEASERS_MIN} lines or more in a row, no colon after the dates, no full stop at their ends.`,
  examples: {
    matches: [
      'Aurélie Trouvé, porte-parole d’Attac, était l’invitée de France info pour parler du lancement du projet, et elle a répondu aux questions des auditeurs.\n- 06/06/21 Taxe multinationales : Raphaël Pradeau, porte-parole d’Attac, sur France Info\n- 12/03/21 [A revoir] Webinaire : « Changements climatiques et loi climat »\n- 25/02/21 Comment imaginer un logement digne pour toutes et tous ?\n- 10/11 [Communiqué] En pleine COP26, la France est sur le point d’autoriser l’extraction de gaz',
    ],
    keeps: [
      // A chronicle of the text: colons after the dates, sentences.
      'Die Pandemie hat das Land zwei Jahre lang in Atem gehalten, und die Politik reagierte oft spät, wie die Chronik zeigt.\n12.03.2020: Die WHO erklärt den Ausbruch zur Pandemie.\n22.03.2020: Bund und Länder beschließen Kontaktbeschränkungen.\n27.12.2020: In Deutschland beginnen die Impfungen.',
      // Two dated lines are no list.
      'Der Verein lädt zu zwei Terminen ein, und beide finden im Gemeindehaus statt, wie der Vorstand mitteilte.\n12.03. Jahreshauptversammlung im Gemeindehaus\n19.03. Frühjahrsputz am Vereinsheim',
      // Nor are a section's numbers.
      'Der Bericht gliedert sich in drei Teile, die jeweils mit einer kurzen Zusammenfassung der wichtigsten Ergebnisse beginnen.\n1.1 Methoden der Erhebung\n1.2 Auswahl der Stichprobe\n1.3 Grenzen der Studie',
      // Nor are a recipe's fractions dates.
      'Bhindi masala is a dry curry of okra, onions and spices that goes well with roti or with dal and rice.\n1/2 medium size onion sliced\n1/2 teaspoon ginger garlic paste\n1/4 teaspoon turmeric powder\n1/3 teaspoon garam masala',
    ],
  },
  apply(blocks) {
    const out: Decision[] = [];
    let run: Block[] = [];
    const flush = () => {
      if (run.length >= DATED_TEASERS_MIN) for (const b of run) out.push({ index: b.index, action: 'remove' });
      run = [];
    };
    for (const b of blocks) {
      if (b.removed || b.text.length === 0 || !b.text.trim()) continue;
      if (b.role === 'unknown' && isTeaser(b)) run.push(b);
      else flush();
    }
    flush();
    return out;
  },
};
