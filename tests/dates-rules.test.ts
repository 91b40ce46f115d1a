import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Block, BlockRole, Doc } from '../src/core/doc.js';
import { Temporal } from 'temporal-polyfill';
import { instantIn, nearestYear, weekdayNear, zonedIso } from '../src/stages/dates/calendar.js';
import { EVIDENCE_RULES } from '../src/stages/dates/evidence.js';
import { findMentions } from '../src/stages/dates/find.js';
import { datesStage } from '../src/stages/dates/index.js';
import { MENTION_RULES } from '../src/stages/dates/mention-rules.js';
import { parseDateText } from '../src/stages/dates/parse.js';

type B = [text: string, role?: BlockRole, removedBy?: string];

/** A document as the dates stage receives it: blocks with the roles strip gave them. */
function doc(blocks: B[], extra: { published?: string; modified?: string; fetchedAt?: string; url?: string; language?: string } = {}): Doc {
  let offset = 0;
  const bs: Block[] = blocks.map(([text, role = 'unknown', removedBy], index) => {
    const b: Block = { index, text, line: index + 1, start: offset, end: offset + text.length, role, ...(removedBy ? { removed: { stage: 'strip', rule: removedBy } } : {}) };
    offset += text.length + 2;
    return b;
  });
  return {
    id: 't',
    source: { path: 't.txt', format: 'txt', ...(extra.fetchedAt ? { fetchedAt: extra.fetchedAt } : {}), ...(extra.url ? { url: extra.url } : {}) },
    contentType: 'text',
    content: blocks.map((b) => b[0]).join('\n\n'),
    declared: { ...(extra.published ? { published: extra.published } : {}), ...(extra.modified ? { modified: extra.modified } : {}) },
    blocks: bs,
    language: { code: extra.language ?? 'de', franc: 'deu', confidence: 1, sample: 100, source: 'franc' },
    diagnostics: [],
  };
}

const run = (d: Doc, options: Record<string, unknown> = {}) => datesStage.run(d, datesStage.options.parse(options), { previous: [] }) as Doc;
/** The value of the mention whose text is `text` (exactly), or undefined. */
const mention = (d: Doc, text: string) => d.dateMentions?.find((m) => m.text === text)?.value;

describe('mention rules: examples are tests', () => {
  for (const rule of MENTION_RULES) {
    describe(rule.id, () => {
      for (const ex of rule.examples.matches) it(`matches ${JSON.stringify(ex)}`, () => expect(findMentions(ex, [rule]).length).toBeGreaterThan(0));
      for (const ex of rule.examples.keeps) it(`keeps ${JSON.stringify(ex)}`, () => expect(findMentions(ex, [rule])).toEqual([]));
    });
  }
});

describe('evidence rules: examples are tests', () => {
  for (const rule of EVIDENCE_RULES) {
    describe(rule.id, () => {
      for (const ex of rule.examples.matches) it(`reads ${JSON.stringify(ex)}`, () => expect(rule.read(ex, { zoneId: 'Europe/Berlin' })).not.toBeNull());
      for (const ex of rule.examples.keeps) it(`ignores ${JSON.stringify(ex)}`, () => expect(rule.read(ex, { zoneId: 'Europe/Berlin' })).toBeNull());
    });
  }
});

describe('findMentions', () => {
  it('takes the longest reading where rules overlap', () => {
    const found = findMentions('Das Treffen am Dienstag, 7. Dezember 2021 um 14 Uhr.');
    expect(found.map((f) => [f.text, f.rule])).toEqual([
      ['am Dienstag, 7. Dezember 2021', 'dates/day-month-name'],
      ['um 14 Uhr', 'dates/time-of-day'],
    ]);
  });
  it('reads a weekday with its time of day and a dateline date', () => {
    expect(findMentions('am späten Donnerstagabend').map((f) => f.reading)).toEqual([{ kind: 'weekday', weekday: 4, direction: 'back' }]);
    expect(findMentions('MOSKAU, 7. Dez. (Reuters) – Der').map((f) => f.text)).toEqual(['7. Dez.']);
  });
});

