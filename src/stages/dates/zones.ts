import type { Zone } from './calendar.js';

// Time-zone words in dates ("21.35 Uhr MEZ", "9 a.m. ET", "18 Uhr deutscher Zeit"). Abbreviations
// count only as written in capitals: "et" is French for "and".

const offset = (o: string): Zone => ({ kind: 'offset', offset: o });
const iana = (id: string): Zone => ({ kind: 'iana', id });

const ABBREVIATIONS: Readonly<Record<string, Zone>> = {
  // MEZ/CET are UTC+1 by definition, also in summer; MESZ/CEST UTC+2.
  MEZ: offset('+01:00'), CET: offset('+01:00'), MESZ: offset('+02:00'), CEST: offset('+02:00'),
  WEZ: offset('+00:00'), WET: offset('+00:00'), WESZ: offset('+01:00'), WEST: offset('+01:00'),
  OEZ: offset('+02:00'), EET: offset('+02:00'), OESZ: offset('+03:00'), EEST: offset('+03:00'),
  UTC: offset('+00:00'), GMT: offset('+00:00'), BST: offset('+01:00'), MSK: offset('+03:00'),
  EST: offset('-05:00'), EDT: offset('-04:00'), CST: offset('-06:00'), CDT: offset('-05:00'),
  MST: offset('-07:00'), MDT: offset('-06:00'), PST: offset('-08:00'), PDT: offset('-07:00'),
  // "ET", "PT": the zone's time on that day, standard or daylight.
  ET: iana('America/New_York'), CT: iana('America/Chicago'), MT: iana('America/Denver'), PT: iana('America/Los_Angeles'),
};

const PHRASES: Readonly<Record<string, Zone>> = {
  'deutscher zeit': iana('Europe/Berlin'),
  'deutscher ortszeit': iana('Europe/Berlin'),
  'schweizer zeit': iana('Europe/Zurich'),
  'österreichischer zeit': iana('Europe/Vienna'),
  'mitteleuropäischer zeit': offset('+01:00'),
  'moskauer zeit': offset('+03:00'),
  'kiewer zeit': iana('Europe/Kyiv'),
  'londoner zeit': iana('Europe/London'),
  'new yorker zeit': iana('America/New_York'),
  'washingtoner zeit': iana('America/New_York'),
  ortszeit: { kind: 'local' },
  'local time': { kind: 'local' },
  'heure locale': { kind: 'local' },
  'hora local': { kind: 'local' },
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Alternation of every zone word, longest first (for the time patterns). */
export const ZONE_WORDS = [...Object.keys(PHRASES), ...Object.keys(ABBREVIATIONS)]
  .sort((a, b) => b.length - a.length)
  .map((w) => escape(w).replace(/ /g, '\\s+'))
  .join('|');

/** The zone a word names, or undefined (also for a lower-case abbreviation). */
export function zoneOf(word: string): Zone | undefined {
  const w = word.replace(/\s+/g, ' ').trim();
  return ABBREVIATIONS[w] ?? PHRASES[w.toLowerCase()];
}
