import { MONTH_WORDS_IN_DATES, MONTH_FULL_NAMES, WEEKDAYS_DE, WEEKDAYS_EN, WEEKDAYS_FR_ES, WEEKDAY_NUMBERS } from '../../lexicon/date-tokens.js';

// Named parts of the date grammar (after htmldate's YEAR_RE / MONTH_RE), as regex source strings.
// The mention rules and the stamp parser assemble their patterns from these.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

/** Not inside a word or number. */
export const START = String.raw`(?<![\p{L}\p{N}])`;
export const END = String.raw`(?![\p{L}\p{N}])`;

export const DAY = String.raw`(?<day>0?[1-9]|[12]\d|3[01])`;
/**
 * A year; a time of day glued to it is not more of its figures ("4 de mayo de 202207:59 hs", a dump of two elements), nor
 * is the day of a second date glued to it ("20 janvier 202020 janvier 2020": a theme's published and updated dates).
 */
export const YEAR = String.raw`(?<year>(?:1[89]|20)\d{2})(?:(?![\p{N}])|(?=(?:[01]\d|2[0-3]):[0-5]\d(?!\d))|(?=\d{1,2}\.?\s+\p{L}))`;
export const NUM_MONTH = String.raw`(?<month>0?[1-9]|1[0-2])`;

/** A month word: a full name, or one read only in dates, with an optional dot ("Dez.", "Sept", "августа"). */
export const MONTH = String.raw`(?<month>(?:${alternation(MONTH_FULL_NAMES)})(?![\p{L}])|(?:${alternation(MONTH_WORDS_IN_DATES)})\.?(?![\p{L}]))`;
/** Full month names only, for places where an abbreviation would be a name ("seit Jan"). */
export const MONTH_FULL = String.raw`(?<month>${alternation(MONTH_FULL_NAMES)})(?![\p{L}])`;

export const WEEKDAY_ANY = String.raw`(?<weekday>${alternation(Object.keys(WEEKDAY_NUMBERS))})`;
export const WEEKDAY_DE = String.raw`(?<weekday>${alternation(Object.keys(WEEKDAYS_DE))})`;
export const WEEKDAY_EN = String.raw`(?<weekday>${alternation(Object.keys(WEEKDAYS_EN))})`;
export const WEEKDAY_FR_ES = String.raw`(?<weekday>${alternation(Object.keys(WEEKDAYS_FR_ES))})`;

/** Prepositions that belong to a date mention ("am 7. Dezember", "vom 3. Mai", "on May 3"). */
export const DATE_PREP = String.raw`(?<prep>am|vom|seit dem|seit|bis zum|bis|zum|ab dem|ab|für den|an dem|on|since|until|by|le|du|au|el|del|desde|hasta)`;

/** An optional weekday in front of a date ("Dienstag, 7. Dezember", "Tuesday, Dec. 7"). */
export const WEEKDAY_PREFIX = String.raw`(?:${WEEKDAY_ANY},?\s+(?:(?:den|dem|der|le|el)\s+)?)?`;

/** True when the word was written with a capital (German nouns, English month and day names). */
export const capitalised = (w: string | undefined): boolean => !!w && w[0] !== w[0]!.toLowerCase();

/** Two-digit years without a clock: 00–49 are 20xx, 50–99 are 19xx. */
export const fullYear = (y: string): number => (y.length === 4 ? Number(y) : Number(y) + (Number(y) < 50 ? 2000 : 1900));
