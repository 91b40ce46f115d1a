import { z } from 'zod';
import { CLOSING_ROLES, docWith, isHeadingTag, LIST_ITEM_FLAG, newBlock, setRole, type Block, type Doc, type StructureResult } from '../../core/doc.js';
import { defineStage } from '../../core/stage.js';
import { squash } from '../blocks/html/metadata.js';
import { agencyOf, AGENCY_PATTERN } from '../../lexicon/agencies.js';
import { isFirstName } from '../../lexicon/first-names.js';
import { DATE_TOKEN } from '../../lexicon/date-tokens.js';
import { isoDay } from '../dates/calendar.js';
import { parseDateText } from '../dates/parse.js';
import { endsSentence, INNER_SENTENCE_END, profile } from '../strip/features.js';
import { headlineText, looksLikeName, normLine } from '../strip/headline.js';
import { surnameTest } from '../strip/rules/closing-bio.js';
import { beforeRelativeStamp, cjkBylineNames, isByline, isBylineLabel, isPostedBy } from '../strip/rules/meta-lines.js';
import { isLoneBy } from '../strip/rules/split-byline.js';
import { AUTHOR_HEADER } from '../strip/rules/sequence.js';
import { AUTHOR_PAGE_LINK, authorName, besideWriters, casedPersonName, isOrganisation, isPersonName, isRole, isRoleLine, MAY_LABEL_WRITER, namesBesideStamp, siteKeys, stampByline, uniqueNames, withoutAuthorLabel, withoutWeekdayDate, writerNames } from './authors.js';

const open = (b: Block) => !b.removed;

/** "MOSKAU, 7. Dez. (Reuters) – …", "Washington. Der …", "Berlin (dpa) - …": place, date, agency. */
const DATELINE_FULL = new RegExp(String.raw`^([\p{Lu}][\p{L}./ -]{1,40}?),\s*([^()–—]{3,30}?)\s*\((${AGENCY_PATTERN})\)\s*[–—-]\s+`, 'iu');
const DATELINE_AGENCY = new RegExp(String.raw`^([\p{Lu}][\p{L}./ -]{1,40}?)\s*\((${AGENCY_PATTERN})\)\s*[–—:-]\s+`, 'iu');
const DATELINE_PLACE = /^([\p{Lu}][\p{Ll}]+(?:[ -][\p{Lu}][\p{Ll}]+)?)\.\s+(?=(?:Der|Die|Das|Ein|Eine|Im|In|Am|Nach|Bei|Mit|Seit|Wie|The|A|An|In|On|At)\b)/u;

export function parseDateline(text: string): StructureResult['dateline'] {
  let m = DATELINE_FULL.exec(text);
  if (m) return { place: m[1]!.trim(), date: m[2]!.trim(), agency: agencyOf(m[3]!) ?? m[3]! };
  m = DATELINE_AGENCY.exec(text);
  if (m) return { place: m[1]!.trim(), agency: agencyOf(m[2]!) ?? m[2]! };
  m = DATELINE_PLACE.exec(text);
  if (m) return { place: m[1]! };
  return null;
}

/** "Quelle: ntv.de, fzö/dpa" → publisher ntv.de, author initials fzö, agency dpa. */
export function parseSourceLine(text: string): { publisher: string | null; authors: string[]; agencies: string[] } {
  const body = text.replace(/^(?:quellen?|source|sources|mit material (?:von|der)|with (?:reporting|material) (?:by|from))\s*:?\s*/iu, '').replace(/\.$/, '');
  const out = { publisher: null as string | null, authors: [] as string[], agencies: [] as string[] };
  for (const part of body.split(/\s*(?:,|;|\bund\b|\band\b|&)\s*/u)) {
    for (const piece of part.split('/').map((p) => p.trim()).filter(Boolean)) {
      const agency = agencyOf(piece);
      if (agency) out.agencies.push(agency);
      else if (/^[\p{L}-]+\.(?:de|ch|at|com|net|org|fr|uk|eu|info)$/iu.test(piece)) out.publisher ??= piece;
      else if (/^\p{Ll}{2,4}$/u.test(piece)) out.authors.push(piece);
      else if (!out.publisher) out.publisher = piece;
    }
  }
  return out;
}

/**
 * Two or more single words after "Von", none a first name nor an agency, are a list of things, not of writers:
 * "Von Risiken und Nebenwirkungen" (a headline), "von Künstlern, Bands, DJs".
 */
function listOfThings(parts: readonly string[]): boolean {
  const words = parts.filter((p) => !agencyOf(p));
  return words.length >= 2 && words.every((w) => !/\s/.test(w) && !isFirstName(w.replace(/[.,;:]+$/u, '')));
}

/** What follows a byline's name: a separator between spaces, the pictures' credit ("Christian Seiler Illustration von Markus Roost"), a date (with "on"/"am" before it), or a time with its preposition ("T. V. Raman at 2:33 PM"). */
const AFTER_NAME = new RegExp(String.raw`\s[-–—|·•]\s|\s(?:fotos?|bilder?|photos?|illustrations?|illustrationen|grafiken?)(?:\s+(?:von|by)|\s*:)\s|\s(?:(?:on|am|le|el|vom)\s+)?(?:${DATE_TOKEN})|\s(?:at|um|à|a las|às|alle)\s+\d{1,2}[:.h]\d{2}`, 'iu');
/** Where a date after the names begins, with its "on"/"am" and a weekday: " on Monday, November 18th, 2019", " am 3. Mai 2021". */
const ON_DATE_AFTER = /\s(?:on|am|le|el|vom)\s+(?:\p{Lu}\p{Ll}+,?\s+)?(?=\d|\p{Lu}\p{Ll}+\.?\s+\d)/u;
const nameHead = (part: string): string => {
  const m = AFTER_NAME.exec(part);
  return m ? part.slice(0, m.index) : part;
};

/**
 * "Keystone-SDA", "Von Anna Muster und Tom Beispiel", "By John Smith, AP", "Text und Interview: X;
 * Fotos: Y" → authors and agencies. Parts after a semicolon are read each with its own label; a
 * picture credit names no author, nor does a publication or the place after the names.
 */
