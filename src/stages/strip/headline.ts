import type { Block } from '../../core/doc.js';
import { DATE_TOKEN } from '../../lexicon/date-tokens.js';
import { STOPWORDS, WORD } from './features.js';
import type { StripContext } from './types.js';

/**
 * The headline of a text dump: among the lines just above the article, the one that reads like a
 * title and is most like the article. Evidence, all general: it shares its words with the first
 * paragraphs, it repeats on the page (breadcrumb, share text, a truncated teaser of itself) or
 * stands in the dump's first line (the `<title>`, "Headline | Site"), the page address's slug spells
 * it ("…/faire-lieferketten"), and it stands close to the text.
 */

/** Removals a headline may have suffered: it repeats on the page, or stands under a "mehr" link. */
const RESTORABLE: ReadonlySet<string> = new Set(['strip/repeated-line', 'strip/teaser-run']);
/** How far above the article the headline may stand: lines still on the page, and all lines (share bars count little). */
const WINDOW = 15;
const RAW_WINDOW = 80;
const PROSE_COST = 1.5;
/** A line inside the region is the headline only when nothing above reads as well. */
const INSIDE_COST = 0.5;
/**
 * A line standing this often on the page, sharing no word with the text, is the label of a repeated
 * widget ("Link zum Artikel" under every teaser, "Mehr erfahren", a search box's placeholder in each of its
 * copies). A headline repeats too (breadcrumb, share text, lists of recent posts, a heading over the text;
 * three times on spiegel.de's dump), but it speaks of the article.
 */
const LABEL_COPIES = 4;
/** Share of the slug's words a line must hold to be the headline the slug spells, and what that weighs (doubled at all of them). */
const SLUG_SHARE = 0.6;
const SLUG_BONUS = 3;

const DATE_OR_TIME = new RegExp(String.raw`${DATE_TOKEN}|\b\d{1,2}:\d{2}\b|\bvor \d+ (?:min|std|stund|tag|woche|monat|jahr)|\b\d+ (?:minutes?|hours?|days?|weeks?|months?|years?) ago\b`, 'iu');
// `\b` knows ASCII letters only: the Cyrillic "фото" (photo) gets a lookahead of its own.
const BYLINE_START = /^(?:(?:eine?\s+)?(?:kolumne|kommentar|analyse|gastbeitrag|beitrag|artikel|bericht|text|interview)\s+von\b|von|by|posted|geschrieben|übersetzt|translated|autor(?:in)?|author|redaktion|fotos?|bild|photo|image|quelle|source)\b|^фото(?!\p{L})|\bvon:/iu;

/** Lower case, white space collapsed: lines compared as a reader reads them. */
export const normLine = (t: string): string => t.toLowerCase().replace(/\s+/g, ' ').trim();

/** A clock time after a date stamp: ", 08:00 Uhr", " - 12:15". */
const CLOCK = String.raw`(?:,?\s*(?:[-–|]\s*)?\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|h))?)?`;
/** A date stamp a dump glued before the headline ("23.01.2022 - Dorothea Wierer darf …", "1. Februar 2022 Bundesministerin Raab: …"). */
const STAMP_BEFORE = new RegExp(String.raw`^(?:${DATE_TOKEN})${CLOCK}\s*(?:[-–—|·:]\s*)?`, 'iu');
/** A date stamp glued after it ("Laufen im Winter: … in 12 Monaten. 10. Februar 2019", "Studentendorf Schlachtensee Berlin2. Oktober 2015 - 12:15"). */
const STAMP_AFTER = new RegExp(String.raw`(?<=[\p{L}.!?"“”»)])\s*(?:[-–—|·]\s*)?(?:${DATE_TOKEN})${CLOCK}$`, 'iu');
/**
 * What is left reads as a headline, not as the sections a date line names ("27.01.2022 Aktuelles
 * Experteninterviews"): it opens with a capital or a quote, has four words or more, one of them
 * in lower case (German capitalises nouns only).
 */
const HEADLINE_LEFT = /^[\p{Lu}\d„"“«‚'](?=(?:\S*\s+){3})(?=.*\s\p{Ll})/u;
/** Words a date completes ("Der Mauerfall am 9. November 1989"): the date is the headline's own. */
const BEFORE_OWN_DATE = /(?:^|\s)(?:am|vom|seit|bis|ab|zum|bis zum|on|since|from|until|of|le|du|el|del)$/iu;

/**
 * A headline without a date stamp the dump glued to its start or end, when what is left reads as a
 * headline (HEADLINE_LEFT); the text itself otherwise. The stamp is the page's date line, not the headline's words.
 */
export function headlineText(text: string): string {
  const before = STAMP_BEFORE.exec(text);
  let t = before ? text.slice(before[0].length) : text;
  const after = STAMP_AFTER.exec(t);
  if (after && !BEFORE_OWN_DATE.test(t.slice(0, after.index))) t = t.slice(0, after.index);
  t = t.trim();
  return t !== text && HEADLINE_LEFT.test(t) ? t : text;
}

/** Content words, cut to a stem so that German inflection and compounds still meet ("Tabelle", "Tabellen"). */
export function stems(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase()).filter((w) => w.length >= 4 && !STOPWORDS.has(w)).map((w) => w.slice(0, 6));
}

