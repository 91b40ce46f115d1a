import { BODY_ROLES, type Block, type Doc } from '../../core/doc.js';
import type { RuleExamples, RuleInfo } from '../../core/rule.js';
import { AGENCY_PATTERN } from '../../lexicon/agencies.js';
import { MONTH_NUMBERS } from '../../lexicon/date-tokens.js';
import { POST_HANDLE } from '../../lexicon/post-handle.js';
import { INNER_SENTENCE_END } from '../strip/features.js';
import { headlineText } from '../strip/headline.js';
import { isBylineLabel } from '../strip/rules/meta-lines.js';
import { isLoneBy } from '../strip/rules/split-byline.js';
import { weekdayOf, type Ymd } from './calendar.js';
import { findMentions } from './find.js';
import { dayMonthName, monthNameDay, numericDate, isoDate } from './mention-rules.js';
import { dayOf, parseDateText, type PartialDate, type ReadContext } from './parse.js';

// Evidence for the publication date, strongest first. Each rule reads one kind of place (record
// metadata, a dateline, a stamp line, a caption stamp, the URL, a date in the text) and returns
// candidates; the stage takes the first rule that has one.

export interface Evidence {
  rule: string;
  date: PartialDate;
  block?: number;
  text: string;
  /** Whether the place says this is the publication (`published`) or a later edit (`updated`). */
  label?: 'published' | 'updated';
  /** True when the date is a guess from the text rather than a statement of publication. */
  guess?: boolean;
}

export interface EvidenceRule extends RuleInfo {
  examples: RuleExamples;
  /** Reads one string of the kind this rule looks at (a field value, a block text, a URL). */
  read(text: string, ctx: ReadContext): PartialDate | null;
  find(doc: Doc, ctx: ReadContext): Evidence[];
}

const kept = (doc: Doc) => doc.blocks.filter((b) => !b.removed);
const isBody = (b: Block) => BODY_ROLES.has(b.role);

// Whole words by letters, not by `\b`, which knows ASCII letters only: "publié le" has no boundary after its é.
const UPDATED = /(?<!\p{L})(?:aktualisiert|aktualisierung|letzte änderung|geändert|zuletzt|update[ds]?|last (?:updated|modified)|modified|mis à jour|actualizado|atualizado|aggiornato)(?!\p{L})/iu;
// Drupal's line under a node: "Submitted by X on …", in German "Gespeichert von X am …" or "Eingereicht von X am …".
const PUBLISHED = /(?<!\p{L})(?:veröffentlicht|publiziert|erschienen|erstellt|verfasst|geschrieben|gespeichert von|eingereicht von|published|posted|written|submitted by|publié|publicado|postado|mise en ligne|pubblicato|datum|date)(?!\p{L})/iu;

export const declaredRule: EvidenceRule = {
  id: 'dates/declared',
  description: 'The publication date the record or page declares (record field, JSON-LD datePublished, article:published_time, <time datetime>), in any common format.',
  examples: { matches: ['2021-12-30T21:35:00+01:00', 'Thu, 30 Dec 2021 21:35:00 +0100', '30.12.2021', 'December 30, 2021', '1640896500'], keeps: ['gestern', 'n/a'] },
  read: parseDateText,
  find(doc, ctx) {
    const v = doc.declared.published;
    const date = v ? parseDateText(v, ctx) : null;
    return date ? [{ rule: this.id, date, text: v!, label: 'published' }] : [];
  },
};

/** "MOSKAU, 7. Dez. (Reuters) – …", "Berlin, 30.12.2021 (dpa) - …", "WASHINGTON, Dec 7 (Reuters) -". */
const DATELINE = new RegExp(
  String.raw`^\s*(?<place>\p{Lu}[\p{L}.'’ /-]{1,40}?),\s+(?<date>[^–—()]{3,40}?)\s*(?:\((?:${AGENCY_PATTERN}|[\p{L}/ ]{2,30})\)\s*)?(?:[–—-]|:)\s`,
  'iu',
);

/** The dates a dateline may hold (a constant: findMentions plans its quick tests once per list). */
const DATELINE_DATE_RULES = [dayMonthName, monthNameDay, numericDate, isoDate];

export const datelineRule: EvidenceRule = {
  id: 'dates/dateline',
  description: 'A dateline opening the first paragraph: place, date, agency ("MOSKAU, 7. Dez. (Reuters) –"); a missing year stays missing unless other evidence gives it.',
  examples: {
    matches: ['MOSKAU, 7. Dez. (Reuters) – Der russische Präsident', 'WASHINGTON, Dec 7 (Reuters) - President', 'Berlin, 30.12.2021 (dpa) - Die'],
    keeps: ['Moskau, so heißt es, sei bereit.', 'Am 7. Dezember sprach Putin - kurz.'],
  },
  read(text) {
    const m = DATELINE.exec(text);
    if (!m?.groups) return null;
    const date = m.groups.date!.trim();
    const f = findMentions(date, DATELINE_DATE_RULES)[0];
    // The date must be the whole middle part, not a date somewhere in a sentence.
    if (!f || f.start > 0 || date.length - f.end > 1 || f.reading.kind !== 'date') return null;
    const r = f.reading;
    return { ...(r.year ? { year: r.year } : {}), month: r.month, day: r.day };
  },
  find(doc, ctx) {
    const first = kept(doc).find((b) => isBody(b) && b.text.length > 60);
    const date = first ? this.read(first.text, ctx) : null;
    return date ? [{ rule: this.id, date, block: first!.index, text: first!.text.slice(0, 60), label: 'published' }] : [];
  },
};

