import { describe, expect, it } from 'vitest';
import type { Block } from '../src/core/doc.js';
import { stripTextPage } from './helpers/strip-page.js';

/** The block whose line opens with the text. */
const lineAt = (blocks: readonly Block[]) => (text: string): Block => blocks.find((b) => b.text.startsWith(text))!;

// The text path takes the line the page address's slug spells for the headline, and the article for
// what stands under it. A share panel's copy of the address spells the slug too, and is no headline.

describe('the headline a text dump\'s address spells', () => {
  it('is not the address itself, plain or escaped, in a share panel under the article', () => {
    const lines = [
      'Sportsnet',
      'Tennis',
      'Nadal keeps Spain alive against Russia at the Davis Cup Finals',
      'Rafael Nadal won his singles match and then teamed with Marcel Granollers in the doubles on Tuesday to keep Spain alive at the Davis Cup Finals in Madrid.',
      'The top-ranked Nadal earlier defeated Karen Khachanov 6-3, 7-6 to level the series after Russia had won the first singles match of the day.',
      'ARGENTINA CRUISES',
      'Argentina comfortably got past Chile 3-0 in Group C on Tuesday, with Guido Pella beating Nicolas Jarry in the first singles match of the day.',
      'More from Sportsnet',
      'Canada gets its best start at the Davis Cup Finals',
      '%2Ftennis%2Fargentina-comfortably-wins-davis-cup-opener-chile%2F',
      'When submitting content, please abide by our submission guidelines, and avoid posting profanity, personal attacks or harassment. We reserve the right to remove your comments and block your account.',
    ];
    const blocks = stripTextPage(lines, 'https://www.sportsnet.ca/tennis/argentina-comfortably-wins-davis-cup-opener-chile/');
    expect(blocks[2]!.role).toBe('title');
    for (const i of [3, 4, 6]) expect(blocks[i]!.removed, lines[i]).toBeUndefined();
    expect(blocks[9]!.removed).toBeDefined();
    expect(blocks[10]!.removed).toBeDefined();
  });
  it('is found deep inside the region under teaser cards of prose, when it spells every word of a long slug, and the article is what stands under it', () => {
    const card = (title: string, blurb: string) => `${title}${blurb}`;
    const lines = [
      'Local News',
      'Weather',
      card('Police: Two In Custody After Death Of Student', 'A student was found dead in his apartment on Sunday, and two men were arrested later that night, the police said in a statement.'),
      card('Customers Leave Without Paying Bill At Steakhouse', 'A party of twelve ordered dinner and drinks for several hundred dollars and left the restaurant without paying, the owner said.'),
      card('State To Mail Redistricting Panel Applications', 'The state will mail applications for the new redistricting commission to a quarter of a million randomly chosen voters, officials said.'),
      card('Couple Finds Old Newspapers During Home Renovation', 'A couple renovating their house found a stack of newspapers from the forties under the floor of their living room, and they gave them to a museum.'),
      'More',
      'Michigan Officials: 6th Fatality Linked To Eastern Equine Encephalitis Reported',
      'November 19, 2019 at 9:45 am',
      'Michigan health authorities are reporting a sixth fatality linked to Eastern Equine Encephalitis, a rare virus that mosquitoes spread in the late summer.',
      'County health department officials said Monday the victim was one of two people in the county who contracted the virus this year, and that the death occurred on Saturday.',
      'Cases of the virus first appeared in the west of the state at the end of August, and the state has since reported ten cases in humans and dozens in animals.',
    ];
    const url = 'https://detroit.example.com/2019/11/19/michigan-officials-6th-fatality-linked-to-eastern-equine-encephalitis-reported/';
    const blocks = stripTextPage(lines, url);
    expect(blocks[7]!.role).toBe('title');
    for (const i of [2, 3, 4, 5]) expect(blocks[i]!.removed, lines[i]).toBeDefined();
    for (const i of [9, 10, 11]) expect(blocks[i]!.removed, lines[i]).toBeUndefined();
  });
});

