import { DATE_TOKEN, MONTH_NUMBERS, WEEKDAY_NUMBERS } from '../../lexicon/date-tokens.js';

/**
 * A writer's name as bylines and author fields give it: with its label ("Text und Interview:",
 * "Veröffentlicht von", "Par", "Published by"), a date stamp or an e-mail address after it
 * ("Leszek Jażdżewski 28 kwietnia 2021 …", "David · 18. Oktober 2019", "Lüder Hoppe info@…"), a
 * dash or comma left over. The name is what is left; a label, a date or a site's address alone is no name.
 */

/** Labels glued or not ("Veröffentlicht vonChris Jung", "Beitragvon r23", "Published by X"). */
const LONG_LABEL = /^(?:geschrieben|veröffentlicht|verfasst|erstellt|gepostet|posted|published|written|reported|(?:additional )?reporting|(?:ein(?:e)? )?(?:beitrag|artikel|kommentar|text|kolumne|gastbeitrag))\s*(?:von|by)\s*:?\s*/iu;
/** Labels before a space or a colon ("Von Anna Muster", "Autorin: Eva Schmidt", "Par Barbara Stiegler", "Text und Interview: X"). */
const WORD_LABEL = /^(?:(?:autor(?:in|en)?|author|verfasser(?:in)?|von|vom|by|par|por|di|door|przez)\s*(?::\s*|\s+)|(?:text|interview|recherche|redaktion|reporting|bericht)(?:\s*(?:und|&|and|\/|,)\s*(?:text|interview|recherche|redaktion|reporting|fotos?|bilder?|photos?))*\s*:\s*)/iu;
/** A credit for pictures or for editing, not for the text ("Fotos: Max Mann", "Illustration: …", "Editing by Tom Brown"). */
const PICTURE_LABEL = /^(?:(?:fotos?|bilder?|photos?|photography|illustrations?|grafik(?:en)?|infografik|video|kamera|schnitt)\s*:|(?:editing|edited|translated|translation|übersetzt|compiled|graphics?|photos?|pictures?|fotos?|bilder?)\s+(?:by|von)\b)/iu;
/**
 * Where the name ends: a date, an e-mail address or a handle, a separator, a figure, another label
 * ("Kategorien: Mode", "Foto: …"), a weekday glued to a word ("Jeff FoustMonday"). Not a dash: "CDU - Fraktion Erfurt".
 */
const NAME_END = new RegExp(
  String.raw`(?:${DATE_TOKEN}|\S+(?:@|\[at\]|\(at\))\S+|\s@\w|\s[·|•]\s|\s(?:ca\.\s*)?\d|\s\p{L}+:(?:\s|$)|(?<=\p{L})(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b)`,
  'iu',
);
/** Words a cut leaves dangling ("BBNTEAM at", "David am"). */
const DANGLING = /(?:\s+(?:at|am|on|le|el|il|vom|den|the|publié|publicado|published|updated|veröffentlicht|aktualisiert))+$/iu;
/** Words that stand where a name should: a label alone, a CMS's placeholder. */
const NO_NAME = /^(?:admin(?:istrator)?|publisher|author|autor(?:in)?|von|vom|by|par|por|di|door|przez|user|webmaster|editor|guest|unknown|anonym(?:ous)?|datum|date|updated|aktualisiert|(?:veröffentlicht|published|posted|erstellt|geschrieben|artikel|beitrag)(?: (?:am|on|von|by))?)$/iu;

/** A site's address standing as the author ("24horas.cl", "www.haufe.de", "STERN.de"): the publisher, not a writer. */
const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:[a-z]{2}|com|net|org|info|biz|eu|news|online|media|blog)\/?$/iu;

/** A byline's text without the label before the names; null for a picture credit. */
export function withoutAuthorLabel(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  return PICTURE_LABEL.test(t) ? null : t.replace(LONG_LABEL, '').replace(WORD_LABEL, '');
}

export function authorName(raw: string): string | null {
  let t = withoutAuthorLabel(raw);
  if (t === null) return null;
  const end = NAME_END.exec(t);
  const cut = end !== null;
  if (end) t = t.slice(0, end.index);
  t = t.replace(/[\s,;:·|•»«›‹–—-]+$/u, '').replace(DANGLING, '').trim();
  if (!t || !/\p{L}/u.test(t) || NO_NAME.test(t) || DOMAIN.test(t)) return null;
  // Cut short, what is left must still be a name or initials: not "ca." ("ca. 8 Min. 12.01.2022"),
  // nor the weekday or month of the date ("Donnerstag, 4. November 2021", "Oktober 2008"; "Jan" alone is a name).
  const lower = t.toLowerCase();
  if (cut && (!/\p{L}{2}/u.test(t) || (t.length <= 4 && t.endsWith('.')) || WEEKDAY_NUMBERS[lower] !== undefined || MONTH_NUMBERS[lower] !== undefined)) return null;
  return t;
}

/** Names once each, the first spelling kept ("Bob Fischer" from "par Bob Fischer" and "Bob Fischer"). */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const key = n.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(n);
  }
  return out;
}
