import { agencyOf } from '../../lexicon/agencies.js';
import { DATE_TOKEN, MONTH_NUMBERS, WEEKDAY_NUMBERS } from '../../lexicon/date-tokens.js';
import { SITE_ADDRESS } from '../../lexicon/domain.js';
import { domainName, squash } from '../blocks/html/metadata.js';
import { isCuratedFirstName, isFirstName } from '../../lexicon/first-names.js';
import { GLUED_MONTH, MACHINE_STAMP } from '../dates/evidence.js';
import { findMentions } from '../dates/find.js';
import { isBylineLabel, opensWithDateLabel } from '../strip/rules/meta-lines.js';

/**
 * A writer's name as bylines and author fields give it: with its label ("Text und Interview:",
 * "Veröffentlicht von", "Par", "Published by"), a date stamp or an e-mail address after it
 * ("Leszek Jażdżewski 28 kwietnia 2021 …", "David · 18. Oktober 2019", "Lüder Hoppe info@…"), a
 * dash or comma left over. The name is what is left; a label, a date or a site's address alone is no name.
 */

/** Labels glued or not ("Veröffentlicht vonChris Jung", "Beitragvon r23", "Published by X", "Publicado por X", "Publié par X"). */
const LONG_LABEL = /^(?:(?:text|words)\s+(?:und|and|&)\s+(?:fotos?|bilder|photos)\s+|geschrieben|veröffentlicht|verfasst|erstellt|eingestellt|gepostet|posted|published|written|reported|(?:additional )?reporting|post author|story|words|article|(?:ein(?:e)? )?(?:beitrag|artikel|kommentar|text|kolumne|gastbeitrag|gastkommentar|pressemitteilung|pressemeldung|meldung|nachricht|rede)|im wortlaut)\s*(?:von|by)\s*:?\s*|^(?:publicado|escrito|postado|publié|écrit|scritto|pubblicato)\s+(?:por|par|da)\s*:?\s*/iu;
/** The label of a link to the writer's other texts: "Alle Artikel von", "More from", "More" (the longer first: its opening is read without the rest). */
const PAGE_LINK_LABEL = String.raw`(?:alles|mehr|alle (?:artikel|beiträge|texte|posts)|weitere (?:artikel|beiträge|texte)|more (?:posts|articles|stories)|more|all (?:posts|articles|stories)|view all posts|see all posts)`;
/** An author box's link to the writer's other texts: "Alle Artikel von Tanja Karrasch", "More from Matthew Humphries". */
export const AUTHOR_PAGE_LINK = new RegExp(String.raw`^${PAGE_LINK_LABEL} (?:von|from|by) (.{4,60}?)(?: (?:auf|on) \S+)?(?: anzeigen| ansehen| lesen)?\s*[:»›→>]*$`, 'iu');
/** Such a link's label before the name it is the byline's text ("More Richard (R.J.) Eskow.", "More stories by Ann Lee"). */
const PAGE_LINK_OPENING = new RegExp(String.raw`^${PAGE_LINK_LABEL}\s+(?:(?:von|from|by)\s+)?`, 'iu');
/** What follows that label when it names a writer: a name's capitalised words (case-sensitive: under `i` \p{Lu} is any letter). */
const NAME_OPENING = /^\p{Lu}\p{L}*\.?\s+\(?\p{Lu}/u;

/** `t` without the label of a link to the writer's other texts, when a name follows it. */
function withoutPageLinkLabel(t: string): string {
  const m = PAGE_LINK_OPENING.exec(t);
  return m && NAME_OPENING.test(t.slice(m[0].length)) ? t.slice(m[0].length) : t;
}
/** "By" glued to the name by a dump of `<span>By</span><a>Alex Bozarjian</a>` (case-sensitive: "Byron Smith" is a name). */
const GLUED_BY = /^By(?=\p{Lu}[\p{Ll}.])/u;
/** Labels before a space or a colon ("Von Anna Muster", "Autorin: Eva Schmidt", "Auteur : Anna Kubišta", "Par Barbara Stiegler", "Text und Interview: X"). */
const WORD_LABEL = /^(?:(?:autor(?:in|en|\/in|a|es)?|author|auteur(?:e|s)?|autore|verfasser(?:in)?|von|vom|by|par|por|di|door|przez)\s*(?::\s*|\s+)|(?:text|interview|recherche|redaktion|reporting|bericht)(?:\s*(?:und|&|and|\/|,)\s*(?:text|interview|recherche|redaktion|reporting|fotos?|bilder?|photos?))*\s*:\s*)/iu;
/**
 * A credit for pictures or for editing, not for the text ("Fotos: Max Mann", "Illustration: …", "Editing by Tom Brown",
 * "Фото из Инстаграма …", a book's "Revised Edition Edited by Adrian Parr").
 */
const PICTURE_LABEL = /^(?:(?:fotos?|bilder?|photos?|photography|illustrations?|grafik(?:en)?|infografik|video|kamera|schnitt)\s*:|(?:editing|edited|translated|translation|übersetzt|compiled|graphics?|photos?|photographs?|pictures?|fotos?|bilder?)\s+(?:by|von)\b|фото)|\s(?:edited|herausgegeben) (?:by|von)\s/iu;
/**
 * Where the name ends: a date, a picture's credit ("Olga Symbolbild imago"), a comment count ("KleineGrüneMonster Ein
 * Kommentar"), the category it is filed in ("Henry In Aktuell"), an e-mail address or a handle, a
 * separator, a figure, another label ("Kategorien: Mode", "Foto: …"), a weekday glued to a word ("Jeff FoustMonday").
 * Not a dash: "CDU - Fraktion Erfurt".
 */
const NAME_END = new RegExp(
  String.raw`(?:${DATE_TOKEN}|\s(?:symbolbild|fotos?|photos?)\b|\s(?:ein|kein|keine|no|\d+)\s+(?:kommentare?|comments?)\b|\s(?:post|leave|add|write) a comment\b|\sschreibe einen kommentar\b|\s(?:in|im)\s|\S+(?:@|\[at\]|\(at\))\S+|\s@\w|\s[·|•]\s|\s(?:ca\.\s*)?\d|\s\p{L}+:(?:\s|$)|(?<=\p{L})(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b)`,
  'iu',
);
/** A capitalised word glued to the end of a name's last word of three lower-case letters or more. */
const GLUED_AFFILIATION = /(?<=\s\S*\p{Ll}{3})\p{Lu}\p{L}*$/u;
/** A sentence after the name: "Finian Cunningham. Sputnik International" (an initial's point ends none: "Dr. A. Muster"). */
const NEXT_SENTENCE = /(?<=\p{Ll}{3})\.\s+\p{Lu}.*$/u;
/** Words a cut leaves dangling ("BBNTEAM at", "Unknown à", "David am", "Weinlachgummi um", "Sonia Mevißen Erstellt am", "Alejandro Villamor Last updated", "Richard Lawler posted"). */
const DANGLING = /(?:\s+(?:at|am|um|on|le|el|il|à|vom|den|the|publié|publicado|published|posted|gepostet|updated|last|veröffentlicht|aktualisiert|erstellt|geändert|bearbeitet|zuletzt))+$/iu;
/** Separators and spaces a cut leaves at the end ("Dominique —"). */
const TRAILING_SEPARATORS = /[\s,;:·|•»«›‹–—-]+$/u;
/**
 * Words that stand where a name should: a label alone, a CMS's placeholder, the kind of text ("Nachricht"), a link to
 * the author's page or to a contact form ("Über", "Autorenseite von", "Contactar"), a comment count, an address hidden
 * from spam robots ("[email protected]").
 */
const NO_NAME = /^(?:admin(?:istrator)?|publisher|author|autor(?:in)?|von|vom|by|par|por|di|door|przez|user|webmaster|editor|guest|gast|unknown|anonym(?:ous)?|no author|kein autor|sans auteur|sin autor|datum|date|updated|aktualisiert|(?:veröffentlicht|published|posted|erstellt|geschrieben|artikel|beitrag)(?: (?:am|on|von|by))?|nachricht|meldung|pressemitteilung|news|über|about|about the author|über (?:den|die) autor(?:in)?|autorenseite(?: von)?|kontakt|contact|contactar|contacto|(?:keine|no|\d+) (?:kommentare?|comments?|antworten|replies|commentaires?|comentarios?)|\[email(?:\s|&#160;)protected\])$/iu;


/** A byline's text without the label before the names; null for a picture credit. */
export function withoutAuthorLabel(text: string): string | null {
  // Markup a field carries as text ("<a href=…>Martyna Wasiuta</a>" in JSON-LD), a decoration before the name ("~ Cem Basman").
  const t = (text.includes('<') ? text.replace(/<[^>]*>/g, ' ') : text).replace(/\s+/g, ' ').trim().replace(/^[~*•·–—-]+\s*/u, '');
  return PICTURE_LABEL.test(t) ? null : withoutPageLinkLabel(t.replace(GLUED_BY, '').replace(LONG_LABEL, '')).replace(WORD_LABEL, '');
}

/** A determiner or pronoun opening the text: words of a sentence ("deinen Hochzeitsbloggern"), not of a name. */
const SENTENCE_OPENING = /^(?:der|die|das|dem|den|des|ein|eine|einem|einen|dein|deine|deinen|unser|unsere|unseren|ihr|ihre|ihren|mein|meine|the|a|an|your|our|my|his|her|their)\s/u;
/** A name's last word as a date leaves it when cut ("J.O. Haselhoef Apr." of "by J.O. Haselhoef Apr. 26, 2022"). */
const MONTH_AT_END = /\s+(\p{L}+)\.?$/u;
/** A weekday and the date after it ("Tuesday, Aug. 17, 2010"); the weekday alone first, a cheap test most names fail. */
const WEEKDAY = new RegExp(String.raw`\s(?:${Object.keys(WEEKDAY_NUMBERS).join('|')})\b`, 'iu');
const WEEKDAY_DATE = new RegExp(String.raw`\s+(?:${Object.keys(WEEKDAY_NUMBERS).join('|')})\s*,?\s*(?:${DATE_TOKEN})`, 'iu');

/**
 * A byline's names without the weekday and date after them ("By Bryan Walsh Tuesday, Aug. 17, 2010" → "By Bryan
 * Walsh"), where two words or more are left: the weekday may be a surname ("Plácido Domingo 12. Mai 2020").
 */
export function withoutWeekdayDate(text: string): string {
  if (!WEEKDAY.test(text)) return text;
  const m = WEEKDAY_DATE.exec(text);
  return m && text.slice(0, m.index).trim().includes(' ') ? text.slice(0, m.index) : text;
}

/** A time of day where a name should be ("9:39AM BST" of "9:39AM BST 05 Oct 2011"). */
const TIME_FIRST = /^\d{1,2}[:.]\d{2}(?!\d)/u;
/**
 * Names in capitals, then what the writers are in sentence case ("LILIAN ALEMAGNA, LAURE BRETTON Envoyés spéciaux à
 * Toulouse"): the names end where the capitals do.
 */
const CAPITALS_THEN_WORDS = /^((?:\p{Lu}[\p{Lu}'’.-]+(?:,?\s+|$)){2,}(?:(?:and|und|et|y|&)\s+(?:\p{Lu}[\p{Lu}'’.-]+(?:,?\s+|$)){2,})?)(\p{Lu}\p{Ll}.*)?$/u;
/** What a name has after it in parentheses: an editor's initials, a role ("Julia Hitz (eg)", "Brit Weirich (Medizinredakteurin)"). */
const PARENTHETICAL_END = /\s*\([^()]*\)$/u;

/** An author box's button that names the writer: "Hire Martin", "Follow Jana", "Kontaktiere Anna". */
const CALL_TO_ACTION = /^(?:hire|contact|follow|message|e-?mail|write to|subscribe to|kontaktiere|kontaktieren sie|folge|folgen sie|schreib(?:e|en sie)?|contacter|suivre|contactar a|seguir a)\s/iu;

export function authorName(raw: string): string | null {
  let t = withoutAuthorLabel(raw);
  if (t !== null) t = withoutWeekdayDate(t);
  if (t === null || isBylineLabel(t) || opensWithDateLabel(t) || SENTENCE_OPENING.test(t) || CALL_TO_ACTION.test(t) || TIME_FIRST.test(t)) return null;
  const capitals = CAPITALS_THEN_WORDS.exec(t);
  // A description has words in lower case; a brand's name in capitals and words does not ("NEW WORK Experience").
  if (capitals?.[2] && /\s\p{Ll}/u.test(capitals[2]) && !agencyOf(capitals[2])) t = capitals[1]!.trim();
  const end = NAME_END.exec(t);
  const cut = end !== null;
  if (end) t = t.slice(0, end.index);
  // A role or publication glued to the surname ("Evan HalperStaff", "Jonathan GarberFOXBusiness"); not "McSchreck".
  t = t.replace(GLUED_AFFILIATION, '').replace(NEXT_SENTENCE, '');
  // Separators go before and after the dangling words ("Dominique — veröffentlicht" of "… — veröffentlicht 28.01.2022").
  t = t.replace(TRAILING_SEPARATORS, '').replace(DANGLING, '').replace(TRAILING_SEPARATORS, '').trim();
  // Cut at a date, the month's name before the day is left over ("J.O. Haselhoef Apr.", "PhD on April").
  const month = cut ? MONTH_AT_END.exec(t) : null;
  if (month && MONTH_NUMBERS[month[1]!.toLowerCase()] !== undefined) t = t.slice(0, month.index).replace(DANGLING, '').trim();
  t = t.replace(PARENTHETICAL_END, '');
  // A sentence's full stop, not an initial's ("By Tatyana Turner." but "Rainer B.").
  t = t.replace(/(?<=\p{L}\p{Ll}{3})\.$/u, '');
  // A role after the name ("Christoph Hein Chefredakteur"); a role or a degree alone is no name.
  let role = ROLE.exec(t);
  if (role && role.index > 0 && !t.includes(',') && /\s/.test(t.slice(0, role.index).trim())) {
    // The role's own words before its role word go with it ("Andrea Stone Senior Washington Correspondent").
    // A role's word right after the first ("World's Editorial Writers") leaves no name before it: a desk signs.
    const words = t.slice(0, role.index).trim().split(' ');
    const opening = words.findIndex((w, i) => i >= 1 && (ROLE_OPENING.test(w) || agencyOf(w) !== null));
    if (opening !== 1) [t, role] = [(opening > 1 ? words.slice(0, opening) : words).join(' '), null];
  }
  // An initial alone ("S.") is no name.
  if (!t || !/\p{L}/u.test(t) || NO_NAME.test(t) || SITE_ADDRESS.test(t) || role?.index === 0 || DEGREE.test(t) || /^\p{Lu}\.$/u.test(t)) return null;
  // A sentence is no name: "Alina Schadwinkel leitet die Redaktion von »Spektrum.de«.", "The Russian and Syrian defense ministries".
  if (t.split(' ').length >= 5 && (t.match(/(?:^|\s)\p{Ll}/gu)?.length ?? 0) >= 3) return null;
  // A weekday is no name ("Monday" of "Monday, November 18, 2019"). Cut short, what is left must still be a name or
  // initials: not "ca." ("ca. 8 Min. 12.01.2022"), nor the month of the date ("Oktober 2008"; "Jan" alone is a name).
  const lower = t.toLowerCase();
  if (WEEKDAY_NUMBERS[lower] !== undefined) return null;
  if (cut && (!/\p{L}{2}/u.test(t) || (t.length <= 4 && t.endsWith('.')) || MONTH_NUMBERS[lower] !== undefined)) return null;
  return t;
}

/**
 * Names once each, the first spelling kept ("Bob Fischer" from "par Bob Fischer" and "Bob Fischer"). A name that is
 * another of them with an affiliation after it is that writer ("Kelli Miller WebMD Health News" beside "Kelli Miller":
 * the byline element's line break was lost); a longer name is not ("Anna Maria Schmidt" beside "Anna Maria").
 */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const key = n.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(n);
  }
  if (out.length < 2) return out;
  const keys = [...seen];
  return out.filter((n) => {
    const key = n.toLowerCase();
    return !keys.some((k) => key.length > k.length + 1 && key.startsWith(`${k} `) && affiliation(n.slice(k.length + 1), null));
  });
}

/** Where a list of writers splits: "A, B", "A and B", "A, B, and C", "A und B", "A y B". */
const LIST_SEPARATOR = /\s*(?:[,;]\s*(?:(?:and|und|&|et|y|e)\s+)?|\s(?:and|und|&|et|y|e)\s+)/u;
/** The words of a writer's role ("Reporter", "Chefredakteurin"), for the two expressions below. */
const ROLE_WORDS = String.raw`writers?|correspondents?|reporter(?:in|s)?|editors?|columnists?|contributors?|\p{L}*redakteur(?:in)?|korrespondent(?:in)?|journalist(?:in)?`;
/** A word that opens a writer's role before its role word: "Senior Washington Correspondent", "Staff Writer", "AP Technology Writers", "- AP …". */
const ROLE_OPENING = /^(?:senior|chief|staff|national|international|political|foreign|managing|executive|deputy|contributing|associate|assistant|special|investigative|science|business|sports?|technology|tech|health|medical|economics?|legal|editorial|freelance|leitende[rn]?|stellvertretende[rn]?|freie[rn]?|[-–—|])$/iu;
/** A writer's role after the name: "AP National Political Writer", "Staff Reporter", "Redakteurin", "Chefredakteur". */
const ROLE = new RegExp(String.raw`(?:^|\s)(?:${ROLE_WORDS})$`, 'iu');
/** A line that says what a writer is, not who: "Redakteur für Wirtschaft und Umwelt", "Korrespondentin in Paris", "Reporter at the BBC". */
const ROLE_LINE = new RegExp(String.raw`^(?:${ROLE_WORDS}|autor(?:in)?)\s+(?:für|bei|in|im|aus|der|des|von|vom|at|for|of|on|with)\s`, 'iu');
export const isRoleLine = (text: string): boolean => ROLE_LINE.test(text);
/** A job title after a name in a byline ("Executive Editor", "Staff Writer", "Redakteurin"): no writer. */
export const isRole = (piece: string): boolean => ROLE.test(piece);
/** An academic or professional degree after the name: "Grant Tinsley, PhD", "Ilana Muhlstein, MS, RDN". */
const DEGREE = /^(?:ph\.?\s?d|m\.?\s?d|m\.?\s?s|m\.?\s?a|b\.?\s?a|m\.?\s?sc|b\.?\s?sc|mba|rdn?|cpt|dr)\.?$/iu;
/** A publication or an organisation rather than a person: "Business Insider", "Polityka Insight", "digvis GmbH". */
const ORGANISATION = /(?:^|\s)(?:insider|insight|times|post|news|press|presse|journal|magazine?|zeitung|online|media|daily|weekly|herald|tribune|today|group|verlag|gmbh|ag|e\.\s?v\.|inc\.?|ltd\.?|llc|agency|network|radio|tv|redaktion|newsroom|staff|team|desk|marketing|communications|kommunikation|abteilung|feuerwehr|verband|verein|institut|stiftung|ministerium|universität|university|department)(?:\s|$)/iu;
/** A name of two to five words, each capitalised or a particle ("Markus M. Haefliger", "Sadhbh O'Sullivan", "Ludwig van Beethoven"). */
const PERSON = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|von|van|de|der|den|da|del|della|di|du|la|le|zu|bin|al|dos|das)){0,3}\s+\p{Lu}[\p{L}'’.-]*$/u;

/** A publication or an organisation ("BBC News", "Süddeutsche Zeitung", "digvis GmbH"), not a writer. */
export const isOrganisation = (piece: string): boolean => ORGANISATION.test(piece);

/** The same name in capitals, as agencies sign ("STEVE PEOPLES" → "Steve Peoples"); other spellings and a single word ("TAG24") as they are. */
const casedName = (name: string): string =>
  /\p{Ll}/u.test(name) || !/\p{Lu}{2,}\s+\p{Lu}{2,}/u.test(name) ? name : name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/** A person's name in capitals as a byline gives it, cased ("JORDAN ROBERTSON" → "Jordan Robertson"); a publication's ("AUTO ZEITUNG") as it is. */
export function casedPersonName(name: string, lang?: string): string {
  const cased = casedName(name);
  return cased !== name && isPersonName(cased, lang) ? cased : name;
}

/** The shortest site name matched inside a longer name ("Gründerin Journelles"): shorter ones are parts of many names. */
const SITE_KEY_INSIDE = 5;

/** What a site is called, squashed: its declared name and the names its addresses give it ("elcolombiano" of www.elcolombiano.com). */
export function siteKeys(siteName: string | null | undefined, addresses: ReadonlyArray<string | null | undefined>): string[] {
  const keys = new Set<string>();
  if (siteName) {
    keys.add(squash(siteName));
    if (SITE_ADDRESS.test(siteName.trim())) keys.add(squash(domainName(siteName.trim().replace(/^https?:\/\//, '').split('/')[0]!)));
  }
  // Squashed as the names they are compared with: "helmholtz-klima" is "Helmholtz Klima".
  for (const a of addresses) {
    try {
      if (a) keys.add(squash(domainName(new URL(a).hostname)));
    } catch {
      // Not an address: nothing to add.
    }
  }
  keys.delete('');
  return [...keys];
}

/**
 * The writers without what stands beside them as if it were one: the site's own name (`keys`, asked for only where
 * there are two names or more), alone or with a role or a link ("El Colombiano", "Journelles", "Gründerin
 * Journelles", "El Colombiano Contactar"), and a writer's initials ("LP" beside "Luana Patriolino"). Only beside a
 * person's name, and never a person's name (a blog named after its writer).
 */
export function besideWriters(names: readonly string[], keys: () => readonly string[], lang?: string): string[] {
  if (names.length < 2) return [...names];
  const site = keys();
  const initials = new Set(names.filter((n) => n.includes(' ')).map((n) => n.split(/[\s-]+/u).filter(Boolean).map((w) => w[0]!.toUpperCase()).join('')));
  const besides = (n: string): boolean => {
    if (/^\p{Lu}{2,3}$/u.test(n) && initials.has(n)) return true;
    const q = squash(n);
    return site.some((k) => q === k || (k.length >= SITE_KEY_INSIDE && (q.startsWith(k) || q.endsWith(k))));
  };
  // Names of people asked about only where something stands beside them: reading a language's first names loads its list.
  if (!names.some(besides)) return [...names];
  const person = (n: string): boolean => isPersonName(n, lang);
  if (!names.some(person)) return [...names];
  return names.filter((n) => person(n) || !besides(n));
}

/** Not a writer beside the writers: an agency, a site, the page's publisher, a role, a degree, an editor's initials ("TK"). */
function affiliation(piece: string, publisher: string | null): boolean {
  return (
    agencyOf(piece) !== null ||
    SITE_ADDRESS.test(piece) ||
    ROLE.test(piece) ||
    DEGREE.test(piece) ||
    ORGANISATION.test(piece) ||
    /^\p{Lu}{2,5}$/u.test(piece) ||
    (publisher !== null && squash(piece) === squash(publisher))
  );
}

/**
 * The writers a declared author field names, and the agencies beside them: a list split into its
 * names, an affiliation after them dropped ("Rob Picheta, CNN", "Tanza Loudenback, Business
 * Insider", "TOM KRISHER, AP Auto Writer", "Kevin Johnson and Kevin McCoy USA TODAY"), a name in
 * capitals cased. A list splits only when every part left is a name of two words or more: "Harm,
 * Robert" (the surname first) and "Anthony, Maya, Nadine, and Caroline Ghosn" (one family) stay as they are.
 */
export function writerNames(raw: string, publisher: string | null = null): { names: string[]; agencies: string[] } {
  const whole = raw.replace(/\s+/gu, ' ').trim().replace(/^['"‘’“”„]+|['"‘’“”]+$/gu, '');
  // An affiliation glued to a name in capitals ("ERIC TUCKERAssociated Press").
  const text = whole.replace(/(\p{Lu}{2})(?=\p{Lu}\p{Ll})/gu, '$1, ');
  // In a list, a publication in capitals after a name ("Kevin McCoy USA TODAY").
  const pieces = text.split(LIST_SEPARATOR).map((p) => p.replace(/^(\S+\s+.*\p{Ll}\S*)(?:\s+\p{Lu}{2,}){2,}$/u, '$1').trim()).filter(Boolean);
  const names = pieces.filter((p) => !affiliation(p, publisher));
  if (pieces.length < 2 || names.length === 0 || !names.every((p) => PERSON.test(p))) {
    // A publication signing in capitals keeps them ("AUTO ZEITUNG", the publisher "LA NACION").
    return { names: [affiliation(whole, publisher) ? whole : casedName(whole)], agencies: [] };
  }
  const agencies = pieces.map(agencyOf).filter((a): a is string => a !== null);
  return { names: names.map(casedName), agencies };
}

/** A time of day and its zone or label ("15:33 Uhr", "9:49 am EST", "um 10:52"). */
const TIME_OF_DAY = /(?:\bum\s+)?\b(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?(?:\s*(?:uhr|h|am|pm|est|edt|cet|cest|mez|mesz|gmt|utc)\b)?/giu;
/** Where a date stamp's fields part: bars, dots, tildes, slashes, dashes between spaces, commas. */
const STAMP_FIELDS = /\s*(?:[|·•~/]|\s[-–—]\s|,)\s*/u;
/** What a date or time of the stamp becomes: a field of its own between separators. */
const DATE = '\u0000';
const DATE_MARK = ` | ${DATE} | `;
/**
 * A numeric date, whatever order its fields: "3/5/2022", "11/08/2020", "06.11.23", twice glued ("17/11/201917/11/2019").
 * A date mention the dates stage reads only in a known order; a slash would otherwise part the stamp's fields.
 */
const NUMERIC_DATE = /\d{1,2}([./])\d{1,2}\1(?:\d{4}|\d{2}(?!\d))/gu;
/** A writer's label inside a stamp ("… 2019 by Realiberry", "02.02.2022, 11:30 Uhr von Markus Steinrisser", "Veröffentlicht: 05.01.2020 | Autor: gnaddrig"). */
const BY_WORDS = 'von|vom|by|par|por|door|przez';
const AUTHOR_WORDS = 'autor(?:in)?|author|auteur';
const STAMP_NAME_LABEL = new RegExp(String.raw`(?:^|\s)(?:${BY_WORDS})\s+|(?:^|\s|(?<=\d))(?:${AUTHOR_WORDS})\s*:\s*`, 'iu');
/** A writer's label anywhere in the text, with or without its spacing: a cheap first test before stampByline reads a line. */
export const MAY_LABEL_WRITER = new RegExp(String.raw`(?:^|\s)(?:${BY_WORDS})|${AUTHOR_WORDS}`, 'iu');
/** The label glued to the name, as some themes print it ("September 15, 2020 byMobasir hassan"). */
const GLUED_STAMP_LABEL = /(?:^|\s)(?:by|von)(?=\p{Lu}\p{Ll})/u;

/**
 * The writer a headline's date stamp names ("04.02.2022 | 15:33 Uhr | Dennis Steimels", "Posted on 21. Juli 2019 by
 * Realiberry", "von Nadja Demel13.12.2022 - 08:13 Uhr", "Michael Mäser, 02.02.2022"): its dates and times taken out,
 * the name after a label, else the first field beside a date that is a person's name (isPersonName; the first names
 * of the page's language `lang` count too); `labelled` says which. Null where no field is a name ("Stand: 07.11.2023,
 * 07:30 Uhr").
 */
export function stampByline(text: string, lang?: string): { name: string; labelled: boolean } | null {
  // A date glued to the name ("Tanja Karrasch3.11.2023", "Nicole Collignon22. Februar 2020", "Shana Nys DambrotNovember 6,
  // 2023"); not a handle's digits ("freeman1984").
  let t = text
    .replace(MACHINE_STAMP, DATE_MARK)
    .replace(/(\p{Ll})(?=\d{1,2}\.(?:\d{1,2}\.\d{2,4}|\s?\p{Lu}\p{Ll}+\.?\s\d{4}))/gu, '$1 ')
    .replace(GLUED_MONTH, '$1 ')
    .replace(NUMERIC_DATE, DATE_MARK);
  for (const m of [...findMentions(t)].reverse()) t = t.slice(0, m.start) + DATE_MARK + t.slice(m.end);
  const fields = t.replace(TIME_OF_DAY, DATE_MARK).split(STAMP_FIELDS).map((f) => f.trim()).filter(Boolean);
  for (const f of fields) {
    const label = STAMP_NAME_LABEL.exec(f) ?? GLUED_STAMP_LABEL.exec(f);
    if (!label) continue;
    const name = authorName(f.slice(label.index + label[0].length));
    if (name && name.split(' ').length <= 5 && !isOrganisation(name)) return { name, labelled: true };
  }
  // Without a label, a name stands beside the date and opens with a first name: not the categories after it
  // ("07.12.2022 Wissenschaft Atmosphäre Klima", "… 21 Allgemein, Beauty Braun, …") nor a label before it ("Handball Schweiz • 02.02.2022").
  for (const [i, f] of fields.entries()) {
    if (f === DATE || (fields[i - 1] !== DATE && fields[i + 1] !== DATE)) continue;
    const name = authorName(f);
    if (name && isPersonName(name, lang)) return { name, labelled: false };
    // A blog's writer by first name alone, opening the stamp ("Tine 2. Februar 2020 Radtouren Berlin"): a first name of
    // the curated lists, where the English one also holds words.
    if (i === 0 && name && !name.includes(' ') && fields[1] === DATE && /^\p{Lu}\p{Ll}+$/u.test(name) && isCuratedFirstName(name, lang)) return { name, labelled: false };
  }
  return null;
}

/**
 * The writer's role glued before the name, as German papers set it: "FOCUS-Online-Experte Robin Tschöpe",
 * "SPIEGEL-Korrespondentin Anna Muster", "Chefredakteur Tom Beispiel": a byline's role words (ROLE_WORDS) and the
 * experts, authors and columnists German papers name so.
 */
const ROLE_BEFORE_NAME = new RegExp(String.raw`^(?:[\p{L}\d.]+-)*(?:${ROLE_WORDS}|experte|expertin|autor|autorin|kolumnist|kolumnistin)\s+(?=\p{Lu})`, 'iu');

/** Longest line of names beside a stamp: two or three writers. */
const NAMES_BESIDE_STAMP_MAX = 120;

/**
 * The names on the line right above or below the date stamp (`at`) the publication date came from, where the stamp
 * names nobody: "Ronja Beck" over "/ 16.11.2018, 03:00 Uhr", "Amelie Siekmann," over "am Sonntag, 11.12.2022 - 05:00",
 * "Ibtisam Mahdi, Ruwaida Kamal Amer" over "November 8 2023, 3:18 p.m.", "FOCUS-Online-Experte Robin Tschöpe" over "Freitag,
 * 06.07.2018, 10:29" (the role before the name left out). A person's name (isPersonName) with at most a
 * separator after it, or a list of names the first of which is a person's and all are shaped like one.
 */
export function namesBesideStamp(texts: ReadonlyArray<string | undefined>, at: number, lang?: string): string[] {
  for (const i of [at - 1, at + 1]) {
    const t = texts[i]?.replace(/\s*[,|/·•–—-]$/u, '').replace(ROLE_BEFORE_NAME, '').trim();
    if (!t || t.length > NAMES_BESIDE_STAMP_MAX) continue;
    if (t.length <= 60 && isPersonName(t, lang)) return [t];
    const names = t.split(LIST_SEPARATOR);
    if (names.length >= 2 && isPersonName(names[0]!, lang) && names.every(personShaped)) return names;
  }
  return [];
}

/** Shaped like a person's name: two to five capitalised words (particles between), none in capitals, no organisation or agency. */
const personShaped = (text: string): boolean => PERSON.test(text) && !/\p{Lu}{2}/u.test(text) && !isOrganisation(text) && !agencyOf(text);

/**
 * A person's name as it stands: two to five capitalised words (particles between), none in capitals ("EFE EFE",
 * "FINA Weltmeisterschaften VERSCHOBEN"), opening with a first name of the lists (of the curated lists alone when
 * `strict`: see isCuratedFirstName).
 */
export function isPersonName(text: string, lang?: string, strict = false): boolean {
  if (!personShaped(text)) return false;
  const first = text.slice(0, text.indexOf(' '));
  return strict ? isCuratedFirstName(first, lang) : isFirstName(first, lang);
}