/** Latin letters with an accent that decomposition splits off, and the marks it splits off. */
const ACCENTED = /[\u00c0-\u024f]/;
const COMBINING_MARKS = /\p{M}/gu;

/**
 * Umlauts and ß as a slug spells them and as the text does ("anhoerung", "ratschlage", "Anhörung"):
 * both sides folded alike meet. Other accents a slug drops ("regimen", "podria" for "régimen", "podría").
 */
const foldUmlauts = (w: string): string => {
  const f = w.toLowerCase().replace(/ä|ae/g, 'a').replace(/ö|oe/g, 'o').replace(/ü|ue/g, 'u').replace(/ß/g, 'ss');
  return ACCENTED.test(f) ? f.normalize('NFD').replace(COMBINING_MARKS, '') : f;
};
const FOLDED_STOPWORDS: ReadonlySet<string> = new Set([...STOPWORDS].map(foldUmlauts));

/** Content words folded (foldUmlauts), compounds split at their hyphens as slugs split them; words with figures are ids, not words. */
function foldedWords(text: string): string[] {
  return (text.replace(/[-‐‑–]/g, ' ').match(WORD) ?? []).filter((w) => !/\d/.test(w)).map(foldUmlauts).filter((w) => w.length >= 4 && !FOLDED_STOPWORDS.has(w));
}

/**
 * The line's letters alone, folded (foldUmlauts) and run together, as a slug glues a compound or a
 * short phrase into one word ("Bielersee-Winterhechte" → bielerseewinterhechte, "Haus am See" → hausamsee).
 */
const gluedLetters = (text: string): string => foldUmlauts(text.replace(/[^\p{L}]+/gu, ''));

/** foldedWords cut to a stem as in stems(). */
const foldedStems = (text: string): string[] => foldedWords(text).map((w) => w.slice(0, 6));

/**
 * The words of a page address's slug: its last path segment with words, without an extension
 * ("/leben/Warum-wir-jetzt-Demut-brauchen;art4886,207643" → warum, jetzt, demut, brauch). Empty
 * when that has fewer than two ("/article.php?id=12", "/ratgeber/kondenswasser.html").
 */
export function urlSlugStems(url: string): string[] {
  const stems = [...new Set(slugWords(url).map((w) => w.slice(0, 6)))];
  return stems.length >= 2 ? stems : [];
}

/**
 * The word of a slug of one word, whole ("/ostfriesland/emden-21416" → emden, "/2020/01/24/nebelsuppe-6/"
 * → nebelsuppe): a blog post or a place page is often titled by one word. Null otherwise.
 */
export function urlSlugWord(url: string): string | null {
  // Only in the last segment: before an id ("/politik/25776812.html") a word is the section's name.
  const words = slugWords(url, 1);
  return words.length === 1 ? words[0]! : null;
}

/** The folded words (foldedWords) of the address's last path segment with words, among its last `segments`. */
function slugWords(url: string, segments = Infinity): string[] {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return [];
  }
  // The last segment with a word: an id after the slug ("/…-brauchen;art4886,207643/", "/25776812.html") is skipped,
  // a category before it is not the slug ("/angenehmes-raumklima/kondenswasser.html" has a slug of one word).
  for (const seg of path.split('/').filter((s) => s && !GENERIC_PAGE.test(s)).reverse().slice(0, segments)) {
    const words = foldedWords(seg.replace(/\.(?:s?html?|php|aspx?|jsp)$/iu, '').replace(/[-_+.~;,!]/g, ' '));
    if (words.length) return words;
  }
  return [];
}

/** A path segment that names a kind of page, not the page: "index.html", "article.php", "viewtopic.php", "dettaglio". */
const GENERIC_PAGE = /^(?:index|default|home|main|start|article|artikel|story|post|entry|item|detail|details|dettaglio|detalle|view|viewtopic|showthread|show|page|content|print|amp|news)(?:\.(?:s?html?|php|aspx?|jsp))?$/iu;

/** Distinct words a line must have to count as the start of a longer slug (slugShare). */
const SLUG_OPENING_WORDS = 3;

/**
 * Share of the slug's words the line holds (0 with a slug of fewer than two words). A line whose
 * words are the slug's first ones, in order and nothing else, counts as SPELT_SENTENCE however long
 * the slug runs on: a CMS wrote the headline and then its subtitle into it ("Gender-Diversity:
 * Revolution im Reallabor" for "…/gender-diversity-revolution-im-reallabor-women-digit-praxislaboratorien-atruvia/").
 */
