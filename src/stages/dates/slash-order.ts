import type { Doc } from '../../core/doc.js';

/** A numeric date with slashes whose order cannot be told from it alone unless one part is above 12. */
const SLASH_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(?:(?:19|20)\d{2}|\d{2})(?![\d/])/g;

/**
 * English-speaking countries that write the day first ("12/04/2020" is 12 April): by the address's country domain
 * or the page's declared language region ("en-GB"). The United States, Canada and the Philippines write the month first
 * or either way; a .com says nothing.
 */
const DAY_FIRST_COUNTRIES = new Set(['uk', 'gb', 'ie', 'au', 'nz', 'in', 'za', 'ng', 'gh', 'ke', 'sg', 'pk', 'my', 'jm', 'tt']);

export interface SlashOrder {
  /** "03/05/2022" is 5 March. */
  monthFirst: boolean;
  /** The order is known (the page or its country says it), not just assumed from the language. */
  sure: boolean;
}

/**
 * How the page orders "03/05/2022": as its own slash dates do where a part above 12 settles it ("25/03/2020" on the
 * page makes every such date day-first; "03/25/2020" month-first; both or neither settle nothing), else as the
 * address's country or the declared language region writes dates, else day first on pages in other languages than
 * English, else month first on English pages (an assumption).
 */
export function slashOrder(doc: Doc): SlashOrder {
  const count = { dayFirst: 0, monthFirst: 0 };
  for (const b of doc.blocks) if (b.text.includes('/')) countSlashDates(b.text, count);
  const { dayFirst, monthFirst } = count;
  if (dayFirst > 0 !== monthFirst > 0) return { monthFirst: monthFirst > 0, sure: true };
  if (dayFirstCountry(doc)) return { monthFirst: false, sure: true };
  // Outside English the day comes first (German, French, Spanish, Portuguese, …; East Asian dates open with the year).
  const lang = doc.language?.code;
  if (lang && lang !== 'en' && lang !== 'und') return { monthFirst: false, sure: true };
  return { monthFirst: lang === 'en', sure: false };
}

/** Counts the slash dates of a text a part above 12 settles, by their order (an exec loop: matchAll and destructuring made V8 compile slashOrder four times a first pass). */
function countSlashDates(text: string, count: { dayFirst: number; monthFirst: number }): void {
  SLASH_DATE.lastIndex = 0;
  for (let m = SLASH_DATE.exec(text); m !== null; m = SLASH_DATE.exec(text)) {
    const a = Number(m[1]);
    const c = Number(m[2]);
    if (a > 12 && a <= 31 && c >= 1 && c <= 12) count.dayFirst++;
    else if (c > 12 && c <= 31 && a >= 1 && a <= 12) count.monthFirst++;
  }
}

function dayFirstCountry(doc: Doc): boolean {
  const region = /^en[-_]([a-z]{2})\b/i.exec(doc.declared?.language ?? '')?.[1]?.toLowerCase();
  if (region) return DAY_FIRST_COUNTRIES.has(region);
  for (const url of [doc.source?.url, doc.declared?.canonicalUrl]) {
    const host = url ? /^[a-z][a-z\d+.-]*:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase() : undefined;
    const tld = host?.slice(host.lastIndexOf('.') + 1);
    if (tld) return DAY_FIRST_COUNTRIES.has(tld);
  }
  return false;
}
