import { monthNumber, WEEKDAY_NUMBERS } from '../../lexicon/date-tokens.js';
import { validDay, type Direction } from './calendar.js';
import {
  capitalised,
  DATE_PREP,
  DAY,
  END,
  fullYear,
  MONTH,
  MONTH_FULL,
  NUM_MONTH,
  START,
  WEEKDAY_DE,
  WEEKDAY_EN,
  WEEKDAY_FR_ES,
  WEEKDAY_PREFIX,
  YEAR,
} from './grammar.js';
import type { Groups, MentionRule, Reading } from './types.js';
import { ZONE_WORDS, zoneOf } from './zones.js';

// Date mentions as data: one rule per shape of expression, each with examples that are its unit
// tests. When two rules match overlapping text, the longer match wins (then the earlier rule).

const re = (source: string) => new RegExp(source, 'giu');

// Quick tests ("quick"): each is a piece of its rule's pattern that every match contains, with the
// pattern's flags but not global, so a text that fails one cannot match. Most start at a digit,
// where a regex is fast to scan; the pattern's own start (a lookbehind, then optional words) is slow.
const quick = (source: string) => new RegExp(source, 'iu');
/** Every rule with a number in it: tested first, once per text. */
const HAS_DIGIT = /\d/;
/**
 * A month word before a number: "Dec. 7" (month-name-day), "Dezember 2021", "mayo de 2022" (month-year).
 * Written from the digit, the month word a lookbehind: a text passes exactly when one of its digits
 * has a month word (and spaces, "de") ending right before it, as with `${MONTH}\s*(?:de\s+)?\d`,
 * but the month words are tried only at digits instead of at every position.
 */
export const MONTH_BEFORE_NUMBER = quick(String.raw`\d(?<=${MONTH}\s*(?:de\s+)?\d)`);
/** A dotted day and month: numeric-date and numeric-day-month both have `${DAY}\.\s?${NUM_MONTH}\.`. */
const DOTTED_DAY_MONTH = quick(String.raw`\d\.\s?\d\d?\.`);
const weekdayOf = (w: string | undefined) => (w ? WEEKDAY_NUMBERS[w.toLowerCase()] : undefined);

function date(year: number | undefined, month: number | undefined, day: number, weekday?: string): Reading | null {
  if (!month || !validDay(year, month, day)) return null;
  const wd = weekdayOf(weekday);
  return { kind: 'date', ...(year ? { year } : {}), month, day, ...(wd ? { weekday: wd } : {}) };
}

/** Lower-case "may", "march" are English verbs, not months. */
const monthWordOk = (w: string) => !/^(?:may|march|mar)$/.test(w) || capitalised(w);

/** A year cut to two figures behind an apostrophe, as blog themes print it: "14 Feb ’20". */
const SHORT_YEAR = String.raw`['’](?<shortYear>\d{2})(?![\p{N}])`;

/** From the day's number to the month word: "7. Dez", "1er janvier", "7 de diciembre". */
const AFTER_DAY_MONTH = String.raw`(?:\.|er|º|st|nd|rd|th)?\s*(?:of\s+|de\s+)?${MONTH}`;

export const dayMonthName: MentionRule = {
  id: 'dates/day-month-name',
  description: 'A day and a month name, with or without a year ("am 7. Dezember", "7. Dez. 2021", "7 December 2021", "1er janvier", "7 de diciembre de 2021", "7 de mayo del 2022", "14 Feb ’20").',
  examples: {
    matches: ['am 7. Dezember', 'MOSKAU, 7. Dez. (Reuters)', 'am 7. Dezember 2021', 'Dienstag, 7. Dezember 2021', 'on 7 December 2021', 'le 1er janvier 2022', 'el 7 de diciembre de 2021', 'sábado 07 de mayo del 2022', 'am 3. Jänner', 'am 3. Jän. 2022', 'veröffentlicht am 14 Feb ’20'],
    keeps: ['Die 7 Zwerge', 'Seit Jan Müller kam', '10.000 Mai-Käfer', 'it may 5'],
  },
  quick: [HAS_DIGIT, quick(String.raw`\d${AFTER_DAY_MONTH}`)],
  pattern: re(String.raw`${START}(?:${DATE_PREP}\s+)?${WEEKDAY_PREFIX}(?<![\p{N}][.,])${DAY}${AFTER_DAY_MONTH}(?:,?\s*(?:del?\s+)?(?:${YEAR}|${SHORT_YEAR}))?`),
  read: (g) => (monthWordOk(g.month!) ? date(g.year ? Number(g.year) : g.shortYear ? fullYear(g.shortYear) : undefined, monthNumber(g.month!), Number(g.day), g.weekday) : null),
};