export function parseByline(text: string): { authors: string[]; agencies: string[] } {
  const out = { authors: [] as string[], agencies: [] as string[] };
  const cjk = cjkBylineNames(text);
  if (cjk) return { authors: cjk, agencies: [] };
  for (const segment of text.replace(/^\((.*)\)$/u, '$1').split(/\s*;\s*/u)) {
    const unlabelled = withoutAuthorLabel(segment);
    const dated = unlabelled === null ? null : withoutWeekdayDate(unlabelled);
    // The date after the names goes before they are split at commas: "Matthew Digby, Minh Do on Monday, November 18th, 2019".
    const body = dated === null ? null : dated.slice(0, ON_DATE_AFTER.exec(dated)?.index ?? dated.length);
    if (!body || isRoleLine(body)) continue;
    const parts = body.split(/\s*(?:,|\bund\b|\band\b|&|\/)\s*/u).map((p) => p.trim()).filter(Boolean);
    if (listOfThings(parts)) continue;
    for (const [i, part] of parts.entries()) {
      const agency = agencyOf(part);
      if (agency) out.agencies.push(agency);
      // The publication after the names ends them: what follows is its place ("By Nada Tawfik, BBC News, New York"); a
      // job title does not ("Staff Writer"), nor a team after a name's dash ("Kiran C Nair - Chrome Safe Browsing team").
      else if (out.authors.length > 0 && isOrganisation(nameHead(part)) && !isRole(part)) break;
      // A single word after a comma that closes a byline of full names is its place ("Von Markus Balser, Berlin").
      else if (i > 0 && i === parts.length - 1 && !/\s/.test(part) && /\s/.test(parts[i - 1]!) && body.lastIndexOf(',') === body.length - part.length - 2) break;
      // A name of a few words before a separator or a date ("RACHEL METZ - AP Technology Writers | AP – 1 hr 4 mins ago",
      // "Miami Today on November 7"); not a description ("Projektleiterin der HSS in Tunesien.").
      else if (/^\p{Lu}/u.test(part) && (part.split(/\s+/).length <= 4 || nameHead(part).split(/\s+/).length <= 4)) {
        // A longer part is read to its head: what follows the name is no part of it ("T. V. Raman at 2:33 PM").
        const name = authorName(part.split(/\s+/).length <= 4 ? part : nameHead(part));
        // A writer's job title after the name is no writer ("By DAVID LIEBERMAN, Executive Editor | Friday June 7",
        // "Jane Doe, Staff Writer, and John Roe"); a name is ("Maria Editor"), and a pen name alone ("Von Rasender Reporter").
        if (name && !(out.authors.length > 0 && isRole(name) && !isPersonName(name))) out.authors.push(name);
      }
    }
  }
  return out;
}

/** Removals by where a block stands (outside the article's container), not by what it says. */
const REMOVED_BY_PLACE = new Set(['html/outside-article', 'strip/main-content']);
/** Under the headline an author element's byline is the article's ("Von: Wolfgang Schmale"), not an author box's bio. */
const REMOVED_IN_HEADER = new Set([...REMOVED_BY_PLACE, 'html/author-box']);
/** How far above the headline a byline may stand (a kicker, a date between them). */
const BYLINE_ABOVE_TITLE = 3;

/** The blocks from a few above the headline to the text's `paragraphs`-th paragraph, that one left out: where bylines stand. */
function underHeadline(blocks: readonly Block[], title: Block, paragraphs: number): readonly Block[] {
  const at = blocks.indexOf(title);
  let end = at + 1;
  for (let seen = 0; end < blocks.length; end++) {
    const b = blocks[end]!;
    if (open(b) && (b.role === 'paragraph' || b.role === 'lead') && ++seen === paragraphs) break;
  }
  return blocks.slice(Math.max(0, at - BYLINE_ABOVE_TITLE), end);
}

/**
 * Bylines between the headline and the text that the article's container left out: on many pages the headline, its
 * byline and its date stand in a header of their own above the body's container ("By Giovanni Gaggero | 12/10/2020",
 * "von Alexander Rosenkranz"), removed as outside the article. Only blocks removed for where they stand count, and
 * only as strip/byline would take them: a teaser's "By …" is removed as a teaser.
 */
function headlineZoneBylines(blocks: readonly Block[], title: Block): readonly Block[] {
  return underHeadline(blocks, title, 1).filter((b) => b.removed && REMOVED_IN_HEADER.has(b.removed.rule) && isByline(b.text.trim()));
}

/** The fields of a header's meta bar. */
const META_BAR = /\s+[|·•]\s+/u;
/** A year among a field's digits (a glued pair of dates too: "29. Dezember 202230. Dezember 2022"). */
const YEAR_IN_FIELD = /(?:19|20)\d{2}/;

/**
 * When nothing else names the writer, the header's meta bar right under the headline whose first field is a person's
 * name (a first name of the curated lists) and another a date: "Arne Sjöström | 29. Dezember 202230. Dezember 2022 |
 * HR-Welt", left out with the header, its two dates leaving the publication day open so that no stamp named the writer.
 */
function metaBarWriter(blocks: readonly Block[], title: Block, lang?: string): string[] {
  for (const b of underHeadline(blocks, title, 1)) {
    if (b.index <= title.index || b.text.length > 160 || !(b.removed ? REMOVED_IN_HEADER.has(b.removed.rule) : b.role === 'meta')) continue;
    const fields = b.text.split(META_BAR);
    const name = fields[0]!.trim();
    if (fields.length >= 2 && isPersonName(name, lang, true) && fields.slice(1).some((f) => YEAR_IN_FIELD.test(f))) return [name];
  }
  return [];
}

/**
 * When nothing else names the writer, the header's date stamp under (or just above) the headline that names one
 * ("Marco Kratzenberg , 01. Dez. 2017, 12:01 Uhr 3 min Lesezeit"), as stampByline reads it, where the publication
 * date came from the page's metadata and no stamp was read for it. Its date must be the publication day: a teaser's
 * stamp has its own.
 */