describe('calendar', () => {
  it('resolves weekdays backwards, including the anchor day itself', () => {
    const thu = { year: 2021, month: 12, day: 30 };
    expect(weekdayNear(thu, 2, 'back')).toEqual({ year: 2021, month: 12, day: 28 });
    expect(weekdayNear(thu, 4, 'back')).toEqual(thu);
    expect(weekdayNear(thu, 4, 'strict-back')).toEqual({ year: 2021, month: 12, day: 23 });
    expect(weekdayNear(thu, 1, 'strict-forward')).toEqual({ year: 2022, month: 1, day: 3 });
  });
  it('puts a yearless day on the side of the year end nearest the anchor', () => {
    expect(nearestYear(1, 10, { year: 2021, month: 12, day: 30 })).toEqual({ year: 2022, month: 1, day: 10 });
    expect(nearestYear(12, 28, { year: 2022, month: 1, day: 3 })).toEqual({ year: 2021, month: 12, day: 28 });
    // 29 February exists only in leap years: the nearest one within a year of the anchor, else none.
    expect(nearestYear(2, 29, { year: 2021, month: 3, day: 1 })).toEqual({ year: 2020, month: 2, day: 29 });
    expect(nearestYear(2, 29, { year: 2022, month: 8, day: 1 })).toBeNull();
  });
  it('gives Europe/Berlin and Europe/Zurich their summer and winter offsets', () => {
    expect(zonedIso({ year: 2021, month: 7, day: 15 }, 14, 0, 0, { kind: 'iana', id: 'Europe/Berlin' })).toBe('2021-07-15T14:00:00+02:00');
    expect(zonedIso({ year: 2021, month: 12, day: 30 }, 21, 35, 0, { kind: 'iana', id: 'Europe/Berlin' })).toBe('2021-12-30T21:35:00+01:00');
    expect(zonedIso({ year: 2021, month: 7, day: 15 }, 14, 0, 0, { kind: 'iana', id: 'Europe/Zurich' })).toBe('2021-07-15T14:00:00+02:00');
    expect(zonedIso({ year: 2021, month: 1, day: 15 }, 14, 0, 0, { kind: 'iana', id: 'Europe/Zurich' })).toBe('2021-01-15T14:00:00+01:00');
    // The night the clocks go forward: 02:30 does not exist, 03:30 is already summer time.
    expect(zonedIso({ year: 2021, month: 3, day: 28 }, 3, 30, 0, { kind: 'iana', id: 'Europe/Berlin' })).toBe('2021-03-28T03:30:00+02:00');
    expect(zonedIso({ year: 2021, month: 3, day: 28 }, 1, 30, 0, { kind: 'iana', id: 'Europe/Berlin' })).toBe('2021-03-28T01:30:00+01:00');
  });
  it('reads zone offsets as Temporal does, also in a gap, in an overlap and at odd historical offsets', () => {
    // zonedIso and instantIn compute offsets without Temporal objects (zone-offsets.ts): the same answers.
    const viaTemporal = (local: string, id: string) => {
      const z = Temporal.PlainDateTime.from(local).toZonedDateTime(id, { disambiguation: 'compatible' });
      return `${z.toPlainDate().toString()}T${z.toPlainTime().toString({ smallestUnit: 'second' })}${z.offset}`;
    };
    const cases: [string, string][] = [
      ['2021-03-28T02:30:00', 'Europe/Berlin'], // gap: pushed to 03:30 summer time
      ['2021-10-31T02:30:00', 'Europe/Berlin'], // overlap: the earlier, summer time
      ['2022-11-06T01:30:00', 'America/New_York'],
      ['1893-03-31T23:59:00', 'Europe/Berlin'], // local mean time +00:53:28 before 1893
      ['1945-05-24T02:30:00', 'Europe/Berlin'], // double summer time
      ['2011-12-30T12:00:00', 'Pacific/Apia'], // a day that does not exist
      ['2021-07-15T14:00:00', 'UTC'],
    ];
    for (const [local, id] of cases) {
      const [date, time] = local.split('T') as [string, string];
      const [year, month, day] = date.split('-').map(Number) as [number, number, number];
      const [h, m, s] = time.split(':').map(Number) as [number, number, number];
      expect(zonedIso({ year, month, day }, h, m, s, { kind: 'iana', id })).toBe(viaTemporal(local, id));
      const ms = Temporal.PlainDateTime.from(local).toZonedDateTime(id).epochMilliseconds;
      for (const at of [ms - 3_600_000, ms, ms + 1_800_000]) {
        const z = Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(id);
        expect(instantIn(at, id)).toEqual({ date: { year: z.year, month: z.month, day: z.day }, hour: z.hour, minute: z.minute, second: z.second });
      }
    }
  });
});

describe('parseDateText: declared metadata in common formats', () => {
  const cases: [string, unknown][] = [
    ['2021-12-30', { year: 2021, month: 12, day: 30 }],
    ['2021-12', { year: 2021, month: 12 }],
    ['2021-12-30T21:35:00+01:00', { year: 2021, month: 12, day: 30, time: { hour: 21, minute: 35, second: 0, zone: { kind: 'offset', offset: '+01:00' } } }],
    // A UTC instant late in the evening is the next day in Berlin.
    ['2021-12-30T23:30:00Z', { year: 2021, month: 12, day: 31, time: { hour: 0, minute: 30, second: 0, zone: { kind: 'iana', id: 'Europe/Berlin' } } }],
    ['Thu, 30 Dec 2021 21:35:00 +0100', { year: 2021, month: 12, day: 30, time: { hour: 21, minute: 35, second: 0, zone: { kind: 'offset', offset: '+01:00' } } }],
    ['30.12.2021', { year: 2021, month: 12, day: 30 }],
    ['December 30, 2021', { year: 2021, month: 12, day: 30 }],
    ['30. Dezember 2021', { year: 2021, month: 12, day: 30 }],
    ['20211230', { year: 2021, month: 12, day: 30 }],
    ['sábado 07 de mayo del 2022', { year: 2022, month: 5, day: 7 }],
  ];
  for (const [input, want] of cases) it(input, () => expect(parseDateText(input, 'Europe/Berlin')).toEqual(want));
  it('reads slashed dates day first, month first on US-English pages, and by value when one part is above 12', () => {
    expect(parseDateText('Publicado el 03/05/2022 a las 22h03', { zoneId: 'Europe/Berlin' })).toEqual({ year: 2022, month: 5, day: 3 });
    expect(parseDateText('03/05/2022', { zoneId: 'Europe/Berlin', monthFirst: true })).toEqual({ year: 2022, month: 3, day: 5 });
    expect(parseDateText('11/28/2022', { zoneId: 'Europe/Berlin' })).toEqual({ year: 2022, month: 11, day: 28 });
  });
  it('reads a month written in lower case before the day where a year follows, and a year with a time glued to it', () => {
    expect(parseDateText('mayo 11, 2022', 'Europe/Berlin')).toEqual({ year: 2022, month: 5, day: 11 });
    expect(parseDateText('may 5 people', 'Europe/Berlin')).toBeNull();
    // A dump of two elements: the date's and the time's.
    expect(parseDateText('miércoles, 4 de mayo de 202207:59 hs', 'Europe/Berlin')).toMatchObject({ year: 2022, month: 5, day: 4, time: { hour: 7, minute: 59 } });
    // More figures are no year, and neither is a year before an hour that is none.
    expect(parseDateText('4 de mayo de 20221', 'Europe/Berlin')).toEqual({ month: 5, day: 4 });
    expect(parseDateText('4 de mayo de 202225:00', 'Europe/Berlin')).toEqual({ month: 5, day: 4 });
    // A theme's published and updated dates glued by a dump: the year runs into the next date's day.
    expect(parseDateText('20 janvier 202020 janvier 2020', 'Europe/Berlin')).toEqual({ year: 2020, month: 1, day: 20 });
    expect(parseDateText('Veröffentlicht am 19. Dezember 202219. Dezember 2022 von Redaktion', 'Europe/Berlin')).toEqual({ year: 2022, month: 12, day: 19 });
    expect(parseDateText('im Mai 2020 in 202012 Personen', 'Europe/Berlin')).toEqual({ year: 2020, month: 5 });
  });
  it('reads no date from a day the month does not have, rather than rolling it into the next month', () => {
    expect(parseDateText('2021-02-31T10:00:00Z', 'Europe/Berlin')).toBeNull();
    expect(parseDateText('2021-04-31', 'Europe/Berlin')).toBeNull();
    expect(parseDateText('20230229', 'Europe/Berlin')).toBeNull();
    expect(parseDateText('2024-02-29', 'Europe/Berlin')).toEqual({ year: 2024, month: 2, day: 29 });
  });
});