export const monthNameDay: MentionRule = {
  id: 'dates/month-name-day',
  description: 'A month name before the day, English style ("December 7, 2021", "Dec. 7", "Jun 18th 2018").',
  examples: {
    matches: ['December 7, 2021', 'on Dec. 7', 'Jun 18th 2018', 'Tuesday, December 7, 2021', 'Dezember 10, 2019', 'mayo 11, 2022'],
    keeps: ['in May 2021', 'März 2022', 'may 5 people'],
  },
  quick: [HAS_DIGIT, MONTH_BEFORE_NUMBER],
  pattern: re(String.raw`${START}(?:${DATE_PREP}\s+)?${WEEKDAY_PREFIX}${MONTH}\s+${DAY}(?:st|nd|rd|th)?(?![\p{N}.:])(?:,?\s+${YEAR})?`),
  // Lower case only with a year: Spanish and Portuguese write their months so ("mayo 11, 2022"), "may 5 people" has none.
  read: (g) => (capitalised(g.month) || g.year ? date(g.year ? Number(g.year) : undefined, monthNumber(g.month!), Number(g.day), g.weekday) : null),
};

export const numericDate: MentionRule = {
  id: 'dates/numeric-date',
  description: 'A dotted day.month.year ("30.12.2021", "am 7.12.21"); a two-digit year is 20xx below 50.',
  examples: {
    matches: ['30.12.2021', 'am 7.12.21', 'Dienstag, 07.12.2021', 'SNA, 1920, 30.12.2021'],
    keeps: ['Version 1.2.3', 'IP 10.12.20.1', '3.14', 'Linux kernel 2.6.29–5.1'],
  },
  quick: [HAS_DIGIT, DOTTED_DAY_MONTH],
  pattern: re(String.raw`${START}(?<![\p{N}.])(?:${DATE_PREP}\s+)?${WEEKDAY_PREFIX}${DAY}\.\s?${NUM_MONTH}\.\s?(?<year>(?:19|20)\d{2}|\d{2})(?![\p{N}]|\.\d)`),
  // "Kernel 2.6.29–5.1", "Version 1.10.20": version numbers, not dates.
  read: (g, _m, rest, before) =>
    /\b(?:version|release|kernel|ver|v)\.?\s*$/iu.test(before) || /^[–-]\d+\.\d|^\.\d/u.test(rest) ? null : date(fullYear(g.year!), Number(g.month), Number(g.day), g.weekday),
};

export const isoDate: MentionRule = {
  id: 'dates/iso-date',
  description: 'An ISO 8601 calendar date ("2021-12-30").',
  examples: { matches: ['2021-12-30', 'am 2021-12-07'], keeps: ['2021-13-01', '12021-12-01', 'ISBN 978-3-16'] },
  // The year's last digit, then "-MM-" and the day's first digit.
  quick: [HAS_DIGIT, /\d-[01]\d-\d/],
  pattern: re(String.raw`${START}(?<![\p{N}/-])(?:${DATE_PREP}\s+)?${YEAR}-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\d|3[01])(?![\p{N}])`),
  read: (g) => date(Number(g.year), Number(g.month), Number(g.day)),
};

