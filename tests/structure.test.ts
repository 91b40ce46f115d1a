import { describe, expect, it } from 'vitest';
import { parseByline, parseDateline, parseSourceLine } from '../src/stages/structure/index.js';
import { runText } from './helpers/pipeline.js';

describe('structure parsers', () => {
  it('reads datelines with place, date and agency, or the place alone', () => {
    expect(parseDateline('MOSKAU, 7. Dez. (Reuters) – Der russische Präsident sprach.')).toEqual({ place: 'MOSKAU', date: '7. Dez.', agency: 'Reuters' });
    expect(parseDateline('Berlin (dpa) - Die Regierung hat beschlossen.')).toEqual({ place: 'Berlin', agency: 'dpa' });
    expect(parseDateline('Washington. Der russische Präsident will reden.')).toEqual({ place: 'Washington' });
    expect(parseDateline('Der Präsident sprach am Dienstag in Moskau.')).toBeNull();
  });

  it('turns a source line into publisher, author initials and agencies', () => {
    expect(parseSourceLine('Quelle: ntv.de, fzö/dpa')).toEqual({ publisher: 'ntv.de', authors: ['fzö'], agencies: ['dpa'] });
    expect(parseSourceLine('Mit Material von dpa und AFP')).toEqual({ publisher: null, authors: [], agencies: ['dpa', 'AFP'] });
  });

  it('splits bylines into authors and agencies', () => {
    expect(parseByline('Keystone-SDA')).toEqual({ authors: [], agencies: ['Keystone-SDA'] });
    expect(parseByline('Von Anna Muster und Tom Beispiel')).toEqual({ authors: ['Anna Muster', 'Tom Beispiel'], agencies: [] });
    expect(parseByline('AFP/dpa')).toEqual({ authors: [], agencies: ['AFP', 'dpa'] });
  });
});

describe('structure of a whole page', () => {
  const page = [
    'Startseite',
    'Politik',
    'Wirtschaft',
    '',
    'Ausland',
    'Regierung beschließt neues Klimagesetz',
    'Von Anna Muster',
    'Die Bundesregierung hat am Mittwoch ein neues Klimagesetz beschlossen, das strengere Ziele für Verkehr und Gebäude vorsieht.',
    'Foto der Kabinettssitzung im Kanzleramt',
    '(Foto: dpa)',
    '  • Das Gesetz gilt ab dem kommenden Jahr für alle Bundesländer.',
    '  • Die Opposition kritisiert die Pläne als nicht ausreichend für die Ziele.',
    'Kritik der Opposition',
    'Die Opposition hält die Ziele für zu schwach und kündigte an, im Bundestag gegen das Gesetz zu stimmen, sagte ihr Sprecher.',
    'Auch Umweltverbände äußerten sich skeptisch, weil die Maßnahmen für den Verkehr erst spät greifen würden, hieß es.',
    'Quelle: tagesschau.de',
    'Mehr zum Thema',
    'Neues Heizungsgesetz',
    'Streit um Tempolimit',
  ].join('\n');

  it('finds title, kicker, author, lead, highlights, headings and the source', async () => {
    const a = (await runText(page)).article!;
    expect(a.title).toBe('Regierung beschließt neues Klimagesetz');
    expect(a.kicker).toBe('Ausland');
    expect(a.authors).toEqual(['Anna Muster']);
    expect(a.lead).toMatch(/^Die Bundesregierung hat am Mittwoch/);
    expect(a.highlights).toHaveLength(2);
    expect(a.blocks.map((b) => b.kind)).toEqual(['lead', 'highlight', 'highlight', 'heading', 'paragraph', 'paragraph']);
    expect(a.captions).toEqual([{ text: 'Foto der Kabinettssitzung im Kanzleramt', credit: '(Foto: dpa)' }]);
    expect(a.publisher).toBe('tagesschau.de');
    expect(a.text).not.toMatch(/Startseite|Heizungsgesetz|Tempolimit|Quelle/);
  });
});