describe('dates stage: publication date evidence', () => {
  it('prefers declared metadata and keeps its time and offset', () => {
    const d = run(doc([['Stand: 29.12.2021', 'meta'], ['Ein Absatz mit genug Text, damit er als erster Absatz gilt, am Dienstag.']], { published: '2021-12-30T21:35:00+01:00' }));
    expect(d.published).toEqual({ value: '2021-12-30T21:35:00+01:00', precision: 'minute', source: 'dates/declared', inferred: false });
  });
  it('shows a declared UTC instant in the default zone on German pages, and in UTC elsewhere', () => {
    expect(run(doc([], { published: '2021-12-30T23:30:00Z' })).published?.value).toBe('2021-12-31T00:30:00+01:00');
    expect(run(doc([], { published: '2021-12-30T23:30:00Z', language: 'en' })).published?.value).toBe('2021-12-30T23:30:00+00:00');
  });
  it('reads a stamp line with a time in the default zone', () => {
    const d = run(doc([['Stand: 30.12.2021 21:40 Uhr', 'meta']]));
    expect(d.published?.value).toBe('2021-12-30T21:40:00+01:00');
    expect(d.published?.source).toBe('dates/date-stamp');
  });
  it('reads the date a dump glued to the headline line', () => {
    const d = run(doc([['1. Februar 2022 Bundesministerin Raab: Mit Ländern und Unternehmen Rahmenbedingungen gestalten', 'title'], ['Die Ministerin sprach mit den Ländern über die Kinderbetreuung und über die Förderung der Sprache.']], { url: 'https://example.gv.at/nachrichten/2022/02/raab.html' }));
    expect(d.published).toEqual({ value: '2022-02-01', precision: 'day', source: 'dates/headline-stamp', inferred: false });
  });
  it('reads the date line under the headline past a toolbar\'s buttons, which do not count as lines between', () => {
    const buttons = (n: number): B[] => Array.from({ length: n }, (_, k) => [['Compartir en Facebook', 'Imprimir', 'Twitter', 'Guardar'][k % 4]!, 'unknown', k % 2 ? 'strip/ui-word' : 'strip/share-prompt']);
    const page = (between: B[]) => run(doc([
      ['¿Ha llegado realmente la Antártida a los 20 grados?', 'title'],
      ['Los científicos cuestionan el reciente récord de temperatura y advierten de que lo más importante es la tendencia', 'lead'],
      ...between,
      ['Nuño Domínguez', 'unknown', 'strip/main-content'],
      ['19 FEB 2020 - 18:37 CET', 'meta'],
      ['Que en la Antártida se registren temperaturas de más de 20 grados no tiene por qué deberse al cambio climático.'],
    ], { url: 'https://example.es/2020/02/18/ciencia/1582045946.html', language: 'es' }));
    expect(page(buttons(8)).published?.source).toBe('dates/headline-stamp');
    // Eight lines of something else between: the line is too far down to be the headline's.
    const other: B[] = Array.from({ length: 8 }, (_, k) => [`Otra noticia número ${k + 1}`, 'unknown', 'strip/main-content']);
    expect(page(other).published?.source).not.toBe('dates/headline-stamp');
  });
  it('reads a blog\'s date line with a two-figure year and its categories and tags after bars', () => {
    const d = run(doc([['Solopreneur Social Media: LinkedIn', 'title'], ['veröffentlicht am 14 Feb ’20 | Kategorien: Social Media | Tags: B2B, Best Practice, Interview, LinkedIn, Selbständige | Jetzt kommentieren', 'unknown', 'strip/main-content'], ['Wer als Solopreneur auf LinkedIn sichtbar sein will, braucht vor allem Geduld und ein klares Profil, sagt die Beraterin.']], { url: 'https://example.com/2020/02/solopreneur-linkedin/' }));
    expect(d.published).toEqual({ value: '2020-02-14', precision: 'day', source: 'dates/headline-stamp', inferred: false });
  });
  it('does not take a book\'s release date from the data sheet under a review\'s headline', () => {
    const sheet = (release: string) => run(doc([
      ['Samstag, 9. September 2017', 'unknown', 'strip/main-content'],
      ['[Rezi] Love is War - Sehnsucht von R. K. Lilley', 'title'],
      ['Verlag: Heyne', 'unknown', 'strip/main-content'],
      ['Übersetzer: Sonja Häußler', 'unknown', 'strip/main-content'],
      [release, 'unknown', 'strip/main-content'],
      ['Preis: 12,99 € (D)', 'unknown', 'strip/main-content'],
      ['Nachdem mir Band 1 bis auf kleine Kritikpunkte richtig gut gefallen hat, musste ich natürlich auch den zweiten Band lesen.'],
    ]));
    expect(sheet('Erscheinungsdatum: 14.08.2017').published?.value).toBe('2017-09-09');
    // The same line between the article's own fields ("Autor:", "Kategorie:") is the page's date.
    const box = run(doc([
      ['Faire Lieferketten', 'title'],
      ['Autor: Eberhard Fuhr', 'unknown', 'strip/main-content'],
      ['Datum: 05.02.2020', 'unknown', 'strip/main-content'],
      ['Kategorie: Aktuelles', 'unknown', 'strip/main-content'],
      ['In Baden-Württemberg hat sich eine Initiative aus Jugendverbänden gegründet, die faire Lieferketten fordert.'],
    ]));
    expect(box.published?.value).toBe('2020-02-05');
  });
  it('ranks a publication label above an update label', () => {
    const d = run(doc([['Aktualisiert am 31.12.2021', 'meta'], ['Veröffentlicht am 30.12.2021', 'meta']]));
    expect(d.published?.value).toBe('2021-12-30');
  });
  it('keeps the month precision of a month stamp and leaves weekdays unresolved', () => {
    const d = run(doc([[' date 2021-12 Anzeige', 'meta'], ['Putin sagte am Mittwoch, eine Invasion sei Anfang 2022 nicht geplant, und am Vortag hatte er mit Biden gesprochen.']]));
    expect(d.published).toEqual({ value: '2021-12', precision: 'month', source: 'dates/date-stamp', inferred: false });
    expect(d.dateMentions?.map((m) => [m.text, m.value])).toEqual([['Anfang 2022', '2022']]);
  });
  it('reads a caption stamp', () => {
    const d = run(doc([['Putin am Telefon (Symbolbild) - SNA, 1920, 30.12.2021', 'caption'], ['Putin und Biden haben am späten Donnerstagabend telefoniert, gegen 21.35 Uhr MEZ.']]));
    expect(d.published?.value).toBe('2021-12-30');
    expect(mention(d, 'am späten Donnerstagabend')).toBe('2021-12-30');
    expect(mention(d, 'gegen 21.35 Uhr MEZ')).toBe('2021-12-30T21:35:00+01:00');
  });
  it('reads a date from the URL path', () => {
    expect(run(doc([['Ein Text ohne Datum, der lang genug ist, um ein Absatz zu sein, wirklich.']], { url: 'https://example.de/politik/2021/12/07/putin-biden.html' })).published?.value).toBe('2021-12-07');
  });
  it('takes a full date from the text as an inferred guess, preferring the one the weekdays agree with', () => {
    const d = run(doc([
      ['Putin und Biden am 7. Dezember 2021. - keystone', 'caption'],
      ['Am Dienstag sprachen sie über die Ukraine; schon am 16. Juni 2021 hatten sie sich in Genf getroffen.'],
    ]));
    expect(d.published).toEqual({ value: '2021-12-07', precision: 'day', source: 'dates/text-date', inferred: true });
    expect(mention(d, 'Am Dienstag')).toBe('2021-12-07');
  });
  it('reads a stamp strip removed above the article, not a comment date below it', () => {
    const d = run(doc([
      ['Startseite Politik Sport', 'unknown', 'strip/main-content'],
      ['Montag, 06.11.2023', 'unknown', 'strip/main-content'],
      ['Die Gemeinde hat gewählt, und das Ergebnis überrascht viele Beobachter in der ganzen Region sehr.'],
      ['Leser123 07.11.2023, 10:15 Uhr', 'unknown', 'strip/comment-section'],
    ]));
    expect(d.published).toEqual({ value: '2023-11-06', precision: 'day', source: 'dates/header-stamp', inferred: false });
  });
  it('reads the one stamp under a byline that strip removed below the article, not one of several such pairs', () => {
    const body: [string] = ['Die Gemeinde hat gewählt, und das Ergebnis überrascht viele Beobachter in der ganzen Region sehr.'];
    const after = (text: string): [string, BlockRole, string] => [text, 'unknown', 'strip/main-content'];
    const one = run(doc([body, after('Themen'), after('Wahlen'), after('von Ulrike'), after('18.10.2019 16:06 Uhr')]));
    expect(one.published).toEqual({ value: '2019-10-18T16:06:00+02:00', precision: 'minute', source: 'dates/header-stamp', inferred: false });
    // Without the byline it is any date below the text; two bylines with their stamps are teasers'.
    expect(run(doc([body, after('Themen'), after('18.10.2019 16:06 Uhr')])).published).toBeNull();
    expect(run(doc([body, after('von Ulrike'), after('18.10.2019 16:06 Uhr'), after('Von Anna Muster'), after('17.10.2019 09:00 Uhr')])).published).toBeNull();
  });
  it('reads the one stamp over a byline that strip removed below the article', () => {
    const body: [string] = ['Die Gemeinde hat gewählt, und das Ergebnis überrascht viele Beobachter in der ganzen Region sehr.'];
    const after = (text: string): [string, BlockRole, string] => [text, 'unknown', 'strip/main-content'];
    expect(run(doc([body, after('Schwerpunkt Wahlen'), after('13. 1. 2020'), after('Kommentar von'), after('Ingo Arzt')])).published?.value).toBe('2020-01-13');
    expect(run(doc([body, after('13. 1. 2020'), after('Von Ulrike Muster')])).published?.value).toBe('2020-01-13');
    // Over another line it is any date below the text.
    expect(run(doc([body, after('13. 1. 2020'), after('Kommentare von Lesern')])).published).toBeNull();
  });
  it('reads the one stamp over the post\'s categories below the article, the theme\'s post footer', () => {
    const body: [string] = ['Das Volksbegehren für ein bedingungsloses Grundeinkommen liegt ab Montag in allen Gemeindeämtern zur Unterschrift auf.'];
    const after = (text: string): [string, BlockRole, string] => [text, 'unknown', 'strip/main-content'];
    const filed = (text: string): [string, BlockRole, string] => [text, 'unknown', 'strip/post-taxonomy'];
    expect(run(doc([body, after('Nächste Vorherige'), after('17.11.19'), filed('Abgelegt in: Blogposts, News')])).published?.value).toBe('2019-11-17');
    // Over another line, or twice (a list of posts with their categories), it says nothing.
    expect(run(doc([body, after('17.11.19'), after('Harald Bauer')])).published).toBeNull();
    expect(run(doc([body, after('Das Grundeinkommen im Parlament'), after('17.11.19'), filed('Abgelegt in: News'), after('Volksbegehren gestartet'), after('10.11.19'), filed('Abgelegt in: Blogposts')])).published).toBeNull();
  });
  it('reads the date beside the article\'s own headline in a dated list of the site\'s articles', () => {
    const headline = 'Buß- und Ordnungsgeld gegen Anwalt wegen Maskenverweigerung';
    // Two long paragraphs: the text has begun, and a list's dates further down are no stamp under the headline.
    const body: [string] = ['Ein norddeutscher Rechtsanwalt hat sich als hartnäckiger Maskenverweigerer erwiesen, und das Gericht hat ihn dafür belangt. Er hatte sich geweigert, im Sitzungssaal eine Maske zu tragen, und der Richter verhängte ein Ordnungsgeld gegen ihn.'];
    const teaser = (text: string): [string, BlockRole, string] => [text, 'unknown', 'strip/teaser-run'];
    const after = (text: string): [string, BlockRole, string] => [text, 'unknown', 'strip/main-content'];
    const list = (...items: string[]) => [['Neueste Beiträge', 'unknown', 'strip/link-list-header'] as [string, BlockRole, string], ...items.map((t) => (/^\d/.test(t) ? after(t) : teaser(t)))];
    // Title, then its date.
    const titleFirst = run(doc([[headline, 'title'], body, body, ...list('Nur schwacher Titelschutz für „Nie wieder keine Ahnung“', '14.02.2022', headline, '06.02.2022', 'Duzen unter Parteifreunden ist keine Beleidigung', '30.01.2022')]));
    expect(titleFirst.published).toEqual({ value: '2022-02-06', precision: 'day', source: 'dates/own-teaser', inferred: false });
    // Date, then its title.
    const dateFirst = run(doc([[headline, 'title'], body, body, ...list('14.02.2022', 'Nur schwacher Titelschutz für „Nie wieder keine Ahnung“', '06.02.2022', headline, '30.01.2022', 'Duzen unter Parteifreunden ist keine Beleidigung')]));
    expect(dateFirst.published?.value).toBe('2022-02-06');
    // Two lists that date it differently say nothing.
    expect(run(doc([[headline, 'title'], body, body, ...list(headline, '06.02.2022'), ...list(headline, '07.03.2022')])).published).toBeNull();
  });
  it('reads Drupal\'s line under a node below the article ("Gespeichert von X am …", "Submitted by X on …") as the publication', () => {
    const body: [string] = ['Die Gemeinde hat gewählt, und das Ergebnis überrascht viele Beobachter in der ganzen Region sehr.'];
    const after = (text: string): [string, BlockRole, string] => [text, 'unknown', 'strip/main-content'];
    expect(run(doc([body, after('Gespeichert von rasos am 24. Juli 2017 - 18:55')])).published?.value).toBe('2017-07-24T18:55:00+02:00');
    expect(run(doc([body, after('Submitted by rasos on July 24, 2017')])).published?.value).toBe('2017-07-24');
  });
  it('reads the one labelled stamp a teaser run took along, not one of several teasers\' stamps', () => {
    const body: [string] = ['Die Gemeinde hat gewählt, und das Ergebnis überrascht viele Beobachter in der ganzen Region sehr.'];
    const teaser = (text: string): [string, BlockRole, string] => [text, 'unknown', 'strip/teaser-run'];
    const one = run(doc([body, ['Weitere Artikel zum Thema:', 'unknown', 'strip/link-list-header'], teaser('Wahl: Die Ergebnisse im Überblick'), teaser('erstellt von Dominique — veröffentlicht 28.01.2022 06:00')]));
    expect(one.published).toEqual({ value: '2022-01-28T06:00:00+01:00', precision: 'minute', source: 'dates/header-stamp', inferred: false });
    const several = run(doc([body, ['Weitere Artikel zum Thema:', 'unknown', 'strip/link-list-header'], teaser('Veröffentlicht: 26.12.2022'), teaser('Veröffentlicht: 20.12.2022')]));
    expect(several.published).toBeNull();
    // "Geschrieben von X am …" labels the publication as "Veröffentlicht" does.
    const written = run(doc([body, ['mehr...', 'unknown', 'strip/read-more'], teaser('Geschrieben von Cooper am 25.08.2015 22:30 (1599 x gelesen)')]));
    expect(written.published).toEqual({ value: '2015-08-25T22:30:00+02:00', precision: 'minute', source: 'dates/header-stamp', inferred: false });
    // A label ending in a letter beyond ASCII ("publié") is a whole word too.
    const publie = run(doc([body, ['mehr...', 'unknown', 'strip/read-more'], teaser('Publié le 28 janvier 2022 par Anna')]));
    expect(publie.published?.value).toBe('2022-01-28');
  });
  it('reads month names of more languages in a stamp under the headline; those of Dutch, Nordic, Czech, Russian, Ukrainian and Turkish only in a date', () => {
    const body: [string] = ['La perturbazione di origine polare porterà piogge e temporali nelle regioni centrali per tutta la giornata.'];
    const published = (stamp: string) => run(doc([['Il titolo del articolo', 'title'], [stamp, 'meta'], body])).published?.value;
    expect(published('Pubblicato il 19 Febbraio 2020')).toBe('2020-02-19');
    expect(published('Publicado em 3 de março de 2021')).toBe('2021-03-03');
    expect(published('Opublikowano 24 grudnia 2020')).toBe('2020-12-24');
    expect(published('Gepubliceerd op 3 maart 2021')).toBe('2021-03-03');
    expect(published('Publicerad 12 maj 2022')).toBe('2022-05-12');
    expect(published('19. února 2020')).toBe('2020-02-19');
    expect(published('15 августа 2016, 13:43')).toMatch(/^2016-08-15T13:43/);
    expect(published('1 серпня 2020 р.')).toBe('2020-08-01');
    expect(published('5 Şubat 2021')).toBe('2021-02-05');
    // A day or a year beside it makes the word a month; alone it may be a name ("Nisan", "Mei").
    const months = (t: string) => findMentions(t, MENTION_RULES).map((m) => m.reading);
    expect(months('Nisan 2020')).toEqual([{ kind: 'month', year: 2020, month: 4 }]);
    expect(months('They met in Nisan and again in Mei.')).toEqual([]);
  });
  it('reads a page\'s script data only when nothing else dates it, and not a 1970 default', () => {
    const body: B = ['Ein Absatz ohne jedes Datum, der lang genug ist, um als Text zu gelten, wirklich und wahrhaftig.'];
    const page = (blocks: B[], content: string): Doc => ({ ...doc(blocks), contentType: 'html', content });
    const state = '<script>window.__STATE__={"author":{"createdAt":"2015-03-01T10:00:00+01:00"},"publishedAt":"1970-01-01T01:00:00+01:00","article":{"publishedAt":"2022-01-31T15:58:43+01:00"}}</script>';
    expect(run(page([body], state)).published).toEqual({ value: '2022-01-31T15:58:43+01:00', precision: 'second', source: 'dates/script-data', inferred: false });
    // A date in the text, even a guess, comes first.
    expect(run(page([['Am 7. Dezember 2021 telefonierten die beiden Präsidenten eine Stunde lang miteinander.']], state)).published?.source).toBe('dates/text-date');
    // A text dump has no script data.
    expect(run({ ...doc([body]), content: state }).published).toBeNull();
  });
  it('takes no guess from an embedded post\'s signature: its date is the post\'s', () => {
    const body: B = ['Ein Absatz ohne jedes Datum, der lang genug ist, um als Text zu gelten, wirklich und wahrhaftig.'];
    expect(run(doc([body, ['Ein Beitrag geteilt von Anna Muster (@anna.muster) am Apr 21, 2019 um 4:47 PDT']])).published).toBeNull();
    expect(run(doc([body, ['— Jane Doe (@janedoe) May 16, 2018']])).published).toBeNull();
    expect(run(doc([body, ['Anna Muster traf ihn am 21. April 2019 in Berlin, sagte sie.']])).published?.value).toBe('2019-04-21');
  });
  it('ignores deadlines and archive months as stamps', () => {
    const d = run(doc([['Video verfügbar bis 28.02.2021', 'meta'], ['Nachrichten Februar 2022', 'meta'], ['Ein Absatz ohne jedes Datum, der lang genug ist, um als Text zu gelten, wirklich.']]));
    expect(d.published).toBeNull();
  });
  it('completes a yearless dateline with the year of other evidence and says so', () => {
    const d = run(doc([
      ['MOSKAU, 7. Dez. (Reuters) – Der russische Präsident hat am Dienstag eine Forderung vorgelegt, teilte der Kreml mit.'],
      ['Putin am Telefon - SNA, 1920, 08.12.2021', 'caption'],
    ]));
    expect(d.published).toEqual({ value: '2021-12-07', precision: 'day', source: 'dates/dateline', inferred: true });
  });
  it('takes the date line under the headline over metadata that disagrees', () => {
    const body = 'Ein Absatz mit genug Text, damit er als Beginn des Artikels gilt, und noch ein wenig mehr Text dazu, damit er lang genug ist. '.repeat(2);
    const d = run(doc([['Startseite', 'unknown', 'html/nav'], ['Die Überschrift des Artikels', 'title'], ['von eseppelt · 31. Oktober 2023', 'byline'], [body]], { published: '2020-12-03T07:32:49+01:00' }));
    expect(d.published).toEqual({ value: '2023-10-31', precision: 'day', source: 'dates/headline-stamp', inferred: false });
  });
  it('reads the dateline right under a headline taken back from a teaser run, but not a teaser run after kept text', () => {
    const body = 'Wie intensiv die Transferzeit beim Verein tatsächlich ist, verdeutlicht ein Blick auf die vielen Gespräche der letzten Tage. '.repeat(2);
    const header = (between: Array<[string, BlockRole?, string?]>) =>
      doc([['Top Themen', 'unknown', 'strip/link-list-header'], ['Barisic: "Dann hau ich mein Handy zam"', 'title'], ...between, ['Wien - Mittwoch, 02.02.2022, 11:17 Uhr', 'unknown', 'strip/teaser-run'], [body]]);
    expect(run(header([['von Alexander Karper Foto: © GEPA', 'unknown', 'strip/teaser-run']])).published?.value).toBe('2022-02-02T11:17:00+01:00');
    // A kept line between: the run below it is a teaser box inside the article, its dates other articles'.
    expect(run(header([['Ein kurzer Vorspann zum Artikel.', 'unknown']])).published).toBeNull();
  });
  it('reads the stamp right over the headline that a teaser run above took along, not one a line further up', () => {
    const body = 'Black voters make up more than half of the Democratic primary electorate in the state, and the candidates know it well. '.repeat(2);
    const teaser = (text: string): [string, BlockRole, string] => [text, 'unknown', 'strip/teaser-run'];
    const page = (above: Array<[string, BlockRole?, string?]>) => doc([['More', 'unknown', 'strip/link-list-header'], teaser('Eye Opener'), teaser('Eye on Money'), ...above, ['Black voters in South Carolina are crucial for Democratic candidates', 'title'], [body]]);
    expect(run(page([teaser('CBS News February 24, 2020, 7:57 AM')])).published?.value).toMatch(/^2020-02-24T07:57/);
    // A teaser's date with its teaser between it and the headline is the teaser's.
    expect(run(page([teaser('February 20, 2020'), teaser('Sanders leads in Nevada')])).published).toBeNull();
  });
  it('keeps the time of the metadata that names the day the headline shows (here the modification)', () => {
    const d = run(doc([['Die Überschrift des Artikels', 'title'], ['04.02.2022 | Dennis Steimels', 'byline']], { published: '2021-12-14T15:41:07+01:00', modified: '2022-02-04T15:33:00+01:00' }));
    expect(d.published).toEqual({ value: '2022-02-04T15:33:00+01:00', precision: 'minute', source: 'dates/declared-modified', inferred: false });
  });
  it('reads a label on the line before the date, and lets a labelled line count after the text began', () => {
    const body = 'Eva M. Welskop-Deffaa ist von der Delegiertenversammlung zur neuen Präsidentin gewählt worden, teilte der Verband am Mittwoch mit. '.repeat(3);
    const d = run(doc([['Neue Präsidentin gewählt', 'title'], [body], [body], ['Erschienen am:'], ['13.10.2021', 'meta']], { published: '2021-10-15' }));
    expect(d.published?.value).toBe('2021-10-13');
  });
  it('does not take a line under the headline whose day and month could be either way round, nor a time range, nor a post signature', () => {
    const meta = { published: '2020-04-12T10:00:00+02:00' };
    expect(run(doc([['Focaccia', 'title'], ['12/04/2020 by Kay', 'byline']], meta)).published?.value).toBe('2020-04-12T10:00:00+02:00');
    expect(run(doc([['Seminar', 'title'], ['19.1.23, 10:00-11:30 Uhr', 'meta']], meta)).published?.value).toBe('2020-04-12T10:00:00+02:00');
    expect(run(doc([['Kim ist zurück', 'title'], ['— Donald J. Trump (@realDonaldTrump) May 2, 2020', 'unknown']], meta)).published?.value).toBe('2020-04-12T10:00:00+02:00');
  });
  it('reads dates the markup glued to a name, a time or another date', () => {
    expect(run(doc([['Crocs erzielt Milliardenumsätze', 'title'], ['Tanja Karrasch3.11.2023', 'unknown', 'html/outside-article']])).published?.value).toBe('2023-11-03');
    expect(run(doc([['Jugada del oficialismo', 'title'], ['3 de mayo de 202221:25', 'unknown', 'html/outside-article']], { language: 'es' })).published?.value).toBe('2022-05-03T21:25:00');
    // A two-digit year glued to its time: no year is followed by a colon and minutes.
    expect(run(doc([['kein App Store mehr über Mobile Daten', 'title'], ['macbacchi28.09.1912:44', 'unknown']])).published?.value).toBe('2019-09-28T12:44:00+02:00');
    expect(run(doc([['Ausflug', 'title'], ['Anna Muster 03.02.2023:15', 'unknown']])).published?.value).toBe('2020-02-03T23:15:00+01:00');
    // A theme's published and updated dates, glued: the same day twice, or a label that says which.
    expect(run(doc([['Ein Tag in Colombo', 'title'], ['22. Dezember 201922. Dezember 2019 von Peter Muster', 'unknown']])).published?.value).toBe('2019-12-22');
    expect(run(doc([['Laufen im Winter', 'title'], ['Veröffentlicht am 10. Februar 20199. Februar 2019 von Heiko', 'unknown']])).published?.value).toBe('2019-02-10');
    // Two days and no word for either: the line does not say which is the publication's.
    const meta = { published: '2022-12-30T07:00:40+01:00' };
    expect(run(doc([['Fünf Trends', 'title'], ['Anna Muster | 29. Dezember 202230. Dezember 2022 | Welt', 'unknown']], meta)).published?.value).toBe('2022-12-30T07:00:40+01:00');
    expect(run(doc([['Fünf Trends', 'title'], ['14 Oct 2014 - 10 Aug 2017', 'unknown']], meta)).published?.value).toBe('2022-12-30T07:00:40+01:00');
    // A four-digit year with its time apart stays as it is.
    expect(run(doc([['Die Brücke', 'title'], ['28.09.1912 12:44', 'meta']])).published?.value).toBe('1912-09-28T12:44:00+01:00');
  });
  it('takes the declared instant when the line under the headline renders it in UTC on a page whose zone is known', () => {
    const d = run(doc([['Provence Travel Guide', 'title'], ['6.11.22', 'meta']], { published: '2022-11-06T23:00:00.000Z' }));
    expect(d.published?.value).toBe('2022-11-07T00:00:00+01:00');
    // Where the zone is unknown, the line is the publisher's local day.
    const e = run(doc([['Minister presente', 'title'], ['3 May, 2022, 11:37 pm', 'meta']], { published: '2022-05-04T03:37:37+00:00', language: 'en' }));
    expect(e.published?.value).toBe('2022-05-03T23:37:00');
  });
  it('on a page whose zone is unknown, lets the URL name the local day of a UTC instant one day off', () => {
    const url = 'https://example.com/2023/11/08/st-louis-park-elects-a-new-mayor/';
    expect(run(doc([], { published: '2023-11-09T05:30:59Z', language: 'en', url })).published?.value).toBe('2023-11-08');
    // On German pages the zone is known: the instant is shown in it.
    expect(run(doc([], { published: '2023-11-08T23:30:59Z', url })).published?.value).toBe('2023-11-09T00:30:59+01:00');
  });
  it('leaves the publication date unknown without evidence', () => {
    const d = run(doc([['Biden habe Putin bei dem Gespräch am Dienstag erneut mit Maßnahmen gedroht, sagte Sullivan.']]));
    expect(d.published).toBeNull();
    expect(d.dateMentions).toEqual([]);
  });
});