export const numericDayMonth: MentionRule = {
  id: 'dates/numeric-day-month',
  description: 'A dotted day.month. without a year after a preposition ("am 7.12.", "vom 3.5. bis"); alone it could be anything.',
  examples: { matches: ['am 7.12.', 'vom 3.5. bis zum 7.5.'], keeps: ['Kapitel 7.12. lesen', 'am 7.12.2021 und'] },
  quick: [HAS_DIGIT, DOTTED_DAY_MONTH],
  pattern: re(String.raw`${START}(?<prep>am|vom|bis zum|zum|ab dem|seit dem|bis|ab|seit)\s+${DAY}\.\s?${NUM_MONTH}\.(?!\s?\d)`),
  read: (g) => date(undefined, Number(g.month), Number(g.day)),
};

export const monthYear: MentionRule = {
  id: 'dates/month-year',
  description: 'A month name with a year ("im Dezember 2021", "December 2021", "Dez. 2021"): month precision.',
  examples: { matches: ['im Dezember 2021', 'December 2021', 'Anfang Januar 2022', 'en décembre 2021'], keeps: ['Dezember', '2021'] },
  quick: [HAS_DIGIT, MONTH_BEFORE_NUMBER],
  pattern: re(String.raw`${START}(?:(?<cue>Anfang|Mitte|Ende|Beginn|im|in|seit|bis|ab|early|mid-|late|en|de)\s+)?${MONTH}\s?(?:de\s+)?${YEAR}`),
  read: (g) => {
    const month = monthNumber(g.month!);
    return month && monthWordOk(g.month!) ? { kind: 'month', year: Number(g.year), month } : null;
  },
};

export const monthName: MentionRule = {
  id: 'dates/month-name',
  description: 'A full month name after a cue, without a year ("im Mai", "Ende Januar", "in March", "en mars"); the year comes from the publication date.',
  examples: { matches: ['im Mai', 'Ende Januar', 'in March', 'seit Oktober'], keeps: ['Mai', 'seit Jan Müller', 'it may rain', 'im Mai 2022'] },
  // The cue's `\s+` is before the month.
  quick: [quick(String.raw`\s${MONTH_FULL}`)],
  pattern: re(String.raw`${START}(?<cue>Anfang|Mitte|Ende|Beginn|im|seit|bis|ab|in|early|mid-|late|en)\s+${MONTH_FULL}(?!\s*(?:de\s+)?\p{N})`),
  read: (g) => {
    const month = monthNumber(g.month!);
    return month && monthWordOk(g.month!) && (g.cue !== 'in' || capitalised(g.month)) ? { kind: 'month', month } : null;
  },
};

/** Cues that make a bare four-digit number a year; the weak ones only before a small word. */
const STRONG_YEAR_CUE = String.raw`Anfang|Mitte|Ende|Beginn|Frühjahr|Frühling|Sommer|Herbst|Winter|im Jahr|im Jahre|Jahresende|early|mid-|late|début|fin|principios de|finales de`;
const WEAK_YEAR_CUE = String.raw`in|seit|bis|ab|since|until|by|en|desde|hasta`;
const UNIT = String.raw`(?:%|€|\$|km|m|kg|t|mal|ha|mio|mrd|euro|dollar|franken|meter|menschen|leute|people|stück|jahre|years)`;
/** After "bis 2000": a unit or a (German, capitalised) noun makes the number a quantity. Case-sensitive on purpose. */
const QUANTITY_AFTER = new RegExp(String.raw`^\s*(?:${UNIT}${END}|\p{Lu})`, 'u');

