import type { Block } from '../../../core/doc.js';
import type { SequenceRule } from '../types.js';
import { BIO_OPENING, DETERMINER, TRADE, bioUnderName } from './credited-bio.js';

/** A determiner opening a name (DETERMINER) makes it a noun, but for the writer named by the word: "Der Autor ist Professor an der Medizinischen Fakultät …". */
const THE_WRITER = /^(?:der|die|unser|unsere) (?:autor|autorin|autoren|autorinnen|verfasser|verfasserin|gastautor|gastautorin)$|^the (?:author|authors|writer)$/iu;
/** A bio is a sentence or three. */
const BIO_MAX = 600;
/** An article's text has a few paragraphs at least; a short one may be all bio and text. */
const MIN_PARAGRAPHS = 4;
/** How many of the last lines may hold the bio (the writer's handle and the post's tags under it). */
const BIO_REACH = 3;
/** The longest line under the bio: a handle, a line of tags; not a paragraph of the text going on. */
const AFTER_BIO_MAX = 300;

/** The lines the rules before left in the text, in order: where the rules reading the text's end look; with `quotes`, HTML block quotes too. */
export function keptLines(blocks: readonly Block[], quotes = false): Block[] {
  const kept: Block[] = [];
  for (const b of blocks) if (!b.removed && (b.role === 'unknown' || (quotes && b.role === 'quote'))) kept.push(b);
  return kept;
}

/** Whether a text names the person: their surname (the name's last word) as a word of its own ("Knight", not "Knighthood"). */
export function surnameTest(name: string): (text: string) => boolean {
  const surname = name.trim().split(/\s+/).at(-1)!;
  const re = new RegExp(String.raw`(?<![\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}])`, 'u');
  return (text) => re.test(text);
}

/**
 * The writer's one-line bio closing the text: one of the last three lines opens with a full name, a verb of being and
 * a trade ("Will Knight is a senior writer for WIRED, covering artificial intelligence.", "Ganesh Sitaraman is a
 * professor at Vanderbilt Law School"), and the text never named that person before: an expert the text quotes is
 * named where the quote stands. The lines under the bio (the writer's handle, the post's tags) go with it.
 */