function slugShare(slug: readonly string[], text: string): number {
  if (slug.length < 2) return 0;
  const own = new Set(foldedStems(text));
  const hits = slug.filter((w) => own.has(w)).length;
  const share = hits >= 2 ? hits / slug.length : 0;
  const opening = own.size >= SLUG_OPENING_WORDS && own.size < slug.length && [...own].every((w, k) => slug[k] === w);
  return opening ? Math.max(share, SPELT_SENTENCE) : share;
}

/**
 * How much of the slug the line at i spells: slugShare, or, for a slug of one word, 1 where the line is
 * that word alone ("Nebelsuppe.", "Scherenschnitt (3)"). A line that only mentions it is a teaser or a
 * section ("Alternativen zu BestCrypt"). Where the word alone stands right over a headline that names
 * it as its topic, the word is a breadcrumb's last item or a kicker: the slug spells the headline
 * ("Paxlovid" over "Paxlovid: Grünes Licht für …").
 */
function slugSpelt(blocks: readonly Block[], ctx: StripContext, i: number, text: string): number {
  if (!ctx.slugWord) return slugShare(ctx.slug, text);
  const alone = (t: string): boolean => {
    const w = foldedWords(t);
    return (w.length === 1 && w[0] === ctx.slugWord) || (w.length > 1 && gluedLetters(t) === ctx.slugWord);
  };
  const topic = (t: string): boolean => {
    const colon = t.indexOf(': ');
    return colon > 0 && alone(t.slice(0, colon));
  };
  if (alone(text)) return blocks[i + 1] && topic(blocks[i + 1]!.text) ? 0 : 1;
  return topic(text) && i > 0 && alone(blocks[i - 1]!.text) ? 1 : 0;
}

/** Whether the line at i spells the slug as a headline would (SLUG_SHARE of it). */
export const slugSpells = (blocks: readonly Block[], ctx: StripContext, i: number): boolean => slugSpelt(blocks, ctx, i, headlineText(blocks[i]!.text)) >= SLUG_SHARE;
/** Whether the line at i spells nearly all of the slug (SPELT_SENTENCE): the headline, whatever else it looks like. */
export const slugSpellsAll = (blocks: readonly Block[], ctx: StripContext, i: number): boolean => slugSpelt(blocks, ctx, i, headlineText(blocks[i]!.text)) >= SPELT_SENTENCE;

export function restorableForHeadline(b: Block): boolean {
  return !b.removed || RESTORABLE.has(b.removed.rule);
}

/** The line's headline words (headlineText) when it has a headline's shape, else null. */
function headlineShape(blocks: readonly Block[], ctx: StripContext, b: Block): string | null {
  const p = ctx.profile(b.index)!;
  if (b.role !== 'unknown' || !restorableForHeadline(b)) return null;
  if (p.chars > 200 || (p.prose && p.chars > 160)) return null;
  const text = headlineText(b.text);
  // A word alone is a headline where the slug spells it ("Emden", "Elektro-Zapfsäulen."), else a menu item.
  if ((p.words < 2 || p.chars < 10) && (p.chars < 4 || slugSpelt(blocks, ctx, b.index, text) < SLUG_SHARE)) return null;
  if (shapeOk(text, p.words)) return text;
  // A headline may open as a byline does ("Von Sprachregeln, Gender-Politik und …"): the slug spelling nearly all of it says which it is.
  return BYLINE_START.test(text) && shapeOk(text, p.words, true) && slugSpelt(blocks, ctx, b.index, text) >= SPELT_SENTENCE ? text : null;
}

/** A word of one to four Han or kana characters. */
const CJK_WORD = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,4}$/u;
/** Four or more short words between spaces, nearly all of Han or kana ("时政 地方 法治 … VR/AR 微视评 公益"). */
export function cjkMenu(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 4 && words.every((w) => w.length <= 6) && words.filter((w) => CJK_WORD.test(w)).length >= words.length * 0.8;
}

function shapeOk(text: string, words: number, bylineStart = false): boolean {
  // Headlines start with a word, a number or a quote; "← Previous post", "≈ Leave a comment" do not.
  if (/^[←→↑↓⇐⇒≈~•·›‹<>|▶►◄▸◂…+=\-–—]/u.test(text)) return false;
  // "Schreib einen Kommentar", "Medien kommentieren": a comment link, however close to the text.
  if (words <= 4 && /\b(?:kommentar|kommentare|kommentieren|comments?|antwort|antworten|reply)\b/iu.test(text)) return false;
  // Figures alone ("4.3182 330 5 1", a rating widget's numbers) are no headline: it has words; nor is an address (a share panel's "Copy this link"),
  // nor a path, plain or escaped, that spells the slug ("%2Ftennis%2Fargentina-comfortably-wins-davis-cup-opener-chile%2F").
  if (!/\p{L}{2}/u.test(text) || /(?:https?:\/\/|www\.)\S/iu.test(text) || /^[^\s/]*(?:\/|%2F)\S*$/iu.test(text)) return false;
  // A call to click or buy ("Für Neukunden: 20% Rabatt hier klicken", "Jetzt hier bestellen") is an offer, not the headline.
  if (CALL_TO_ACTION.test(text)) return false;
  if (/[,:;\-–—]$/.test(text) || DANGLING_END.test(text) || truncated(text) || DATE_OR_TIME.test(text) || (!bylineStart && BYLINE_START.test(text)) || /[©@]/.test(text) || CREDIT_INSIDE.test(text)) return false;
  // A list of tags or categories ("amiga, dogs, floppy, Hunde") shares the article's words but is no headline.
  const parts = text.split(/\s*[,;|]\s*/);
  if (parts.length >= 3 && parts.every((x) => x.split(/\s+/).length <= 2)) return false;
  // Chinese and Japanese write no spaces between words: short words between spaces are a menu ("时政 地方 法治 高层 人事").
  return !cjkMenu(text);
}