export const yearWithCue: MentionRule = {
  id: 'dates/year-with-cue',
  description: 'A year with a cue that makes the number a date ("Anfang 2022", "im Jahr 2020", "Ende 2021", "in 2022"): year precision. After a weak cue ("bis", "in", "seit") a unit or a noun makes it a quantity.',
  examples: {
    matches: ['Invasion Anfang 2022 getroffen', 'im Jahr 2020', 'Ende 2021', 'since 2014 the', 'seit 2014 hat'],
    keeps: ['bis 2000 Euro', 'in 2000 Metern Höhe', 'um 2022', '120 000 Soldaten', 'seit 2014 Menschen', 'Ende 2021-22', 'by the late 2000s', 'Anfang der 2000er'],
  },
  // The cue's `\s+`, then the year.
  quick: [HAS_DIGIT, /\s(?:1[89]|20)\d\d/],
  pattern: re(String.raw`${START}(?:(?<strong>${STRONG_YEAR_CUE})|(?<weak>${WEAK_YEAR_CUE}))\s+${YEAR}(?![.,]?\d)(?!\s*[-–/]\s*\d)`),
  read: (g, _m, rest) => {
    // "the late 2000s", "die 2000er": a decade, not a year.
    if (/^(?:s|er|’s|'s)(?![\p{L}])/u.test(rest)) return null;
    if (g.weak && QUANTITY_AFTER.test(rest)) return null;
    return { kind: 'year', year: Number(g.year) };
  },
};

function direction(word: string | undefined): Direction {
  if (!word) return 'back';
  const w = word.toLowerCase();
  if (/^(?:kommenden|nächsten|morgigen|ab|next|prochain|próximo|proximo)$/.test(w)) return 'strict-forward';
  if (/^(?:vergangenen|letzten|vorigen|gestrigen|last|dernier|pasado)$/.test(w)) return 'strict-back';
  return 'back';
}

/**
 * A weekday that names one day, not a habit ("jeden Freitag"), a range ("Dienstag – Freitag", opening
 * hours), a named day ("Black Friday", "Welt am Sonntag") or, alone after a capitalised word, a
 * surname ("Jennifer Montag").
 */
function aDayNotAName(match: string, rest: string, before: string, bare: boolean): boolean {
  if (/(?:\b(?:jeden|jede|jedem|immer|every|each|bis|to|until)|[–—-])\s*$/iu.test(before)) return false;
  if (/^\s*(?:[–—-]|bis\b|to\b)/iu.test(rest)) return false;
  if (/\b(?:Black|Cyber|Super|Good|Holy|Giving)\s+$/u.test(before)) return false;
  if (/^am\s/iu.test(match) && /\b(?:Welt|Bild|BZ|NZZ|Blick|Zeitung|Kurier|Krone|Tagesspiegel)\s+$/u.test(before)) return false;
  // "Jennifer Montag": a bare weekday right after a capitalised word that does not start a sentence.
  if (bare && /\p{Lu}[\p{L}-]*\s+$/u.test(before) && !/(?:^|[.!?:;„“"«»(]\s*)\p{Lu}[\p{L}-]*\s+$/u.test(before)) return false;
  return true;
}

const GERMAN_WEEKDAY_WORD = /tag|mittwoch|sonnabend/iu;
const ENGLISH_WEEKDAY_WORD = /day/iu;
const FRENCH_SPANISH_WEEKDAY_WORD = /di\b|dimanche|lunes|martes|rcoles|jueves|viernes|bado|domingo/iu;
const RELATIVE_DAY_WORD = /gestern|yesterday|ayer|heute|tonight/iu;
/** Any of the four words above: most texts have none and skip the four tests. */
const DAY_WORD = new RegExp([GERMAN_WEEKDAY_WORD, ENGLISH_WEEKDAY_WORD, FRENCH_SPANISH_WEEKDAY_WORD, RELATIVE_DAY_WORD].map((r) => r.source).join('|'), 'iu');

export const germanWeekday: MentionRule = {
  id: 'dates/german-weekday',
  description: 'A German weekday, alone or as part of the day ("am Dienstag", "am späten Donnerstagabend", "vergangenen Freitag"): resolved backwards from the publication date, forwards after "kommenden"/"nächsten".',
  examples: {
    matches: ['am Dienstag', 'am späten Donnerstagabend', 'Der Kreml teilte Dienstag mit', 'vergangenen Freitag', 'am kommenden Montag', 'Sonnabend früh'],
    keeps: ['dienstags geschlossen', 'Aschermittwoch', 'Freitagsgebet', 'der Karfreitag', 'jeden Freitag', 'Dienstag – Freitag 10 – 18 Uhr', 'Dritte wurde Jennifer Montag (Leverkusen)', 'Welt am Sonntag'],
  },
  quick: [DAY_WORD, GERMAN_WEEKDAY_WORD],
  pattern: re(
    String.raw`${START}(?:(?<prep>am|an diesem|an jenem|vom|seit|ab)\s+)?(?:(?<adj>späten|frühen|kommenden|nächsten|vergangenen|letzten|vorigen|heutigen|gestrigen|morgigen)\s+)?${WEEKDAY_DE}(?<part>abend|morgen|mittag|nachmittag|vormittag|nacht)?(?:\s+früh)?${END}`,
  ),
  read: (g, m, rest, before) => {
    const weekday = weekdayOf(g.weekday);
    if (!weekday || !capitalised(g.weekday) || !aDayNotAName(m, rest, before, !g.prep && !g.adj && !g.part)) return null;
    return { kind: 'weekday', weekday, direction: direction(g.adj ?? (g.prep === 'ab' ? 'ab' : undefined)) };
  },
};

export const englishWeekday: MentionRule = {
  id: 'dates/english-weekday',
  description: 'An English weekday ("on Tuesday", "late Thursday night", "last Friday", "next Monday").',
  examples: { matches: ['on Tuesday', 'last Friday', 'late Thursday night', 'next Monday'], keeps: ['Fridays for Future', 'Black Friday', 'Cyber Monday deals'] },
  quick: [DAY_WORD, ENGLISH_WEEKDAY_WORD],
  pattern: re(String.raw`${START}(?:(?<prep>on|last|next|this|since|by|until|late|early)\s+)?${WEEKDAY_EN}(?:\s+(?<part>morning|afternoon|evening|night))?${END}`),
  read: (g, m, rest, before) => {
    const weekday = weekdayOf(g.weekday);
    if (!weekday || !capitalised(g.weekday) || !aDayNotAName(m, rest, before, !g.prep && !g.part)) return null;
    return { kind: 'weekday', weekday, direction: direction(g.prep) };
  },
};

export const frenchSpanishWeekday: MentionRule = {
  id: 'dates/french-spanish-weekday',
  description: 'A French or Spanish weekday ("mardi", "le jeudi dernier", "el martes", "el próximo lunes").',
  examples: { matches: ['mardi soir', 'le jeudi dernier', 'el martes', 'el próximo lunes'], keeps: ['Martesa', 'lundis'] },
  quick: [DAY_WORD, FRENCH_SPANISH_WEEKDAY_WORD],
  pattern: re(String.raw`${START}(?:(?<prep>le|ce|el|este|depuis|desde)\s+)?(?:(?<pre>próximo|proximo|pasado)\s+)?${WEEKDAY_FR_ES}(?:\s+(?<adj>dernier|prochain|pasado|próximo|proximo))?${END}`),
  read: (g) => {
    const weekday = weekdayOf(g.weekday);
    return weekday ? { kind: 'weekday', weekday, direction: direction(g.adj ?? g.pre) } : null;
  },
};

const RELATIVE_DAYS: Readonly<Record<string, number>> = { vorgestern: -2, gestern: -1, yesterday: -1, anteayer: -2, ayer: -1, heute: 0, today: 0, tonight: 0 };

export const relativeDay: MentionRule = {
  id: 'dates/relative-day',
  description: 'Yesterday and the day before ("gestern", "vorgestern", "yesterday", "ayer"); "heute" only with a part of the day ("heute Abend"), since alone it often means "nowadays".',
  examples: { matches: ['gestern', 'vorgestern Abend', 'yesterday', 'heute Abend', 'heute früh', 'seit gestern'], keeps: ['heute ist Russland', 'die Welt von gestrigen Tagen', 'die Wirtschaft von gestern'] },
  quick: [DAY_WORD, RELATIVE_DAY_WORD],
  pattern: re(String.raw`${START}(?:(?<word>vorgestern|gestern|yesterday|anteayer|ayer|tonight)|(?<today>heute)(?=\s+(?:abend|morgen|früh|nachmittag|vormittag|mittag|nacht)${END}))${END}`),
  // "die Wirtschaft von gestern", "news of yesterday": the past in general, not a day.
  read: (g, _m, _rest, before) => (/\b(?:von|of|de)\s+$/iu.test(before) ? null : { kind: 'relative', days: RELATIVE_DAYS[(g.word ?? g.today)!.toLowerCase()] ?? 0 }),
};

const HOUR = String.raw`(?<hour>[01]?\d|2[0-3])`;
const MINUTE = String.raw`(?<minute>[0-5]\d)`;
const TIME_PREP = String.raw`(?<prep>um|gegen|ab|bis|seit|kurz nach|kurz vor|at|around|by|vers|à|a las)`;
/** What follows the hour or the minutes (both end in a digit): the zone, or "Uhr" / am/pm. */
const ZONE_AFTER_TIME = String.raw`\s*(?:(?<unit>Uhr|h)|(?<ampm>[ap]\.\s?m\.|[ap]m))?\s*\(?(?<zone>${ZONE_WORDS})\)?${END}`;
const UNIT_AFTER_TIME = String.raw`\s*(?:Uhr|(?<ampm>[ap]\.\s?m\.|[ap]m))${END}`;

function time(g: Groups): Reading | null {
  let hour = Number(g.hour);
  const minute = g.minute ? Number(g.minute) : 0;
  const ampm = g.ampm?.toLowerCase().replace(/[.\s]/g, '');
  // "3 am Ende" is German: a bare lower-case am/pm counts only after minutes ("9:30 am").
  if (g.ampm && !g.minute && !g.ampm.includes('.') && g.ampm !== g.ampm.toUpperCase()) return null;
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (ampm === 'pm' ? 12 : 0);
  }
  if (g.zone) {
    const zone = zoneOf(g.zone);
    return zone ? { kind: 'time', hour, minute, zone } : null;
  }
  return { kind: 'time', hour, minute };
}

export const timeWithZone: MentionRule = {
  id: 'dates/time-with-zone',
  description: 'A time of day with its zone ("gegen 21.35 Uhr MEZ", "14:00 UTC", "18 Uhr deutscher Zeit", "9 a.m. ET", "Ortszeit" = no offset).',
  examples: {
    matches: ['gegen 21.35 Uhr MEZ', '14:00 UTC', 'um 18 Uhr deutscher Zeit', '9 a.m. ET', '20 Uhr Ortszeit', 'um 12.30 Uhr (MESZ)'],
    keeps: ['2 et 3', 'um 21.35 Uhr', '12 MEZ-Tarife'],
  },
  quick: [HAS_DIGIT, quick(String.raw`\d${ZONE_AFTER_TIME}`)],
  pattern: re(String.raw`${START}(?:${TIME_PREP}\s+)?${HOUR}(?:[.:]${MINUTE})?${ZONE_AFTER_TIME}`),
  // A bare number before a zone word ("12 MEZ-Tarife") is no time: minutes, "Uhr" or am/pm needed.
  read: (g) => (g.minute || g.unit || g.ampm ? time(g) : null),
};

export const timeOfDay: MentionRule = {
  id: 'dates/time-of-day',
  description: "A time of day without a zone (\"um 14 Uhr\", \"gegen 21.35 Uhr\", \"9:30 a.m.\"): in the page's default zone for German pages.",
  examples: { matches: ['um 14 Uhr', 'gegen 21.35 Uhr', 'at 9:30 a.m.', '7 PM'], keeps: ['3 am Ende', '14 Uhrmacher', 'Nummer 14', 'geöffnet 10 – 18 Uhr'] },
  quick: [HAS_DIGIT, quick(String.raw`\d${UNIT_AFTER_TIME}`)],
  pattern: re(String.raw`${START}(?:${TIME_PREP}\s+)?${HOUR}(?:[.:]${MINUTE})?${UNIT_AFTER_TIME}`),
  // "10 – 18 Uhr", "9:00-17:00 Uhr": opening hours, not a moment.
  read: (g, _m, _rest, before) => (/\d\s*(?:Uhr\s*)?[–—-]\s*$/u.test(before) ? null : time(g)),
};

/** All mention rules, in priority order for matches of equal length. */
export const MENTION_RULES: readonly MentionRule[] = [
  dayMonthName,
  monthNameDay,
  numericDate,
  isoDate,
  numericDayMonth,
  monthYear,
  monthName,
  yearWithCue,
  germanWeekday,
  englishWeekday,
  frenchSpanishWeekday,
  relativeDay,
  timeWithZone,
  timeOfDay,
];
