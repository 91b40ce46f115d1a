import type { Block } from '../../../core/doc.js';
import type { Decision, SequenceRule } from '../types.js';

/**
 * A social network's name as a word, with what a language glues to it: a case ending of a few
 * letters ("Facebookissa", "Twitterze", not the compound "Messengerdienste"), an apostrophe's
 * ("Facebook'ta"), a share counter ("Facebook1280").
 */
const PLATFORM_WORD =
  /(?<![\p{L}\d])(?:facebook|twitter|whats-?app?|linked-?in|xing|pinterest|telegram|reddit|messenger|tumblr|flipboard|mastodon|bluesky|instagram|vkontakte|weibo|wechat|viber|e-?mail)\p{L}{0,4}(?:['’]\p{L}{1,4})?\d*(?![\p{L}\d])/giu;

/** What PLATFORM_WORD cannot match without, asked first: most lines name no network. */
const PLATFORM_HINT = /facebook|twitter|whats|linked|xing|pinterest|telegram|reddit|messenger|tumblr|flipboard|mastodon|bluesky|instagram|vkontakte|weibo|wechat|viber|mail/iu;

/** Words a share button may have beside the network's name: "Jaa artikkeli", "Udostępnij na", "Compartir en". */
const MAX_WORDS = 6;
const MAX_CHARS = 80;

/**
 * The line with its one network name replaced by a mark, lower case; null when it names none, or
 * more than one, or has no word beside it (a bare list of networks is strip/ui-word's).
 */
export function shareButtonKey(text: string): string | null {
  if (text.length > MAX_CHARS || !PLATFORM_HINT.test(text) || text.split(/\s+/).length > MAX_WORDS) return null;
  const names = text.match(PLATFORM_WORD);
  if (names?.length !== 1) return null;
  const rest = text.replace(PLATFORM_WORD, '\u0000').toLowerCase().replace(/\s+/g, ' ').trim();
  return /\p{L}{2}/u.test(rest) ? rest : null;
}

/** The label a share bar may stand under: the buttons' common words before the name, with a colon ("Jaa artikkeli:"). */
function isBarLabel(b: Block, key: string): boolean {
  const before = key.slice(0, key.indexOf('\u0000')).trim();
  return before.length >= 2 && b.text.toLowerCase().replace(/\s+/g, ' ').trim().replace(/\s*:$/, '') === before;
}

/**
 * A share or follow bar in any language: two lines or more in a row that say the same but for the network
 * they name ("Jaa artikkeli Facebookissa" / "Jaa artikkeli Twitterissä", "Partager sur Facebook" /
 * "Partager sur Twitter"), and the label over them that their common words make ("Jaa artikkeli:").
 * Lines another rule took first (an English or German share button's) still count for the bar.
 */
export const shareBar: SequenceRule = {
  kind: 'sequence',
  id: 'strip/share-bar',
  description:
    'A share or follow bar in any language: two lines or more in a row that are the same words but for the social network they name ("Jaa artikkeli Facebookissa" / "Jaa artikkeli Twitterissä", "Udostępnij na Facebooku" / "Udostępnij na Twitterze", "Follow on Facebook" / "Follow on Instagram"), with the label their common words make over them ("Jaa artikkeli:").',
  examples: {
    matches: [
      'Ilmastonmuutoksen myötä talvista uhkaa tulla nykyistä lauhempia, sateisempia ja pimeämpiä.\n- Jaa artikkeli:\n- Jaa artikkeli Whatsapissa\n- Jaa artikkeli Facebookissa1280\n- Jaa artikkeli Twitterissä\nVuodenaikojen vaihtuminen vaikuttaa mielialaan ja käyttäytymiseen noin 90 prosentilla suomalaisista.',
      'Premier podczas konferencji prasowej w Warszawie mówił o nowych podatkach.\n- Udostępnij na Facebooku\n- Udostępnij na Twitterze',
      "Bakan, yeni vergi düzenlemesini basın toplantısında açıkladı.\n- Facebook'ta paylaş\n- Twitter'da paylaş",
    ],
    keeps: [
      // The networks' names alone, or lines that differ in more than the name, are a text's list.
      'Die Netzwerke im Vergleich:\nFacebook\nTwitter\nInstagram',
      'Die Nutzerzahlen im Vergleich:\nFacebook: 2,9 Milliarden Nutzer im Monat\nTwitter: 400 Millionen Nutzer im Monat',
      'Wer wo wirbt:\nDie Partei wirbt auf Facebook\nDer Verband wirbt auf Twitter',
      // A word that only opens with a network's name, and a line standing twice, are no buttons.
      'Messengerdienste sind kein rechtsfreier Raum\nMessengerdienste sind kein rechtsfreier Raum\nNeue Taskforce des Bundeskriminalamtes nimmt die Arbeit auf',
      // One line naming a network is the text's.
      'Der Konzern kauft Twitter\nDer Kaufpreis liegt bei 44 Milliarden Dollar, teilte das Unternehmen am Montag mit.',
    ],
  },
  apply(blocks) {
    const out: Decision[] = [];
    // Each line's key once: the line that ends a run opens the next.
    const keys = blocks.map((b) => shareButtonKey(b.text));
    for (let i = 0; i < blocks.length; ) {
      const key = keys[i] ?? null;
      let j = i + 1;
      if (key !== null) {
        while (j < blocks.length && keys[j] === key) j++;
        if (j - i >= 2) removeBar(blocks, i, j, key, out);
      }
      i = j;
    }
    return out;
  },
};

/**
 * The buttons of blocks i to j (exclusive), all of one network's key, with the bar's label above them, to `out`; apart
 * from the loop, which V8 then compiles once, not again when a page first shows a bar.
 */
function removeBar(blocks: readonly Block[], i: number, j: number, key: string, out: Decision[]): void {
  // The same line twice is a repeat (a headline over its own copy), not buttons for two networks.
  if (new Set(blocks.slice(i, j).map((b) => b.text.toLowerCase())).size < 2) return;
  const from = i > 0 && isBarLabel(blocks[i - 1]!, key) ? i - 1 : i;
  for (let k = from; k < j; k++) if (!blocks[k]!.removed) out.push({ index: blocks[k]!.index, action: 'remove', detail: 'share bar' });
}
