/**
 * Dates as pages write them in metadata, URLs and bylines, to ISO 8601 (`2019-10-16`, or with
 * the time as written). The local calendar day is kept: `2019-10-16T23:30-04:00` stays the 16th.
 */

const MONTHS: Record<string, number> = {};
const addMonths = (names: string) => names.split(' ').forEach((n, i) => n.split('|').forEach((x) => (MONTHS[x] = i + 1)));
addMonths('januar|jan|jänner|january|janvier|enero|gennaio|stycznia|styczeń februar|feb|february|février|fevrier|febrero|febbraio|lutego|luty märz|mär|maerz|mrz|march|mar|mars|marzo|marca|marzec april|apr|avril|abril|aprile|kwietnia|kwiecień mai|may|maj|mayo|maggio|maja juni|jun|june|juin|junio|giugno|czerwca|czerwiec juli|jul|july|juillet|julio|luglio|lipca|lipiec august|aug|août|aout|agosto|sierpnia|sierpień september|sep|sept|septembre|septiembre|settembre|września|wrzesień oktober|okt|october|oct|octobre|octubre|ottobre|października|październik november|nov|novembre|noviembre|listopada|listopad dezember|dez|december|dec|décembre|decembre|diciembre|dicembre|grudnia|grudzień');
const MONTH_RE = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

const pad = (n: number) => String(n).padStart(2, '0');
const valid = (y: number, m: number, d: number): boolean => y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
const ymd = (y: number, m: number, d: number): string | null => (valid(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null);

const ISO = /^\s*((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const COMPACT = /^\s*((?:19|20)\d{2})(\d{2})(\d{2})(?:T?(\d{2})(\d{2}))?/;
const SLASHED = /((?:19|20)\d{2})[/.](\d{1,2})[/.](\d{1,2})/;
const DMY = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})\b/;
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})\.?\s*(?:de\s+)?(${MONTH_RE})\.?,?\s*(?:de\s+)?((?:19|20)\d{2})\b`, 'iu');
const MONTH_DAY_YEAR = new RegExp(String.raw`\b(${MONTH_RE})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b`, 'iu');

/** RFC 2822 as feeds and some JSON-LD write it: "Wed, 04 May 2022 02:41:00 GMT", "4 May 2022 02:41 +0200". */
const RFC2822 = new RegExp(String.raw`^\s*(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+(${MONTH_RE})\.?\s+((?:19|20)\d{2})\s+(\d{2}:\d{2}(?::\d{2})?)\s*(GMT|UTC|UT|Z|[+-]\d{2}:?\d{2})\b`, 'iu');
const month = (s: string): number => MONTHS[s.toLowerCase()] ?? 0;

/** A metadata date value to ISO, or null. Machine formats first, then written-out dates. */
export function normalizeDate(raw: string): string | null {
  const s = raw.trim();
  let m = ISO.exec(s);
  if (m) {
    const day = ymd(+m[1]!, +m[2]!, +m[3]!);
    if (!day) return null;
    return m[4] ? `${day}T${m[4]}${m[5] ? (m[5] === 'Z' ? 'Z' : m[5].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : ''}` : day;
  }
  m = COMPACT.exec(s);
  if (m && /^\s*\d{8}(?:\D|$)/.test(s)) return ymd(+m[1]!, +m[2]!, +m[3]!);
  m = RFC2822.exec(s);
  if (m) {
    // "Wed, 04 May 2022 02:41:00 GMT": the time and its zone decide the publisher's day, keep them.
    const day = ymd(+m[3]!, month(m[2]!), +m[1]!);
    const zone = /^(?:GMT|UTC|UT|Z)$/i.test(m[5]!) ? 'Z' : m[5]!.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    return day ? `${day}T${m[4]}${zone}` : null;
  }
  return dateInText(s);
}

/** The first written date in a line of text (`16.10.2019`, `16. Oktober 2019`, `Oct 16, 2019`). */
export function dateInText(s: string): string | null {
  let m = SLASHED.exec(s);
  if (m) {
    const d = ymd(+m[1]!, +m[2]!, +m[3]!);
    if (d) return d;
  }
  m = DMY.exec(s);
  if (m) {
    const d = ymd(+m[3]!, +m[2]!, +m[1]!);
    if (d) return d;
  }
  m = DAY_MONTH_YEAR.exec(s);
  if (m) {
    const d = ymd(+m[3]!, month(m[2]!), +m[1]!);
    if (d) return d;
  }
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return ymd(+m[3]!, month(m[1]!), +m[2]!);
  return null;
}

const URL_DATE = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/_-]|$)/;
const URL_COMPACT = /[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/;

/** A day in a URL path (`/2019/10/16/`, `/2019-10-16-`, `/20191016/`), or null. */
export function dateInUrl(url: string): string | null {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const m = URL_DATE.exec(path) ?? URL_COMPACT.exec(path);
  return m ? ymd(+m[1]!, +m[2]!, +m[3]!) : null;
}