describe('dates stage: mentions relative to the publication date', () => {
  const body = [
    'Am Dienstag hatten sie schon gesprochen, am späten Donnerstagabend dann wieder, gegen 21.35 Uhr MEZ.',
    'Am 17. Dezember kam der Entwurf. Verhandlungen beginnen am 10. Januar, vergangenen Donnerstag gab es Streit, am kommenden Montag geht es weiter.',
    'Gestern um 14 Uhr sprach er, im Sommer um 14 Uhr MESZ auch.',
  ];
  const d = run(doc(body.map((t) => [t]), { published: '2021-12-30' }));
  it('resolves weekdays backwards and after "vergangenen"/"kommenden"', () => {
    expect(mention(d, 'Am Dienstag')).toBe('2021-12-28');
    expect(mention(d, 'am späten Donnerstagabend')).toBe('2021-12-30');
    expect(mention(d, 'vergangenen Donnerstag')).toBe('2021-12-23');
    expect(mention(d, 'am kommenden Montag')).toBe('2022-01-03');
    expect(mention(d, 'Gestern')).toBe('2021-12-29');
  });
  it('rolls a yearless day over the year end and marks the year inferred', () => {
    expect(mention(d, 'Am 17. Dezember')).toBe('2021-12-17');
    expect(mention(d, 'am 10. Januar')).toBe('2022-01-10');
    expect(d.dateMentions?.find((m) => m.text === 'am 10. Januar')?.inferred).toBe(true);
  });
  it('gives times the day of the last date before them in the block, with the zone', () => {
    expect(mention(d, 'gegen 21.35 Uhr MEZ')).toBe('2021-12-30T21:35:00+01:00');
    expect(mention(d, 'um 14 Uhr')).toBe('2021-12-29T14:00:00+01:00');
    expect(mention(d, 'um 14 Uhr MESZ')).toBe('2021-12-29T14:00:00+02:00');
  });
  it('gives a time the day named right after it', () => {
    const d2 = run(doc([['Die Sitzung begann um 21 Uhr am Dienstag und endete spät in der Nacht.']], { published: '2021-12-30' }));
    expect(mention(d2, 'um 21 Uhr')).toBe('2021-12-28T21:00:00+01:00');
  });
  it('applies DST in summer, in Berlin and in Zurich', () => {
    const summer = (tz?: string) => run(doc([['Das Spiel beginnt am Samstag um 20.30 Uhr im Stadion.']], { published: '2021-07-15' }), tz ? { timeZone: tz } : {});
    expect(mention(summer(), 'um 20.30 Uhr')).toBe('2021-07-10T20:30:00+02:00');
    expect(mention(summer('Europe/Zurich'), 'um 20.30 Uhr')).toBe('2021-07-10T20:30:00+02:00');
    const winter = run(doc([['Das Spiel beginnt am Samstag um 20.30 Uhr im Stadion.']], { published: '2021-01-15' }), { timeZone: 'Europe/Zurich' });
    expect(mention(winter, 'um 20.30 Uhr')).toBe('2021-01-09T20:30:00+01:00');
  });
  it('writes no offset for times on pages outside the zone languages, unless the text names a zone', () => {
    const en = run(doc([['The two leaders spoke at 9:30 a.m. and again at 4 p.m. ET.']], { published: '2021-07-15', language: 'en' }));
    expect(mention(en, 'at 9:30 a.m.')).toBe('2021-07-15T09:30:00');
    expect(mention(en, 'at 4 p.m. ET')).toBe('2021-07-15T16:00:00-04:00');
  });
  it('rejects an unknown time zone option', () => {
    expect(datesStage.options.safeParse({ timeZone: 'Mars/Olympus' }).success).toBe(false);
  });
});