function headerStampWriter(blocks: readonly Block[], title: Block, day: string, lang: string | undefined, headline: string | null): string[] {
  for (const b of underHeadline(blocks, title, 1)) {
    if (b === title || b.text.length > 160 || !/\d/.test(b.text) || !(b.removed ? REMOVED_IN_HEADER.has(b.removed.rule) : b.role === 'meta')) continue;
    const d = parseDateText(b.text, 'UTC');
    if (d?.year === undefined || d.day === undefined || isoDay({ year: d.year, month: d.month, day: d.day }) !== day) continue;
    const stamp = stampByline(b.text, lang);
    if (stamp && !namedInHeadline(stamp.name, headline)) return [stamp.name];
  }
  return [];
}

const linkOnly = (b: Block): boolean => b.removed?.rule === 'strip/link-only-line';

/** A role in brackets closing a name's line: "(Medizinredakteurin. M.A. Mehrsprachige Kommunikation)". */
const ROLE_IN_BRACKETS = /\s+\([^()]{2,120}\)$/u;
/** A writer's name on its own line: short, capitalised, no sentence ("Ursula Eggers", "Les Membres du Choeur de Radio France"). */
const NAME_LINE = /^\p{Lu}[^.!?:;]{1,60}$/u;
const NAME_LINE_WORDS = 8;

/**
 * The names under a byline's label alone ("Text:", "Article by", "Auteur :" over "Ursula Eggers"): the next line, a
 * second label skipped ("Auteur :", "Auteur(s) :"), when it is a name kept (as a kicker even) or removed for where
 * it stands (an author box, the container's edge), not as what it says ("Recent Posts"). With `outside`, the labels
 * the article's container left out instead (an article's data box beside it: "Autor:" over "Peter Maahn").
 */
function namesUnderLabels(blocks: readonly Block[], outside = false, lang?: string): { authors: string[]; agencies: string[] } {
  const out = { authors: [] as string[], agencies: [] as string[] };
  // The loop only finds the labels; what follows one is read apart (nameUnderLabel), so that V8's optimized code of this
  // loop is not thrown away each time a page first takes one of the branches there.
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const mailto = !outside && linkOnly(b) && mailtoLabel(blocks, i, lang);
    if (!mailto && (outside ? !(b.removed && REMOVED_BY_PLACE.has(b.removed.rule) && isBylineLabel(b.text)) : !open(b) || b.roleRule !== 'strip/byline-label')) continue;
    nameUnderLabel(blocks, i, mailto, outside, lang, out);
  }
  return out;
}

/** A label and a name that are one link, the writer's e-mail address ("Von:" over "Götz Warnke", both a mailto link's text), removed as a link alone. */
function mailtoLabel(blocks: readonly Block[], i: number, lang: string | undefined): boolean {
  const text = blocks[i]!.text;
  const next = blocks[i + 1];
  return (isBylineLabel(text) || isLoneBy(text)) && /:\s*$/.test(text) && !!next && linkOnly(next) && isPersonName(next.text.trim(), lang);
}

/** The name under the byline label at block i, if the next lines hold one, to `out`. */
function nameUnderLabel(blocks: readonly Block[], i: number, mailto: boolean, outside: boolean, lang: string | undefined, out: { authors: string[]; agencies: string[] }): void {
  const b = blocks[i]!;
  let k = i + 1;
  while (k < blocks.length && k <= i + 2 && isBylineLabel(blocks[k]!.text.replace(/\((?:s|in|innen)\)/u, ''))) k++;
  const next = blocks[k];
  // The writer's role in brackets after the name ("Brit Weirich (Medizinredakteurin. M.A. Mehrsprachige Kommunikation)").
  const line = next?.text.trim().replace(ROLE_IN_BRACKETS, '') ?? '';
  // The writer's name may stand twice on the page (under the label and over a box of their articles: "mehr von" over
  // "Ingo Arzt"), and strip took it as a repeated line.
  const repeatedName = next?.removed?.rule === 'strip/repeated-line' && isPersonName(line.replace(/[,;]$/u, ''), lang);
  if (!next || (next.removed && !REMOVED_IN_HEADER.has(next.removed.rule) && !mailto && !repeatedName) || !NAME_LINE.test(line) || line.split(/\s+/).length > NAME_LINE_WORDS) return;
  // Outside, a label without its colon heads a person's name, not a menu's next item ("Autoren" over "Serien").
  if (outside && !/:\s*$/.test(b.text) && !isPersonName(line.replace(/[,;]$/u, ''), lang)) return;
  const by = parseByline(line);
  const name = by.authors.length || by.agencies.length ? null : authorName(line);
  out.authors.push(...by.authors, ...(name ? [name] : []));
  out.agencies.push(...by.agencies);
}

/**
 * The dates stage's rules that take the publication date from a stamp line of the page (under the headline, at the top
 * of the text, or in the header strip removed above the article: "Ariel Melgar Cabrera 3/5/2022 22:41").
 */
const STAMP_RULES = new Set(['dates/headline-stamp', 'dates/date-stamp', 'dates/header-stamp']);

/**
 * A credit's label alone on its line, the name on the next: a picture's ("Foto:", "Bild:", "Photo :") or a
 * production's, in the credits of a podcast or a video ("Voix", "Mixage", "Schnitt", "Sprecherin", "Camera").
 */
const CREDIT_LABEL =
  /^(?:fotos?|bilder?|photos?|photography|illustrations?|grafik|credits?|voix|voices?|stimmen?|sprecher(?:in|innen)?|narrat(?:or|ion)|mixage|mix(?:ing)?|mischung|schnitt|montage|editing|kamera|cam(?:e|é)ra|image|réalisation|regie|direct(?:ion|or)|production|produktion|produc(?:er|teur|trice)|produzent(?:in)?|musi(?:k|c|que)|son|sound|ton|enregistrements?|recording|aufnahme)\s*:?$/iu;

