import { describe, expect, it } from 'vitest';
import { isCuratedFirstName, isFirstName } from '../src/lexicon/first-names.js';
import { authorName, besideWriters, casedPersonName, isPersonName, namesBesideStamp, siteKeys, stampByline, uniqueNames, writerNames } from '../src/stages/structure/authors.js';
import { parseByline, parseDateline, parseSourceLine } from '../src/stages/structure/index.js';
import { cjkMenu, headlineText, urlSlugStems, urlSlugWord } from '../src/stages/strip/headline.js';
import { isByline } from '../src/stages/strip/rules/meta-lines.js';
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
    // A blog theme's byline: the department after the writer is none.
    expect(parseByline('Posted by Alex Durán, AMP Project Marketing, Google')).toEqual({ authors: ['Alex Durán'], agencies: [] });
    expect(parseByline('Gepostet von Katharina Volkwein | Wohnen')).toEqual({ authors: ['Katharina Volkwein'], agencies: [] });
    // Each part after a semicolon has its own label: text and reporting name authors, pictures and editing do not.
    expect(parseByline('Text und Interview: Harald Willenbrock; Fotos: Max Mann')).toEqual({ authors: ['Harald Willenbrock'], agencies: [] });
    expect(parseByline('Reporting by Will Dunham; Editing by Tom Brown')).toEqual({ authors: ['Will Dunham'], agencies: [] });
    // A publication after the names ends them, and so does the place after a comma that closes a byline of full names.
    expect(parseByline('By Nada Tawfik, BBC News, New York')).toEqual({ authors: ['Nada Tawfik'], agencies: [] });
    expect(parseByline('Von Markus Balser, Berlin')).toEqual({ authors: ['Markus Balser'], agencies: [] });
    // A job title after the name is no writer; a surname that is a role word stays a name.
    expect(parseByline('By DAVID LIEBERMAN, Executive Editor | Friday June 7, 2013 @ 6:43pm EDT')).toEqual({ authors: ['DAVID LIEBERMAN'], agencies: [] });
    expect(parseByline('Jane Doe, Staff Writer, and John Roe, Senior Correspondent')).toEqual({ authors: ['Jane Doe', 'John Roe'], agencies: [] });
    expect(parseByline('Von Anna Muster, Redakteurin')).toEqual({ authors: ['Anna Muster'], agencies: [] });
    expect(parseByline('By Maria Editor')).toEqual({ authors: ['Maria Editor'], agencies: [] });
    expect(parseByline('Von Rasender Reporter')).toEqual({ authors: ['Rasender Reporter'], agencies: [] });
    // The weekday of the date after the names is none of them.
    expect(parseByline('By Bryan Walsh Tuesday, Aug. 17, 2010')).toEqual({ authors: ['Bryan Walsh'], agencies: [] });
    // A name before a separator however much follows it; a description after the name is none.
    expect(parseByline('By JORDAN ROBERTSON and RACHEL METZ - AP Technology Writers | AP – 1 hr 4 mins ago')).toEqual({ authors: ['JORDAN ROBERTSON', 'RACHEL METZ'], agencies: [] });
    expect(parseByline('Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien.')).toEqual({ authors: ['Uta Staschewski'], agencies: [] });
    // A time after the name ends it however long the line; Romance labels, a glued "By" and a name's particles.
    expect(parseByline('Posted by T. V. Raman at 2:33 PM')).toEqual({ authors: ['T. V. Raman'], agencies: [] });
    expect(parseByline('Auteur : Marie Dupont')).toEqual({ authors: ['Marie Dupont'], agencies: [] });
    expect(parseByline('Publicado por Ana Gómez')).toEqual({ authors: ['Ana Gómez'], agencies: [] });
    expect(parseByline('Publié par Jean Dupont à 08:00')).toEqual({ authors: ['Jean Dupont'], agencies: [] });
    expect(parseByline('ByJane Doe')).toEqual({ authors: ['Jane Doe'], agencies: [] });
    expect(parseByline('ByJ.R. Stone')).toEqual({ authors: ['J.R. Stone'], agencies: [] });
    expect(parseByline('By Maria de la Cruz')).toEqual({ authors: ['Maria de la Cruz'], agencies: [] });
    expect(parseByline('Byron Smith')).toEqual({ authors: ['Byron Smith'], agencies: [] });
    // A month-first date after "on", a weekday and a time with it: off before the names are split at their commas.
    expect(parseByline('By Jane Doe on November 18, 2019')).toEqual({ authors: ['Jane Doe'], agencies: [] });
    // The pictures' credit after the writer's names no writer.
    expect(parseByline('Text von Christian Seiler Illustration von Markus Roost')).toEqual({ authors: ['Christian Seiler'], agencies: [] });
    expect(parseByline('Text und Fotos von Anna Muster')).toEqual({ authors: ['Anna Muster'], agencies: [] });
    // A team after a name's dash ends no list of writers; a bare middle initial is part of a name.
    expect(parseByline('Posted by Nathan Parker, Eric Mill and Kiran C Nair - Chrome Safe Browsing team')).toEqual({ authors: ['Nathan Parker', 'Eric Mill', 'Kiran C Nair'], agencies: [] });
    expect(parseByline('By Jane Doe , John Roe on Monday, November 18th, 2019 at 11:08 a.m.')).toEqual({ authors: ['Jane Doe', 'John Roe'], agencies: [] });
    // A Chinese byline's names, its label and a correction link's bracket off.
    expect(parseByline('【纠错】 责任编辑： 王小明')).toEqual({ authors: ['王小明'], agencies: [] });
    expect(parseByline('（记者：王小明、李华）')).toEqual({ authors: ['王小明', '李华'], agencies: [] });
    // Beside a writer, the site's own name (alone, with a role or a link) and the writer's initials name no other writer.
    const keys = () => siteKeys('www.stadtkurier.de', ['https://www.stadtkurier.de/lokales/radwege']);
    expect(keys()).toEqual(['wwwstadtkurierde', 'stadtkurier']);
    // A domain name with a hyphen is compared squashed, as the names are: "Helmholtz Klima" beside its writer is the site.
    expect(siteKeys(null, ['https://www.helmholtz-klima.de/aktuelles/x'])).toEqual(['helmholtzklima']);
    expect(besideWriters(['Christian Mihatsch', 'Helmholtz Klima'], () => siteKeys(null, ['https://www.helmholtz-klima.de/aktuelles/x']), 'de')).toEqual(['Christian Mihatsch']);
    expect(besideWriters(['Anna Muster', 'Stadtkurier', 'Gründerin Stadtkurier', 'Stadtkurier Kontakt', 'AM', 'dpa-Redaktion'], keys, 'de')).toEqual(['Anna Muster', 'dpa-Redaktion']);
    // Alone the site is what names the article; a blog named after its writer keeps the writer.
    expect(besideWriters(['Stadtkurier'], keys, 'de')).toEqual(['Stadtkurier']);
    expect(besideWriters(['Anna Muster', 'Tom Beispiel'], () => siteKeys('Anna Muster', []), 'de')).toEqual(['Anna Muster', 'Tom Beispiel']);
    // A person's name in capitals is cased for the article, a publication's is not.
    expect([casedPersonName('JORDAN ROBERTSON'), casedPersonName('AUTO ZEITUNG'), casedPersonName('Anna Muster')]).toEqual(['Jordan Robertson', 'AUTO ZEITUNG', 'Anna Muster']);
    // Single words that are no first names are things, not writers; a first name among them is a writer.
    expect(parseByline('Von Risiken und Nebenwirkungen')).toEqual({ authors: [], agencies: [] });
    expect(parseByline('von Künstlern, Bands, DJs,')).toEqual({ authors: [], agencies: [] });
    expect(parseByline('Von Anna und Tom')).toEqual({ authors: ['Anna', 'Tom'], agencies: [] });
    expect(parseByline('Von Realiberry')).toEqual({ authors: ['Realiberry'], agencies: [] });
    // A line that says what the writer is names nobody.
    expect(parseByline('Redakteur für Wirtschaft und Umwelt')).toEqual({ authors: [], agencies: [] });
    expect(parseByline('Korrespondentin in Paris')).toEqual({ authors: [], agencies: [] });
    expect(parseByline('Reporter at the BBC')).toEqual({ authors: [], agencies: [] });
    expect(parseByline('Von Anna Muster und Tom Beispiel, Hamburg')).toEqual({ authors: ['Anna Muster', 'Tom Beispiel'], agencies: [] });
    expect(parseByline('Von Anna Muster, Tom Beispiel')).toEqual({ authors: ['Anna Muster', 'Tom Beispiel'], agencies: [] });
    expect(parseByline('Von Anna, Tom')).toEqual({ authors: ['Anna', 'Tom'], agencies: [] });
    expect(parseByline('AUTO ZEITUNG')).toEqual({ authors: ['AUTO ZEITUNG'], agencies: [] });
    // Brackets around the whole byline go, a bracket inside it stays the name's.
    expect(parseByline('Author: Julia Hitz (eg)')).toEqual({ authors: ['Julia Hitz'], agencies: [] });
    expect(parseByline('(KNA)')).toEqual({ authors: [], agencies: ['KNA'] });
    // A date split at its commas names nobody; a comment count after the name is none.
    expect(parseByline('Monday, November 18, 2019')).toEqual({ authors: [], agencies: [] });
    expect(parseByline('Von Thilo / 6. November 2023 / Keine Kommentare')).toEqual({ authors: ['Thilo'], agencies: [] });
  });

  it('reads a name out of an author field: label, date, e-mail and leftovers off', () => {
    const cases: Array<[string, string | null]> = [
      ['Text und Interview: Harald Willenbrock', 'Harald Willenbrock'],
      ['Veröffentlicht vonChris Jung', 'Chris Jung'],
      ['Par Barbara Stiegler', 'Barbara Stiegler'],
      ['Published by BBNTEAM at April 21, 2022', 'BBNTEAM'],
      ['David · 18. Oktober 2019 18. Oktober 2019', 'David'],
      ['Leszek Jażdżewski 28 kwietnia 2021 Polityka', 'Leszek Jażdżewski'],
      ['Jeff FoustMonday, November 18, 2019', 'Jeff Foust'],
      ['Katharina Schmidt Kategorien: Mode', 'Katharina Schmidt'],
      ['Lüder Hoppe info@buero-hoppe.de', 'Lüder Hoppe'],
      ['Por Williams Perdomo @wperdomod -', 'Williams Perdomo'],
      ['Amelie Siekmann,', 'Amelie Siekmann'],
      ['autor: jd 2021-05-12', 'jd'],
      // Not cut at a dash inside the name, nor at "von" inside it; a first name that is also a month stays.
      ['CDU - Fraktion Erfurt', 'CDU - Fraktion Erfurt'],
      ['Walter von Aachen', 'Walter von Aachen'],
      ['Jan', 'Jan'],
      // A label, a date or a placeholder alone is no name.
      ['Posted on', null],
      ['Von', null],
      ['admin', null],
      ['Donnerstag, 4. November 2021', null],
      ['ca. 8 Min. 12.01.2022', null],
      ['Fotos: Max Muster', null],
      // A site's address is its publisher; an address spelt to fool spam robots ends the name.
      ['24horas.cl', null],
      ['www.haufe.de', null],
      ['STERN.de', null],
      ['Anna Muster cipha[at]cipha.net', 'Anna Muster'],
      ['Dr. A. B. Muster', 'Dr. A. B. Muster'],
      // A sentence or a description is no name (an author box's text declared as the author).
      ['Alina Schadwinkel leitet die Redaktion von »Spektrum.de«.', null],
      ['Staff and news service reports', null],
      // Markup a field carries as text, a decoration, a label naming the kind of text before "von"/"by".
      ['<a href="/pl/eksperci/martyna-wasiuta" hreflang="pl">Martyna Wasiuta</a>', 'Martyna Wasiuta'],
      ['~ Cem Basman', 'Cem Basman'],
      ['Post author By Helge Fahrnberger', 'Helge Fahrnberger'],
      ['Pressemitteilung von Katja Kipping', 'Katja Kipping'],
      ['Im Wortlaut von Katja Kipping', 'Katja Kipping'],
      // A role or a parenthesis after the name, a sentence's full stop, the month a cut date leaves.
      ['Christoph Hein Chefredakteur', 'Christoph Hein'],
      ['Julia Hitz (eg)', 'Julia Hitz'],
      ['Deutsche Welle (www.dw.com)', 'Deutsche Welle'],
      ['By Tatyana Turner.', 'Tatyana Turner'],
      ['Rainer B.', 'Rainer B.'],
      ['red.', 'red.'],
      ['J.O. Haselhoef Apr. 26, 2022', 'J.O. Haselhoef'],
      ['Evan HalperStaff', 'Evan Halper'],
      ['Finian Cunningham. Sputnik International', 'Finian Cunningham'],
      ['Jonathan GarberFOXBusiness', 'Jonathan Garber'],
      ['Dr. McSchreck', 'Dr. McSchreck'],
      ['KleineGrüneMonster', 'KleineGrüneMonster'],
      ['Ursula von der Leyen', 'Ursula von der Leyen'],
      ['Die Tagespost', 'Die Tagespost'],
      ['Staff Reporter', 'Staff Reporter'],
      // No name at all: a role, a degree or a weekday alone, a date with its label, a byline's label, the kind of
      // text, a link to the author's page or a contact form, a comment count, a hidden address, words of a
      // sentence, a picture's or an editor's credit.
      ['Chefredakteur', null],
      ['PhD on April 29, 2018', null],
      ['Monday', null],
      ['Zuletzt geändert am:', null],
      ['Letzte Aktualisierung: 28.01.2022', null],
      ['Updated: Aug. 18, 2020 4:17 pm EST', null],
      ['Data: 28-04-2021, 09:29', null],
      ['Veröffentlicht am 03.02.2022 von Sarah Schnieder', null],
      ['Article by', null],
      ['Authors', null],
      ['Auteur :', null],
      ['Autor*in', null],
      ['No Author', null],
      ['Nachricht', null],
      ['Über', null],
      ['Autorenseite von', null],
      ['Contactar', null],
      ['Keine Kommentare', null],
      ['3 Comments', null],
      ['Gast', null],
      ['[email protected]', null],
      ['deinen Hochzeitsbloggern', null],
      ['Revised Edition Edited by Adrian Parr', null],
      ['Фото из Инстаграма Лукаша Подольски', null],
      ['Photograph by Ed Marshall, Redonda Restoration Programme', null],
      ['Autor/in: Korinna Hennig', 'Korinna Hennig'],
      ['S.', null],
      ['Rainer B.', 'Rainer B.'],
      ['Hire Martin', null],
      ['Follow Jana Beispiel', null],
      ['Kontaktiere Anna', null],
      ['Hirel Martin', 'Hirel Martin'],
      ['Folgert Hansen', 'Folgert Hansen'],
      // A label naming the story, a verb or a weekday a cut date leaves; a time is no name.
      ['Story By David Brancaccio | Apr 19, 2013', 'David Brancaccio'],
      ['By Richard Lawler posted Aug 18th 2010 7:30PM', 'Richard Lawler'],
      ['By Bryan Walsh Tuesday, Aug. 17, 2010', 'Bryan Walsh'],
      ['Plácido Domingo 12. Mai 2020', 'Plácido Domingo'],
      ['9:39AM BST 05 Oct 2011', null],
      // A blog theme's verb before the label, a time or a second stamp after the name.
      ['Eingestellt von Weinlachgummi um 10:52', 'Weinlachgummi'],
      ['erstellt von Dominique — veröffentlicht 28.01.2022 06:00', 'Dominique'],
      // Names in capitals end where the capitals do: not what the writers are, in sentence case after them.
      ['Par LILIAN ALEMAGNA, LAURE BRETTON Envoyés spéciaux à Toulouse', 'LILIAN ALEMAGNA, LAURE BRETTON'],
      ['STEVE PEOPLES Associated Press', 'STEVE PEOPLES Associated Press'],
      ['NEW WORK Experience', 'NEW WORK Experience'],
      // A role's own words before its role word go with it.
      ['Andrea Stone Senior Washington Correspondent', 'Andrea Stone'],
      ['Mary Clare Jalonick Staff Writer', 'Mary Clare Jalonick'],
      ['RACHEL METZ - AP Technology Writers', 'RACHEL METZ'],
      ["World's Editorial Writers", "World's Editorial Writers"],
      // A link to the writer's other articles names the writer after its label.
      ['More Richard (R.J.) Eskow.', 'Richard (R.J.) Eskow'],
      ['More stories by Ann Lee', 'Ann Lee'],
      ['Alle Artikel von Eva Schmidt', 'Eva Schmidt'],
      ['Weitere Beiträge von Max Mann', 'Max Mann'],
      ['Moreno Bianchi', 'Moreno Bianchi'],
    ];
    for (const [raw, name] of cases) expect([raw, authorName(raw)]).toEqual([raw, name]);
    // A name with an affiliation glued after it, beside the name alone, is that writer; a longer name is not.
    expect(uniqueNames(['Kelli Miller WebMD Health News', 'Kelli Miller'])).toEqual(['Kelli Miller']);
    expect(uniqueNames(['Anna Maria Schmidt', 'Anna Maria'])).toEqual(['Anna Maria Schmidt', 'Anna Maria']);
    expect(uniqueNames(['Bob Fischer', 'bob fischer'])).toEqual(['Bob Fischer']);
  });
});

