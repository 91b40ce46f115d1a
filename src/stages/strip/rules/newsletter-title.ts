import type { Block } from '../../../core/doc.js';
import type { Decision, SequenceRule } from '../types.js';

/**
 * A newsletter's name as a box's title: "PC Gamer Newsletter", "KATAPULT-Newsletter", "Unser Wochen-Newsletter". Not a
 * line that goes on from a preposition ("im Produkttester-Newsletter", a list's last item) or a verb.
 */
const NEWSLETTER_TITLE =
  /^(?!(?:im|in|zum|zur|für|per|über|vom|von|aus|mit|to|for|from|about|via|with|get|join|sign|subscribe|abonniere\p{L}*|hol\p{L}*)\s)(?:[\p{L}\d&.'’+]+[ -]){0,3}[\p{L}\d&.'’+]*-?newsletter[:!]?$/iu;
const TITLE_MAX = 50;
/** The box's button alone on a line: "Abonnieren", "Jetzt anmelden", "Subscribe now". */
const SUBSCRIBE_BUTTON =
  /^(?:jetzt |kostenlos |gratis )?(?:abonnieren|anmelden|registrieren|bestellen|eintragen|subscribe|sign up|sign me up|s'abonner|s’abonner|s'inscrire|s’inscrire|suscr[ií]bete|suscribirse)(?: now| today| here| jetzt| hier)?[.!]?$/iu;
/** Lines of a box the line rules removed: its pitch, its consent, a registration wall. */
const BOX_RULES: ReadonlySet<string> = new Set(['strip/newsletter-box', 'strip/form-consent', 'strip/registration-box']);
/** How far under the title the box's removed lines begin, and how long a line of its copy may be. */
const BOX_REACH = 3;
const COPY_MAX = 250;

const isBoxLine = (b: Block): boolean =>
  !!b.removed && (BOX_RULES.has(b.removed.rule) || (b.removed.rule === 'strip/ui-word' && SUBSCRIBE_BUTTON.test(b.text.trim())));

/**
 * The title of a newsletter box over the lines the line rules removed from it ("PC Gamer Newsletter" over "Sign up to get
 * the best content of the week …"; "KATAPULT-Newsletter" over its teaser and an "Abonnieren" button): the title goes, with
 * the box's copy between it and them. A newsletter's name alone says nothing of a box (a list of a site's newsletters, a
 * heading of a text about one): only the box under it does.
 */
export const newsletterTitle: SequenceRule = {
  kind: 'sequence',
  id: 'strip/newsletter-title',
  description: `The title of a newsletter box ("PC Gamer Newsletter", "KATAPULT-Newsletter") over its lines the other rules removed (its pitch, its consent, its "Abonnieren" button, up to ${BOX_REACH} lines under it): with the box's short copy between them.`,
  examples: {
    matches: [
      'Die Zahl der zugelassenen Parteien ist in den vergangenen Jahren deutlich gestiegen, wie die Statistik zeigt.\n- KATAPULT-Newsletter\n- Wie viele Redakteur:innen finden den Chefredakteur doof? Antworten gibt’s im Newsletter.\nAbonnieren',
      'When I have to choose who to flee with, a rebel or a guard, I pick the guard, Hadvar. He looks better armed.\n- PC Gamer Newsletter\nSign up to get the best content of the week, and great gaming deals, as picked by the editors.\nStormcloaks! I hide in a corner while Hadvar deals with them.',
    ],
    keeps: [
      // A list's last item naming a newsletter, then the text goes on.
      'Neue Tester suchen wir an folgenden Stellen:\nauf der Startseite\nauf Facebook\nim Produkttester-Newsletter\nÜber den Bewerbungslink im Newsletter gelangen Sie zum Fragebogen und können sich bewerben.',
      // A heading naming a newsletter, with no box under it.
      'Der Verlag hat sein Angebot für Abonnenten im vergangenen Jahr deutlich ausgebaut, sagte die Sprecherin.\nDer Morgen-Newsletter\nSeit März erscheint jeden Werktag um sechs Uhr eine Zusammenfassung der wichtigsten Nachrichten, die inzwischen 40.000 Leser erreicht.',
    ],
  },
  apply(blocks) {
    const out: Decision[] = [];
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.removed || b.role !== 'unknown' || b.text.length > TITLE_MAX || !NEWSLETTER_TITLE.test(b.text.trim())) continue;
      const copy: number[] = [];
      for (let j = i + 1; j < blocks.length && j <= i + BOX_REACH; j++) {
        const n = blocks[j]!;
        if (isBoxLine(n)) {
          out.push({ index: b.index, action: 'remove', detail: `over "${n.text.slice(0, 40)}"` });
          for (const k of copy) out.push({ index: blocks[k]!.index, action: 'remove', detail: `the box under "${b.text.slice(0, 40)}"` });
          break;
        }
        if (n.removed) continue;
        if (n.text.length > COPY_MAX) break;
        copy.push(j);
      }
    }
    return out;
  },
};