export const closingBio: SequenceRule = {
  kind: 'sequence',
  id: 'strip/closing-bio',
  description: `The writer's bio closing the text: one of its last ${BIO_REACH} lines (${BIO_MAX} characters at most; an HTML block quote too) opens with a full name the text did not name before, a verb of being and a trade ("Will Knight is a senior writer for WIRED …"); the lines under it go with it.`,
  examples: {
    matches: [
      'Robots learn to grasp things by trial and error, and the new algorithm makes that much faster than before.\nThe team trained the system in a simulation first, then on a real robot arm in the lab.\nIt learned to pick up objects it had never seen, including soft toys and cups.\nThe researchers say the approach could help warehouses automate more of their work.\n- Will Knight is a senior writer for WIRED, covering artificial intelligence.',
      'Die Stadt hat am Dienstag beschlossen, zwölf Kilometer neue Radwege zu bauen, und die Arbeiten beginnen im Mai.\nDer Rat stimmte mit großer Mehrheit für den Plan, nur zwei Fraktionen waren dagegen.\nDie Kosten liegen bei rund vier Millionen Euro, die zum Teil der Bund übernimmt.\nRadfahrer sollen so schneller und sicherer in die Innenstadt kommen, sagte die Bürgermeisterin.\n- Anna Muster ist freie Journalistin in Köln und schreibt über Verkehr.',
      // The writer's address in brackets after the name.
      'Robots learn to grasp things by trial and error, and the new algorithm makes that much faster than before.\nThe team trained the system in a simulation first, then on a real robot arm in the lab.\nIt learned to pick up objects it had never seen, including soft toys and cups.\nThe researchers say the approach could help warehouses automate more of their work.\n- Tom Beispiel (tom@stadtkurier.example) is the editor of the Stadtkurier\'s science pages.',
      // A post, not a trade: "Head of …", "Leiterin …", "Chefredakteur …".
      'Die Stadt hat am Dienstag beschlossen, zwölf Kilometer neue Radwege zu bauen, und die Arbeiten beginnen im Mai.\nDer Rat stimmte mit großer Mehrheit für den Plan, nur zwei Fraktionen waren dagegen.\nDie Kosten liegen bei rund vier Millionen Euro, die zum Teil der Bund übernimmt.\nRadfahrer sollen so schneller und sicherer in die Innenstadt kommen, sagte die Bürgermeisterin.\n- Anna Muster ist Head of Social & Community beim Stadtkurier und schreibt über Verkehr und Städte, am liebsten vom Fahrrad aus.',
      // Under the writer's name on a line of its own, the bio opening with the first name, no trade after the verb.
      'Solar deployment in South Korea grew faster than ever this year, the energy agency said on Tuesday.\nThe country added more than three gigawatts of new capacity in the first nine months.\nMost of it came from small rooftop projects, which the government subsidises.\nLarge ground-mounted plants lagged behind, held back by permits and grid access.\n- Emiliano Bellini\n- Emiliano joined pv magazine in March 2017. He has been reporting on solar and renewable energy since 2009.',
      // A deals site's curator, the site's name before the trade.
      'The headphones are down to their lowest price yet at several stores this week.\nThe deal includes the charging case and a year of warranty.\nOther colours are discounted too, though by less.\nThe offer ends on Sunday night or when stock runs out.\n- Tom Beispiel is the Stadtkurier\'s deals curator and tests every gadget he recommends.',
    ],
    keeps: [
      // The text named the person before: an expert it quotes, not its writer.
      'Robots learn to grasp things by trial and error, and the new algorithm makes that much faster than before.\nJane Doe, who led the study, said the team trained the system in a simulation first.\nIt learned to pick up objects it had never seen, including soft toys and cups.\nThe researchers say the approach could help warehouses automate more of their work.\nJane Doe is a professor of robotics at the university and has worked on grasping for a decade.',
      // A noun after its article is nobody's name.
      'Die Stadt hat am Dienstag beschlossen, zwölf Kilometer neue Radwege zu bauen, und die Arbeiten beginnen im Mai.\nDer Rat stimmte mit großer Mehrheit für den Plan, nur zwei Fraktionen waren dagegen.\nDie Kosten liegen bei rund vier Millionen Euro, die zum Teil der Bund übernimmt.\nRadfahrer sollen so schneller und sicherer in die Innenstadt kommen, sagte die Bürgermeisterin.\nDie Planerin ist Professorin an der Hochschule und hat den Entwurf mit Studenten erarbeitet.',
      // An expert named late, the text going on about her: "Doe said" under it.
      'Robots learn to grasp things by trial and error, and the new algorithm makes that much faster than before.\nThe team trained the system in a simulation first, then on a real robot arm in the lab.\nIt learned to pick up objects it had never seen, including soft toys and cups.\nThe researchers say the approach could help warehouses automate more of their work.\nJane Doe is a professor of robotics at the university who was not involved in the study.\n"It is a big step," Doe said.',
      // No trade after the verb: the text's own last sentence.
      'Robots learn to grasp things by trial and error, and the new algorithm makes that much faster than before.\nThe team trained the system in a simulation first, then on a real robot arm in the lab.\nIt learned to pick up objects it had never seen, including soft toys and cups.\nThe researchers say the approach could help warehouses automate more of their work.\nBoston Dynamics is expected to test the method on its own robots next year.',
    ],
  },
  apply(blocks) {
    // An author box set as a block quote (its bio in <blockquote>) closes the text as well.
    const kept = keptLines(blocks, true);
    if (kept.length < MIN_PARAGRAPHS + 1) return [];
    // One of the last lines: the writer's handle or the post's tags may follow the bio.
    for (let at = kept.length - 1; at >= Math.max(MIN_PARAGRAPHS, kept.length - BIO_REACH); at--) {
      const b = kept[at]!;
      if (b.text.length > BIO_MAX) continue;
      const m = BIO_OPENING.exec(b.text);
      const opening = m?.[1];
      if (!m || !opening) continue;
      // Or under the writer's name on a line of its own, the bio opening with it or its first name ("Emiliano Bellini" over
      // "Emiliano joined pv magazine in March 2017. …"): the name's line says whose box it is, whatever the bio says.
      const above = kept[at - 1]?.text.trim() ?? '';
      const nameLine = at - 1 >= MIN_PARAGRAPHS && bioUnderName(above, b.text);
      const name = nameLine ? above : opening;
      if (!nameLine && (!/\s/.test(name) || (DETERMINER.test(name) && !THE_WRITER.test(name)) || !TRADE.test(b.text.slice(m[0].length)))) continue;
      // Not the last of people the text presents each under their name (candidates, finalists): an earlier name line over its person's bio.
      if (nameLine && kept.slice(0, at - 1).some((x, k) => bioUnderName(x.text.trim(), kept[k + 1]?.text ?? ''))) continue;
      const named = surnameTest(name);
      const from = nameLine ? at - 1 : at;
      for (let k = 0; k < from; k++) if (named(kept[k]!.text)) return [];
      // Nor is it one who the lines under it go on about: those are short, and none names the person.
      for (let k = at + 1; k < kept.length; k++) if (kept[k]!.text.length > AFTER_BIO_MAX || named(kept[k]!.text)) return [];
      // The bio closes the text: what stands under it (the handle, the tags) is the page's.
      return kept.slice(from).map((x, k) => ({ index: x.index, action: 'remove' as const, detail: k === 0 ? `the bio of "${name}" closing the text` : `under the bio of "${name}" closing the text` }));
    }
    return [];
  },
};