describe('the writer a headline\'s date stamp names', () => {
  it('is the name after a label, else a name beside the date that opens with a first name', () => {
    const cases: Array<[string, { name: string; labelled: boolean } | null]> = [
      ['02.02.2022, 11:30 Uhr von Markus Steinrisser', { name: 'Markus Steinrisser', labelled: true }],
      // A numeric date in any order of its fields, or twice glued, is a field of its own, its slashes none.
      ['Maria Lopez Garcia 3/5/2022 22:41', { name: 'Maria Lopez Garcia', labelled: false }],
      ['17/11/201917/11/2019 ~ Anna Muster', { name: 'Anna Muster', labelled: false }],
      ['Anna Muster | 06.11.23', { name: 'Anna Muster', labelled: false }],
      // An author's label inside the stamp names the writer, a nickname too.
      ['Veröffentlicht: 05.01.2020 | Autor: kleinerbaer | Abgelegt unter: Fotografie', { name: 'kleinerbaer', labelled: true }],
      ['22. Januar 2020 @ 18:13 // Autorin: Anna Muster // ~ Lesezeit: 1 Minute', { name: 'Anna Muster', labelled: true }],
      ['Posted on 21. Juli 2019 by Realiberry', { name: 'Realiberry', labelled: true }],
      ['von Nadja Demel13.12.2022 - 08:13 Uhr13.12.2022 - 08:13 Uhr', { name: 'Nadja Demel', labelled: true }],
      ['Von Katharina Schmidt Kategorien: Mode 6. November 2023, 15:25 Uhr', { name: 'Katharina Schmidt', labelled: true }],
      ['von Sonia Mevißen Erstellt am 01.01.23 um 08:35, geändert am 01.01.23 um 08:35', { name: 'Sonia Mevißen', labelled: true }],
      ['By Alejandro Villamor Last updated Nov 8, 2023 Share with new partner:', { name: 'Alejandro Villamor', labelled: true }],
      ['1. Januar 2016 von KleineGrüneMonster Ein Kommentar', { name: 'KleineGrüneMonster', labelled: true }],
      ['Am 13. November 2019 Von Henry In Aktuell', { name: 'Henry', labelled: true }],
      ['Stars (1 / 1) 06.11.2023 13:30 von Olga Symbolbild imago', { name: 'Olga', labelled: true }],
      ['Dezember 10, 2019 · von freeman1984 · in Uncategorized', { name: 'freeman1984', labelled: true }],
      ['04.02.2022 | 15:33 Uhr | Dennis Steimels', { name: 'Dennis Steimels', labelled: false }],
      ['Michael Mäser, 02.02.2022', { name: 'Michael Mäser', labelled: false }],
      ['Frank Hahn am 18. September 2019', { name: 'Frank Hahn', labelled: false }],
      ['28. Jan. 2022 Paula Balov', { name: 'Paula Balov', labelled: false }],
      ['Tanja Karrasch3.11.2023', { name: 'Tanja Karrasch', labelled: false }],
      ['Nicole Collignon22. Februar 2020', { name: 'Nicole Collignon', labelled: false }],
      ['Shana Nys DambrotNovember 6, 2023', { name: 'Shana Nys Dambrot', labelled: false }],
      ['Tine 2. Februar 2020 Radtouren Berlin', { name: 'Tine', labelled: false }],
      ['September 15, 2020 byMobasir hassan Post a Comment', { name: 'Mobasir hassan', labelled: true }],
      ['Isabell Angele2022-12-07T10:10:52+01:0025. Dezember 2022', { name: 'Isabell Angele', labelled: false }],
      // No name: a label, a category, a place, a section or a publication beside the date.
      ['Stand: 07.11.2023, 07:30 Uhr', null],
      ['Updated May 06, 2019', null],
      ['07.12.2022 Wissenschaft Atmosphäre Klima', null],
      ['Handball Schweiz • 02.02.2022', null],
      ['Politik 02.02.2022 Berlin', null],
      ['Pressemitteilung Aktuell 02. November 2021', null],
      ['Mittwoch, März 7, 2018 21 Allgemein, Beauty Braun, Color-Shampoo, Haare färben', null],
      ['Bad Homburg, 12.03.2021', null],
      ['Neue Zürcher Zeitung, 12.03.2021', null],
      ['5 Min. 1. November 2023 Cortyn 1 Kommentar Lesezeichen', null],
    ];
    for (const [text, out] of cases) expect([text, stampByline(text)]).toEqual([text, out]);
  });

  it('knows first names from the German and English lists, and the page language\'s', () => {
    expect(['Dennis', 'Paula', 'Alejandro', 'Pressemitteilung', 'Handball', 'Radtouren'].map((w) => isFirstName(w))).toEqual([true, true, true, false, false, false]);
    expect([isFirstName('Loïc'), isFirstName('Loïc', 'fr'), isFirstName('Loïc', 'de')]).toEqual([false, true, false]);
    expect(stampByline('Loïc Le Clerc, 12.03.2021', 'fr')).toEqual({ name: 'Loïc Le Clerc', labelled: false });
    expect(stampByline('Loïc Le Clerc, 12.03.2021', 'de')).toBeNull();
  });

  it('finds accented first names the lists hold without their accents', () => {
    expect(['Víctor', 'María', 'Andrés', 'Óscar', 'Más', 'Política'].map((w) => isFirstName(w, 'es'))).toEqual([true, true, true, true, false, false]);
    expect(isPersonName('Víctor Castellanos', 'es')).toBe(true);
  });

  it('knows the German given names the German list lacks, and no word among them', () => {
    expect(['Swantje', 'Sönke', 'Tjark', 'Korbinian', 'Achim', 'Tore', 'Traute', 'Nike'].map((w) => isFirstName(w, 'de'))).toEqual([true, true, true, true, true, false, false, false]);
    // Popular ones of the last decades and Turkish ones common in Germany, by the curated lists too: a name alone under a headline ("Ronja Beck").
    expect(['Ronja', 'Jakob', 'Finja', 'Mattis', 'Deniz', 'Elif', 'Can'].map((w) => isCuratedFirstName(w, 'de'))).toEqual([true, true, true, true, true, true, false]);
    // A double first name is one when both of its parts are; not a compound of other words.
    expect(['Anna-Lena', 'Benjamin-Immanuel', 'Hans-Peter', 'Anna-', 'Rad-Weg', 'Anna-Lena-Marie'].map((w) => isCuratedFirstName(w, 'de'))).toEqual([true, true, true, false, false, false]);
    expect(isPersonName('Benjamin-Immanuel Hoff', 'de', true)).toBe(true);
    expect(stampByline('Swantje Schemmerling | 06.11.23', 'de')).toEqual({ name: 'Swantje Schemmerling', labelled: false });
    expect(stampByline('Tore Spieltag | 06.11.23', 'de')).toBeNull();
  });

  const para = 'Der Stadtrat hat am Dienstag beschlossen, in der Innenstadt zwölf Kilometer neue Radwege zu bauen, und die Arbeiten sollen schon im Frühjahr beginnen.';
  /** A text dump: menu, headline, the given lines (each its own block), then two paragraphs of the text. */
  const dumpWith = (...lines: string[]) =>
    ['Startseite', 'Politik', '', 'Neue Radwege für die Innenstadt', '', ...lines.flatMap((l) => [l, '']), para.replace('Dienstag', 'Mittwoch'), '', para.replace('Dienstag', 'Donnerstag'), ''].join('\n');

  it('names the writers of a text dump whose headline stamp carries the byline', async () => {
    const dump = (stamp: string) => dumpWith(stamp, para);
    expect((await runText(dump('04.02.2022 | 15:33 Uhr | Dennis Steimels'))).article!.authors).toEqual(['Dennis Steimels']);
    expect((await runText(dump('07.12.2022 Wissenschaft Atmosphäre Klima'))).article!.authors).toEqual([]);
  });

  it('or the stamp in the header the article\'s container left out, above the headline', async () => {
    const page = (stamp: string) => ['Startseite', '', 'Politik', '', 'Sport', '', stamp, '', 'Neue Radwege für die Innenstadt', '', para, '', para.replace('Dienstag', 'Mittwoch'), '', 'Weitere Artikel', '', 'Neue Busse für die Stadt', ''].join('\n');
    const signed = (await runText(page('Dennis Steimels 3/5/2022 22:41'))).article!;
    expect([signed.authors, signed.published?.value.slice(0, 10)]).toEqual([['Dennis Steimels'], '2022-05-03']);
    expect((await runText(page('Radwege Aktuell 3/5/2022 22:41'))).article!.authors).toEqual([]);
  });

  it('or a post\'s meta line under the text, with the publication day and a labelled name; not a comment\'s, nor another day\'s', async () => {
    const page = (meta: string) =>
      ['Startseite', '', 'Neue Radwege für die Innenstadt', '', 'Veröffentlicht am 26.12.2019', '', para, '', para.replace('Dienstag', 'Mittwoch'), '', 'Teilen', '', 'Gefällt mir:', '', meta, '', 'Beitragsnavigation', '', '← Helden auf der Couch', '', 'Kommentar verfassen', ''].join('\n');
    expect((await runText(page('Dezember 26, 2019 von Andrea Kategorien: Allgemein | Hinterlasse einen Kommentar'))).article!.authors).toEqual(['Andrea']);
    expect((await runText(page('geschrieben von Andrea Muster am 26. Dez. 2019, 20:02 [ antworten ]'))).article!.authors).toEqual([]);
    expect((await runText(page('Dezember 27, 2019 von Andrea Kategorien: Allgemein'))).article!.authors).toEqual([]);
  });

  it('or such a line over the text the article\'s container left out, whatever the comments under the text say', async () => {
    const texts = ['C’est la guerre. Et pourtant, à moi aussi, la violence me manque. Faute d’audiences, certains s’essaient au télétravail, mais rien ne remplace la salle.', 'Je fais des efforts pour m’intéresser. Je sais par exemple que le sort des juges n’est pas plus enviable que le nôtre, et que les greffes sont fermés.', 'Le débat scientifique a remplacé le débat judiciaire. Ce n’est pas beau à voir. Un professeur de médecine tient tête à tout le monde depuis Marseille.'];
    // No headline element and no author element (class names hashed): the line over the text and the commenters' under it.
    const page = (byline: string, comments: string[]) =>
      `<html lang="fr"><head><title>Raoult et moi</title><meta property="article:published_time" content="2020-05-07"></head><body><div class="css-h"><div class="css-k">Le droit en débats</div><div class="css-b">${byline}</div></div><div class="css-t">${texts.map((t) => `<p>${t}</p>`).join('')}</div><div class="css-c"><h3>Commentaires</h3>${comments.map((c) => `<div class="css-m">${c}</div><div class="css-n">Pourquoi en vouloir aux harpistes ?</div>`).join('')}</div></body></html>`;
    const authors = async (byline: string, comments: string[]) => (await runText(page(byline, comments), 'page.html')).article!.authors;
    expect(await authors('Par Anna Muster le 07 mai 2020', ['par JPA le 7 mai 2020 - 12:38.'])).toEqual(['Anna Muster']);
    // Two such lines, none over the text, are a list of comments: no writer.
    expect(await authors('Le 07 mai 2020', ['par JPA le 7 mai 2020 - 12:38.', 'par Tom Beispiel le 7 mai 2020 - 13:02.'])).toEqual([]);
  });

  it('or the name over the bio of the one author box under the text, where the bio opens with it', async () => {
    const page = (box: string[]) =>
      ['Startseite', '', 'Neue Radwege für die Innenstadt', '', para, '', para.replace('Dienstag', 'Mittwoch'), '', 'Teilen', '', ...box.flatMap((l) => [l, '']), 'Kommentar schreiben', ''].join('\n');
    const bio = (name: string) => `${name} (Jahrgang 1962) schreibt seit mehr als 25 Jahren über Verkehr und Stadtplanung, zuerst für Tageszeitungen, heute vor allem für Magazine.`;
    // "Jossi" is in no list of first names: the box's bio, opening with the name, vouches for it.
    expect((await runText(page(['Über den Autor', 'Jossi Loibl', bio('Jossi Loibl')]))).article!.authors).toEqual(['Jossi Loibl']);
    // A bio about someone else vouches for no name; two boxes are a list of authors.
    expect((await runText(page(['Über den Autor', 'Jossi Loibl', bio('Tom Beispiel')]))).article!.authors).toEqual([]);
    expect((await runText(page(['Über den Autor', 'Jossi Loibl', bio('Jossi Loibl'), 'Über die Autorin', 'Anna Muster', bio('Anna Muster')]))).article!.authors).toEqual([]);
  });

  it('or the name under a byline label under the text, also where the name stands twice on the page', async () => {
    // The paper's signature under the text: the date, "Kommentar von", the writer, and the writer's name again over a box of their articles.
    const page = (label: string, name: string) =>
      ['Startseite', '', 'Neue Radwege für die Innenstadt', '', para, '', para.replace('Dienstag', 'Mittwoch'), '', 'Schwerpunkt Verkehr', '', '13. 1. 2020', '', label, '', name, '', 'Redakteur für Verkehr', '', 'Mehr zum Thema', '', 'Die Bahn streikt wieder', '', 'mehr von', '', name, ''].join('\n');
    const signed = (await runText(page('Kommentar von', 'Ingo Arzt'))).article!;
    expect([signed.authors, signed.published?.value.slice(0, 10)]).toEqual([['Ingo Arzt'], '2020-01-13']);
    // No person's name under the label: no writer.
    expect((await runText(page('Kommentar von', 'Radwege Aktuell'))).article!.authors).toEqual([]);
  });

  it('or the labelled byline beside the stamp the date came from, under the text among the teasers', async () => {
    const page = (byline: string) =>
      ['Startseite', '', 'Neue Radwege für die Innenstadt', '', para, '', para.replace('Dienstag', 'Mittwoch'), '', 'Diese Artikel könnten dich auch interessieren:', '', 'Neue Busse für die Stadt', '', 'Themen', 'Verkehr', byline, '18.10.2019 16:06 Uhr', '', 'Mehr zum Thema', '', 'Die Bahn streikt wieder', '', 'Der Flughafen wird teurer', ''].join('\n');
    const signed = (await runText(page('von Ulrike'))).article!;
    expect([signed.authors, signed.published?.value.slice(0, 10)]).toEqual([['Ulrike'], '2019-10-18']);
    expect((await runText(page('Von Risiken und Nebenwirkungen'))).article!.authors).toEqual([]);
  });

  it('or a line that is a name alone under the headline, opening with a first name of the curated lists', async () => {
    expect([isPersonName('Christoph Hein', 'de', true), isPersonName('Nuño Domínguez', 'es', true), isPersonName('Link Copied', 'en'), isPersonName('Link Copied', 'en', true), isPersonName('General Information', 'en', true), isPersonName('EFE EFE'), isPersonName('Handball Schweiz')]).toEqual([true, true, true, false, false, false, false]);
    const dump = (line: string) => dumpWith(line, para);
    expect((await runText(dump('Christoph Hein'))).article!.authors).toEqual(['Christoph Hein']);
    // After the lead, kept, it is the byline, not a heading of the text.
    const named = (await runText(dumpWith(para, 'Christoph Hein'))).article!;
    expect(named.authors).toEqual(['Christoph Hein']);
    expect(named.text).not.toContain('Christoph Hein');
    expect((await runText(dump('Radwege Aktuell'))).article!.authors).toEqual([]);
    // With a relative stamp after a bar or a dot, as tickers write it.
    expect((await runText(dump('Christoph Hein | vor 3 Stunden'))).article!.authors).toEqual(['Christoph Hein']);
    expect((await runText(dump('Christoph Hein · 3 hours ago'))).article!.authors).toEqual(['Christoph Hein']);
    expect((await runText(dump('Radwege Aktuell | vor 3 Stunden'))).article!.authors).toEqual([]);
    // Repeated once further down (the author box under the text), it is still the writer; repeated more, a teaser's.
    const boxed = (times: number) => dump('Christoph Hein') + '\n' + Array.from({ length: times }, () => 'Über den Autor\n\nChristoph Hein\n\nImpressum\n').join('\n');
    expect((await runText(boxed(1))).article!.authors).toEqual(['Christoph Hein']);
    expect((await runText(boxed(3))).article!.authors).toEqual([]);
    // Under a picture credit's label it is the photographer.
    expect((await runText(dump('Foto:\n\nChristoph Hein'))).article!.authors).toEqual([]);
    // Under a production credit's label (a podcast's or a video's credits) it is who spoke, mixed or filmed it.
    expect((await runText(dump('Voix\n\nChristoph Hein'))).article!.authors).toEqual([]);
    expect((await runText(dump('Schnitt\n\nChristoph Hein'))).article!.authors).toEqual([]);
    // A name the headline mentions (a picture's, under it) is whom the text is about.
    const about = (await runText(dump('Christoph Hein.').replace('Neue Radwege für die Innenstadt', 'Neue Radwege: Christoph Hein stellt den Plan vor'))).article!;
    expect([about.title, about.authors]).toEqual(['Neue Radwege: Christoph Hein stellt den Plan vor', []]);
  });

  it('a name alone under the headline also beside a byline that names only a team', async () => {
    const lines = ['Christoph Hein\nRedaktion Stadtkurier.de\n25.01.2022 14:47 Uhr', para].join('\n\n');
    expect((await runText(dumpWith(lines))).article!.authors).toEqual(['Redaktion Stadtkurier.de', 'Christoph Hein']);
  });

  it('or the person an author box\'s link names, wherever it stands', async () => {
    const withLink = (link: string) => `${dumpWith(para)}\nÄhnliche Beiträge\n\n${link}\n`;
    expect((await runText(withLink('Alle Artikel von Tanja Karrasch'))).article!.authors).toEqual(['Tanja Karrasch']);
    expect((await runText(withLink('More from Matthew Humphries'))).article!.authors).toEqual(['Matthew Humphries']);
    expect((await runText(withLink('More from The Guardian'))).article!.authors).toEqual([]);
    expect((await runText(withLink('Mehr von uns'))).article!.authors).toEqual([]);
  });

  it('or the name on the line right beside the date stamp the date came from', async () => {
    expect(namesBesideStamp(['Ronja Beck', '/ 16.11.2018, 03:00 Uhr', para], 1)).toEqual(['Ronja Beck']);
    expect(namesBesideStamp([para, 'am Sonntag, 11.12.2022 - 05:00', 'Amelie Siekmann,'], 1)).toEqual(['Amelie Siekmann']);
    expect(namesBesideStamp(['Radwege Aktuell', '16.11.2018', 'Politik'], 1)).toEqual([]);
    // The writer's role glued before the name is left out; a role alone names nobody.
    expect(namesBesideStamp(['FOCUS-Online-Experte Robin Tschöpe', 'Freitag, 06.07.2018, 10:29', para], 1, 'de')).toEqual(['Robin Tschöpe']);
    expect(namesBesideStamp(['SPIEGEL-Korrespondentin', 'Freitag, 06.07.2018, 10:29', para], 1, 'de')).toEqual([]);
    // Two writers: the first a person's name, the second shaped like one (a first name the lists lack).
    expect(namesBesideStamp(['Ibtisam Mahdi, Ruwaida Kamal Amer', 'November 8 2023, 3:18 p.m.', para], 1, 'en')).toEqual(['Ibtisam Mahdi', 'Ruwaida Kamal Amer']);
    expect(namesBesideStamp(['Anna Muster und Tom Beispiel', '16.11.2018', para], 1)).toEqual(['Anna Muster', 'Tom Beispiel']);
    // Not a list of places or sections, nor one whose first is no person's name.
    expect(namesBesideStamp(['Berlin, Hamburg, München', '16.11.2018', para], 1)).toEqual([]);
    expect(namesBesideStamp(['Politik und Wirtschaft', '16.11.2018', para], 1)).toEqual([]);
    expect((await runText(dumpWith('Leena Simon', 'Veröffentlicht am 06.10.2023', para))).article!.authors).toEqual(['Leena Simon']);
    expect((await runText(dumpWith('Radwege Aktuell', 'Veröffentlicht am 06.10.2023', para))).article!.authors).toEqual([]);
    // Nor is the headline beside the stamp the writer ("Ben Wilson Surf" over "20.06.2019").
    expect((await runText(['Startseite', '', 'Ben Wilson Surf', '', '20.06.2019', '', para, '', para.replace('Dienstag', 'Mittwoch'), ''].join('\n'))).article!.authors).toEqual([]);
  });
});

