import { instantIn, validDay, type Ymd, type Zone } from './calendar.js';
import { findMentions } from './find.js';
import { fullYear } from './grammar.js';
import { dayMonthName, isoDate, monthNameDay, monthYear, numericDate, numericDayMonth } from './mention-rules.js';
import { zoneOf, ZONE_WORDS } from './zones.js';

/** How to read stamps: the zone UTC instants are shown in, and the order of "03/05/2022" (US: month first). */
export interface ReadContext {
  zoneId: string;
  monthFirst?: boolean;
  /** The order of "03/05/2022" is the page's own or its country's, not assumed (see slashOrder). */
  slashSure?: boolean;
}

/** A date as far as a string states it: a year may be missing ("7. Dez."), a time may be present. */
export interface PartialDate {
  year?: number;
  month: number;
  day?: number;
  time?: { hour: number; minute: number; second: number; zone?: Zone };
}

const ISO = /(?<![\d])(?<year>(?:1[89]|20)\d{2})(?:-|\/)(?<month>0[1-9]|1[0-2])(?:(?:-|\/)(?<day>0[1-9]|[12]\d|3[01])(?:[T\s]+(?<hour>[01]\d|2[0-3]):(?<minute>[0-5]\d)(?::(?<second>[0-5]\d)(?:[.,]\d+)?)?\s*(?<offset>Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?)?(?![\d])/u;
const COMPACT = /^(?<year>(?:19|20)\d{2})(?<month>0[1-9]|1[0-2])(?<day>0[1-9]|[12]\d|3[01])(?:T?(?<hour>[01]\d|2[0-3])(?<minute>[0-5]\d)(?<second>[0-5]\d)?)?(?<offset>Z|[+-]\d{4})?$/;
const SLASH = /(?<![\d/])(?<a>0?[1-9]|[12]\d|3[01])\/(?<b>0?[1-9]|[12]\d|3[01])\/(?<year>(?:19|20)\d{2}|\d{2})(?![\d/])/u;
const EPOCH = /^\d{10}(?:\d{3})?$/;
/** A time right after a date in a stamp: "30.12.2021 21:40 Uhr", "06.11.2023 | 14:10", "Dec 7, 2021, 10:15 AM CET". */
const TIME_AFTER = new RegExp(
  String.raw`^\s*(?:[,|·•/–-]\s*)*(?:um|at|à|a las|-)?\s*(?<hour>[01]?\d|2[0-3])[:.](?<minute>[0-5]\d)(?::(?<second>[0-5]\d))?\s*(?<ampm>[ap]\.?\s?m\.?)?\s*(?:Uhr|h)?\s*\(?(?<zone>${ZONE_WORDS}|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?\)?(?![\p{L}\p{N}])`,
  'iu',
);
/** RFC 2822 offsets and ISO offsets without a colon ("+0100"). */
const offsetZone = (o: string): Zone => (o === 'Z' ? { kind: 'offset', offset: '+00:00' } : { kind: 'offset', offset: o.length === 5 ? `${o.slice(0, 3)}:${o.slice(3)}` : o });

const DATE_RULES = [dayMonthName, monthNameDay, numericDate, isoDate, numericDayMonth, monthYear];

function timeAfter(rest: string): PartialDate['time'] | undefined {
  const t = TIME_AFTER.exec(rest);
  if (!t?.groups) return undefined;
  let hour = Number(t.groups.hour);
  const ampm = t.groups.ampm?.toLowerCase().replace(/[.\s]/g, '');
  if (ampm === 'pm' && hour < 12) hour += 12;
  if (ampm === 'am' && hour === 12) hour = 0;
  const z = t.groups.zone;
  const zone = z ? (/^[+-]/.test(z) ? offsetZone(z) : zoneOf(z)) : undefined;
  return { hour, minute: Number(t.groups.minute), second: Number(t.groups.second ?? 0), ...(zone ? { zone } : {}) };
}

/**
 * The first date a short string states (metadata values, stamp lines, captions): ISO 8601 and its
 * relatives, RFC 2822, dotted German dates, month names in four languages, epoch seconds.
 * UTC instants are re-expressed in `zoneId`, so that the day is the one the page's readers saw.
 */
export function parseDateText(text: string, context: ReadContext | string): PartialDate | null {
  const { zoneId, monthFirst = false } = typeof context === 'string' ? { zoneId: context } : context;
  const s = text.trim();
  if (EPOCH.test(s)) {
    const at = instantIn(Number(s) * (s.length === 10 ? 1000 : 1), zoneId);
    return { ...at.date, time: { hour: at.hour, minute: at.minute, second: at.second, zone: { kind: 'iana', id: zoneId } } };
  }
  const iso = ISO.exec(s) ?? COMPACT.exec(s);
  // An ISO stamp that opens the string is read whatever follows it (nothing comes before it): no
  // need to look for worded dates (metadata values are mostly such stamps).
  const found = iso?.index === 0 ? undefined : findMentions(s, DATE_RULES).find((f) => f.reading.kind === 'date' || (f.reading.kind === 'month' && f.reading.year));
  // "03/05/2022": day first, except on US-English pages; a part above 12 decides by itself.
  const slash = SLASH.exec(s);
  if (slash?.groups && (!iso || slash.index < iso.index) && (!found || slash.index < found.start)) {
    const [a, b] = [Number(slash.groups.a), Number(slash.groups.b)];
    const [month, day] = a > 12 ? [b, a] : b > 12 ? [a, b] : monthFirst ? [a, b] : [b, a];
    const year = fullYear(slash.groups.year!);
    if (!validDay(year, month, day)) return null;
    const t = timeAfter(s.slice(slash.index + slash[0].length));
    return { year, month, day, ...(t ? { time: t } : {}) };
  }
  // Prefer whichever comes first; an ISO stamp and a worded date rarely share a string.
  if (iso?.groups && (!found || iso.index <= found.start)) {
    const g = iso.groups;
    const out: PartialDate = { year: Number(g.year), month: Number(g.month), ...(g.day ? { day: Number(g.day) } : {}) };
    // "2021-02-31" is no date: the pattern allows day 31 in any month, and Date.UTC below would roll it into March.
    if (out.day !== undefined && !validDay(out.year, out.month, out.day)) return null;
    if (g.hour) {
      const time = { hour: Number(g.hour), minute: Number(g.minute), second: Number(g.second ?? 0) };
      if (g.offset === 'Z' || g.offset === '+00:00' || g.offset === '+0000') {
        const at = instantIn(Date.UTC(out.year!, out.month - 1, out.day!, time.hour, time.minute, time.second), zoneId);
        return { ...at.date, time: { hour: at.hour, minute: at.minute, second: at.second, zone: { kind: 'iana', id: zoneId } } };
      }
      out.time = { ...time, ...(g.offset ? { zone: offsetZone(g.offset) } : {}) };
    } else if (g.day) {
      const t = timeAfter(s.slice(iso.index + iso[0].length));
      if (t) out.time = t;
    }
    return out;
  }
  if (!found) return null;
  const r = found.reading;
  if (r.kind === 'month') return { year: r.year!, month: r.month };
  if (r.kind !== 'date') return null;
  const out: PartialDate = { ...(r.year ? { year: r.year } : {}), month: r.month, day: r.day };
  const t = timeAfter(s.slice(found.end));
  if (t) {
    if (t.zone?.kind === 'offset' && t.zone.offset === '+00:00' && out.year) {
      const at = instantIn(Date.UTC(out.year, out.month - 1, out.day!, t.hour, t.minute, t.second), zoneId);
      return { ...at.date, time: { hour: at.hour, minute: at.minute, second: at.second, zone: { kind: 'iana', id: zoneId } } };
    }
    out.time = t;
  }
  return out;
}

/** The day of a partial date, when it has year, month and day. */
export const dayOf = (p: PartialDate): Ymd | undefined =>
  p.year !== undefined && p.day !== undefined && validDay(p.year, p.month, p.day) ? { year: p.year, month: p.month, day: p.day } : undefined;