/**
 * A name the headline mentions is whom the article is about, not its writer: the picture's "Izaskun Lesaka." under
 * "Cae en Francia Izaskun Lesaka, la jefa del aparato militar de ETA".
 */
const namedInHeadline = (name: string, headline: string | null): boolean => !!headline && normLine(headline).includes(normLine(name.replace(/[.,]$/u, '')));

/**
 * Removals that leave a name line right under the headline the writer's: for repeating once (the author box under the
 * text names the writer again), or as a picture's alternative text (the writer's portrait beside the byline).
 */
const NEAR_NAME_REMOVALS: ReadonlySet<string> = new Set(['strip/repeated-line', 'strip/image-alt-text']);
/** How far under the headline such a line stands. */
const NEAR_NAME_REACH = 6;

/** The line stands a few blocks under the headline, and the page shows it twice at most (teasers' bylines repeat more). */
function nearAuthorLine(blocks: readonly Block[], title: Block, b: Block): boolean {
  if (b.index <= title.index || b.index - title.index > NEAR_NAME_REACH) return false;
  let copies = 0;
  for (const x of blocks) if (x.text === b.text && ++copies > 2) return false;
  return true;
}

/** Between the names of a line of writers: "Clara Löw, Siddharth Prakash & Klaus Jacob", "Anna Muster und Tom Beispiel". */
const NAME_LIST_SEP = /\s*,\s*|\s+(?:&|und|and|et|y|e)\s+/u;
const NAME_WORDS = 4;

/**
 * The person's name a line is, or the names of a line of two to four writers: the first opens with a first name of the
 * curated lists, the others with any first name ("Siddharth Prakash" beside "Clara Löw"). Else none.
 */
function personNames(text: string, lang?: string): string[] {
  const short = (n: string) => n.split(/\s+/).length <= NAME_WORDS;
  if (text.length <= 60 && short(text) && isPersonName(text, lang, true)) return [text];
  const parts = text.split(NAME_LIST_SEP);
  if (parts.length < 2 || parts.length > 4 || !parts.every(short) || !isPersonName(parts[0]!, lang, true)) return [];
  return parts.slice(1).every((n) => isPersonName(n, lang)) ? parts : [];
}

/** How many of the text's paragraphs a name with a relative stamp may stand under (a standfirst, a caption, the first paragraph). */
const STAMPED_NAME_PARAGRAPHS = 4;

/**
 * A line that is a person's name alone, between the headline and the text's second paragraph (a byline without its
 * label: "Christoph Hein" under the headline, "Ronja Beck" after the lead), or with a ticker's relative stamp before the
 * fourth ("Anna Muster | vor 3 Stunden"), kept or left out by the article's container: two to four capitalised words
 * opening with a first name of the curated lists, not a name the `headline` mentions; or a header's line of writers
 * (personNames). Read where nothing else names the writer.
 */
function nameLinesUnderHeadline(blocks: readonly Block[], title: Block, lang: string | undefined, copied: (b: Block) => boolean, headline: string | null): string[] {
  const out: string[] = [];
  let previous: Block | undefined;
  // The zone down to the second paragraph is the first `near` blocks of the one down to the fourth.
  const near = underHeadline(blocks, title, 2).length;
  for (const [k, b] of underHeadline(blocks, title, STAMPED_NAME_PARAGRAPHS).entries()) {
    const after = previous;
    if (b.text.trim()) previous = b;
    // Not a picture's credit under its label ("Foto:" over "Anton Luhr").
    if (b === title || (b.removed && !REMOVED_BY_PLACE.has(b.removed.rule) && !(NEAR_NAME_REMOVALS.has(b.removed.rule) && nearAuthorLine(blocks, title, b))) || b.text.length > 100 || (after && CREDIT_LABEL.test(after.text.trim()))) continue;
    // The name may stand with a relative stamp after a bar ("Jacobo Betancur Peláez | Publicado hace 3 horas"), and
    // with it further down, under a standfirst and a picture's caption.
    const stamped = beforeRelativeStamp(b.text.trim());
    if (stamped === null && k >= near) continue;
    const text = stamped ?? b.text.trim();
    const names = personNames(text, lang);
    // A line of several names kept in the body may be whom it is about (a work's artists, a panel): only a header's counts.
    if (!names.length || (names.length > 1 && open(b)) || names.some((n) => namedInHeadline(n, headline))) continue;
    out.push(...names);
    // A kept one of the body is the byline, not a heading of the text (a kicker stays one: a block this stage did not copy).
    if (open(b) && copied(b)) setRole(b, 'byline', 'structure/byline');
  }
  return out;
}

/** How many kept lines under a signature are read for the text going on. */
const SIGNATURE_REACH = 3;

/**
 * The writer's name alone under the text's last paragraph, a signature ("Stefan Wasmer" closing a match report): a line
 * of two to four capitalised words opening with a first name of the curated lists, right under a paragraph, with no
 * paragraph in the few kept lines under it (a profile's heading naming its person heads a paragraph about them), and
 * the text holding two paragraphs at least above it, none of them naming that person. Read where nothing else names
 * the writer; the line is the byline.
 */
function signatureUnderText(blocks: readonly Block[], lang: string | undefined): string | null {
  const kept = blocks.filter((b) => open(b) && b.text.trim());
  let paragraphs = 0;
  for (let i = 0; i < kept.length; i++) {
    const b = kept[i]!;
    if (b.role === 'paragraph') {
      paragraphs++;
      continue;
    }
    if (paragraphs < 2 || kept[i - 1]?.role !== 'paragraph' || b.text.length > 60 || b.role !== 'heading') continue;
    const text = b.text.trim();
    if (!(text.split(/\s+/).length <= 4 && isPersonName(text, lang, true))) continue;
    if (kept.slice(i + 1, i + 1 + SIGNATURE_REACH).some((x) => x.role === 'paragraph')) continue;
    // Not a person the text speaks of ("Karl Geiger" under a ski jumping report that names him): the writer it does not name.
    const named = surnameTest(text);
    if (kept.slice(0, i).some((x) => x.role === 'paragraph' && named(x.text))) continue;
    setRole(b, 'byline', 'structure/byline');
    return text;
  }
  return null;
}