describe('dates stage: a year never comes from the clock', () => {
  const dateline = () => doc([['MOSKAU, 7. Dez. (Reuters) – Der russische Präsident hat am Dienstag eine Forderung vorgelegt, teilte der Kreml mit.']]);
  afterEach(() => {
    vi.useRealTimers();
  });
  it('leaves a yearless dateline without a year, whatever the date on the machine', () => {
    const before = run(dateline());
    expect(before.published).toEqual({ value: '--12-07', precision: 'day', source: 'dates/dateline', inferred: false });
    expect(before.dateMentions?.map((m) => [m.text, m.value])).toEqual([['7. Dez.', '--12-07']]);
    vi.useFakeTimers();
    for (const now of ['2031-06-01T12:00:00Z', '2021-12-08T12:00:00Z']) {
      vi.setSystemTime(new Date(now));
      const after = run(dateline());
      expect(after.published).toEqual(before.published);
      expect(after.dateMentions).toEqual(before.dateMentions);
    }
  });
  it('takes the year from the record fetch date and says it was inferred', () => {
    const d = run(doc([['MOSKAU, 7. Dez. (Reuters) – Der russische Präsident hat am Dienstag eine Forderung vorgelegt, teilte der Kreml mit.']], { fetchedAt: '2022-01-05T08:00:00Z' }));
    expect(d.published).toEqual({ value: '2021-12-07', precision: 'day', source: 'dates/dateline', inferred: true });
    expect(mention(d, 'am Dienstag')).toBe('2021-12-07');
  });
  it('takes day-month years from the fetch date when there is no publication date', () => {
    const d = run(doc([['Die Verhandlungen sollen am 10. Januar beginnen, teilte das Ministerium mit.']], { fetchedAt: '2021-12-31T08:00:00Z' }));
    expect(d.published).toBeNull();
    expect(d.dateMentions?.map((m) => [m.value, m.inferred])).toEqual([['2022-01-10', true]]);
  });
});
