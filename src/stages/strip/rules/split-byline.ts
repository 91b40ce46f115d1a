import type { Block } from '../../../core/doc.js';
import { isFirstName } from '../../../lexicon/first-names.js';
import type { Decision, SequenceRule } from '../types.js';

/**
 * A byline's preposition alone on its line: "Von", "By", "Por", "Par", "Door", "Przez", with or without a colon. On
 * its own it says nothing ("Von" heads many a line of a menu or a form); over a name it is a byline that a page's
 * layout put on two lines (a label element and a link element).
 */
const LONE_BY = /^(?:von|by|por|par|door|przez)\s*:?$/iu;
/** Longer than "Przez :" with spaces about it: a line LONE_BY need not read. */
const LONE_BY_MAX_CHARS = 12;
/** A byline's preposition alone ("Von:", "By"): the first line of a split byline, no byline of its own. */
export const isLoneBy = (text: string): boolean => text.length <= LONE_BY_MAX_CHARS && LONE_BY.test(text.trim());

/**
 * The line under it, when it is a name: one to four words, the first capitalised, no sentence, maybe a handle
 * ("Williams Perdomo @wperdomod", "Götz Warnke", "Ariel H", "R. J. Eskow"). Not a date, a phrase or a menu's "Suche…".
 */
const NAME_UNDER = /^\p{Lu}[\p{L}'’-]*\.?(?:\s+(?:\p{Lu}[\p{L}'’-]*\.?|von|van|de|der|den|da|del|di|du|la|le|zu|y)){0,3}(?:\s+@[\w.]{2,30})?$/u;

/** A writer's handle alone on its line, under the name: "@aprilroach28". */
const HANDLE = /^@[\w.]{2,30}$/u;
/** Lines a byline of several writers takes after its first name: handles and more names. */
const MORE_LINES = 4;

/** A second writer's line under the first: a name of two words or more that opens with a first name ("Daniel O'Mahony"). */
const anotherWriter = (text: string): boolean => NAME_UNDER.test(text) && /\s/.test(text) && !text.includes('@') && isFirstName(text.slice(0, text.search(/\s/)));

export const splitByline: SequenceRule = {
  kind: 'sequence',
  id: 'strip/split-byline',
  description: 'A byline on two lines or more: a preposition alone ("Von", "By", "Por", "Par") and a name under it ("Williams Perdomo @wperdomod"), then the handles and further writers\' names under that ("@aprilroach28", "Daniel O\'Mahony"). All are the byline; the structure stage reads the names.',
  examples: {
    matches: [
      'Carta abierta, un nuevo espacio para las denuncias de los lectores\n- Por\n- Williams Perdomo @wperdomod\nEl Nacional crea un nuevo espacio para estar más cerca de sus lectores, y las cartas llegan por correo.',
      'Die Stadt plant einen neuen Radweg am Fluss entlang, und der Rat stimmt im Mai darüber ab.\n- Von:\n- Götz Warnke',
      // Several writers, each with a handle.
      'Turkey and Poland added to UK quarantine list\n- By\n- April Roach\n- @aprilroach28\n- Daniel O\'Mahony\nTurkey, Poland and the Caribbean islands have been removed from the list of travel corridors.',
      'Get in the Spooky Spirit With These Halloween Workouts\n- By\n- Ariel H\nHalloween is the perfect excuse to switch up your workout routine and have a little fun with it this year.',
    ],
    keeps: [
      // Not a name under it: a form's field, a menu's next item, a sentence.
      'Suche im Forum nach Beiträgen aus dem letzten Jahr, sortiert nach Datum und Autor.\nVon:\nSuche Erweiterte Suche...',
      'Die Stadt plant einen neuen Radweg am Fluss entlang, und der Rat stimmt im Mai darüber ab.\nVon\nder Brücke bis zum Hafen sind es drei Kilometer.',
      'Die Stadt plant einen neuen Radweg am Fluss entlang, und der Rat stimmt im Mai darüber ab.\nBy\n12.03.2021',
    ],
  },
  apply(blocks) {
    const out: Decision[] = [];
    const candidate = (k: number): Block | undefined => (k < blocks.length && !blocks[k]!.removed && blocks[k]!.role === 'unknown' ? blocks[k] : undefined);
    for (let i = 0; i < blocks.length; i++) {
      // The test runs on every block: a longer line is read no further.
      if (!candidate(i) || !isLoneBy(blocks[i]!.text)) continue;
      let at = nextWithText(blocks, i);
      if (!candidate(at) || !NAME_UNDER.test(blocks[at]!.text.trim())) continue;
      out.push({ index: blocks[i]!.index, action: 'byline' }, { index: blocks[at]!.index, action: 'byline' });
      for (let k = 0; k < MORE_LINES; k++) {
        const more = nextWithText(blocks, at);
        const text = candidate(more)?.text.trim();
        if (text === undefined || (!HANDLE.test(text) && !anotherWriter(text))) break;
        out.push({ index: blocks[more]!.index, action: 'byline' });
        at = more;
      }
    }
    return out;
  },
};

/** Where the block after block `i` is, over removed ones without a letter ("-", "|" between the two elements). */
function nextWithText(blocks: readonly Block[], i: number): number {
  let k = i + 1;
  while (k < blocks.length && blocks[k]!.removed && !/\p{L}/u.test(blocks[k]!.text)) k++;
  return k;
}