describe('a headline that reads like a sentence', () => {
  it('opens the article where it ends in a question or exclamation, in brackets too', () => {
    const para = 'Die Redaktion räumt ihre Schreibtische, packt die Bücher in Kisten und schreibt in den letzten Tagen noch einmal über die Stadt, die sie seit Jahren begleitet hat.';
    const lines = [
      'Startseite',
      'Politik',
      'Kultur',
      'Sport',
      'Wir sind dann mal weg (und dieser Titel muss auch weg! Oder?)',
      para,
      para.replace('letzten Tagen', 'vergangenen Wochen'),
      para.replace('Stadt', 'Region'),
    ];
    const blocks = stripTextPage(lines);
    expect(blocks[4]!.role).toBe('title');
  });
  it('opens the article with a comma or two in it when it is short and has no full stop at its end', () => {
    const para = 'Una perturbazione di origine polare, accompagnata da venti di Maestrale e poi di Tramontana, porterà piogge e temporali nelle regioni centrali e meridionali per tutta la giornata di oggi.';
    const lines = [
      'Il Piccolo',
      'La Nuova Ferrara',
      'La Provincia Pavese',
      'La tribuna di Treviso',
      'Perturbazione polare al Centro e al Sud. Il Nord, scavalcato, mantiene temperature alte',
      para,
      para.replace('oggi', 'domani'),
      para.replace('regioni centrali', 'isole maggiori'),
    ];
    const blocks = stripTextPage(lines);
    expect(blocks[4]!.role).toBe('title');
  });
  it('opens the article where its last full stop closes an abbreviation, and an offer to click above it is no headline', () => {
    const para = 'Sie ist die Königin des Aufräumens und seit Anfang des Jahres auch ein Serienstar, der Menschen besucht und ihnen hilft, Ordnung in ihr Leben zu bringen.';
    const lines = [
      'Übersicht Beratung',
      'Service',
      'Übersicht Service',
      'Für Neukunden: 20% Kennenlern-Rabatt hier klicken gesichert',
      'Start|Magazin|Coole Tipps|Magic Cleaning',
      'Die besten Tricks von Marie Kondo für Kleiderschrank & Co.',
      para,
      para.replace('Anfang des Jahres', 'dem Frühjahr'),
      para.replace('Menschen', 'Familien'),
    ];
    const blocks = stripTextPage(lines);
    expect(blocks.filter((b) => b.role === 'title').map((b) => b.text)).toEqual(['Die besten Tricks von Marie Kondo für Kleiderschrank & Co.']);
  });
});

describe('a line the page repeats', () => {
  it('is a widget\'s label, not the headline, when it stands four times and shares no word with the text', () => {
    const lines = [
      'Rezept oder Zutat suchen',
      'Rezepte',
      'Magazin',
      'Anmelden',
      'Rezept oder Zutat suchen',
      'Erweiterte Suche',
      'Rezept oder Zutat suchen',
      'Erweiterte Suche',
      'Rezept oder Zutat suchen',
      'Zum Fürchten schön: Gebäck für die Geisternacht',
      'Anna Muster',
      'Jedes Jahr im Oktober backe ich für Halloween gruselige Kekse, die wie abgeschnittene Finger aussehen, und die Kinder lieben sie.',
      'Für den Teig brauchst du Butter, Zucker, ein Ei, Mehl und Mandeln, die später die Fingernägel der Kekse werden.',
      'Den Teig formst du zu Fingern, drückst eine Mandel als Nagel hinein und backst die Kekse zwölf Minuten im heißen Ofen.',
    ];
    const blocks = stripTextPage(lines, 'https://rezepte.example.com/rezept/12345.html');
    expect(blocks[9]!.role).toBe('title');
    expect(blocks[8]!.role).not.toBe('title');
  });
});