/** A line whose last full stop closes an abbreviation ("… für Kleiderschrank & Co.", "… und vieles mehr usw."), not a sentence. */
const ABBREVIATION_END = /(?:^|[\s&(])(?:Co|Inc|Ltd|Corp|usw|etc|bzw|Nr|Str|Jr|Sr)\.$/u;

/** An offer's call to click, order or sign up (shapeOk). */
const CALL_TO_ACTION = /\b(?:hier|jetzt) (?:klicken|bestellen|sichern|kaufen|buchen|anmelden|registrieren)\b|\b(?:klicken sie|klick) hier\b|\bclick here\b|\b(?:order|buy|shop|sign up) now\b/iu;

/** A short line of a menu: the lines around a menu item are menu items too. */
function isMenuItem(ctx: StripContext, b: Block): boolean {
  const p = ctx.profile(b.index)!;
  return (b.role === 'unknown' || b.role === 'kicker') && !p.prose && !p.sentenceEnd && p.chars <= 30 && p.words <= 4 && !DATE_OR_TIME.test(b.text);
}

/** A metadata label on a line of its own, its value on the next: "Autor:", "Datum:", "Das ist ein Artikel vom Top-Thema:". */
const VALUE_LABEL = /\b(?:autor(?:in|en)?|author|von|by|datum|date|quelle|source|kategorien?|categor(?:y|ies)|rubrik|ressort|(?:top-?)?thema|themen|topics?|tags?|schlagw(?:ö|o)rte?r?|stichw(?:ö|o)rte?r?|veröffentlicht|published|posted(?: in)?|ort|location|lesezeit|fotos?|bild)\s*:$/iu;

/** A picture's caption: its credit glued on ("… des ATP-TurniersBild: AFP/SID") or a note in brackets at its end ("… in London (Archivaufnahme)"). */
const CREDIT_INSIDE = /(?:^|[\s(\p{Ll}])(?:Bild|Foto|Fotos|Quelle|Credit|Photo|Image)\s*:\s*\S|\((?:[Aa]rchiv\p{L}*|[Ss]ymbol(?:bild|foto)|[Ff]oto|[Bb]ild)\b[^)]*\)$/u;

/** A line that stops on an article or preposition is a torn-off label ("Autorenseite von"), not a headline. */
// Not "ein", "an", "auf": they close German headlines as verb particles ("Zverev zieht ins Viertelfinale ein", "Bahn kündigt Streik an").
const DANGLING_END = /\s(?:von|der|die|das|den|dem|des|eine|und|oder|mit|für|zu|zum|zur|in|im|am|the|a|of|to|for|with|and|by|de|du|la|le|el)$/iu;

/** A teaser cut short: dots after a space, a torn-off letter or a dangling word ("Krieg und ...", "Viren im Herzen der Ö..."), not a headline's own "…" ("Alles hat seine Zeit…"). */
const ELLIPSIS_END = /(\s*)(?:\.\.\.|…)$/u;
function truncated(text: string): boolean {
  const m = ELLIPSIS_END.exec(text);
  if (!m) return false;
  if (m[1]) return true;
  const cut = text.slice(0, m.index);
  return /(?:^|\s)\p{L}$/u.test(cut) || DANGLING_END.test(cut);
}

/** Two or three capitalised words and nothing else: a person's name (the author), not a headline. */
export const looksLikeName = (text: string): boolean => /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u.test(text);

/** The parts of the dump's first line when it reads like a page title: "Headline | Site", "Headline - Site". */
function pageTitleParts(blocks: readonly Block[]): string[] {
  const first = blocks[0]?.text ?? '';
  if (first.length > 250) return [];
  return [normLine(first), ...first.split(/\s+[|–—·:-]\s+|\s*[|»]\s*/u).map(normLine).filter((s) => s.split(' ').length >= 2)];
}

/** A language switch ("DE FR IT EN", "en"; not "EU" or "NATO"), a breadcrumb ("Haupt » Zimmerpflanzen", "StartseiteAstro-Bilder"), a link arrow. */
const KICKER_NOT = /^(?:[a-z]{2}|[A-Za-z]{2}(?:(?:\s+|\s*[|/·]\s*)[A-Za-z]{2})+|.*[»›↗→].*|(?:[Ss]tartseite|[Hh]ome)\p{Lu}.*|(?:\p{L}\s+){2,}\p{L})$/u;
/** A day under a month's short name ("Jul 29", "Jun12") or a clock time ("1:30h"), which DATE_OR_TIME does not read. */
const SHORT_DATE_OR_TIME = /^(?:(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)\p{L}*\.?\s*\d{1,2}|\d{1,2}[:.]\d{2}\s*(?:h|uhr)?)$/iu;

/**
 * The short line over the headline is its kicker ("Dringlicher Appell", "Nachhaltig leben") unless
 * it is something else: a date or time ("Jul 29", "8. November 2021 | Aktuelles"), a label waiting
 * for its value ("Search for:"), a picture credit ("Symbolbild / Salzgitter AG"), an address, a
 * remark in brackets, a language switch or a breadcrumb (KICKER_NOT), a line without a word.
 */
export function kickerShape(text: string): boolean {
  return /\p{L}{2}/u.test(text) && !(DATE_OR_TIME.test(text) || SHORT_DATE_OR_TIME.test(text) || /:\s*$/.test(text) || /[©@]|^\(c\)/iu.test(text) || CREDIT_INSIDE.test(text) || /^(?:symbolbild|symbolfoto|foto|fotos|bild|bilder|quelle|photo|image)\b/iu.test(text) || /^[([].*[)\]]$/u.test(text) || /\d{4,}/.test(text) || KICKER_NOT.test(text));
}

/** How far into the article region a line the slug spells may stand and still be its headline. */
const SLUG_INSIDE = 25;
/** Share of the slug a sentence must spell to be the headline all the same. */
const SPELT_SENTENCE = 0.8;
/** The longest line without a stop that is the headline for spelling every word of the slug. */
const SPELT_WHOLE_CHARS = 160;
/** Prose this long before it means the article has begun: the line is a heading of its own. */
const BEGUN_CHARS = 400;

/** A slug this long (words) that a line spells whole is the headline however deep in the region it stands. */
const SLUG_DEEP_WORDS = 4;

/**
 * The headline the slug spells inside the region, when the picker found none it spells: the region
 * began too early, with teasers or a menu above the headline. Nothing before it reads as the
 * article's text yet; or, deeper, a line that spells every word of a long slug with the text's
 * prose under it (teaser cards of prose above the headline: "Police: 2 In Custody …A party of …").
 */
export function slugHeadlineInside(blocks: readonly Block[], ctx: StripContext, region: { start: number; end: number }, picked: HeadlineChoice | null): number | null {
  // Not a slug of one word: that word alone inside the text is one of its headings as often ("BestCrypt" over its review).
  if (ctx.slug.length < 2 || (picked && slugSpelt(blocks, ctx, picked.index, blocks[picked.index]!.text) >= SLUG_SHARE)) return null;
  let prose = 0;
  let i = region.start;
  for (; i <= Math.min(region.end - 1, region.start + SLUG_INSIDE); i++) {
    const b = blocks[i]!;
    if (b.removed && !restorableForHeadline(b)) continue;
    const ht = headlineShape(blocks, ctx, b);
    if (ht !== null) {
      // A sentence is the text's, unless it is short and spells nearly all of the slug: a headline with its stop ("Laufen im Winter: Von „bäh!“ zu „yeah!“ in 12 Monaten."),
      // or, without a stop, every word of it from its first on ("El Nobel de la Paz ruso, Dmitry Muratov, advirtió que el régimen … en
      // Ucrania"; not a breadcrumb's "Sie sind hier: Aktuelles Presseinformationen" before the headline's words).
      const p = ctx.profile(b.index)!;
      const share = slugSpelt(blocks, ctx, i, ht);
      const whole = share >= 1 && p.chars <= SPELT_WHOLE_CHARS && !p.sentenceEnd && foldedStems(ht)[0] === ctx.slug[0];
      if (share >= SLUG_SHARE && (!p.prose || (share >= SPELT_SENTENCE && p.chars <= 120) || whole)) return i;
    }
    if (!b.removed && ctx.profile(b.index)!.prose) prose += b.text.length;
    if (prose > BEGUN_CHARS) break;
  }
  // From where the scan above stopped (the line there, if read, was no headline: reading it again changes nothing).
  return ctx.slug.length >= SLUG_DEEP_WORDS ? slugHeadlineDeep(blocks, ctx, i, region.end) : null;
}

/** The first line from `from` to `end` that spells every word of the slug, no sentence, with more prose than BEGUN_CHARS under it in the region. */
function slugHeadlineDeep(blocks: readonly Block[], ctx: StripContext, from: number, end: number): number | null {
  for (let i = from; i < end; i++) {
    const b = blocks[i]!;
    if (b.removed && !restorableForHeadline(b)) continue;
    const ht = headlineShape(blocks, ctx, b);
    if (ht === null || ctx.profile(b.index)!.prose || slugSpelt(blocks, ctx, i, ht) < 1) continue;
    let under = 0;
    for (let k = i + 1; k <= end && under <= BEGUN_CHARS; k++) if (!blocks[k]!.removed && ctx.profile(blocks[k]!.index)!.prose) under += blocks[k]!.text.length;
    if (under > BEGUN_CHARS) return i;
  }
  return null;
}

/**
 * The headline the slug spells far from the text, when neither the picker's line nor one inside the
 * region spells it: a headline over a long sidebar or teaser column, or one a dump keeps only in a
 * breadcrumb or a list of the site's articles. Needs a slug of three words or more, of which the line
 * holds nearly all, or one of two words the line holds whole, standing twice in a row; of those lines
 * above the text, the nearest. (One after the text means the region missed the article: see
 * slugHeadlineBelow.)
 */
export function slugHeadlineFar(blocks: readonly Block[], ctx: StripContext, region: { start: number; end: number }): number | null {
  if (ctx.slug.length < 2) return null;
  let best = -1;
  let bestShare = 0;
  for (let i = 0; i < region.start; i++) {
    const b = blocks[i]!;
    if (b.removed && !restorableForHeadline(b)) continue;
    const ht = headlineShape(blocks, ctx, b);
    if (ht === null) continue;
    const p = ctx.profile(b.index)!;
    const share = slugSpelt(blocks, ctx, i, ht);
    if (share < SPELT_SENTENCE || (p.prose && p.chars > 120)) continue;
    // A menu item spells a slug of two words as easily ("…/ferienhaus-feinen"): only a line the page shows twice in a row, a breadcrumb's last item over its headline, is the headline.
    if (ctx.slug.length < 3 && !(share === 1 && (blocks[i + 1]?.text === b.text || blocks[i - 1]?.text === b.text))) continue;
    if (share >= bestShare) {
      best = i;
      bestShare = share;
    }
  }
  return best >= 0 ? best : null;
}

/**
 * The headline the slug spells below the region the densest prose gave: that region is a menu or a
 * teaser column of prose-like items ("1.1 Warum sollen wir uns …?"), and the article stands under
 * the line. Only where no line above the region's end spells the slug; a slug of three words or more,
 * of which the line holds nearly all.
 */
export function slugHeadlineBelow(blocks: readonly Block[], ctx: StripContext, region: { start: number; end: number }): number | null {
  if (ctx.slug.length < 3) return null;
  for (let i = 0; i <= region.end; i++) if (slugSpellsAt(blocks, ctx, i, SLUG_SHARE)) return null;
  for (let i = region.end + 1; i < blocks.length; i++) if (slugSpellsAt(blocks, ctx, i, SPELT_SENTENCE)) return i;
  return null;
}

/** Whether the line at i, were it a headline, spells at least `share` of the slug. */
function slugSpellsAt(blocks: readonly Block[], ctx: StripContext, i: number, share: number): boolean {
  const b = blocks[i]!;
  if (b.removed && !restorableForHeadline(b)) return false;
  const ht = headlineShape(blocks, ctx, b);
  if (ht === null) return false;
  const p = ctx.profile(b.index)!;
  return slugSpelt(blocks, ctx, i, ht) >= share && !(p.prose && p.chars > 120);
}

export interface HeadlineChoice {
  index: number;
  score: number;
  /** The standfirst under the headline, where the picker had taken it for the headline (headlineOverStandfirst). */
  standfirst?: number;
}

export function pickHeadline(blocks: readonly Block[], ctx: StripContext, region: { start: number; end: number }): HeadlineChoice | null {
  const body = new Set<string>();
  let paragraphs = 0;
  for (let i = region.start; i <= region.end && paragraphs < 4; i++) {
    const b = blocks[i]!;
    if (b.removed || !ctx.profile(b.index)!.prose) continue;
    for (const s of stems(b.text)) body.add(s);
    paragraphs++;
  }
  const texts = blocks.map((b) => normLine(b.text));
  const copies = new Map<string, number>();
  for (const t of texts) copies.set(t, (copies.get(t) ?? 0) + 1);
  const titleParts = pageTitleParts(blocks);
  let best: HeadlineChoice | null = null;
  // The headline may open the article region itself when it reads like a sentence ("Wie pflege ich meine Zaubernuss im Winter?"),
  // or, short and with no full stop at its end, has a comma or two ("Perturbazione polare al Centro e al Sud. Il Nord, scavalcato, mantiene temperature alte").
  const first = blocks[region.start];
  const fp = first && ctx.profile(first.index);
  // The text under it, past a copy of the line itself (a page repeating its headline, as an h1 and once more for a screen reader).
  const next = first && blocks.slice(region.start + 1, region.end + 1).find((b) => !b.removed && b.role === 'unknown' && b.text !== first.text);
  if (first && fp && next && headlineShape(blocks, ctx, first) !== null && fp.chars <= 120 && fp.words >= 3 && (/[?!]["'“”«»)]?$/u.test(first.text) || ((!fp.sentenceEnd || ABBREVIATION_END.test(first.text)) && (fp.commas === 0 || (fp.commas <= 2 && fp.chars <= 100)))) && (ctx.profile(next.index)!.prose || standfirstShape(ctx, next)) && ctx.profile(next.index)!.chars > fp.chars) {
    const rest = new Set<string>();
    for (const b of blocks.slice(region.start + 1, region.end + 1).filter((x) => !x.removed && ctx.profile(x.index)!.prose).slice(0, 4)) for (const st of stems(b.text)) rest.add(st);
    const own = stems(first.text);
    const shared = own.filter((st) => rest.has(st)).length;
    best = { index: region.start, score: 1.5 * (shared / (own.length + 1)) + 0.5 * Math.min(shared, 4) + (fp.words <= 25 ? 0.5 : 0) - INSIDE_COST };
  }
  let proseBetween = 0;
  let distance = 0;
  let nearest = true;
  for (let i = region.start - 1; i >= Math.max(0, region.start - RAW_WINDOW) && distance <= WINDOW; i--) {
    const b = blocks[i]!;
    const prose = !b.removed && b.role === 'unknown' && ctx.profile(b.index)!.prose;
    // Lines still on the page, or removed only for repeating, stand between; a removed share button hardly does.
    const step = restorableForHeadline(b) ? 1 : 0.1;
    // The value of a label line ("Autor:", "Thema:") is a name or a topic, not the headline.
    // Nor is a line with a picture's credit right under it: that is the caption.
    const below = blocks[i + 1];
    const ht = headlineShape(blocks, ctx, b);
    const own = ht !== null && !(i > 0 && VALUE_LABEL.test(blocks[i - 1]!.text)) && below?.role !== 'credit' ? stems(b.text) : null;
    const shared = own ? own.filter((s) => body.has(s)).length : 0;
    if (ht === null || !own || (shared === 0 && copies.get(texts[i]!)! >= LABEL_COPIES)) {
      if (prose) proseBetween++;
      distance += step;
      continue;
    }
    const p = ctx.profile(b.index)!;
    const overlap = shared / (own.length + 1);
    const t = ht === b.text ? texts[i]! : normLine(ht);
    const menu = p.chars <= 30 && !p.sentenceEnd && [i - 2, i - 1, i + 1, i + 2].filter((j) => blocks[j] && isMenuItem(ctx, blocks[j]!)).length >= 3;
    // Echoes: the same line elsewhere, a line that contains it, or a truncated teaser of it ("Instagram arbeitet an neuer...").
    const echo = !menu && t.split(' ').length >= 3 && texts.some((o, j) => j !== i && o.length >= 12 && (o.includes(t) || (/(?:\.\.\.|…)$/.test(o) && o.length >= 20 && t.startsWith(o.replace(/\s*(?:\.\.\.|…)$/, '')))));
    const inTitle = i > 0 && titleParts.some((s) => s === t || (s.startsWith(t) && t.length >= 15));
    // The address's slug spells the headline most CMSs were given ("…/faire-lieferketten"); the more of it, the surer.
    const slug = slugSpelt(blocks, ctx, i, ht);
    let score = 1.5 * overlap + 0.5 * Math.min(shared, 4) + (echo ? 1 : 0) + (inTitle ? 3 : 0) + (slug >= SLUG_SHARE ? SLUG_BONUS * (1 + slug) : 0) + (nearest ? 0.5 : 0) - 0.15 * distance - proseBetween - (menu ? 1.5 : 0);
    if (p.words >= 3 && p.words <= 25) score += 0.5;
    if (capitalKicker(blocks, ctx, i, ht)) score -= KICKER_COST;
    if (stampUnder(blocks, ctx, i)) score += STAMP_UNDER_BONUS;
    if (/\.$/.test(ht) && !/\.\.\.$/.test(ht)) score -= 1;
    if (looksLikeName(ht) && overlap === 0) score -= 1;
    // A sentence with its commas is a lead or a teaser text; a lower-case start is a torn-off line.
    if (p.prose && !/[?!]["'“”«»]?$/u.test(ht)) score -= PROSE_COST;
    if (/^\p{Ll}/u.test(ht)) score -= 1;
    if (!best || score > best.score) best = { index: i, score };
    nearest = false;
    if (prose) proseBetween++;
    distance += step;
  }
  if (best && best.index < region.start) {
    const up = headlineOverStandfirst(blocks, ctx, best.index, body);
    if (up !== null) return { index: up, score: best.score, standfirst: best.index };
  }
  return best;
}

/** A sentence, then a picture's credit: a name and its agency after a slash ("… Hampshire. Andrew Matthews / Forum"). */
const SENTENCE_THEN_CREDIT = /[.!?]\s+\p{Lu}[^.!?/]{2,50}\/\s*[^/.!?]{2,30}$/u;
/** Words of a standfirst that does not end its sentence (the Spanish press leaves off the full stop). */
const STANDFIRST_WORDS = 12;
/** A long line of words with no full stop at its end, as a standfirst is written under some headlines. */
export function standfirstShape(ctx: StripContext, b: Block): boolean {
  const p = ctx.profile(b.index)!;
  const t = b.text.trim();
  // Not a byline or a stamp line ("by Logan C. Ritchie November 8, 2023"), nor a line of fields ("Ciclismo | Por: …"),
  // nor a caption closed by its credit ("… w Hampshire. Andrew Matthews / Forum").
  return p.words >= STANDFIRST_WORDS && !p.sentenceEnd && /\p{L}$/u.test(t) && !t.includes('|') && !DATE_OR_TIME.test(t) && !BYLINE_START.test(t) && !CREDIT_INSIDE.test(t) && !SENTENCE_THEN_CREDIT.test(t);
}

/** What a date line right under a line adds to it as the headline (stampUnder). */
const STAMP_UNDER_BONUS = 1;
/** The longest date line read under a headline. */
const STAMP_UNDER_CHARS = 120;

/**
 * A line opening with a date right under the line ("01.02.2022 Allgemein", "19. Juni 2019 16:29 Uhr"): a page stamps
 * its headline so, not the standfirst under it. (A byline may stand under the standfirst: "By Chaim Gartenberg Nov 19".)
 */
function stampUnder(blocks: readonly Block[], ctx: StripContext, i: number): boolean {
  const b = lineBelow(blocks, i);
  return !!b && !ctx.profile(b.index)!.prose && dateLine(b.text);
}

/** The next block under block i with text, past blank lines. */
function lineBelow(blocks: readonly Block[], i: number): Block | undefined {
  let j = i + 1;
  while (blocks[j] && !blocks[j]!.text.trim()) j++;
  return blocks[j];
}

/** A line that opens with a date or a time ("01.02.2022 Allgemein", "19. Juni 2019 16:29 Uhr"). */
export const dateLine = (text: string): boolean => text.length <= STAMP_UNDER_CHARS && /^\P{L}{0,20}\d/u.test(text) && DATE_OR_TIME.test(text);

/** What a kicker in capitals costs as the headline (capitalKicker). */
const KICKER_COST = 1;

/**
 * A topic's label in capitals, of three words at most, right over a line of three words or more that could be the
 * headline ("CAMBIO CLIMÁTICO" over "¿Ha llegado realmente la Antártida a los 20 grados?"): the kicker. Its words
 * are the text's as often as the headline's.
 */
function capitalKicker(blocks: readonly Block[], ctx: StripContext, i: number, ht: string): boolean {
  if (ctx.profile(blocks[i]!.index)!.words > 3 || ht !== ht.toUpperCase() || !/\p{Lu}{2}/u.test(ht)) return false;
  const below = lineBelow(blocks, i);
  if (!below) return false;
  const under = headlineShape(blocks, ctx, below);
  return under !== null && ctx.profile(below.index)!.words >= 3 && under !== under.toUpperCase();
}

/** Lines a headline may stand above the standfirst taken for it (a blank line or a removed kicker between). */
const STANDFIRST_GAP = 2;

/**
 * The headline right above a line the picker took that is a standfirst: a sentence of over 25 words or 120
 * characters that is no question, under a shorter headline-shaped line of three words or more that is no prose
 * (a question may read as one) and shares a word with the text ("¿Ha llegado realmente la Antártida a los 20
 * grados?" over "Los científicos cuestionan el reciente récord …"). The picker's cost for prose between a headline
 * and the text kept it from it.
 */
function headlineOverStandfirst(blocks: readonly Block[], ctx: StripContext, at: number, body: ReadonlySet<string>): number | null {
  const p = ctx.profile(blocks[at]!.index)!;
  if (!(p.words > 25 || p.chars > 120) || /[?!]["'“”«»]?$/u.test(blocks[at]!.text)) return null;
  for (let i = at - 1, seen = 0; i >= 0 && seen < STANDFIRST_GAP; i--) {
    const b = blocks[i]!;
    if (!b.text.trim()) continue;
    seen++;
    const ht = headlineShape(blocks, ctx, b);
    if (ht === null) continue;
    const q = ctx.profile(b.index)!;
    if ((q.prose && !/[?!]["'“”«»]?$/u.test(ht)) || q.words < 3 || q.chars >= p.chars || q.chars > 150) return null;
    return stems(ht).some((st) => body.has(st)) ? i : null;
  }
  return null;
}