const HAS_DIGIT = /\d/;
/** A four-digit year, a dotted/slashed date with a two-digit one, or a month name with one after an apostrophe ("14 Feb ’20"): every stamp has one. */
const MAY_HOLD_YEAR = /(?:1[89]|20)\d{2}(?!\d)|\d[./]\d{1,2}[./]\d{2}|\d\s+\p{L}+\.?\s+['’]\d{2}(?!\d)/u;

/** A short line that states a date rather than tells something: "Stand: 30.12.2021 21:40 Uhr". */
const STAMP_MAX = 140;
const WORDS_BESIDE_STAMP = 10;

/**
 * A stamp line as readers see it: addresses out ("…/2017/02/14/…" dates other pages), and what the
 * markup glued apart again: a name and its date ("Tanja Karrasch3.11.2023"), a year and its time
 * ("3 de mayo de 202221:25"), a two-digit year and its time ("28.09.1912:44": no year is followed
 * by a colon and minutes, so that is 28.09.19, 12:44), a date and the next one (a theme's
 * published and updated dates: "22. Dezember 201922. Dezember 2019").
 */
/** A capitalised month's name glued to the word before it, a day after it ("Shana Nys DambrotNovember 6, 2023"). */
export const GLUED_MONTH = new RegExp(
  String.raw`(\p{Ll})(?=(?:${Object.keys(MONTH_NUMBERS)
    .filter((m) => m.length >= 3)
    .sort((a, b) => b.length - a.length)
    .map((m) => m[0]!.toUpperCase() + m.slice(1))
    .join('|')})\.?\s*\d)`,
  'gu',
);

const unglue = (text: string): string =>
  text
    .replace(/\b(?:https?:\/\/|www\.)\S+/giu, ' ')
    .replace(/(\p{Ll})(?=\d)/gu, '$1 ')
    .replace(GLUED_MONTH, '$1 ')
    .replace(/(?<!\d)((?:19|20)\d{2})(?=(?:[01]?\d|2[0-3]):[0-5]\d(?!\d))/g, '$1 ')
    .replace(/(?<!\d)(\d{1,2}\.\d{1,2}\.\d{2})(?=(?:[01]\d|2[0-3]):[0-5]\d(?!\d))/g, '$1 ')
    .replace(/(?<!\d)((?:19|20)\d{2})(?=(?:0?[1-9]|[12]\d|3[01])\.\s*(?:\p{L}|\d))/gu, '$1 ');

/** "… | Kategorien: Social Media | Tags: B2B, …": a blog's date line goes on with its taxonomy. */
const TAXONOMY_TAIL = /\s*[|·•]\s*(?:kategorien?|categor(?:y|ies)|tags?|schlagw(?:ö|o)rte?r?|stichw(?:ö|o)rte?r?|rubrik(?:en)?|filed under|posted in|abgelegt unter)\b.*$/isu;

/** A stamp's date, and whether a label calls it the publication or an update. */
type Stamp = { date: PartialDate; label?: 'published' | 'updated' };
/** The fields of a meta bar, trimmed, the empty ones left out. */
const barFields = (text: string): string[] => text.split('|').map((f) => f.trim()).filter(Boolean);
/** The longest field of a meta bar: longer, it is a sentence or a headline. */
const BAR_FIELD_MAX = 40;

/**
 * Reads a stamp line: the first full date (or a year-month), a label just before it, and only a
 * few other words beside it (a name, a category, "Anzeige"), so a sentence with a date is no stamp.
 */
export function readStamp(raw: string, ctx: ReadContext): Stamp | null {
  // The post's categories and tags after a bar are the line's other metadata, not words beside the date.
  const text = raw.includes('|') || raw.includes('·') ? raw.replace(TAXONOMY_TAIL, '') : raw;
  const stamp = readStampLine(text, ctx);
  if (stamp || !text.includes('|')) return stamp;
  // A meta bar of short fields ("28.04.2021 - 07:18 | Quelle: dpa-afx | Lesedauer etwa 4 min. | Text
  // vorlesen"): the field with the date is the stamp, the other fields are no words beside it.
  let fields = barFields(text);
  if (fields.length >= 2 && fields.some((f) => f.length > BAR_FIELD_MAX)) {
    // A bar that runs on into sentences ("By Ela on 31. October, 2023 | 18 Comments. This post may contain
    // affiliate links. …", a dump's line of two elements): the bar ends with the first sentence after it.
    const bar = text.indexOf('|');
    const end = INNER_SENTENCE_END.exec(text.slice(bar));
    if (end) fields = barFields(text.slice(0, bar + end.index + end[0].length));
  }
  if (fields.length < 2 || fields.some((f) => f.length > BAR_FIELD_MAX)) return null;
  const dated = fields.find((f) => HAS_DIGIT.test(f) && MAY_HOLD_YEAR.test(unglue(f)));
  return dated ? readStampLine(dated, ctx) : null;
}

function readStampLine(text: string, ctx: ReadContext): Stamp | null {
  // Most lines have no digit, and unglue adds none, so they cannot hold a year: skip ungluing them.
  if (text.length > STAMP_MAX || !HAS_DIGIT.test(text) || POST_HANDLE.test(text)) return null;
  const line = unglue(text);
  if (!MAY_HOLD_YEAR.test(line)) return null;
  // "19.1.23, 10:00-11:30 Uhr": a time range is an event's, not a stamp.
  if (TIME_RANGE.test(line)) return null;
  const date = parseDateText(line, ctx);
  if (!date || date.year === undefined) return null;
  const mentions = findMentions(line);
  let rest = line;
  for (const m of [...mentions].reverse()) rest = rest.slice(0, m.start) + ' ' + rest.slice(m.end);
  rest = rest.replace(/\b(?:19|20)\d{2}-\d{2}(?:-\d{2})?(?:T[\d:.+Z-]+)?\b|\d{1,2}[:.]\d{2}(?:\s*Uhr)?/giu, ' ');
  const words = rest.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (words.length > WORDS_BESIDE_STAMP) return null;
  // A sentence ("Er kam am 7. Dezember 2021 an.") has lower-case words and ends with a full stop.
  if (/\p{Ll}{3,}\s*[.!?]$/u.test(line.trim()) && words.length > 3) return null;
  // The label that counts is the one just before the date, not one later on the line.
  const first = mentions.find((m) => m.reading.kind === 'date' || m.reading.kind === 'month');
  const at = first?.start ?? Math.max(0, line.search(/\d/));
  const before = line.slice(Math.max(0, at - 40), at);
  // "bis 28.02.2021", "Termin: 08.05.2020", "(zum 28.02.2017 gekündigt)": a deadline or an event.
  if (DEADLINE.test(before) || (first && /^(?:bis|ab|zum|seit|until|from|since)\b/iu.test(first.text))) return null;
  const label = UPDATED.test(before) ? 'updated' : PUBLISHED.test(before) ? 'published' : undefined;
  // A sentence before the date tells what happened then ("The Social Security Act was signed into law on August 14,
  // 1935"); a stamp's words before its date are a label or a name ("Posted by admin in news on …" begins in lower case).
  if (!label && clauseBefore(line.slice(0, at))) return null;
  // Two days and no word for either ("29. Dezember 2022 30. Dezember 2022"): a theme's published
  // and updated dates, in an order the line does not tell.
  const days = new Set(mentions.flatMap((m) => (m.reading.kind === 'date' && m.reading.year !== undefined ? [`${m.reading.year}-${m.reading.month}-${m.reading.day}`] : [])));
  if (!label && days.size > 1 && !UPDATED.test(line)) return null;
  // A bare month ("Februar 2007") is an archive link unless a label says it dates this page.
  if (date.day === undefined && !label) return null;
  return { date, ...(label ? { label } : {}) };
}

/**
 * A capitalised first word and four lower-case words after it, in the segment right before the date (after the last
 * bar or dash, a quoted headline left out: 'Kulturfragen"Wir dekorieren auf der Titanic die Liegestühle um"01.05.2017'):
 * a sentence, not a stamp's label or name.
 */
function clauseBefore(prefix: string): boolean {
  const segment = prefix.slice(prefix.search(/[^|·•–—]*$/u)).replace(/["„“”«»][^"„“”«»]*["„“”«»]/gu, ' ');
  const words = segment.trim().split(/\s+/);
  if (words.length < 5 || !/^\p{Lu}/u.test(words[0]!)) return false;
  let lower = 0;
  for (const w of words.slice(1)) if (/^\p{Ll}[\p{Ll}'’-]*$/u.test(w)) lower++;
  return lower >= 4;
}

const TIME_RANGE = /\b(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:Uhr\s*)?[-–—]\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\b/u;
const DEADLINE = /\b(?:bis|ab|zum|seit|gültig|termin|frist|verfügbar|until|till|from|valid|deadline|available)\b[^\d]{0,15}$/iu;

/** A label alone on the line before a date ("Erschienen am:" / "23. Mai 2019", "Mise en ligne" / "23 mai 2019"). */
const LABEL_LINE_MAX = 30;
function labelOf(doc: Doc, b: Block, own: Evidence['label']): Evidence['label'] {
  if (own) return own;
  const prev = doc.blocks[b.index - 1];
  if (!prev || prev.text.length > LABEL_LINE_MAX || /\d/.test(prev.text)) return undefined;
  return UPDATED.test(prev.text) ? 'updated' : PUBLISHED.test(prev.text) ? 'published' : undefined;
}

/** A "Label: value" line: a field of a data sheet or of the article's meta box. */
const FIELD_LINE = /^(\p{L}[\p{L}-]{1,20}(?: \p{L}[\p{L}-]{1,20})?)\s*:\s*\S.{0,39}$/u;
/** Labels of the article's own meta box ("Autor:", "Kategorie:", "Lesezeit:"): its date line is the article's. */
const ARTICLE_FIELD = /^(?:autor(?:in|en)?|author|von|by|text|redaktion|datum|date|stand|quelle|source|kategorien?|categor(?:y|ies)|rubrik|ressort|thema|themen|topics?|tags?|schlagw\p{L}*|stichw\p{L}*|veröffentlicht|published|posted|aktualisiert|updated|lesezeit|reading time|fotos?|bild|ort|location)$/iu;

/**
 * A date among the fields of a data sheet ("Übersetzer: Sonja Häußler", "Erscheinungsdatum: 14.08.2017",
 * "Preis: 12,99 €"): a book's or a product's date, not the page's. The lines right above and below
 * are short fields too, with labels no article meta box has and no date.
 */
function inDataSheet(doc: Doc, b: Block): boolean {
  return [b.index - 1, b.index + 1].every((k) => {
    const n = doc.blocks[k];
    const m = n ? FIELD_LINE.exec(n.text) : null;
    return !!m && !ARTICLE_FIELD.test(m[1]!) && !findMentions(n!.text).some((x) => x.reading.kind === 'date');
  });
}

/** A byline alone on its line ("von Ulrike", "By Anna Muster"). */
const BYLINE_ABOVE = /^(?:[Vv]on|[Bb]y|[Pp]ar|[Pp]or)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u;
/** A byline or its label alone under a stamp: "Kommentar von" (over "Ingo Arzt"), "Von", "Von Ulrike". */
const bylineBelow = (text: string): boolean => isBylineLabel(text) || isLoneBy(text) || BYLINE_ABOVE.test(text);

const labelRank = (e: Evidence) => (e.label === 'published' ? 0 : e.label === 'updated' ? 2 : 1);
const STAMP_ROLES = new Set(['meta', 'byline', 'dateline', 'credit', 'title', 'kicker', 'unknown']);

/** Index of the first long body block: where the article text starts (stamps sit just above it). */
const articleStart = (doc: Doc) => doc.blocks.find((b) => !b.removed && isBody(b) && b.text.length > 60)?.index ?? doc.blocks.length;

/** Label first, then nearness to the article start, lines above it before lines below. */
const byLabelAndPlace = (start: number) => (a: Evidence, b: Evidence) => {
  const place = (e: Evidence) => (e.block! <= start + 2 ? start - e.block! : 1000 + e.block! - start);
  return labelRank(a) - labelRank(b) || place(a) - place(b);
};

export const dateStampRule: EvidenceRule = {
  id: 'dates/date-stamp',
  description: 'A kept date or time stamp line ("date 2021-12 Anzeige", "Stand: 30.12.2021 21:40 Uhr", "Veröffentlicht am 7. Dezember 2021 von X") at the top of the article, or a labelled one anywhere; a publication label beats none, none beats "aktualisiert", then the nearest to the article start.',
  examples: {
    matches: ['date 2021-12 Anzeige', 'Stand: 30.12.2021 21:40 Uhr', 'Veröffentlicht am 7. Dezember 2021', '06.11.2023 | 14:10', '28.04.2021 - 07:18 | Quelle: dpa-afx | Lesedauer etwa 4 min. | Text vorlesen Stop Pause Fortsetzen', 'Verfasst von: mitundvoneinander | 31. Dezember 2008', 'VON MORITZ GATHMANN am 21. April 2020', '5 Min. 1. November 2023 Cortyn 1 Kommentar'],
    keeps: [
      'Am Dienstag sprachen Putin und Biden lange.',
      'Datum unbekannt',
      '— Jane Doe (@janedoe) May 16, 2018',
      'Putin und Biden trafen sich schon am 16. Juni 2021 in Genf zu einem Gipfel.',
      'Video verfügbar bis 28.02.2021',
      'Nachrichten Februar 2022',
      'Politik | Die Ministerin sprach am 7. Dezember 2021 lange mit den Gewerkschaften über Löhne und Zulagen',
      'https://example.org/blog/2017/02/14/hpv',
    ],
  },
  read: (text, ctx) => readStamp(text, ctx)?.date ?? null,
  find(doc, ctx) {
    const start = articleStart(doc);
    const out: Evidence[] = [];
    for (const b of kept(doc)) {
      if (!STAMP_ROLES.has(b.role)) continue;
      const stamp = readStamp(b.text, ctx);
      const label = stamp && labelOf(doc, b, stamp.label);
      // Below the top of the article an unlabelled date line is more likely a list item or a comment.
      if (!stamp || (b.index > start + 2 && !label)) continue;
      out.push({ rule: this.id, date: stamp.date, block: b.index, text: b.text, ...(label ? { label } : {}) });
    }
    return out.sort(byLabelAndPlace(start));
  },
};

const TEASER_RUN = 'strip/teaser-run';
/** The categories and tags a blog files a post under: the post's own footer. */
const POST_TAXONOMY = 'strip/post-taxonomy';
/** Removals that never hold the article's own date: comments, other articles' teasers, footers. */
const FOREIGN_REMOVAL = /comment|teaser|post-navigation|legal|link-list|read-more|newsletter|registration|cookie|share/;

/** How many blocks below the headline a date line still belongs to it (a byline, ratings, a reading time between)… */
const UNDER_HEADLINE = 8;
/** …not counting a toolbar's buttons between ("Compartir en Facebook", "Imprimir", "Twitter"), up to this many blocks in all. */
const UNDER_HEADLINE_REACH = 16;
/** The removals of a toolbar's buttons: words of the site's interface, share and follow links. */
const TOOLBAR_RULES = new Set(['strip/ui-word', 'strip/share-prompt', 'strip/share-bar', 'strip/follow-prompt', 'strip/icon-name']);
/** Lines just above the headline (a byline with its date, "Accueil | Par X | 30 septembre 2018"). */
const ABOVE_HEADLINE = 2;
/** …unless the text has begun before: a body block this long. */
const TEXT_BEGUN = 200;
/** "12/04/2020": day and month could be either way round; unless the page settles the order (slashOrder), such a line cannot outvote the metadata. */
const AMBIGUOUS_SLASH = /(?<![\d/])(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|1[0-2])\/(?:\d{2}|\d{4})(?![\d/])/;
/** Machine timestamps glued into a line ("Isabell Angele2022-12-07T10:10:52+01:00 25. Dezember 2022"): not what readers see. */
export const MACHINE_STAMP = /(?:19|20)\d{2}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?/g;

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** The headline block: the one set apart as title, else a short line that is the page's declared title. */
function headlineOf(doc: Doc): Block | undefined {
  const title = doc.blocks.find((b) => b.role === 'title' && !b.removed);
  const declared = squash(doc.declared.title ?? '');
  if (title || declared.length < 10) return title;
  return doc.blocks.find((b) => !b.removed && b.text.length < 2 * declared.length + 40 && squash(b.text).includes(declared));
}

/** An embedded post's signature, or a line opening with a dash as they do. */
const EMBED_SIGNATURE = new RegExp(String.raw`^\s*[—–-]\s|${POST_HANDLE.source}`, 'u');
/** Numbers on a line besides its date and time. */
const OTHER_NUMBERS = (raw: string): boolean => {
  const text = unglue(raw);
  let rest = text;
  for (const m of [...findMentions(text)].reverse()) rest = rest.slice(0, m.start) + ' ' + rest.slice(m.end);
  return /\d/.test(rest.replace(/\b(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*Uhr)?|\b(?:19|20)\d{2}-\d{2}-\d{2}/giu, ' '));
};

export const headlineStampRule: EvidenceRule = {
  id: 'dates/headline-stamp',
  description:
    'A date line right under the headline (a few blocks below the title, kept or removed as page furniture, or glued to a dump\'s headline line): the date the publisher shows readers as the article\'s, which outranks metadata that disagrees (metadata often carries a first draft, a migration date or a UTC day). A publication label first, then the nearest; a day/month order that could go either way does not count.',
  examples: {
    matches: ['von eseppelt · 31. Oktober 2023', 'Shana Nys DambrotNovember 6, 2023', 'Kulturfragen"Wir dekorieren auf der Titanic die Liegestühle um"01.05.2017', '04.02.2022 | 15:33 Uhr | Dennis Steimels', 'Stand: 07.11.2023, 07:30 Uhr', 'Updated May 06, 2019', 'Isabell Angele2022-12-07T10:10:52+01:0025. Dezember 2022', 'By Ela on 31. October, 2023 | 18 Comments. This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.'],
    keeps: ['12/04/2020 by Kay', 'Politik | Der Minister kam am 7. Dezember 2021 in Brüssel an. Danach sprach er mit den Gewerkschaften.', 'Die Ministerin sprach am 7. Dezember 2021 lange mit den Gewerkschaften über die Löhne.', 'The Social Security Act was signed into law on August 14, 1935', 'Lesezeit 5 Minuten'],
  },
  read(text, ctx) {
    if (!ctx.slashSure && AMBIGUOUS_SLASH.test(text)) return null;
    return readStamp(text.replace(MACHINE_STAMP, ' '), ctx)?.date ?? null;
  },
  find(doc, ctx) {
    const title = headlineOf(doc);
    if (!title) return [];
    const out: Evidence[] = [];
    const take = (b: Block, begun: boolean, above = false, header = false) => {
      if (!b.removed && !STAMP_ROLES.has(b.role)) return;
      const text = b.text.replace(MACHINE_STAMP, ' ');
      // An embedded post's signature ("— Donald J. Trump (@realDonaldTrump) May 2, 2020") dates the post.
      if ((!ctx.slashSure && AMBIGUOUS_SLASH.test(text)) || EMBED_SIGNATURE.test(text)) return;
      // Above the headline only a bare date line: "80 m Hürden W14 0.762m 19.05.2007" is a table row.
      if (above && OTHER_NUMBERS(text)) return;
      const stamp = readStamp(text, ctx);
      const label = stamp && labelOf(doc, b, stamp.label);
      // A removed share bar or teaser box may still carry "Veröffentlicht: 26.12.2022"; unlabelled, it is another article's.
      if (label !== 'published' && (begun || (b.removed && FOREIGN_REMOVAL.test(b.removed.rule) && !(header && b.removed.rule === TEASER_RUN)))) return;
      // A book's or a product's date among a data sheet's fields is not the page's.
      if (stamp?.date.day !== undefined && !inDataSheet(doc, b)) out.push({ rule: this.id, date: stamp.date, block: b.index, text: b.text, ...(label ? { label } : {}) });
    };
    // A standfirst often sits between the headline and the byline: the text begins with the second long block.
    let long = 0;
    // Lines right under the headline, nothing kept between: its byline and dateline. A teaser run the
    // headline was taken back from ("Top Themen" over the page's own header) took them along.
    let header = true;
    let counted = 0;
    for (const b of doc.blocks.slice(title.index + 1, title.index + 1 + UNDER_HEADLINE_REACH)) {
      if (!(b.removed && TOOLBAR_RULES.has(b.removed.rule)) && ++counted > UNDER_HEADLINE) break;
      // Once the text has begun, only a line that says it is the publication date ("Erschienen am:").
      if (!b.removed && isBody(b) && b.text.length > TEXT_BEGUN) long++;
      if (!b.removed) header = false;
      take(b, long > 1, false, header);
    }
    // The line right over the headline is its own even where a teaser run above took it along ("CBS News February 24, 2020, 7:57 AM").
    for (const b of doc.blocks.slice(Math.max(0, title.index - ABOVE_HEADLINE), title.index)) take(b, false, true, b.index === title.index - 1);
    // A dump's headline line may carry the date line glued on ("1. Februar 2022 Bundesministerin Raab: …"): the date under it.
    const words = headlineText(title.text);
    if (words !== title.text) {
      const glued = readStamp(title.text.replace(words, ' ').replace(MACHINE_STAMP, ' '), ctx);
      if (glued?.date.day !== undefined) out.push({ rule: this.id, date: glued.date, block: title.index, text: title.text, ...(glued.label ? { label: glued.label } : {}) });
    }
    // A publication label; an unlabelled line under the headline, then one above it; an update last.
    const rank = (e: Evidence) => (e.label === 'published' ? 0 : e.label === 'updated' ? 3 : e.block! >= title.index ? 1 : 2);
    return out.sort((a, b) => rank(a) - rank(b) || Math.abs(a.block! - title.index) - Math.abs(b.block! - title.index));
  },
};


export const headerStampRule: EvidenceRule = {
  id: 'dates/header-stamp',
  description: 'A stamp line strip removed as page furniture above the article (header, under the headline), or one labelled as the publication date below it: a publication label first, then the nearest. Else the one stamp below the article under a byline ("von Ulrike" over "18.10.2019 16:06 Uhr"), over one ("13. 1. 2020" over "Kommentar von") or over the post\'s categories ("17.11.19" over "Abgelegt in: Blogposts, News"), the article\'s signature; several such pairs are a teaser list\'s. Comment, teaser and footer dates do not count.',
  examples: { matches: ['Montag, 06.11.2023', '19.10.19, 11:29 Uhr', 'Veröffentlicht am: 28. Oktober 2023 | Anzahl Kommentare: noch keine'], keeps: ['Startseite', 'Politik Wirtschaft Sport Kultur'] },
  read: (text, ctx) => readStamp(text, ctx)?.date ?? null,
  find(doc, ctx) {
    const start = articleStart(doc);
    const out: Evidence[] = [];
    const foreign: Evidence[] = [];
    const signed: Evidence[] = [];
    for (const b of doc.blocks) {
      if (!b.removed) continue;
      const stamp = readStamp(b.text, ctx);
      const label = stamp && labelOf(doc, b, stamp.label);
      if (FOREIGN_REMOVAL.test(b.removed.rule)) {
        if (stamp && label === 'published') foreign.push({ rule: this.id, date: stamp.date, block: b.index, text: b.text, label });
        continue;
      }
      // Below the article only a line that says it is the publication date ("Erschienen am …").
      if (stamp && (b.index < start || label === 'published') && !inDataSheet(doc, b)) out.push({ rule: this.id, date: stamp.date, block: b.index, text: b.text, ...(label ? { label } : {}) });
      else if (stamp && b.index >= start && !inDataSheet(doc, b) && (BYLINE_ABOVE.test(doc.blocks[b.index - 1]?.text ?? '') || bylineBelow(doc.blocks[b.index + 1]?.text.trim() ?? '') || doc.blocks[b.index + 1]?.removed?.rule === POST_TAXONOMY))
        signed.push({ rule: this.id, date: stamp.date, block: b.index, text: b.text });
    }
    // Or the one line below it under a byline ("von Ulrike" over "18.10.2019 16:06 Uhr"), over one ("13. 1. 2020" over
    // "Kommentar von" over "Ingo Arzt") or over the post's categories
    // ("17.11.19" over "Abgelegt in: Blogposts, News"): the article's signature; several are a teaser list's.
    if (!out.length && signed.length === 1) return signed;
    // A teaser list labels each of its teasers; one labelled line in all the removed boxes is the page's
    // own byline that a box took along ("erstellt von X — veröffentlicht 28.01.2022" under a link list).
    if (!out.length && foreign.length === 1) return foreign;
    // Nearest to the article first: headers often carry today's date far above the headline.
    return out.sort(byLabelAndPlace(start));
  },
};

/**
 * The sentence a blog theme writes under a post about the post itself: "Der Beitrag wurde am Mittwoch, den
 * 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter … abgelegt", "This entry was posted on
 * Wednesday, November 27th, 2019 at 3:21 pm and is filed under …". The subject is the page itself.
 */
const STATEMENT = /(?<!\p{L})(?:(?:dieser|der) (?:eintrag|beitrag|blogbeitrag|blogeintrag)|diese[rs]? (?:artikel|post|text|seite)|this (?:entry|post|article|page)|cet article|ce billet|este (?:artículo|post))\s+(?:wurde|was|a été|fue)\s/iu;
/** The verb that makes it the publication, within the statement (an edit, "zuletzt am … aktualisiert", is not). */
const PUBLISH_VERB = /(?<!\p{L})(?:veröffentlicht|publiziert|geschrieben|verfasst|erstellt|gepostet|eingestellt|posted|published|written|created|publiée?|écrite?|mise? en ligne|publicado|escrito)(?!\p{L})/iu;
const EDIT_VERB = /(?<!\p{L})(?:aktualisiert|geändert|bearbeitet|updated|modified|edited|mise? à jour|modifiée?|actualizado)(?!\p{L})/iu;
/** Characters of the statement read after its verb "wurde"/"was": the date and the participle fit. */
const STATEMENT_SPAN = 120;

export const publicationStatementRule: EvidenceRule = {
  id: 'dates/publication-statement',
  description:
    'A sentence under a post that says when the post itself was published ("Der Beitrag wurde am 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter … abgelegt", "This entry was posted on Wednesday, November 27th, 2019"), wherever it stands, also in a footer strip removed: a statement, not a guess. Not in comments or teasers.',
  examples: {
    matches: [
      'Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter Allgemein abgelegt.',
      'This entry was posted on Wednesday, November 27th, 2019 at 3:21 pm and is filed under News.',
      'Dieser Beitrag wurde am 04/02/2020 von kj in Bundesgericht veröffentlicht.',
      'Cet article a été publié le 27 novembre 2019 par Anna.',
    ],
    keeps: [
      'Dieser Beitrag wurde zuletzt am 3. Dezember 2019 aktualisiert.',
      'Der Bericht wurde am 27. November 2019 veröffentlicht.',
      'Der Beitrag wurde am 27. November 2019 im ZDF gesendet.',
      'This entry was posted in News and tagged Whisky.',
    ],
  },
  read(text, ctx) {
    const m = STATEMENT.exec(text);
    if (!m) return null;
    const span = text.slice(m.index + m[0].length, m.index + m[0].length + STATEMENT_SPAN);
    const verb = PUBLISH_VERB.exec(span);
    const edit = EDIT_VERB.exec(span);
    if (!verb || (edit && edit.index < verb.index)) return null;
    const r = findMentions(span).find((x) => x.reading.kind === 'date' && x.reading.year !== undefined)?.reading;
    if (r?.kind === 'date') return { year: r.year!, month: r.month, day: r.day };
    // A slashed date ("am 04/02/2020 von kj") is no mention in running text; as a stamp the page's order reads it.
    const stamp = parseDateText(span, ctx);
    return stamp && dayOf(stamp) ? { year: stamp.year!, month: stamp.month, day: stamp.day } : null;
  },
  find(doc, ctx) {
    for (const b of doc.blocks) {
      if (b.removed && FOREIGN_REMOVAL.test(b.removed.rule)) continue;
      const date = this.read(b.text, ctx);
      if (date) return [{ rule: this.id, date, block: b.index, text: b.text, label: 'published' }];
    }
    return [];
  },
};

const URL_DAY = /\/(?<year>(?:19|20)\d{2})[/-](?<month>0?[1-9]|1[0-2])[/-](?<day>0?[1-9]|[12]\d|3[01])(?=[/._-]|$)/;
const URL_COMPACT = /\/(?<year>(?:19|20)\d{2})(?<month>0[1-9]|1[0-2])(?<day>0[1-9]|[12]\d|3[01])(?=\/)/;
/** "/meldungen/29-10-2021", "/news-29.10.2021.html": a written-out day, day first. */
const URL_DMY = /[/_-](?<day>0[1-9]|[12]\d|3[01])[-.](?<month>0[1-9]|1[0-2])[-.](?<year>(?:19|20)\d{2})(?=[/._-]|$)/;
const URL_MONTH = /\/(?<year>(?:19|20)\d{2})[/-](?<month>0?[1-9]|1[0-2])(?=\/)/;

export const urlDateRule: EvidenceRule = {
  id: 'dates/url-date',
  description: 'A date in the page URL\'s path ("/2021/12/07/", "/2021-12-07-titel", "/20211207/", "/meldungen/07-12-2021", "/2021/12/").',
  examples: { matches: ['https://x.de/politik/2021/12/07/putin.html', 'https://blog.de/2021-12-07-putin', 'https://x.com/2021/12/putin', 'https://x.bo/pais/20220503/juicio', 'https://x.de/media-news/meldungen/29-10-2021'], keeps: ['https://x.de/artikel-2021123', 'https://x.de/a/1234/56/78'] },
  read(url) {
    const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
    const m = URL_DAY.exec(path) ?? URL_COMPACT.exec(path) ?? URL_DMY.exec(path) ?? URL_MONTH.exec(path);
    if (!m?.groups) return null;
    const g = m.groups;
    const date: PartialDate = { year: Number(g.year), month: Number(g.month), ...(g.day ? { day: Number(g.day) } : {}) };
    return date.day && !dayOf(date) ? null : date;
  },
  find(doc, ctx) {
    const url = doc.source.url ?? doc.declared.canonicalUrl;
    const date = url ? this.read(url, ctx) : null;
    return date ? [{ rule: this.id, date, text: url! }] : [];
  },
};

const CAPTION_DATE_RULES = [numericDate, isoDate, dayMonthName, monthNameDay];

export const captionStampRule: EvidenceRule = {
  id: 'dates/caption-stamp',
  description: 'A full date closing an image caption after a comma or dash ("… - SNA, 1920, 30.12.2021"): the date the picture was filed with the article.',
  examples: {
    matches: ['Russlands Präsident Wladimir Putin am Telefon (Symbolbild) - SNA, 1920, 30.12.2021', 'Der Kreml in Moskau – Foto: AFP, 07.12.2021'],
    keeps: ['Putin bei einem Treffen am 7. Dezember 2021 in Moskau', 'Putin am Telefon (Symbolbild)'],
  },
  read(text) {
    const f = findMentions(text, CAPTION_DATE_RULES).at(-1);
    if (!f || f.reading.kind !== 'date' || f.reading.year === undefined) return null;
    if (!/[,–—|-]\s*$/.test(text.slice(0, f.start)) || !/^\s*\.?\s*$/.test(text.slice(f.end))) return null;
    return { year: f.reading.year, month: f.reading.month, day: f.reading.day };
  },
  find(doc, ctx) {
    const out: Evidence[] = [];
    for (const b of kept(doc)) {
      if (b.role !== 'caption') continue;
      const date = this.read(b.text, ctx);
      if (date) out.push({ rule: this.id, date, block: b.index, text: b.text });
    }
    return out;
  },
};

export const declaredModifiedRule: EvidenceRule = {
  id: 'dates/declared-modified',
  description: 'The modification date the page declares (dateModified, article:modified_time), when nothing states the publication.',
  examples: { matches: ['2021-12-31T08:00:00+01:00'], keeps: ['soon'] },
  read: parseDateText,
  find(doc, ctx) {
    const v = doc.declared.modified;
    const date = v ? parseDateText(v, ctx) : null;
    return date ? [{ rule: this.id, date, text: v!, label: 'updated' }] : [];
  },
};

export const updatedStampRule: EvidenceRule = {
  id: 'dates/updated-stamp',
  description: 'A line below the article that states its last update ("Aktualisiert am 17.01.2021.", "Last updated: March 3, 2022"), removed as page furniture (a page footer\'s "This page was last modified on 2 July 2014" too), when nothing states the publication: the page was out by then. Not in comments, teasers or legal footers.',
  examples: { matches: ['Aktualisiert am 17.01.2021.', 'Letzte Aktualisierung: 28.01.2022', 'Last updated: March 3, 2022'], keeps: ['Aktualisiert', 'Wir aktualisieren diese Seite regelmäßig.'] },
  read: (text, ctx) => readStamp(text, ctx)?.date ?? null,
  find(doc, ctx) {
    for (const b of doc.blocks) {
      if (!b.removed || FOREIGN_REMOVAL.test(b.removed.rule)) continue;
      const stamp = readStamp(b.text, ctx);
      if (stamp?.date.day !== undefined && labelOf(doc, b, stamp.label) === 'updated' && !inDataSheet(doc, b)) return [{ rule: this.id, date: stamp.date, block: b.index, text: b.text, label: 'updated' }];
    }
    return [];
  },
};

const LIST_HEADER = 'strip/link-list-header';
/** Longest line that is a list item's date alone ("06.02.2022", "10. November 2021, 14:30 Uhr"). */
const ITEM_STAMP_MAX = 40;
/** Shortest headline (letters and figures) looked for in a list: a short one ("Impressum") is in every menu. */
const OWN_TEASER_MIN = 15;

export const ownTeaserRule: EvidenceRule = {
  id: 'dates/own-teaser',
  description: 'The date beside the article\'s own headline in a dated list on the page ("Neueste Beiträge": "Buß- und Ordnungsgeld gegen Anwalt …" over "06.02.2022"): the site dating the article as one of its items. The list shows whether a date follows its title or stands above it; dates that disagree give none.',
  examples: { matches: ['06.02.2022', '10. November 2021'], keeps: ['Neueste Beiträge'] },
  read: (text, ctx) => (text.length <= ITEM_STAMP_MAX ? (readStamp(text, ctx)?.date ?? null) : null),
  find(doc, ctx) {
    const head = headlineOf(doc);
    const own = head ? squash(head.text) : '';
    if (own.length < OWN_TEASER_MIN) return [];
    const blocks = doc.blocks;
    const dateAt = (k: number) => (blocks[k] ? this.read(blocks[k]!.text, ctx) : null);
    const found: Evidence[] = [];
    for (const b of blocks) {
      if (b === head || squash(b.text) !== own) continue;
      const before = dateAt(b.index - 1);
      const after = dateAt(b.index + 1);
      let date = before && after ? null : (before ?? after);
      let at = before && !after ? b.index - 1 : b.index + 1;
      if (before && after) {
        // Dates on both sides: the list, lines taking turns between title and date, tells which is this
        // title's. An even run pairs up from its first line; an odd one has a header or a last title
        // without its date at one end, and does not tell.
        const isDate = (k: number) => !!dateAt(k);
        // The list's header ("Neueste Beiträge") is none of its lines.
        const inList = (k: number) => blocks[k]?.removed?.rule !== LIST_HEADER;
        let first = b.index;
        while (first > 0 && inList(first - 1) && isDate(first - 1) !== isDate(first)) first--;
        let last = b.index;
        while (last < blocks.length - 1 && inList(last + 1) && isDate(last + 1) !== isDate(last)) last++;
        if ((last - first) % 2 === 0) continue;
        [date, at] = isDate(first) ? [before, b.index - 1] : [after, b.index + 1];
      }
      if (date?.day !== undefined) found.push({ rule: this.id, date, block: at, text: blocks[at]!.text });
    }
    const days = new Set(found.map((e) => `${e.date.year}-${e.date.month}-${e.date.day}`));
    return days.size === 1 ? found.slice(0, 1) : [];
  },
};

/** The first year of news on the web: a guess from the text does not go further back. */
const FIRST_WEB_YEAR = 1995;

/** A JSON key's quote as script data writes it: plain, escaped inside a script's string, or as an HTML entity inside an attribute. */
const Q = String.raw`(?:"|\\"|&quot;)`;
const scriptDate = (keys: string) =>
  new RegExp(String.raw`${Q}(?:${keys})${Q}\s*:\s*${Q}((?:19|20)\d{2}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)${Q}`, 'gi');
const SCRIPT_PUBLISHED = scriptDate('date_?published|published_?(?:at|date|on)|publish_?date|first_?published(?:_?(?:at|date))?|pub_?date');
const SCRIPT_CREATED = scriptDate('date_?created|created_?(?:at|date|on)');

/** The first date a published key holds, else the first a created key holds; not one before the web's news (a `1970-01-01` default). */
function scriptDateIn(text: string, ctx: ReadContext): { date: PartialDate; text: string } | null {
  for (const keys of [SCRIPT_PUBLISHED, SCRIPT_CREATED]) {
    for (const m of text.matchAll(keys)) {
      const date = parseDateText(m[1]!, ctx);
      if (date?.year !== undefined && date.year >= FIRST_WEB_YEAR) return { date, text: m[0] };
    }
  }
  return null;
}

export const scriptDataRule: EvidenceRule = {
  id: 'dates/script-data',
  description: 'A publication date in the page\'s script data, outside JSON-LD (a framework\'s page state, a shop\'s product JSON): the first `"datePublished"`, `"publishedAt"`, `"published_at"`, `"publishDate"`, `"firstPublishedAt"` or `"pubDate"`, else the first `"dateCreated"` or `"createdAt"`. Only when nothing else on the page dates it: script data also holds the dates of other items (teasers, comments, accounts).',
  examples: {
    matches: ['{"id":7,"publishedAt":"2022-01-31T15:58:43+01:00"}', '&quot;published_at&quot;:&quot;2019-03-02T06:22:28+01:00&quot;', String.raw`{\"datePublished\":\"2021-12-07\"}`, '{"createdAt":"2022-01-31T15:58:43+01:00"}'],
    keeps: ['{"updatedAt":"2022-01-31T15:58:43+01:00"}', '{"publishedAt":null}', 'publishedAt: 2022-01-31', '{"publishedAt":"1970-01-01T01:00:00+01:00"}'],
  },
  read: (text, ctx) => scriptDateIn(text, ctx)?.date ?? null,
  find(doc, ctx) {
    const found = doc.contentType === 'html' ? scriptDateIn(doc.content, ctx) : null;
    return found ? [{ rule: this.id, date: found.date, text: found.text }] : [];
  },
};

export const textDateRule: EvidenceRule = {
  id: 'dates/text-date',
  description: 'A full date in the page text (a caption "am 7. Dezember 2021", a sentence), preferring one whose weekday the body names ("am Dienstag") and the latest; a guess, so marked inferred. Not before 1995: a page\'s text names such a date as history ("signed into law on August 14, 1935"), not as its own. Not from an embedded post\'s signature ("— Jane Doe (@janedoe) May 16, 2018"): that dates the post.',
  examples: { matches: ['Putin sitzt am Tisch, am 7. Dezember 2021.', 'Am 30.12.2021 telefonierten sie.'], keeps: ['Am Dienstag telefonierten sie.', 'Im Dezember 2021.', 'The Social Security Act was signed into law on August 14, 1935.'] },
  read(text) {
    const f = findMentions(text).find((m) => m.reading.kind === 'date' && m.reading.year !== undefined && m.reading.year >= FIRST_WEB_YEAR);
    return f && f.reading.kind === 'date' ? { year: f.reading.year!, month: f.reading.month, day: f.reading.day } : null;
  },
  find(doc, ctx) {
    const weekdays = new Set<number>();
    const dates: Evidence[] = [];
    for (const b of kept(doc)) {
      const signature = POST_HANDLE.test(b.text);
      for (const f of findMentions(b.text)) {
        const r = f.reading;
        if (signature && r.kind === 'date') continue;
        if (r.kind === 'weekday' && r.direction === 'back' && isBody(b)) weekdays.add(r.weekday);
        // "bis 31. August 2020", "ab dem 1. März": deadlines and plans, not the day of writing.
        if (r.kind === 'date' && r.year !== undefined && r.year >= FIRST_WEB_YEAR && !/^(?:bis|ab|zum|seit|until|from|since|hasta|desde)\b/iu.test(f.text)) dates.push({ rule: this.id, date: { year: r.year, month: r.month, day: r.day }, block: b.index, text: f.text, guess: true });
      }
    }
    const limit = fetchDay(doc, ctx);
    const score = (e: Evidence) => {
      const d = dayOf(e.date)!;
      return (weekdays.has(weekdayOf(d)) ? 2 : 0) + (limit && compare(d, limit) > 0 ? -4 : 0);
    };
    return dates.sort((a, b) => score(b) - score(a) || compare(dayOf(b.date)!, dayOf(a.date)!));
  },
};

const compare = (a: Ymd, b: Ymd) =>
  a.year - b.year || a.month - b.month || a.day - b.day;

/** The day the page was fetched, from the record's metadata (never from the clock). */
export function fetchDay(doc: Doc, ctx: ReadContext): Ymd | undefined {
  const p = doc.source.fetchedAt ? parseDateText(doc.source.fetchedAt, ctx) : null;
  return p ? dayOf(p) : undefined;
}

/** The publication evidence rules, strongest first. */
export const EVIDENCE_RULES: readonly EvidenceRule[] = [headlineStampRule, declaredRule, datelineRule, dateStampRule, publicationStatementRule, urlDateRule, headerStampRule, captionStampRule, declaredModifiedRule, updatedStampRule, ownTeaserRule, textDateRule, scriptDataRule];