/** A byline with its label ("Author: Jacopo Cascioli", "Auteur: Anna Kubišta", "Autor: Fritz Imhof"; Chinese ones see cjkBylineNames). */
const LABELLED_BYLINE = /^(?:autor(?:in)?|author|auteur|autore|autora|text|texte|von|by)\s*:\s*\p{Lu}/iu;

/**
 * When nothing else names the writer, a labelled byline the article's container left out does: the footer's
 * "Author: Jacopo Cascioli", "Auteur: Anna Kubišta", a blog's "Posted by T. V. Raman at 2:33 PM" under the text. Not
 * one in a teaser, a related box or a comment.
 */
function labelledBylinesOutside(blocks: readonly Block[]): Block[] {
  return blocks.filter((b) => {
    if (!b.removed || !REMOVED_BY_PLACE.has(b.removed.rule) || b.text.length > 100) return false;
    const text = b.text.trim();
    return (LABELLED_BYLINE.test(text) && isByline(text)) || isPostedBy(text) || cjkBylineNames(text) !== null;
  });
}

/**
 * When nothing else names the writer, a post's meta line under the text, kept as a stamp or left out by the article's
 * container, that carries the publication day and a labelled name ("Dezember 26, 2019 von Andrea Kategorien: Allgemein |
 * Hinterlasse einen Kommentar" under a blog post). One such line only: several are a list of posts or comments, unless
 * one of them stands over the text ("Par Matthieu Hy le 07 Mai 2020" over it, a commenter's "par JPA le 7 mai 2020" under it).
 */
function postMetaBylines(blocks: readonly Block[], day: string, lang?: string): string[] {
  const names: string[] = [];
  // Above the text: the line the article's container left out over its first paragraph ("Par Matthieu Hy le 07 Mai 2020").
  const textStart = blocks.findIndex((b) => open(b) && (b.role === 'paragraph' || b.role === 'lead'));
  const above: string[] = [];
  const textStartIndex = blocks[textStart]?.index ?? -1;
  for (const b of blocks) if (b.removed ? REMOVED_BY_PLACE.has(b.removed.rule) : b.role === 'meta') readStampByline(b, day, lang, textStartIndex, names, above);
  // One line above the text names the writer, whatever the comments under it say ("par JPA le 7 mai 2020 - 12:38.").
  if (above.length === 1) return above;
  return names.length === 1 ? names : [];
}
/** The writer of a labelled stamp line of the publication day to `names`, and to `above` over the text (read apart from postMetaBylines' loop, which V8 then compiles once). */
function readStampByline(b: Block, day: string, lang: string | undefined, textStartIndex: number, names: string[], above: string[]): void {
  if (b.text.length > 160 || !MAY_LABEL_WRITER.test(b.text) || !/\d/.test(b.text) || COMMENT_STAMP.test(b.text)) return;
  const stamp = stampByline(b.text, lang);
  if (!stamp?.labelled) return;
  const d = parseDateText(b.text, 'UTC');
  if (d?.year !== undefined && d.day !== undefined && isoDay({ year: d.year, month: d.month, day: d.day }) === day) {
    names.push(stamp.name);
    if (b.index < textStartIndex) above.push(stamp.name);
  }
}

/** A comment's stamp: "Kommentar von Margit Heumann — 2019-01-01 @ 00:39 | Antworten", "geschrieben von X am … [ antworten ]". */
const COMMENT_STAMP = /\b(?:kommentar|antwort|comment|reply|réponse|respuesta)\s+(?:von|by|de|par)\b|\b(?:antworten|reply|répondre|responder)\s*\]?\s*$/iu;

/**
 * A copyright notice naming a person: "© 2019 Sven Schreivogel", "Copyright (c) 2012- Gregory Szorc. All rights
 * reserved.", "(c) Johannes Wolf • Weitere Rechte siehe Impressum", "© 2009-2012 Jonathan Krase. Impressum". The name,
 * maybe after years and "by", up to the notice's end or the next sentence or field.
 */
const COPYRIGHT_PERSON = /^(?:©|\(c\)|copyright\b)(?:\s*(?:©|\(c\)))?\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:(?:19|20)\d{2})?)?,?\s*)?(?:by\s+)?([^.,•|©()\d]{4,60}?)\s*(?:[.,•|–-](?:\s.*)?)?$/iu;
/** Where a page's copyright notice stands, removed: its footer, the legal lines, the page outside the article. */
const FOOTER_REMOVAL = /^(?:html\/header-footer|html\/outside-article|strip\/main-content|strip\/legal-footer|strip\/repeated-line)$/;

/**
 * When nothing else names the writer, the one person the page's copyright notice names: a personal site's or a
 * blog's owner ("© 2019 Sven Schreivogel" in its footer). A person's name opening with a first name of the curated
 * lists, not a company's; not a picture's credit ("© Max Muster" under a photo is a caption's or credit's line, kept
 * with that role or removed by a media rule); one person on the whole page.
 */
function copyrightHolder(blocks: readonly Block[], lang?: string): string | null {
  const names = new Set<string>();
  for (const b of blocks) {
    if (b.text.length > 160 || (b.removed ? !FOOTER_REMOVAL.test(b.removed.rule) : b.role !== 'unknown' && b.role !== 'paragraph')) continue;
    const raw = COPYRIGHT_PERSON.exec(b.text.trim())?.[1]?.trim();
    const name = raw && casedPersonName(raw, lang);
    if (raw && name && isPersonName(name, lang, true) && !isOrganisation(raw)) names.add(name);
  }
  return names.size === 1 ? [...names][0]! : null;
}

/** An author box's header is short: "Über den Autor", "About the author", "Autoreninfo". */
const AUTHOR_BOX_HEADER_MAX = 40;

/**
 * When nothing else names the writer, the one author box under the text (strip/teaser-run took its bio, "Über den Autor"
 * over "Jossi Loibl" over "Jossi Loibl (Jahrgang 1962) schreibt seit …"): the name on the line over the bio, where the
 * bio opens with it. Two boxes are a list of authors, not the writer.
 */
