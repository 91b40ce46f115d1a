import { Temporal } from 'temporal-polyfill';
import { epochDay } from './civil-days.js';

// UTC offsets of IANA zones without Temporal objects (building them, and parsing the ISO string
// that makes them, was most of the cost of a zoned date). temporal-polyfill reads a zone's offsets
// from Intl and finds its transitions by sampling the offset at the ends of fixed periods and
// bisecting a period whose ends differ; this file takes the same steps (the same Intl format, the
// same periods, the same choice in a gap or an overlap), so it gives the answers Temporal gives.
// calendar.ts still asks Temporal for whatever lies outside what is done here.

/** The offset in seconds at an instant (epoch seconds). */
export type OffsetAt = (epochSec: number) => number;

/** temporal-polyfill's sampling periods (timeZonePeriodDaysByName): zones with close transitions. */
const PERIOD_DAYS: Readonly<Record<string, number>> = {
  El_Aaiun: 16, Tucuman: 12, Tirane: 11, Riga: 10, Simferopol: 9, Vienna: 9, Tunis: 8,
  Boa_Vista: 6, Fortaleza: 6, Maceio: 6, Noronha: 6, Recife: 6, Gaza: 6, Hebron: 6, DeNoronha: 6,
};
const DEFAULT_PERIOD_DAYS = 19;
/** Where the polyfill stops sampling Intl (clampIntlSampleEpochSec). */
const clampSample = (epochSec: number): number => Math.min(Math.max(epochSec, -1e10), 864e10);

function namedZone(normId: string): OffsetAt {
  const format = new Intl.DateTimeFormat('en-u-hc-h23', {
    calendar: 'iso8601',
    timeZone: normId.toUpperCase(),
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  /** The wall clock Intl shows at the instant, minus the instant. */
  const compute = (epochSec: number): number => {
    const p: Record<string, string> = {};
    for (const part of format.formatToParts(epochSec * 1000)) p[part.type] = part.value;
    let year = p.relatedYear !== undefined ? parseInt(p.relatedYear) : parseInt(p.year!);
    if (p.relatedYear === undefined && p.era !== undefined && /^b(?:c)?$/.test(p.era.normalize('NFD').toLowerCase().replace(/[^a-z0-9]/g, ''))) year = 1 - year;
    const wall = 86400 * epochDay({ year, month: parseInt(p.month!), day: parseInt(p.day!) }) + 3600 * parseInt(p.hour!) + 60 * parseInt(p.minute!) + parseInt(p.second!);
    return wall - epochSec;
  };
  const samples = new Map<number, number>();
  const sample = (epochSec: number): number => {
    let o = samples.get(epochSec);
    if (o === undefined) {
      if (samples.size >= 1e4) samples.clear();
      samples.set(epochSec, (o = compute(epochSec)));
    }
    return o;
  };
  /** A period's bracket around its transition, narrowed as instants in it are asked for. */
  const splits = new Map<number, [number, number]>();
  const periodSec = 86400 * (PERIOD_DAYS[normId.split('/').pop()!] ?? DEFAULT_PERIOD_DAYS);
  return (epochSec) => {
    const start = Math.floor(epochSec / periodSec) * periodSec;
    const clampedStart = clampSample(start);
    const clampedEnd = clampSample(start + periodSec);
    const startOffset = sample(clampedStart);
    const endOffset = sample(clampedEnd);
    if (startOffset === endOffset) return startOffset;
    let split = splits.get(clampedStart);
    if (!split) {
      if (splits.size >= 1e4) splits.clear();
      splits.set(clampedStart, (split = [clampedStart, clampedEnd]));
    }
    for (;;) {
      if (epochSec < split[0]) return startOffset;
      if (epochSec >= split[1]) return endOffset;
      const middle = split[0] + Math.floor((split[1] - split[0]) / 2);
      if (compute(middle) === endOffset) split[1] = middle;
      else split[0] = middle + 1;
    }
  };
}

const zones = new Map<string, OffsetAt | null>();

/**
 * The offsets of a zone id as Temporal reads them, or null for an id left to Temporal (a fixed
 * offset like "+01:00", or an id Temporal rejects, which it must go on rejecting).
 */
export function offsetsOf(zoneId: string): OffsetAt | null {
  let z = zones.get(zoneId);
  if (z === undefined) {
    let normId: string | null;
    try {
      normId = Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zoneId).timeZoneId;
    } catch {
      normId = null;
    }
    z = normId === null || /^[+-]/.test(normId) ? null : normId === 'UTC' ? () => 0 : namedZone(normId);
    zones.set(zoneId, z);
  }
  return z;
}

/** The instants whose wall clock is `zonedSec` (the polyfill's getPossibleEpochNanos): none in a gap, two in an overlap. */
function possibleInstants(offsetAt: OffsetAt, zonedSec: number): number[] {
  const before = offsetAt(zonedSec - 86400);
  const after = offsetAt(zonedSec + 86400);
  if (before === after) return [zonedSec - before];
  const narrow = offsetAt(zonedSec - before);
  if (narrow === offsetAt(zonedSec - after)) return [zonedSec - narrow];
  return before > after ? [zonedSec - before, zonedSec - after] : [];
}

/**
 * The instant of a wall-clock time with disambiguation "compatible": in an overlap the earlier
 * instant, in a gap the time pushed forward by the gap. Undefined where Temporal would throw.
 */
export function compatibleInstant(offsetAt: OffsetAt, zonedSec: number): number | undefined {
  const possible = possibleInstants(offsetAt, zonedSec);
  if (possible.length) return possible[0];
  const gap = offsetAt(zonedSec + 86400) - offsetAt(zonedSec - 86400);
  if (gap > 86400) return undefined;
  return possibleInstants(offsetAt, zonedSec + gap).at(-1);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** "+01:00", "-04:00", "+00:53:28" (seconds only when there are any), as ZonedDateTime.offset. */
export function formatOffset(offsetSec: number): string {
  const abs = Math.abs(offsetSec);
  const seconds = abs % 60;
  return `${offsetSec < 0 ? '-' : '+'}${pad2(Math.floor(abs / 3600))}:${pad2(Math.floor((abs % 3600) / 60))}${seconds ? `:${pad2(seconds)}` : ''}`;
}