describe('a standfirst under the headline', () => {
  // A Spanish paper's header: section, topic in capitals, a question for headline, a standfirst with no full stop, a toolbar.
  const page = (headline: string) => [
    'Ciencia',
    'CAMBIO CLIMÁTICO',
    '',
    headline,
    '',
    'Los científicos cuestionan el reciente récord de temperatura y advierten de que lo más importante es la tendencia gradual al calentamiento que afecta al continente desde hace 60 años',
    '',
    'Compartir en Facebook Compartir en Twitter',
    'Otros',
    'Ver comentarios',
    'Guardar',
    'Imprimir',
    'Nuño Domínguez',
    '19 FEB 2020 - 18:37 CET',
    'Un grupo de pingüinos, en la Antártida el 11 de febrero pasado. EFE',
    '',
    'Que en la Antártida se registren temperaturas de más de 20 grados y haga tiempo de estar en camiseta no tiene por qué deberse al cambio climático, explican los científicos.',
    '',
    'El continente helado sigue siendo un lugar tan remoto e inaccesible para la inmensa mayoría de personas que sus temperaturas apenas se miden en unas pocas estaciones.',
  ];
  it('counts as the text under a headline that opens the article, and the topic in capitals above is its kicker', () => {
    const blocks = stripTextPage(page('¿Ha llegado realmente la Antártida a los 20 grados?'));
    const at = lineAt(blocks);
    expect(at('¿Ha llegado').role).toBe('title');
    expect(at('CAMBIO CLIMÁTICO').removed?.rule).not.toBe('strip/main-content');
    expect(at('Los científicos').removed).toBeUndefined();
    expect(at('Un grupo de pingüinos').role).toBe('caption');
  });
});

describe('a headline with its date line under it', () => {
  const page = (stamp: string) => [
    'Verband',
    'News',
    'OSV-Bericht',
    '',
    'FINA Weltmeisterschaften VERSCHOBEN',
    '',
    stamp,
    '',
    'Was seit Wochen kolportiert wurde, ist von der FINA nun offiziell bestätigt worden',
    '',
    'Die Corona-Pandemie hat weiter massiven Einfluss auf die Durchführung von internationalen Sportevents und führt auch im Schwimmsport erneut zu Verschiebungen.',
    '',
    'Der Weltverband FINA hat nun offiziell bestätigt, dass die beiden kommenden Weltmeisterschaften jeweils um ein Jahr verschoben werden müssen.',
  ];
  it('is the headline rather than the standfirst under that line, and the standfirst its lead', () => {
    const blocks = stripTextPage(page('01.02.2022 Allgemein'));
    const at = lineAt(blocks);
    expect(at('FINA Weltmeisterschaften').role).toBe('title');
    expect(at('Was seit Wochen').removed).toBeUndefined();
  });
  it('but a byline or a line of fields under the headline is no standfirst', () => {
    const blocks = stripTextPage(page('01.02.2022 Allgemein').map((l) => (l.startsWith('Was seit') ? 'Sport | Von Anna Muster und Tom Beispiel aus der Redaktion | Aktualisiert am 1. Februar 2022 um 9:12 Uhr' : l)));
    expect(blocks.find((b) => b.text.startsWith('Sport |'))!.removed?.rule).toBe('strip/main-content');
    // Nor a picture's caption closed by its credit.
    const caption = 'Die Schwimmhalle in Fukuoka, in der die Weltmeisterschaften nun erst im Juli 2023 stattfinden. Anna Muster / Forum';
    const captioned = stripTextPage(page('01.02.2022 Allgemein').map((l) => (l.startsWith('Was seit') ? caption : l)));
    expect(captioned.find((b) => b.text === caption)!.removed?.rule).toBe('strip/main-content');
  });
});

describe('a page without prose (a script loads its text)', () => {
  it('still has the headline its address spells', () => {
    const lines = ['Security Blog', 'The latest news and insights from Google on security and safety on the Internet', 'Enhanced Safe Browsing Protection now available in Chrome', 'May 19, 2020', 'Labels', 'android', 'chrome security', 'Archive'];
    const blocks = stripTextPage(lines, 'https://security.googleblog.com/2020/05/enhanced-safe-browsing-protection-now.html');
    expect(blocks.filter((b) => b.role === 'title').map((b) => b.text)).toEqual(['Enhanced Safe Browsing Protection now available in Chrome']);
    // Without an address nothing says which line it is.
    expect(stripTextPage(lines).filter((b) => b.role === 'title')).toEqual([]);
  });
});
