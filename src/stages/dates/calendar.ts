import { Temporal } from 'temporal-polyfill';
import { dayFromEpoch, epochDay, type Ymd } from './civil-days.js';
import { compatibleInstant, formatOffset, offsetsOf } from './zone-offsets.js';

// Calendar arithmetic for the dates stage. Nothing here reads the machine's clock: every year,
// weekday and offset comes from the arguments.

export type { Ymd };

/** Where a time of day is: an IANA zone (DST applies), a fixed offset (MEZ, UTC), or unknown ("Ortszeit"). */
export type Zone = { kind: 'iana'; id: string } | { kind: 'offset'; offset: string } | { kind: 'local' };

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const isoDay = (d: Ymd): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
export const isoMonth = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`;
/** ISO 8601 day and month without a year (`--12-07`). */
export const isoMonthDay = (month: number, day: number): string => `--${pad(month)}-${pad(day)}`;

// The ISO calendar is the proleptic Gregorian one: for years 1–9999 plain arithmetic gives what
// Temporal gives, without its objects. Anything else (an invalid day, another year) still goes
// through Temporal, so that it fails or overflows exactly as before.

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const arithmeticYear = (y: number): boolean => Number.isInteger(y) && y >= 1 && y <= 9999;
const daysInMonth = (y: number, m: number): number => (m === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[m - 1]!);

/** True when the day exists; without a year, 29 February is allowed. */
export function validDay(year: number | undefined, month: number, day: number): boolean {
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) return false;
  const y = year ?? 2000;
  if (arithmeticYear(y)) return day <= daysInMonth(y, month);
  return day <= Temporal.PlainYearMonth.from({ year: y, month }).daysInMonth;
}

const plain = (d: Ymd): Temporal.PlainDate => Temporal.PlainDate.from(d, { overflow: 'reject' });
const ymd = (p: Temporal.PlainDate): Ymd => ({ year: p.year, month: p.month, day: p.day });
/** A day the arithmetic below handles: a real day of a year 1–9999. */
const arithmeticDay = (d: Ymd): boolean => arithmeticYear(d.year) && validDay(d.year, d.month, d.day);

/** ISO weekday: 1 Monday … 7 Sunday (1970-01-01 was a Thursday). */
export const weekdayOf = (d: Ymd): number => (arithmeticDay(d) ? ((((epochDay(d) + 3) % 7) + 7) % 7) + 1 : plain(d).dayOfWeek);

export function addDays(d: Ymd, days: number): Ymd {
  if (arithmeticDay(d) && Number.isInteger(days)) {
    const out = dayFromEpoch(epochDay(d) + days);
    if (arithmeticYear(out.year)) return out;
  }
  return ymd(plain(d).add({ days }));
}

export const daysBetween = (a: Ymd, b: Ymd): number =>
  arithmeticDay(a) && arithmeticDay(b) ? epochDay(b) - epochDay(a) : plain(a).until(plain(b), { largestUnit: 'days' }).days;

export type Direction = 'back' | 'strict-back' | 'strict-forward';

/**
 * The day named by a weekday relative to an anchor: `back` is the anchor itself or the last such
 * day before it (news report the past: "am Dienstag" in Wednesday's paper is yesterday),
 * `strict-back` skips the anchor ("vergangenen Dienstag"), `strict-forward` is the next one after.
 */
export function weekdayNear(anchor: Ymd, weekday: number, direction: Direction): Ymd {
  const a = weekdayOf(anchor);
  if (direction === 'strict-forward') return addDays(anchor, (weekday - a + 7) % 7 || 7);
  const back = (a - weekday + 7) % 7;
  return addDays(anchor, -(back === 0 && direction === 'strict-back' ? 7 : back));
}

/**
 * The year for a day and month without one: the occurrence nearest the anchor, so that "am 10.
 * Januar" in an article of 30 December is the coming January and "am 7. Dezember" the past one.
 */
export function nearestYear(month: number, day: number, anchor: Ymd): Ymd | null {
  let best: Ymd | null = null;
  let bestDistance = Infinity;
  for (const year of [anchor.year - 1, anchor.year, anchor.year + 1]) {
    if (!validDay(year, month, day)) continue;
    const d = { year, month, day };
    const distance = Math.abs(daysBetween(anchor, d));
    if (distance < bestDistance) [best, bestDistance] = [d, distance];
  }
  return best;
}

/** The year for a month without one: the occurrence nearest the anchor's month. */
export function nearestMonthYear(month: number, anchor: { year: number; month: number }): number {
  const diff = month - anchor.month;
  return diff > 6 ? anchor.year - 1 : diff < -6 ? anchor.year + 1 : anchor.year;
}

/** The latest occurrence of a day and month on or before a limit (a publication precedes its fetch). */
export function latestOnOrBefore(month: number, day: number, limit: Ymd): Ymd | null {
  for (const year of [limit.year, limit.year - 1, limit.year - 2, limit.year - 3, limit.year - 4]) {
    if (validDay(year, month, day) && daysBetween({ year, month, day }, limit) >= 0) return { year, month, day };
  }
  return null;
}

/** Instants (epoch ms) that zone offsets are read for without Temporal: about the years 1590–2350. */
const FAST_MS = 1.2e13;
const FAST_YEARS = { min: 1700, max: 2300 };

/** The day and time of a wall clock given as milliseconds since 1970-01-01T00:00 on that clock. */
function wallClock(ms: number): { date: Ymd; hour: number; minute: number; second: number } {
  const days = Math.floor(ms / 86400000);
  const rest = ms - days * 86400000;
  return { date: dayFromEpoch(days), hour: Math.floor(rest / 3600000), minute: Math.floor((rest % 3600000) / 60000), second: Math.floor((rest % 60000) / 1000) };
}

/** `2021-12-30T21:35:00+01:00`: a wall-clock time on a day, with the zone's offset on that day. */
export function zonedIso(d: Ymd, hour: number, minute: number, second: number, zone: Zone): string {
  const local = `${isoDay(d)}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
  if (zone.kind === 'local') return local;
  if (zone.kind === 'offset') return local + zone.offset;
  const fast = arithmeticDay(d) && d.year >= FAST_YEARS.min && d.year <= FAST_YEARS.max && [hour, minute, second].every(Number.isInteger) && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
  const offsetAt = fast ? offsetsOf(zone.id) : null;
  if (offsetAt) {
    const at = compatibleInstant(offsetAt, 86400 * epochDay(d) + 3600 * hour + 60 * minute + second);
    if (at !== undefined && Math.abs(at * 1000) <= FAST_MS) {
      const offset = offsetAt(at);
      const w = wallClock((at + offset) * 1000);
      return `${isoDay(w.date)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${formatOffset(offset)}`;
    }
  }
  const zdt = Temporal.PlainDateTime.from(local).toZonedDateTime(zone.id, { disambiguation: 'compatible' });
  return `${isoDay(ymd(zdt.toPlainDate()))}T${pad(zdt.hour)}:${pad(zdt.minute)}:${pad(zdt.second)}${zdt.offset}`;
}

/** An instant (epoch milliseconds, or an ISO string with an offset) as wall-clock time in a zone. */
export function instantIn(epochMs: number, zoneId: string): { date: Ymd; hour: number; minute: number; second: number } {
  const offsetAt = Number.isInteger(epochMs) && Math.abs(epochMs) <= FAST_MS ? offsetsOf(zoneId) : null;
  if (offsetAt) return wallClock(epochMs + 1000 * offsetAt(Math.floor(epochMs / 1000)));
  const z = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zoneId);
  return { date: { year: z.year, month: z.month, day: z.day }, hour: z.hour, minute: z.minute, second: z.second };
}

/** True when the IANA zone id is known to this runtime's Intl data. */
export function isTimeZone(id: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: id });
    return true;
  } catch {
    return false;
  }
}