function authorBoxName(blocks: readonly Block[]): string | null {
  let name: string | null = null;
  // The boxes by their headers ("Über den Autor", "Über die Autorin"): a second box's bio may have gone for another reason.
  let boxes = 0;
  for (const b of blocks) if (b.removed?.rule === 'strip/link-list-header' && b.text.length <= AUTHOR_BOX_HEADER_MAX && AUTHOR_HEADER.test(b.text)) boxes++;
  for (let i = 0; i < blocks.length; i++) {
    const bio = blocks[i]!;
    if (bio.removed?.rule !== 'strip/teaser-run' || !bio.removed.detail?.startsWith('author bio under')) continue;
    let k = i - 1;
    while (k >= 0 && !blocks[k]!.text.trim()) k--;
    const line = blocks[k]?.text.trim() ?? '';
    if (looksLikeName(line) && bio.text.startsWith(line) && /^[\s,(–-]/u.test(bio.text.slice(line.length))) name = line;
  }
  return boxes === 1 ? name : null;
}

/** When nothing else names the writer, the person an author box's link names ("Alles von Martin Junker"), wherever it stands. */
function authorPageLinks(blocks: readonly Block[], lang?: string): string[] {
  for (const b of blocks) {
    const name = b.text.length <= 100 ? AUTHOR_PAGE_LINK.exec(b.text.trim())?.[1] : undefined;
    if (name && isPersonName(name, lang)) return [name];
  }
  return [];
}

const uniq = (xs: string[]) => [...new Set(xs)];

/** Short lines in a row that make a list rather than headings (a heading heads a paragraph). */
const LIST_RUN = 3;

/**
 * Three or more short lines in a row, none of them a heading element, are the items of a list ("125 g Mehl",
 * "65 g Zucker", … in a text dump); one ending in a colon among them labels what follows ("Für den Mürbeteig:"), and
 * the last one before a paragraph heads it.
 */
function listRuns(body: Block[]): void {
  const shaped = (b: Block) => b.role === 'heading' && !isHeadingTag(b.tag);
  for (let i = 0; i < body.length; ) {
    let j = i;
    while (j < body.length && shaped(body[j]!)) j++;
    // The last line before a paragraph heads it ("Zubereitung" over the method).
    const end = j < body.length && body[j]!.role === 'paragraph' ? j - 1 : j;
    if (j - i >= LIST_RUN) for (let k = i; k < end; k++) if (!body[k]!.text.trimEnd().endsWith(':')) setRole(body[k]!, 'list-item', 'structure/list-item');
    i = Math.max(j, i + 1);
  }
}

/** The label of a key-points box: "Das Wichtigste in Kürze", "Auf einen Blick", "Story highlights", "Key points", "En bref". Not a bare "Highlights": a site's featured stories. */
const KEY_POINTS_LABEL = /^(?:das wichtigste(?: in kürze| im überblick)?|auf einen blick|in kürze|kurz und knapp|story highlights|(?:the )?key (?:points|takeaways)|at a glance|en bref|l'essentiel|lo más importante|in sintesi)\s*:?$/iu;
/** A key point is a line or a sentence or two; a box has a few of them. */
const KEY_POINT_MAX = 300;
const KEY_POINTS_MAX = 8;

/**
 * The points under a key-points label are highlights: in HTML the items of the list under it, in a text dump the
 * short lines under it up to the next blank line (one may stand between the label and the first point). Two at least.
 */
function keyPoints(body: Block[], html: boolean): void {
  for (let i = 0; i < body.length; i++) {
    if (body[i]!.role !== 'heading' || !KEY_POINTS_LABEL.test(body[i]!.text.trim())) continue;
    const points: Block[] = [];
    for (let k = i + 1; k < body.length && points.length < KEY_POINTS_MAX; k++) {
      const b = body[k]!;
      if (b.text.length > KEY_POINT_MAX || (html ? b.role !== 'list-item' : b.role !== 'list-item' && b.role !== 'paragraph')) break;
      const prev = points.at(-1);
      if (!html && prev && b.line > prev.line + 1) break;
      points.push(b);
    }
    if (points.length >= 2) for (const p of points) setRole(p, 'highlight', 'structure/highlight');
  }
}

/** The closing lines' roles, and a caption's: a heading-shaped line over them still heads no text. */
const AFTER_TEXT: ReadonlySet<Block['role']> = new Set([...CLOSING_ROLES, 'caption']);

/**
 * A heading heads what follows it: heading-shaped lines (short, no full stop; not heading elements) that end the text
 * head nothing, and are its closing lines, paragraphs ("Twitter seemed a bit confused by the campaign:", "LAURIE OAKES
 * IS THE NINE NETWORK POLITICAL EDITOR"). Run last: the signature reading takes a writer's name line among them first.
 */
function closingLines(body: readonly Block[]): void {
  for (let i = body.length - 1; i >= 0; i--) {
    const b = body[i]!;
    if (!open(b) || AFTER_TEXT.has(b.role)) continue;
    if (b.role !== 'heading' || isHeadingTag(b.tag)) return;
    setRole(b, 'paragraph', 'structure/paragraph');
  }
}

export const structureStage = defineStage({
  id: 'structure',
  version: '1',
  description: 'Give every kept block its role (title, kicker, lead, highlights, headings, paragraphs) and read bylines, datelines and source lines into metadata.',
  options: z.object({}),
  rules: [
    { id: 'structure/title', description: 'The headline: the block strip set apart as title (without a date stamp glued to it), else the declared title; the headline repeated as the body\'s first line is the title too, not body.' },
    { id: 'structure/heading', description: 'A short kept line that is not a sentence and holds none (no full stop inside: "… today. The details come from Reuters:"), between paragraphs, is a sub-heading; such lines that end the text head nothing and are paragraphs ("Twitter seemed a bit confused by the campaign:").' },
    { id: 'structure/highlight', description: 'Bulleted sentences (a key-points box) are highlights, and so are the points under a key-points label ("Das Wichtigste in Kürze", "Auf einen Blick", "Story highlights"): the items of the list under it, or in a text dump the short lines up to the next blank line.' },
    { id: 'structure/list-item', description: 'An item of a list: a block of an HTML <li>, a short bulleted line of a text that is no key point, or one of three or more short lines in a row (an ingredient list in a text dump; one ending in a colon among them stays a heading, the label of what follows, and so does the last one before a paragraph).' },
    { id: 'structure/lead', description: 'The first paragraph is the lead when an image, caption or key-points box separates it from the next.' },
    { id: 'structure/dateline', description: 'A dateline opening the first paragraph ("MOSKAU, 7. Dez. (Reuters) –").' },
    { id: 'structure/source-line', description: 'A source line ("Quelle: ntv.de, fzö/dpa") gives publisher, author initials and agencies.' },
    { id: 'structure/byline', description: 'Byline blocks give authors and agencies, and so do a byline under the headline that the article\'s container left out, the name on the line under a byline\'s label alone ("Text:" over "Ursula Eggers"), the date stamp the publication date came from, under the headline or in the header above it ("02.02.2022, 11:30 Uhr von Markus Steinrisser"; a bare name there, "04.02.2022 | 15:33 Uhr | Dennis Steimels", where nothing else names one and it opens with a first name; where the date came from the page\'s metadata, the stamp under the headline that has the publication day, "Anna Muster , 01. Dez. 2017, 12:01 Uhr"), and, where nothing else names the writer, a labelled byline outside the article ("Author: …", "责任编辑：…", or "Autor:" over the name), an author box\'s link ("Alle Artikel von Tanja Karrasch"), a post\'s meta line under the text with the publication day and a labelled name ("Dezember 26, 2019 von Andrea Kategorien: Allgemein"; not a comment\'s), or the one such line over the text the article\'s container left out ("Par Matthieu Hy le 07 Mai 2020"), the name or the labelled byline on the line beside that date stamp ("Leena Simon" over "Veröffentlicht am 06.10.2023", "von Ulrike" over "18.10.2019 16:06 Uhr") or a line that is a name alone under the headline ("Christoph Hein", or with a relative stamp, "Christoph Hein | vor 3 Stunden"; also beside a byline that names only a team, "Redaktion Haus.de"), not a name the headline mentions (whom the article is about), the name over the bio of the one author box under the text, where the bio opens with it ("Über den Autor" over "Jossi Loibl" over "Jossi Loibl (Jahrgang 1962) schreibt …"), or, last, the one person the page\'s copyright notice names ("© 2019 Sven Schreivogel"); every author name (declared ones too) loses its label ("Text und Interview:", "Veröffentlicht von"), a date or e-mail after it, and a label or date alone is no name, nor is a role ("Redakteur für Wirtschaft") or a list of things ("Von Risiken und Nebenwirkungen"); the site declared as its own author ("Helmholtz Klima"), not a person\'s name, counts only where nothing else names a writer.' },
  ],
  run(doc) {
    // Only the body's blocks get a role here: they are copied, the others shared with the input (no stage writes to a block it did not copy).
    const inBody = (b: Block): boolean => open(b) && (b.role === 'unknown' || b.role === 'paragraph');
    const blocks = doc.blocks.map((b) => (inBody(b) ? newBlock(b) : b));
    const s: StructureResult = { title: null, kicker: null, lead: null, highlights: [], authors: [], agencies: [], publisher: null, dateline: null, sourceLine: null };
    const titleBlock = blocks.find((b) => open(b) && b.role === 'title');
    // HTML: the blocks stage already weighed og:title, JSON-LD headline, the h1 and <title>.
    if (doc.contentType === 'html') s.title = doc.declared.title?.trim() || titleBlock?.text || null;
    // A dump's headline line may carry the page's date stamp glued on: the title is the headline's words.
    else s.title = (titleBlock && headlineText(titleBlock.text)) ?? doc.declared.title?.trim() ?? null;
    // The headline repeated as the body's first line (an h2 inside the post, the h1 outside it) is the title, not body.
    const firstBody = blocks.find(inBody);
    if (firstBody && s.title && normLine(firstBody.text) === normLine(s.title)) setRole(firstBody, 'title', 'structure/title');
    s.kicker = blocks.find((b) => open(b) && b.role === 'kicker')?.text ?? null;
    // A declared field, its label and date off first ("… USA TODAY Published 7:07 PM EST"), may name several writers.
    let keys: string[] | undefined;
    const site = (): string[] => (keys ??= siteKeys(doc.declared.siteName, [doc.source?.url, doc.declared.canonicalUrl]));
    // The site declared as its own author ("Helmholtz Klima", its og:site_name) waits for the bylines in the text: a
    // writer they name wins, else it stays (a blog named as its writer is: "Zahlenzauberin").
    const siteAsAuthor: string[] = [];
    for (const declared of doc.declared.authors ?? []) {
      const field = authorName(declared);
      if (field === null) continue;
      if (site().includes(squash(field)) && !isPersonName(field, doc.language?.code)) {
        siteAsAuthor.push(field);
        continue;
      }
      const w = writerNames(field, doc.declared.siteName ?? null);
      s.authors.push(...w.names);
      s.agencies.push(...w.agencies);
    }

    const body = blocks.filter(inBody);
    for (let i = 0; i < body.length; i++) {
      const b = body[i]!;
      // profile(text).sentenceEnd and .chars; the full profile (a count of words) only where prose decides.
      const sentenceEnd = endsSentence(b.text);
      const chars = b.text.length;
      if (b.flags?.includes('bullet') && (sentenceEnd || chars >= 40)) setRole(b, 'highlight', 'structure/highlight');
      else if (b.flags?.includes('bullet') || b.flags?.includes(LIST_ITEM_FLAG)) setRole(b, 'list-item', 'structure/list-item');
      else if (!sentenceEnd && chars <= 120 && !INNER_SENTENCE_END.test(b.text) && !profile(b.text).prose) setRole(b, 'heading', 'structure/heading');
      else if (isHeadingTag(b.tag)) setRole(b, 'heading', 'structure/heading');
      else setRole(b, 'paragraph', 'structure/paragraph');
    }
    listRuns(body);
    keyPoints(body, doc.contentType === 'html');
    // The first paragraph: a dateline opens it, and it is the lead when an image, a caption or a key-points box sets it apart from the next.
    const paragraphs = blocks.filter((b) => open(b) && b.role === 'paragraph');
    const first = paragraphs[0];
    if (first) {
      const dl = parseDateline(first.text);
      if (dl) s.dateline = dl;
      const next = paragraphs[1];
      const between = next ? blocks.slice(first.index + 1, next.index) : [];
      const separated = between.some((b) => b.role === 'caption' || b.role === 'credit' || b.role === 'highlight' || (b.removed && b.removed.rule !== 'strip/main-content'));
      const beforeTitleGap = titleBlock ? first.index > titleBlock.index : true;
      if (next && separated && beforeTitleGap && !dl) setRole(first, 'lead', 'structure/lead');
    }
    s.highlights = blocks.filter((b) => open(b) && b.role === 'highlight').map((b) => b.text);
    s.lead = blocks.find((b) => open(b) && b.role === 'lead')?.text ?? null;

    const headline = blocks.find((x) => open(x) && x.role === 'title');
    for (const b of [...blocks.filter((x) => open(x) && x.role === 'byline'), ...(headline ? headlineZoneBylines(blocks, headline) : [])]) {
      const by = parseByline(b.text);
      s.authors.push(...by.authors);
      s.agencies.push(...by.agencies);
    }
    for (const b of blocks.filter((x) => open(x) && x.role === 'meta' && x.roleRule === 'strip/source-line')) {
      const src = parseSourceLine(b.text);
      s.sourceLine = b.text;
      s.publisher ??= src.publisher;
      s.authors.push(...src.authors);
      s.agencies.push(...src.agencies);
    }
    // The date stamp the publication date came from may name the writer ("04.02.2022 | 15:33 Uhr | Dennis Steimels"): a
    // name after a label always, a bare name only where nothing else names one.
    const stampAt = doc.diagnostics.find((d) => d.stage === 'dates' && STAMP_RULES.has(d.rule))?.block;
    const stamp = stampAt === undefined ? null : stampByline(blocks[stampAt]?.text ?? '', doc.language?.code);
    if (stamp?.labelled) s.authors.push(stamp.name);
    const underLabels = namesUnderLabels(blocks);
    s.authors.push(...underLabels.authors);
    s.agencies.push(...underLabels.agencies);
    if (!s.authors.length) for (const b of labelledBylinesOutside(blocks)) s.authors.push(...parseByline(b.text).authors);
    if (!s.authors.length) {
      const outside = namesUnderLabels(blocks, true, doc.language?.code);
      s.authors.push(...outside.authors);
      s.agencies.push(...outside.agencies);
    }
    if (!s.authors.length) s.authors.push(...authorPageLinks(blocks, doc.language?.code));
    if (!s.authors.length && doc.published) s.authors.push(...postMetaBylines(blocks, doc.published.value.slice(0, 10), doc.language?.code));
    if (!s.authors.length && stamp) s.authors.push(stamp.name);
    if (!s.authors.length && stampAt !== undefined) {
      // Not the headline, nor a line the markup put out of the article (a sidebar's, a teaser's): a bare name there may be anyone's.
      // Only the two lines beside the stamp are read: the others stay holes of a sparse array.
      const texts: Array<string | undefined> = [];
      for (const i of [stampAt - 1, stampAt + 1]) {
        const b = blocks[i];
        if (b && b.removed?.stage !== 'blocks' && b.role !== 'title') texts[i] = b.text;
      }
      let beside = namesBesideStamp(texts, stampAt, doc.language?.code);
      // A byline with its label beside the stamp ("von Ulrike" over "18.10.2019 16:06 Uhr"), wherever strip put it.
      for (const t of texts) if (!beside.length && t && t.length <= 100 && isByline(t)) beside = parseByline(t).authors;
      if (!beside.some((name) => namedInHeadline(name, s.title))) s.authors.push(...beside);
    }
    // A person's name line under the headline also where the bylines name only a team ("André Borbe" over "Redaktion Haus.de").
    if (headline && s.authors.every((a) => isOrganisation(a))) s.authors.push(...nameLinesUnderHeadline(blocks, headline, doc.language?.code, (b) => b !== doc.blocks[b.index], s.title));
    if (!s.authors.length && headline) s.authors.push(...metaBarWriter(blocks, headline, doc.language?.code));
    if (!s.authors.length && headline && stampAt === undefined && doc.published) s.authors.push(...headerStampWriter(blocks, headline, doc.published.value.slice(0, 10), doc.language?.code, s.title));
    if (!s.authors.length) {
      const signed = signatureUnderText(blocks, doc.language?.code);
      if (signed) s.authors.push(signed);
    }
    if (!s.authors.length) {
      const boxed = authorBoxName(blocks);
      if (boxed) s.authors.push(boxed);
    }
    if (!s.authors.length) {
      const holder = copyrightHolder(blocks, doc.language?.code);
      if (holder) s.authors.push(holder);
    }
    if (!s.authors.length) s.authors.push(...siteAsAuthor);
    if (s.dateline?.agency) s.agencies.push(s.dateline.agency);
    // Declared names (meta, JSON-LD, byline elements) and byline parts alike: labels, dates and leftovers off, each name once.
    const names = uniqueNames(s.authors.map(authorName).filter((a): a is string => a !== null).map((a) => casedPersonName(a, doc.language?.code)));
    // An agency declared as the author ("Reuters") is the agency; the site or a writer's initials beside a writer are none.
    s.authors = besideWriters(names.filter((a) => !agencyOf(a)), site, doc.language?.code);
    s.agencies.push(...names.map(agencyOf).filter((a): a is string => !!a));
    s.agencies = uniq(s.agencies);
    s.publisher ??= doc.declared.siteName ?? null;
    closingLines(body);
    return docWith(doc, { blocks, structure: s });
  },
});