describe('a byline with the picture\'s credit glued after it', () => {
  it('is a byline ("von Alexander Karper Foto: © GEPA"), and names the writer beside the stamp under the headline', async () => {
    expect(isByline('von Alexander Karper Foto: © GEPA')).toBe(true);
    expect(isByline('Blick auf den Hafen Foto: © GEPA')).toBe(false);
    const body = 'Wie intensiv die Transferzeit beim Verein tatsächlich ist, verdeutlicht ein Blick auf die vielen Gespräche der letzten Tage mit Spielern und Beratern.';
    const page = ['Top Themen', '', 'Rapids Trainer geschlaucht', '', 'Barisic: "Dann hau ich mein Handy zam"', '', 'von Alexander Karper Foto: © GEPA', 'Wien - Mittwoch, 02.02.2022, 11:17 Uhr', '', body, '', body.replace('Tage', 'Wochen'), ''].join('\n');
    expect((await runText(page)).article!.authors).toEqual(['Alexander Karper']);
  });
});

describe('a Chinese page\'s byline', () => {
  it('is the label of the editor, writer or reporter and the names, and names the writer under the text', async () => {
    for (const line of ['责任编辑：王小明', '【纠错】 责任编辑： 李华', '（记者：王小明、李华）']) expect(isByline(line), line).toBe(true);
    for (const line of ['编辑部的故事是一部电视剧，讲述了一家杂志社的日常生活。', '作者：这本书的作者是谁？']) expect(isByline(line), line).toBe(false);
    const page = [
      '首页', '新闻', '财经', '',
      '益阳：数字农业让小农户尝到甜头',
      '',
      '数字化农业的甜头，小农户在销售产品中感受更深。在益阳，越来越多的农民通过网络平台把自家的农产品卖到全国各地，收入比过去提高了不少。',
      '',
      '当地政府还为农户提供培训，帮助他们学会使用手机直播和网上店铺，让更多的人了解这些优质的农产品，也让农村的年轻人愿意留在家乡创业。',
      '',
      '责任编辑：孔德明',
      '',
      '相关新闻', '热点推荐',
    ].join('\n');
    expect((await runText(page)).article!.authors).toEqual(['孔德明']);
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

describe('short lines in a row in a text dump', () => {
  it('are the items of a list, a line ending in a colon among them its label, and a heading over a paragraph stays one', async () => {
    const text = [
      'Startseite',
      'Rezepte',
      'Mandarinen-Schmand-Kuchen',
      'Ein saftiger Kuchen für den Sonntag, den auch Anfänger ohne Mühe backen können, wenn sie sich an das Rezept halten.',
      'Für den Mürbeteig:',
      '125 g Mehl',
      '65 g Zucker',
      '1 TL Backpulver',
      'Zubereitung',
      'Den Teig aus Mehl, Zucker und Backpulver kneten und eine halbe Stunde kühl stellen, dann in die gefettete Form drücken.',
      'Die Füllung auf dem Teig verteilen und den Kuchen bei 180 Grad etwa eine Stunde backen, danach gut auskühlen lassen.',
    ].join('\n');
    const a = (await runText(text)).article!;
    const kinds = Object.fromEntries(a.blocks.map((b) => [b.text.slice(0, 18), b.kind]));
    expect(kinds).toMatchObject({ 'Für den Mürbeteig:': 'heading', '125 g Mehl': 'list-item', '65 g Zucker': 'list-item', '1 TL Backpulver': 'list-item', Zubereitung: 'heading' });
  });
});

describe('a key-points box', () => {
  const para = 'Der Stadtrat hat am Dienstag beschlossen, in der Innenstadt zwölf Kilometer neue Radwege zu bauen, und die Arbeiten sollen schon im Frühjahr beginnen.';
  it('gives its points as highlights: in a text dump the lines up to the next blank line', async () => {
    const text = ['Neue Radwege für die Innenstadt', para, '', 'Das Wichtigste in Kürze', '', 'Zwölf Kilometer neue Radwege entstehen bis zum Sommer.', 'Die Stadt zahlt zwei Drittel der Kosten.', '', para, para].join('\n');
    const a = (await runText(text)).article!;
    expect(a.highlights).toEqual(['Zwölf Kilometer neue Radwege entstehen bis zum Sommer.', 'Die Stadt zahlt zwei Drittel der Kosten.']);
    expect(a.text).toContain('Die Stadt zahlt zwei Drittel der Kosten.');
  });

  it('in HTML the items of the list under its label; a bare "Highlights" is a site\'s featured stories', async () => {
    const html = (label: string) => `<html lang="de"><head><title>Neue Radwege für die Innenstadt</title></head><body><article><h1>Neue Radwege für die Innenstadt</h1><p>${para}</p><h3>${label}</h3><ul><li>Zwölf Kilometer neue Radwege</li><li>Die Stadt zahlt zwei Drittel</li></ul><p>${para}</p><p>${para}</p></article></body></html>`;
    expect((await runText(html('Auf einen Blick:'), 'page.html')).article!.highlights).toEqual(['Zwölf Kilometer neue Radwege', 'Die Stadt zahlt zwei Drittel']);
    expect((await runText(html('Highlights'), 'page.html')).article!.highlights).toEqual([]);
  });
});

describe('authors of an HTML page', () => {
  it('are the declared names without their labels, an agency among them goes to the agencies', async () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Neue Radwege für die Innenstadt', author: [{ '@type': 'Person', name: 'Par Anna Muster' }, { '@type': 'Organization', name: 'Reuters' }] };
    const para = 'Der Stadtrat hat am Dienstag beschlossen, in der Innenstadt zwölf Kilometer neue Radwege zu bauen, und die Arbeiten sollen schon im Frühjahr beginnen.';
    const html = `<html lang="de"><head><title>Neue Radwege für die Innenstadt</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><h1>Neue Radwege für die Innenstadt</h1><p>${para}</p><p>${para}</p><p>${para}</p></article></body></html>`;
    const doc = await runText(html, 'page.html');
    expect(doc.article!.authors).toEqual(['Anna Muster']);
    expect(doc.article!.agencies).toEqual(['Reuters']);
  });

  it('are not the web agency a template\'s author tag credits, a company with its web address', async () => {
    const para = 'Der Stadtrat hat am Dienstag beschlossen, in der Innenstadt zwölf Kilometer neue Radwege zu bauen, und die Arbeiten sollen schon im Frühjahr beginnen.';
    const page = (author: string) => `<html lang="de"><head><title>Neue Radwege</title><meta name="author" content="${author}"></head><body><article><h1>Neue Radwege</h1><p>${para}</p><p>${para}</p></article></body></html>`;
    expect((await runText(page('Web Commerce GmbH www.w-commerce.de'), 'page.html')).article!.authors).toEqual([]);
    expect((await runText(page('Anna Muster'), 'page.html')).article!.authors).toEqual(['Anna Muster']);
    // A writer beside her own site is still the writer.
    expect((await runText(page('Anna Muster, www.annamuster.de'), 'page.html')).article!.authors).not.toEqual([]);
  });

  const para = 'Der Stadtrat hat am Dienstag beschlossen, in der Innenstadt zwölf Kilometer neue Radwege zu bauen, und die Arbeiten sollen schon im Frühjahr beginnen.';
  const text = `<p>${para}</p><p>${para.replace('Dienstag', 'Mittwoch')}</p><p>${para.replace('Dienstag', 'Donnerstag')}</p>`;
  const related = '<div class="related"><h3>Mehr zum Thema</h3><ul><li><a href="/a">Neue Ampeln in der Altstadt</a> Von Tom Beispiel</li><li><a href="/b">Der Busplan für 2024</a> Von Eva Schmidt</li></ul></div>';

  it('are named by the byline under the headline that the article\'s container left out, not by a teaser\'s', async () => {
    const html = `<html lang="de"><head><title>Neue Radwege für die Innenstadt</title></head><body><div class="page-head"><h1>Neue Radwege für die Innenstadt</h1><div class="meta">Von Anna Muster | 12.10.2020</div></div><div class="post">${text}</div>${related}</body></html>`;
    const doc = await runText(html, 'page.html');
    expect(doc.article!.authors).toEqual(['Anna Muster']);
  });

  it('are named by the writer\'s name alone under the last paragraph, not a person the text speaks of, nor a heading over a paragraph', async () => {
    const page = (body: string) => `<html lang="de"><head><title>Neue Radwege für die Innenstadt</title></head><body><article><h1>Neue Radwege für die Innenstadt</h1>${body}</article></body></html>`;
    const signed = await runText(page(`${text}<p><b><i>Anna Muster</i></b></p><h3>Kurznachrichten</h3>`), 'page.html');
    expect(signed.article!.authors).toEqual(['Anna Muster']);
    expect(signed.article!.text).not.toContain('Anna Muster');
    // The text names her: a person it speaks of.
    const named = `<p>${para}</p><p>${para.replace('Der Stadtrat', 'Bürgermeisterin Anna Muster')}</p><p>${para.replace('Dienstag', 'Donnerstag')}</p>`;
    expect((await runText(page(`${named}<p>Anna Muster</p>`), 'page.html')).article!.authors).toEqual([]);
    // A heading naming a person over a paragraph about them.
    expect((await runText(page(`${text}<h2>Anna Muster</h2><p>${para.replace('Der Stadtrat', 'Die Planerin')}</p>`), 'page.html')).article!.authors).toEqual([]);
  });

  it('are named, where nothing else names one, by the one person the page\'s copyright notice names; not a company, nor a picture\'s credit, nor one of two people', async () => {
    const page = (footer: string, figure = '') =>
      `<html lang="de"><head><title>Neue Radwege für die Innenstadt</title></head><body><article><h1>Neue Radwege für die Innenstadt</h1>${figure}${text}</article><footer><p>${footer}</p><p>Impressum</p></footer></body></html>`;
    expect((await runText(page('© 2019 Anna Muster'), 'page.html')).article!.authors).toEqual(['Anna Muster']);
    expect((await runText(page('Copyright (c) 2012- Anna Muster. All rights reserved.'), 'page.html')).article!.authors).toEqual(['Anna Muster']);
    expect((await runText(page('© 2019 Anna Muster Verlag GmbH'), 'page.html')).article!.authors).toEqual([]);
    expect((await runText(page('© 2019 Radwege Aktuell'), 'page.html')).article!.authors).toEqual([]);
    expect((await runText(page('© 2019 Anna Muster</p><p>© 2020 Tom Beispiel'), 'page.html')).article!.authors).toEqual([]);
    expect((await runText(page('Impressum', '<figure><img src="rad.jpg"><figcaption>© Tom Beispiel</figcaption></figure>'), 'page.html')).article!.authors).toEqual([]);
  });

  it('are named by a label and a name that are one link, the writer\'s e-mail address ("Von:" over "Anna Muster")', async () => {
    const page = (name: string) =>
      `<html lang="de"><head><title>Neue Radwege für die Innenstadt</title></head><body><article><h1>Neue Radwege für die Innenstadt</h1>${text}<p><a href="mailto:redaktion@example.org"><b>Von:</b><br><br>${name}</a></p></article></body></html>`;
    expect((await runText(page('Anna Muster'), 'page.html')).article!.authors).toEqual(['Anna Muster']);
    expect((await runText(page('Radwege Aktuell'), 'page.html')).article!.authors).toEqual([]);
  });

  it('are named on the line under a byline label alone ("Text:" over "Anna Muster")', async () => {
    const html = `<html lang="de"><head><title>Neue Radwege für die Innenstadt</title></head><body><article><h1>Neue Radwege für die Innenstadt</h1>${text}<p>Text:</p><p>Anna Muster</p></article></body></html>`;
    expect((await runText(html, 'page.html')).article!.authors).toEqual(['Anna Muster']);
  });

  it('are named by a byline split on two lines right after the text of a dump ("Von:" over "Anna Muster"), not taken for two teasers\' bylines', async () => {
    const dump = ['Neue Radwege für die Innenstadt', para, para.replace('Dienstag', 'Mittwoch'), para.replace('Dienstag', 'Donnerstag'), 'Von:', 'Anna Muster', 'Meist gesucht:', 'Impressum', 'Datenschutz'].join('\n\n');
    expect((await runText(dump, 'page.txt')).article!.authors).toEqual(['Anna Muster']);
  });

  it('are named by a labelled byline outside the article where nothing else names them ("Author: Anna Muster" under it)', async () => {
    const html = (meta: string) => `<html lang="de"><head><title>Neue Radwege für die Innenstadt</title></head><body><main><article><h1>Neue Radwege für die Innenstadt</h1>${text}</article><ul class="post-meta"><li>${meta}</li><li>12.10.2020</li></ul></main>${related}</body></html>`;
    expect((await runText(html('Author: Anna Muster'), 'page.html')).article!.authors).toEqual(['Anna Muster']);
    // A blog theme's verb is a label too ("Posted by … at 2:33 PM"); a teaser's bare "von" is none.
    expect((await runText(html('Posted by Anna Muster at 2:33 PM'), 'page.html')).article!.authors).toEqual(['Anna Muster']);
    expect((await runText(html('von Anna Muster'), 'page.html')).article!.authors).toEqual([]);
    // Without its label a name beside the article is no byline.
    expect((await runText(html('Anna Muster'), 'page.html')).article!.authors).toEqual([]);
    // The label alone, the name on the next line; without a colon only over a person's name (not a menu's "Autoren" over "Serien").
    expect((await runText(html('Autor:</li><li>Anna Muster'), 'page.html')).article!.authors).toEqual(['Anna Muster']);
    expect((await runText(html('Autor</li><li>Anna Muster'), 'page.html')).article!.authors).toEqual(['Anna Muster']);
    expect((await runText(html('Autoren</li><li>Serien'), 'page.html')).article!.authors).toEqual([]);
    // A press service beside the writer is the article's agency, not a second writer.
    const serviced = (await runText(html('Autor:</li><li>Peter Muster/SP-X'), 'page.html')).article!;
    expect([serviced.authors, serviced.agencies]).toEqual([['Peter Muster'], ['SP-X']]);
  });

  it('are not the site declared as a second author beside the writer', async () => {
    // The site is the publisher.
    const declared = `<html lang="de"><head><title>Neue Radwege für die Innenstadt</title><meta property="og:site_name" content="Stadtkurier"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Neue Radwege für die Innenstadt","author":[{"@type":"Person","name":"Anna Muster"},{"@type":"Organization","name":"Stadtkurier"}]}</script></head><body><main><article><h1>Neue Radwege für die Innenstadt</h1>${text}</article></main></body></html>`;
    const withSite = (await runText(declared, 'page.html')).article!;
    expect([withSite.authors, withSite.publisher]).toEqual([['Anna Muster'], 'Stadtkurier']);
  });

  it('are the writer a byline in the text names where the site is declared as the author, else the site', async () => {
    // No author element (its class names hashed, as CSS-in-JS serves them): only the text names the writer.
    const page = (byline: string) =>
      `<html lang="de"><head><title>Neue Radwege für die Innenstadt</title><meta property="og:site_name" content="Stadtkurier"><meta name="author" content="Stadtkurier"></head><body><main><article class="css-1x"><h1>Neue Radwege für die Innenstadt</h1>${byline}${text}</article></main></body></html>`;
    // A name line under the headline is read only where no writer is named yet: the site declared no longer counts as one.
    expect((await runText(page('<p class="css-2y">Anna Muster | vor 3 Stunden</p>'), 'page.html')).article!.authors).toEqual(['Anna Muster']);
    // A blog named as its writer is: the site stays where nothing else names one.
    expect((await runText(page(''), 'page.html')).article!.authors).toEqual(['Stadtkurier']);
  });
});

describe('kinds of an HTML page\'s blocks', () => {
  const para = 'Der Stadtrat hat am Dienstag beschlossen, in der Innenstadt zwölf Kilometer neue Radwege zu bauen, und die Arbeiten sollen schon im Frühjahr beginnen.';
  // Another paragraph closes the text: the same one again would be a copy (strip/duplicate-paragraph).
  const last = 'Die Opposition hält die Pläne für zu teuer und verlangt, dass der Stadtrat zuerst die vorhandenen Radwege in der Innenstadt saniert.';
  const page = (body: string) => `<html lang="de"><head><title>Neue Radwege für die Innenstadt</title></head><body><article><h1>Neue Radwege für die Innenstadt</h1><p>${para}</p>${body}<p>${last}</p></article></body></html>`;

  it('an item of a list is a list item, however short and unpunctuated (it used to be a heading by its shape)', async () => {
    const a = (await runText(page('<p>Das sind die Pläne für die Wege:</p><ul><li>Zwölf Kilometer neue Radwege</li><li>Ampeln mit grüner Welle für Radfahrer bis 2026</li></ul><h2>Was die Opposition sagt</h2>'), 'page.html')).article!;
    expect(a.blocks.map((b) => [b.kind, b.text.slice(0, 20)])).toEqual([
      ['paragraph', para.slice(0, 20)],
      ['heading', 'Das sind die Pläne f'],
      ['list-item', 'Zwölf Kilometer neue'],
      ['list-item', 'Ampeln mit grüner We'],
      ['heading', 'Was die Opposition s'],
      ['paragraph', last.slice(0, 20)],
    ]);
  });

  it('a short line with a sentence ending inside it is a paragraph, not a heading; "Dr. Muster" ends none', async () => {
    const a = (await runText(page('<p>Die Stadt hat neue Pläne. Die Einzelheiten kommen von der Verwaltung:</p><p>Dr. Muster erklärt die Pläne</p>'), 'page.html')).article!;
    expect(a.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph']);
  });

  it('a heading-shaped line that ends the text heads nothing: it is a closing paragraph', async () => {
    const closing = (body: string) => `<html lang="de"><head><title>Neue Radwege für die Innenstadt</title></head><body><article><h1>Neue Radwege für die Innenstadt</h1><p>${para}</p><p>${last}</p>${body}</article></body></html>`;
    const a = (await runText(closing('<p>Im Netz sorgten die Pläne für Spott:</p>'), 'page.html')).article!;
    expect(a.blocks.map((b) => [b.kind, b.text.slice(0, 20)])).toEqual([
      ['paragraph', para.slice(0, 20)],
      ['paragraph', last.slice(0, 20)],
      ['paragraph', 'Im Netz sorgten die '],
    ]);
    // The same line over a paragraph heads it.
    const headed = (await runText(page('<p>Im Netz sorgten die Pläne für Spott:</p>'), 'page.html')).article!;
    expect(headed.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
  });
});

describe('the writers of a declared author field', () => {
  it('splits a list of names and drops the affiliation, role or degree after them', () => {
    const cases: Array<[string, string[], string[]]> = [
      ['Lisa Kaczke and Trevor J. Mitchell', ['Lisa Kaczke', 'Trevor J. Mitchell'], []],
      ["Sadhbh O'Sullivan,Elisabeth Kochan", ["Sadhbh O'Sullivan", 'Elisabeth Kochan'], []],
      ["'Luana Patriolino, Raphael Felice'", ['Luana Patriolino', 'Raphael Felice'], []],
      ['Juan Pérez y María López', ['Juan Pérez', 'María López'], []],
      ['Rob Picheta, CNN', ['Rob Picheta'], []],
      ['Tanza Loudenback, Business Insider', ['Tanza Loudenback'], []],
      ['Troy L. Smith, Cleveland.com', ['Troy L. Smith'], []],
      ['Grant Tinsley, PhD', ['Grant Tinsley'], []],
      ['Ilana Muhlstein, MS, RDN', ['Ilana Muhlstein'], []],
      ['Tina Klostermeier,TK', ['Tina Klostermeier'], []],
      ['Max Muster, dpa', ['Max Muster'], ['dpa']],
      // Agencies sign in capitals, sometimes glued to the last name.
      ['STEVE PEOPLES, AP National Political Writer', ['Steve Peoples'], []],
      ['LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKERAssociated Press', ['Lisa Mascaro', 'Mary Clare Jalonick', 'Eric Tucker'], ['AP']],
      ['Kevin Johnson and Kevin McCoy\n   USA TODAY', ['Kevin Johnson', 'Kevin McCoy'], []],
      ['JANIE HAR', ['Janie Har'], []],
      ['LILIAN ALEMAGNA, LAURE BRETTON', ['Lilian Alemagna', 'Laure Bretton'], []],
      // The site's own name after the writer.
      ['Victor Tangermann, Futurism', ['Victor Tangermann'], []],
      // Not a list of writers: the surname first, one family, places, organisations; a publication keeps its capitals.
      ['Harm, Robert', ['Harm, Robert'], []],
      ['Anthony, Maya, Nadine, and Caroline Ghosn', ['Anthony, Maya, Nadine, and Caroline Ghosn'], []],
      ['Markus M. Haefliger, London, Beat Bumbacher', ['Markus M. Haefliger, London, Beat Bumbacher'], []],
      ['Feuerwehr Oldenburg, Abteilung Wasserrettung', ['Feuerwehr Oldenburg, Abteilung Wasserrettung'], []],
      ['AUTO ZEITUNG', ['AUTO ZEITUNG'], []],
      ['TAG24', ['TAG24'], []],
    ];
    for (const [raw, names, agencies] of cases) expect([raw, writerNames(raw, 'Futurism')]).toEqual([raw, { names, agencies }]);
  });

  it('reads an HTML page\'s author meta with an entity escaped twice and the writers it lists', async () => {
    const para = 'Der Stadtrat hat am Dienstag beschlossen, in der Innenstadt zwölf Kilometer neue Radwege zu bauen, und die Arbeiten sollen schon im Frühjahr beginnen.';
    const html = (author: string) => `<html lang="de"><head><title>Neue Radwege für die Innenstadt</title><meta name="author" content="${author}"></head><body><article><h1>Neue Radwege für die Innenstadt</h1><p>${para}</p><p>${para}</p><p>${para}</p></article></body></html>`;
    expect((await runText(html('Redacci&amp;oacute;n Diario'), 'page.html')).article!.authors).toEqual(['Redacción Diario']);
    expect((await runText(html('Luis \\u00c1vila'), 'page.html')).article!.authors).toEqual(['Luis Ávila']);
    expect((await runText(html('Anna Muster und Tom Beispiel'), 'page.html')).article!.authors).toEqual(['Anna Muster', 'Tom Beispiel']);
  });
});

describe('the headline repeated in the body', () => {
  it('is the title, not the body\'s first line', async () => {
    const para = 'Der Stadtrat hat am Dienstag beschlossen, in der Innenstadt zwölf Kilometer neue Radwege zu bauen, und die Arbeiten sollen schon im Frühjahr beginnen.';
    const html = `<html lang="de"><head><title>Neue Radwege für die Innenstadt: Der Stadtrat gibt grünes Licht für zwölf Kilometer | Stadtkurier</title></head><body><div class="head"><h1>Neue Radwege für die Innenstadt: Der Stadtrat gibt grünes Licht für zwölf Kilometer</h1><a href="/merken">Artikel merken</a></div><div class="post"><h2>Neue Radwege für die Innenstadt: Der Stadtrat gibt grünes Licht für zwölf Kilometer</h2><p>${para}</p><p>${para}</p><p>${para}</p></div></body></html>`;
    const a = (await runText(html, 'page.html')).article!;
    expect(a.title).toBe('Neue Radwege für die Innenstadt: Der Stadtrat gibt grünes Licht für zwölf Kilometer');
    expect(a.blocks[0]!.text).toBe(para);
    expect(a.text.startsWith(para)).toBe(true);
  });
});

describe('the writers a text dump\'s header names', () => {
  const para = 'Der Stadtrat hat am Dienstagabend den Bau von zwölf Kilometern neuer Radwege beschlossen, die bis zum Ende des kommenden Jahres fertig sein sollen, teilte die Verwaltung mit.';
  const body = [para, para.replace('Dienstag', 'Mittwoch'), para.replace('Stadtrat', 'Gemeinderat'), para.replace('zwölf', 'zehn')];
  const authors = async (lines: string[]) => (await runText(lines.join('\n'))).article!.authors;

  it('are the first field of its meta bar under the headline, a person\'s name beside a date, even where two glued dates leave the day open', async () => {
    const page = (bar: string) => ['Startseite', 'Politik', 'Verkehr', '', 'Neue Radwege für die Innenstadt', '', bar, '', ...body];
    expect(await authors(page('Anna Muster | 29. Dezember 202230. Dezember 2022 | Verkehr'))).toEqual(['Anna Muster']);
    // Not a site's or a desk's name, nor a name beside no date.
    expect(await authors(page('Radwege Aktuell | 29. Dezember 202230. Dezember 2022 | Verkehr'))).toEqual([]);
    expect(await authors(page('Anna Muster | Verkehr'))).toEqual([]);
  });

  it('are a name with a relative stamp under a standfirst and a caption too, not a bare name that far down', async () => {
    const page = (line: string) => ['Startseite', '', 'Neue Radwege für die Innenstadt', '', 'Zwölf Kilometer neue Wege sollen bis Ende des Jahres fertig sein.', '', 'Ein Radweg in der Innenstadt am Morgen, kurz nach Sonnenaufgang.', '', line, '', ...body];
    expect(await authors(page('Anna Muster | vor 3 Stunden'))).toEqual(['Anna Muster']);
    expect(await authors(page('Anna Muster'))).toEqual([]);
  });

  it('are each name of its line of writers, the first by a curated first name; not words that are no names', async () => {
    // The header names the writers twice, apart from its date line: the line is removed as a repeat.
    const page = (names: string) => ['Startseite', '', 'Neue Radwege für die Innenstadt', '', 'Die Stadt baut zwölf Kilometer neue Wege für Radfahrer.', names, 'Verkehr & Stadt', '26. Oktober 2023', 'Bild: Jan Beispiel via Unsplash', names, '', ...body, '', 'Zu den AutorInnen:', 'Anna Muster arbeitet als Wissenschaftlerin am Institut für Stadtplanung in Freiburg.'];
    expect(await authors(page('Anna Muster, Siddharth Prakash & Tom Beispiel'))).toEqual(['Anna Muster', 'Siddharth Prakash', 'Tom Beispiel']);
    expect(await authors(page('Anna Muster, Energie & Umwelt'))).toEqual([]);
  });
});

describe('the writer under a byline\'s label alone', () => {
  it('is the name on the next line, without the role in brackets after it', async () => {
    const para = 'Der Stadtrat hat am Dienstagabend den Bau von zwölf Kilometern neuer Radwege beschlossen, die bis zum Ende des kommenden Jahres fertig sein sollen, teilte die Verwaltung mit.';
    const page = (name: string) => ['Startseite', '', 'Neue Radwege für die Innenstadt', '', para, '', para.replace('Dienstag', 'Mittwoch'), '', 'Autor*in', name, '', 'Impressum'].join('\n');
    expect((await runText(page('Ursula Eggers (Redakteurin. M.A. Stadtplanung)'))).article!.authors).toEqual(['Ursula Eggers']);
    expect((await runText(page('Ursula Eggers'))).article!.authors).toEqual(['Ursula Eggers']);
  });
});

describe('an author box closing an HTML page', () => {
  it('goes as the writer\'s bio where the page sets it as a block quote, named nowhere before', async () => {
    const para = 'Der Stadtrat hat am Dienstagabend den Bau von zwölf Kilometern neuer Radwege beschlossen, die bis zum Ende des kommenden Jahres fertig sein sollen, teilte die Verwaltung mit.';
    const body = [para, para.replace('Dienstag', 'Mittwoch'), para.replace('Stadtrat', 'Gemeinderat'), para.replace('zwölf', 'zehn')].map((p) => `<p>${p}</p>`).join('');
    const bio = 'Anna Muster ist Head of Social & Community beim Stadtkurier. Wenn sie nicht schreibt, fährt sie mit dem Rad durch die Stadt.';
    const doc = await runText(`<html><body><article><h1>Neue Radwege für die Innenstadt</h1>${body}<blockquote>${bio}</blockquote></article></body></html>`, 'page.html');
    expect(doc.blocks.find((b) => b.text === bio)?.removed?.rule).toBe('strip/closing-bio');
    expect(doc.article!.text).not.toContain('Head of Social');
  });
});

describe('the writers an HTML page\'s header names', () => {
  const para = 'Der Stadtrat hat am Dienstagabend den Bau von zwölf Kilometern neuer Radwege beschlossen, die bis zum Ende des kommenden Jahres fertig sein sollen, teilte die Verwaltung mit.';
  const body = [para, para.replace('Dienstag', 'Mittwoch'), para.replace('Stadtrat', 'Gemeinderat'), para.replace('zwölf', 'zehn')].map((p) => `<p>${p}</p>`).join('');
  // The date from the page's metadata, the stamp in a header above the article's container, no class or element naming the writer.
  const page = (stamp: string) =>
    `<html><head><meta property="article:published_time" content="2017-12-01T12:01:00+01:00"></head><body><div><div><h1>Neue Radwege für die Innenstadt</h1><div>${stamp}</div></div><div><div>${body}</div></div><div><p>Impressum</p></div></div></body></html>`;
  const authors = async (stamp: string) => (await runText(page(stamp), 'page.html')).article!.authors;

  it('are the name in its date stamp under the headline, where the stamp has the publication day', async () => {
    expect(await authors('Anna Muster , 01. Dez. 2017, 12:01 Uhr 3 min Lesezeit')).toEqual(['Anna Muster']);
    // A stamp without a name names no one, nor does one whose name is no person's.
    expect(await authors('01. Dez. 2017, 12:01 Uhr 3 min Lesezeit')).toEqual([]);
    expect(await authors('Radwege Aktuell , 01. Dez. 2017, 12:01 Uhr')).toEqual([]);
  });
});

describe('the headline of a text dump', () => {
  it('is no Chinese menu of short words between spaces', () => {
    expect(cjkMenu('时政 地方 法治 高层 人事 理论 国际 军事 访谈 港澳 台湾 华人 财经 汽车 VR/AR 微视评 公益')).toBe(true);
    expect(cjkMenu('武汉的声音：有英勇的你，才有英雄的城！')).toBe(false);
    // A headline with a space or two between its parts is one.
    expect(cjkMenu('习近平 会见 越南副总理')).toBe(false);
    expect(cjkMenu('Politik Wirtschaft Sport Kultur')).toBe(false);
  });
  const body = [
    'Der Sazerac gilt als einer der ältesten Cocktails Amerikas, und seine Geschichte beginnt in einer Bar in New Orleans, wo ein Apotheker seine Bitters verkaufte.',
    'Für den Sazerac braucht es Rye Whiskey, ein Stück Zucker, die Bitters von Peychaud und einen Hauch Absinth, mit dem das Glas ausgeschwenkt wird.',
    'Wer den Cocktail zu Hause mixen will, kühlt zuerst ein Glas mit Eis und rührt dann Whiskey, Zucker und Bitters in einem zweiten Glas kalt.',
  ];
  const title = async (lines: string[]) => (await runText(lines.join('\n\n'))).article!.title;
  /** The lines as a record fetched from this address (its slug is evidence), and that record's title. */
  const docAt = (url: string, lines: string[]) => runText(JSON.stringify({ url, text: lines.join('\n\n') }), 'page.json');
  const titleAt = async (url: string, lines: string[]) => (await docAt(url, lines)).article!.title;
  /** A long column of teasers, which puts a headline above it far from the text. */
  const teasers = ['Negroni', 'Aperol Spritz', 'Hugo', 'Moscow Mule', 'Mojito', 'Caipirinha', 'Old Fashioned', 'Manhattan', 'Daiquiri', 'Margarita', 'Gin Tonic', 'Whiskey Sour', 'Espresso Martini', 'Cuba Libre', 'Pina Colada', 'Mai Tai', 'Cosmopolitan', 'Tom Collins'].map(
    (d, k) => `${d}: So gelingt er in ${k + 3} Minuten zu Hause`,
  );

  it('is not the label under every teaser card, nor a line of figures', async () => {
    const cards = ['Diese knochenfressenden Oktopoden sind ein echter Hingucker!', 'Lady Gaga holt Fan auf die Bühne', 'Diese 13 Bücher machen dich schlau', '14 kitschige Komplimente im Test'];
    expect(await title(['Startseite', 'Drinks', ...cards.flatMap((c) => ['Link zum Artikel', c]), 'Link zum Artikel', ...body])).toBeNull();
    expect(await title(['Startseite', 'Drinks', '4.3182 330 5 1', ...body])).toBeNull();
  });

  it('is a headline that repeats on the page as often, when it speaks of the text', async () => {
    const headline = 'Sazerac: der Cocktail-Klassiker aus New Orleans';
    const recent = ['Neueste Beiträge', headline, 'Negroni: bitter und rot', headline, 'Mojito mit Minze', headline, 'Caipirinha richtig mixen', headline];
    expect(await title(['Startseite', ...recent, headline, 'Oliver Baroni', ...body])).toBe(headline);
  });

  it('is not the value under a label line ("Top-Thema:", "Kategorie:")', async () => {
    const headline = 'Sazerac mixen: So gelingt der Cocktail-Klassiker';
    expect(await title(['Startseite', 'Drinks', headline, 'Das ist ein Artikel vom Top-Thema:', 'Sazerac und Bitters', ...body])).toBe(headline);
    expect(await title(['Startseite', 'Drinks', headline, 'Kategorie:', 'Sazerac und Bitters', ...body])).toBe(headline);
  });

  it('is not a picture\'s caption: its credit glued on, in brackets, or on the line under it', async () => {
    const headline = 'Sazerac: der Cocktail-Klassiker aus New Orleans';
    const caption = 'Ein Sazerac mit Whiskey in einer Bar in New Orleans';
    expect(await title(['Startseite', headline, `${caption}Bild: dpa/Max Muster`, ...body])).toBe(headline);
    expect(await title(['Startseite', headline, `${caption} (Archivbild)`, ...body])).toBe(headline);
    expect(await title(['Startseite', headline, caption, '© dpa/Max Muster', ...body])).toBe(headline);
  });

  it('is not a caption that opens with the Cyrillic word for photo, with the page\'s date stamp glued on', async () => {
    const headline = 'Вратарь сборной завершил международную карьеру';
    const ru = [
      'Ветеран сборной принял решение прекратить выступления за национальную команду после чемпионата Европы.',
      'Вратарь провёл за сборную больше ста матчей и выиграл с командой чемпионат мира, а теперь хочет сосредоточиться на клубе.',
      'Тренер сборной поблагодарил вратаря за годы в команде и сказал, что двери сборной для него всегда открыты.',
    ];
    expect(await title(['Главная', 'Футбол', '15 августа 2016, 13:43', headline, ru[0]!, 'Фото из Инстаграма вратаря сборной 15 августа 2016, 13:43', ...ru.slice(1)])).toBe(headline);
  });

  it('is not a teaser cut short ("Sazerac und ...", "… der Bitters von Peych…"), but may end in its own "…"', async () => {
    const headline = 'Sazerac: der Cocktail-Klassiker aus New Orleans';
    expect(await title(['Startseite', headline, 'Sazerac und ...', ...body])).toBe(headline);
    expect(await title(['Startseite', headline, 'Der Sazerac und die Bitters von P…', ...body])).toBe(headline);
    expect(await title(['Startseite', 'Drinks', 'Sazerac: der Cocktail aus New Orleans…', ...body])).toBe('Sazerac: der Cocktail aus New Orleans…');
  });

  it('may end in a verb particle ("… zieht ins Finale ein")', async () => {
    const headline = 'New Orleans führt den Sazerac als offiziellen Cocktail ein';
    expect(await title(['Startseite', 'Drinks', headline, ...body])).toBe(headline);
  });

  it('has no copyright line above it for a kicker', async () => {
    const headline = 'New Orleans führt den Sazerac als offiziellen Cocktail ein';
    const kicker = async (lines: string[]) => (await runText(lines.join('\n\n'))).article!.kicker;
    expect(await kicker(['Startseite', 'Drinks', headline, ...body])).toBe('Drinks');
    expect(await kicker(['Startseite', '© Aton', headline, ...body])).toBeNull();
  });

  it('has no date, label, credit, language switch or breadcrumb above it for a kicker', async () => {
    const headline = 'New Orleans führt den Sazerac als offiziellen Cocktail ein';
    const kicker = async (line: string) => (await runText(['Startseite', line, headline, ...body].join('\n\n'))).article!.kicker;
    expect(await kicker('Dringlicher Appell')).toBe('Dringlicher Appell');
    expect(await kicker('NATO')).toBe('NATO');
    expect(await kicker('EU')).toBe('EU');
    for (const line of ['Jul 29', '1:30h', '8. November 2021 | Aktuelles', 'Search for:', 'Symbolbild / Salzgitter AG', 'DE FR IT EN', 'Haupt » Drinks', 'StartseiteDrinks', '(Wertung der Redaktion)', 'Webcode:01040154']) {
      expect(await kicker(line), line).toBeNull();
    }
  });

  it('is the line the page address\'s slug spells, over a subtitle that shares more words with the text', async () => {
    const lines = ['Startseite', 'Drinks', 'Sazerac richtig mixen', 'Der Cocktail-Klassiker mit Whiskey, Bitters und Absinth aus New Orleans', ...body];
    expect(await titleAt('https://example.com/drinks/12345', lines)).toBe('Der Cocktail-Klassiker mit Whiskey, Bitters und Absinth aus New Orleans');
    expect(await titleAt('https://example.com/drinks/sazerac-richtig-mixen/', lines)).toBe('Sazerac richtig mixen');
  });

  it('is never the page\'s address, which spells the slug too (under a share panel\'s "Copy this link")', async () => {
    const url = 'https://www.bbc.com/news/world-us-canada-52241221';
    const lines = [
      'Coronavirus: New York ramps up mass burials amid outbreak',
      '10 April 2020',
      'Copy this link',
      url,
      'Images have emerged of coffins being buried in a mass grave in New York City, as the US state struggles with the world’s largest outbreak of the virus.',
      'Workers in hazmat outfits were seen stacking wooden coffins in deep trenches on Hart Island, which has been used as the city’s public cemetery for more than 150 years.',
    ];
    expect(await titleAt(url, lines)).toBe(lines[0]);
  });

  it('is found above a long share panel: its buttons count little between the headline and the text', async () => {
    const share = ['Facebook', 'Twitter', 'WhatsApp', 'E-Mail', 'LinkedIn', 'Pinterest', 'Messenger'].flatMap((n) => [`Share this with ${n}`, n]);
    const headline = 'New Orleans führt den Sazerac als offiziellen Cocktail ein';
    expect(await title([headline, '10. April 2020', ...share, ...share, ...share, 'Copy this link', ...body])).toBe(headline);
  });

  it('is the line the slug spells inside the text\'s region, and what stands above it is not the article', async () => {
    const teaser = 'Negroni, Spritz und Hugo: Welche Drinks in diesem Sommer in den Bars von Zürich und Basel am häufigsten bestellt wurden, zeigt unsere Umfrage.';
    const lines = ['Startseite', 'Drinks', teaser, 'Sazerac richtig mixen', ...body];
    const doc = await docAt('https://example.com/drinks/sazerac-richtig-mixen/', lines);
    expect(doc.article!.title).toBe('Sazerac richtig mixen');
    expect(doc.article!.text).not.toContain('Negroni');
    expect(doc.blocks.find((b) => b.text === teaser)!.removed?.rule).toBe('strip/main-content');
    // Without the address the teaser opens the article.
    expect((await runText(lines.join('\n\n'))).article!.text).toContain('Negroni');
  });

  it('is a short sentence the slug spells nearly whole, at the top of the text\'s region: a headline with its stop', async () => {
    const headline = 'Sazerac mixen: Von „bäh!“ zu „yeah!“ in zwölf Schritten.';
    const lines = ['Nordish by Nature', 'Ein Ostfriese in Franken', 'Veröffentlicht am 10. Februar 2019 von Heiko', headline, ...body];
    expect(await titleAt('https://blog.example.de/sazerac-mixen-von-baeh-zu-yeah-in-zwoelf-schritten/', lines)).toBe(headline);
    // A sentence that spells only part of it stays the text's.
    expect(await titleAt('https://blog.example.de/sazerac-mixen-fuer-anfaenger-im-winter-zuhause/', lines)).not.toBe(headline);
  });

  it('is the line the slug spells far above the text, over a long column of teasers (which stay out of the article)', async () => {
    const headline = 'Sazerac: Alles über den Cocktail-Klassiker aus New Orleans';
    const lines = ['Startseite', 'Drinks', headline, ...teasers, ...body];
    const doc = await docAt('https://example.com/drinks/sazerac-alles-ueber-den-cocktail-klassiker/', lines);
    expect(doc.article!.title).toBe(headline);
    expect(doc.article!.text).not.toContain('Negroni');
    // Without the address nothing says which of the lines far above is the headline.
    expect(await title(lines)).not.toBe(headline);
  });

  it('is a long line with commas opening the text that spells every word of the slug, its accents dropped there', async () => {
    const headline = 'El Nobel de la Paz ruso, Dmitry Muratov, advirtió que el régimen de Vladimir Putin podría utilizar armas nucleares en Ucrania';
    const cuerpo = [
      'El periodista sostuvo que eso supondría el fin de la humanidad y consideró que la guerra podría durar todavía muchos meses más, según dijo a la prensa.',
      'Muratov, cuyo periódico se ha visto obligado a suspender su publicación, habló en un acto en Ginebra organizado por varias organizaciones de prensa.',
      'Según el periodista, la propaganda de la televisión estatal prepara desde hace semanas a la población para un conflicto todavía mayor en Europa.',
    ];
    const lines = ['Últimas noticias', 'Mundo', headline, ...cuerpo];
    expect(await titleAt('https://example.com/mundo/2022/05/03/el-nobel-de-la-paz-ruso-dmitry-muratov-advirtio-que-el-regimen-de-vladimir-putin-podria-utilizar-armas-nucleares-en-ucrania/', lines)).toBe(headline);
    // Not a breadcrumb that holds the headline after its own words.
    const crumb = `Usted está aquí: Noticias Mundo ${headline}`;
    expect(await titleAt('https://example.com/mundo/2022/05/03/el-nobel-de-la-paz-ruso-dmitry-muratov-advirtio-que-el-regimen-de-vladimir-putin-podria-utilizar-armas-nucleares-en-ucrania/', ['Mundo', crumb, ...cuerpo])).not.toBe(crumb);
  });

  it('is the line the slug spells right over the picture\'s credit, not that picture\'s caption', async () => {
    const headline = 'Sazerac: Alles über den Cocktail-Klassiker aus New Orleans';
    const lines = ['Startseite', 'Drinks', headline, 'Foto: Anna Muster (Copyright)', ...body];
    expect(await titleAt('https://example.com/drinks/sazerac-alles-ueber-den-cocktail-klassiker/', lines)).toBe(headline);
  });

  it('is the line a slug of two words spells whole, far above the text, where the page shows it twice in a row (breadcrumb, headline)', async () => {
    const url = 'https://example.com/drinks/sazerac-mixen/';
    expect(await titleAt(url, ['Startseite', 'Drinks', 'Sazerac mixen', 'Sazerac mixen', ...teasers, ...body])).toBe('Sazerac mixen');
    // Once, it is as likely a menu item.
    expect(await titleAt(url, ['Startseite', 'Drinks', 'Sazerac mixen', 'Gin mixen', ...teasers, ...body])).not.toBe('Sazerac mixen');
  });

  it('is the line the slug spells below a menu of prose-like items, and the article is the text under it', async () => {
    // A site menu of questions reads as prose, and there is more of it than of the article.
    const menu = ['Zutaten', 'Werkzeug', 'Technik'].flatMap((part, k) =>
      ['Wie viel Eis braucht ein guter Drink für die ganze Familie zu Hause?', 'Welche Gläser sollten Sie für einen Abend mit Freunden kaufen?', 'Warum schmeckt ein frisch gerührter Cocktail so viel besser als einer aus der Flasche?', 'Wie lange hält sich ein offener Likör, wenn er kühl und dunkel steht?'].map((q, j) => `${k + 1}.${j + 1} ${part}: ${q}`),
    );
    const headline = 'Sazerac: Der Cocktail-Klassiker aus New Orleans';
    const topics = ['Klima', 'Wasser', 'Boden', 'Luft', 'Lärm', 'Chemikalien', 'Abfall', 'Energie', 'Verkehr', 'Landwirtschaft'];
    const lines = ['Startseite', ...menu, ...topics, 'Menü', headline, ...body, 'Teilen'];
    const doc = await docAt('https://example.com/drinks/sazerac-cocktail-klassiker-new-orleans/', lines);
    expect(doc.article!.title).toBe(headline);
    expect(doc.article!.text.startsWith(body[0]!)).toBe(true);
    expect(doc.article!.text).not.toContain('Gläser');
    // Where the address spells no line, the densest prose stays the article.
    const other = await docAt('https://example.com/drinks/gin-tonic-mixen-leicht-gemacht/', lines);
    expect(other.article!.text).toContain('Gläser');
  });

  it('is the line whose words open a longer slug (headline, then subtitle), far above the text', async () => {
    const headline = 'Sazerac: Alles über den Cocktail-Klassiker';
    const lines = ['Startseite', 'Drinks', headline, ...teasers, ...body];
    const url = 'https://example.com/drinks/sazerac-alles-ueber-den-cocktail-klassiker-aus-new-orleans-mit-absinth-und-bitters/';
    expect(await titleAt(url, lines)).toBe(headline);
    // The same words in another order are no opening of the slug.
    expect(await titleAt('https://example.com/drinks/new-orleans-absinth-bitters-und-der-cocktail-klassiker-sazerac/', lines)).not.toBe(headline);
  });

  it('may open as a byline does ("Von …") where the slug spells it nearly whole; a byline stays one', async () => {
    const headline = 'Von Bitters, Rye Whiskey und «einem Hauch Absinth aus dem alten New Orleans»';
    const lines = ['Startseite', 'Drinks', 'Barkeeper Max Muster im Gespräch', headline, ...body];
    expect(await titleAt('https://example.com/drinks/398805-von_bitters_rye_whiskey_und_einem_hauch_absinth_aus_dem_alten_new_orleans.html', lines)).toBe(headline);
    expect(await titleAt('https://example.com/drinks/398805-sazerac_mixen_fuer_anfaenger_zuhause.html', lines)).not.toBe(headline);
    const byline = await docAt('https://example.com/drinks/398805-von_bitters_rye_whiskey_und_einem_hauch_absinth_aus_dem_alten_new_orleans.html', ['Startseite', 'Drinks', headline, 'Von Max Muster', ...body]);
    expect(byline.blocks.find((b) => b.text === 'Von Max Muster')!.role).toBe('byline');
  });

  it('reads a slug as the last path segment with words, umlauts spelt either way', () => {
    expect(urlSlugStems('https://www.die-tagespost.de/leben/glauben-wissen/Warum-wir-jetzt-Demut-brauchen;art4886,207643')).toEqual(['warum', 'jetzt', 'demut', 'brauch']);
    expect(urlSlugStems('https://example.de/news/patrick-breyer-haugen-anhoerung-entlarvt/')).toEqual(urlSlugStems('https://example.de/news/Patrick Breyer Haugen-Anhörung entlarvt'));
    expect(urlSlugStems('https://example.de/politik/grenzschliessungen-report-von-der-grenze/25776812.html')).toEqual(['grenzs', 'report', 'grenze']);
    // A slug of one word is none; the category before it is not the slug.
    expect(urlSlugStems('https://hausinfo.ch/de/wohnen/angenehmes-raumklima/kondenswasser.html')).toEqual([]);
    expect(urlSlugStems('https://example.com/article.php?id=12')).toEqual([]);
    expect(urlSlugStems('not a url')).toEqual([]);
    // Hyphenated words split as the slug splits them.
    expect(urlSlugStems('https://example.com/formel-1-fahrercheck/')).toEqual(['formel', 'fahrer']);
  });

  it('reads a slug of one word in the last path segment only, ids and figures aside', () => {
    expect(urlSlugWord('https://www.reisen-mit-dem-internet.de/europa/deutschland/ostfriesland/emden-21416')).toBe('emden');
    expect(urlSlugWord('https://creeny.wordpress.com/2020/01/24/nebelsuppe-6/')).toBe('nebelsuppe');
    expect(urlSlugWord('https://example.de/ratgeber/Kondenswasser.html')).toBe('kondenswasser');
    // Before an id the word names the section; a slug of more words has stems instead (urlSlugStems).
    expect(urlSlugWord('https://example.de/politik/25776812.html')).toBeNull();
    expect(urlSlugWord('https://example.com/drinks/sazerac-richtig-mixen/')).toBeNull();
    expect(urlSlugWord('not a url')).toBeNull();
  });

  it('reads no slug from a segment that names a kind of page ("index.html", "article.php"), but the segment before it', () => {
    expect(urlSlugStems('https://example.ch/drinks/sazerac-richtig-mixen/index.html')).toEqual(['sazera', 'richti', 'mixen']);
    expect(urlSlugWord('https://example.ch/drinks/sazerac-richtig-mixen/index.html')).toBeNull();
    expect(urlSlugWord('https://example.ch/drinks/sazerac/index.html')).toBe('sazerac');
    expect(urlSlugWord('https://example.com/news/article.php?id=3')).toBeNull();
  });

  it('is a word alone on its line where the slug is that word ("Nebelsuppe.", "Emden")', async () => {
    const lines = ['Das Leben und ich', 'Startseite', 'Zum Mitmachen…', 'Sazerac.', 'Veröffentlicht am 24. Januar 2020 von Creeny', ...body];
    expect(await titleAt('https://blog.example.com/2020/01/24/sazerac-6/', lines)).toBe('Sazerac.');
    // Another address, or none: a word alone is a menu item, not a headline.
    expect(await titleAt('https://blog.example.com/2020/01/24/cocktails/', lines)).not.toBe('Sazerac.');
    expect(await title(lines)).not.toBe('Sazerac.');
  });

  it('is the question opening the text even where the page repeats it right under itself', async () => {
    const question = 'Was ist ein Sazerac eigentlich und warum mixt man ihn mit Absinth?';
    const menu = ['Drinks', 'Cocktails', 'Bars', 'Geld & Genuss'];
    const lines = [...menu, 'Tests', question, question, 'Redaktion Drinks.de', '25.01.2022 14:47 Uhr', ...body, ...menu];
    const doc = await runText(lines.join('\n\n'));
    expect(doc.article!.title).toBe(question);
    // The copy goes as one (strip/duplicate-paragraph), not into the text.
    expect(doc.article!.text).not.toContain(question);
  });

  it('is a compound or short phrase the slug glues into its one word ("/bielerseewinterhechte--1026")', async () => {
    const lines = ['Das Leben und ich', 'Startseite', 'Zum Mitmachen…', 'Whiskey-Sazerac', 'Veröffentlicht am 24. Januar 2020 von Creeny', ...body];
    expect(await titleAt('https://blog.example.com/de/whiskeysazerac--1026', lines)).toBe('Whiskey-Sazerac');
    expect(await titleAt('https://blog.example.com/de/sazerac--1026', lines)).not.toBe('Whiskey-Sazerac');
  });

  it('is the headline that names the slug\'s word as its topic, not that word alone above it (a breadcrumb\'s last item)', async () => {
    const headline = 'Sazerac: New Orleans führt den Cocktail als offiziellen Drink der Stadt ein';
    const lines = ['Home', 'Drinks', 'Cocktails', 'Sazerac', headline, ...body];
    expect(await titleAt('https://example.com/drinks/cocktails/sazerac-id212627/', lines)).toBe(headline);
  });

  it('may carry the date stamp glued on, which the title leaves out; a date line naming sections is no headline', async () => {
    const headline = 'New Orleans führt den Sazerac als offiziellen Cocktail ein';
    const lead = 'Der Sazerac ist jetzt der offizielle Cocktail der Stadt, und die Bars in New Orleans feiern das.';
    expect(await title(['Startseite', 'Drinks', `23.01.2022 - ${headline}`, lead, ...body])).toBe(headline);
    expect(await title(['Startseite', 'Drinks', `1. Februar 2022 ${headline}`, lead, ...body])).toBe(headline);
    expect(await title(['Startseite', 'Drinks', `${headline} 10. Februar 2019`, lead, ...body])).toBe(headline);
    // The date completes the headline's words: it stays.
    expect(headlineText('Der Sazerac wurde Cocktail der Stadt am 9. November 2008')).toBe('Der Sazerac wurde Cocktail der Stadt am 9. November 2008');
    expect(await title(['Startseite', 'Drinks', headline, '27.01.2022 Drinks Cocktails Sazerac', ...body])).toBe(headline);
  });
});
