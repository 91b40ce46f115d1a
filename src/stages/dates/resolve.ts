import type { Precision } from '../../core/doc.js';
import { addDays, isoDay, isoMonth, isoMonthDay, nearestMonthYear, nearestYear, pad, weekdayNear, zonedIso, type Ymd, type Zone } from './calendar.js';
import type { Reading } from './types.js';

/** What a mention is resolved against. Nothing here comes from the machine's clock. */
export interface Anchors {
  /** A day-precision publication date: weekdays, "gestern" and bare times resolve from it. */
  day?: Ymd;
  /** Where a missing year comes from: the publication date (or its month), else the fetch date. */
  year?: { year: number; month?: number; day?: number };
  /** Zone of times without one; `local` leaves the offset out. */
  zone: Zone;
}

export interface Resolved {
  value: string;
  precision: Precision;
  inferred: boolean;
  /** The day the mention names, when it names one with a year (context for a following time). */
  day?: Ymd;
}

/** A reading made absolute: ISO 8601 at its precision, or null when the evidence is missing. */
export function resolveReading(r: Reading, anchors: Anchors, contextDay?: Ymd): Resolved | null {
  switch (r.kind) {
    case 'date': {
      if (r.year !== undefined) {
        const day = { year: r.year, month: r.month, day: r.day };
        return { value: isoDay(day), precision: 'day', inferred: false, day };
      }
      const y = anchors.year;
      if (!y) return { value: isoMonthDay(r.month, r.day), precision: 'day', inferred: false };
      const day = nearestYear(r.month, r.day, { year: y.year, month: y.month ?? 7, day: y.day ?? (y.month ? 15 : 1) });
      return day ? { value: isoDay(day), precision: 'day', inferred: true, day } : null;
    }
    case 'month': {
      if (r.year !== undefined) return { value: isoMonth(r.year, r.month), precision: 'month', inferred: false };
      const y = anchors.year;
      if (!y) return { value: `--${pad(r.month)}`, precision: 'month', inferred: false };
      const year = y.month ? nearestMonthYear(r.month, { year: y.year, month: y.month }) : y.year;
      return { value: isoMonth(year, r.month), precision: 'month', inferred: true };
    }
    case 'year':
      return { value: pad(r.year, 4), precision: 'year', inferred: false };
    case 'weekday': {
      if (!anchors.day) return null;
      const day = weekdayNear(anchors.day, r.weekday, r.direction);
      return { value: isoDay(day), precision: 'day', inferred: true, day };
    }
    case 'relative': {
      if (!anchors.day) return null;
      const day = addDays(anchors.day, r.days);
      return { value: isoDay(day), precision: 'day', inferred: true, day };
    }
    case 'time': {
      const day = contextDay ?? anchors.day;
      if (!day) return null;
      return { value: zonedIso(day, r.hour, r.minute, 0, r.zone ?? anchors.zone), precision: 'minute', inferred: true };
    }
  }
}
