import { describe, expect, it } from 'vitest';
import { dateInUrl, normalizeDate } from '../src/stages/blocks/html/dates.js';

describe('HTML metadata dates', () => {
  it('keeps the time and zone of RFC 2822 dates (the zone decides the day)', () => {
    expect(normalizeDate('Wed, 04 May 2022 02:41:00 GMT')).toBe('2022-05-04T02:41:00Z');
    expect(normalizeDate('Thu, 30 Dec 2021 21:35:00 +0100')).toBe('2021-12-30T21:35:00+01:00');
  });
  it('keeps ISO timestamps as written and written-out dates as days', () => {
    expect(normalizeDate('2019-10-16T23:30:00-04:00')).toBe('2019-10-16T23:30:00-04:00');
    expect(normalizeDate('16. Oktober 2019')).toBe('2019-10-16');
  });
  it('reads a day in a URL path', () => {
    expect(dateInUrl('https://x.de/2019/10/16/titel')).toBe('2019-10-16');
    expect(dateInUrl('https://x.de/artikel-2021123')).toBeNull();
  });
});
