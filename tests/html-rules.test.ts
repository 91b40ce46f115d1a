import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { htmlPage } from '../src/stages/blocks/html/index.js';
import { collapseSpaces, hasVisible, linkTextLength, matchRules } from '../src/stages/blocks/html/walk.js';
import { HTML_PAGE_RULES, HTML_RULES, RULE_VOCABULARY, styleKey } from '../src/stages/blocks/html/rules.js';
import { splitWords, vocabularyTest } from '../src/stages/blocks/html/tokens.js';
import { labelledLink, linkOnlyLine, trailingHeading } from '../src/stages/strip/rules/dom.js';
import { stripContext } from '../src/stages/strip/index.js';
import type { Doc } from '../src/core/doc.js';
import { loadPipeline } from '../src/runner/pipeline.js';
import { processRecord } from '../src/runner/process.js';
import { recordsFromFile } from '../src/stages/load/records.js';
import { splitCaption } from '../src/stages/validate/article.js';

const removedBy = (html: string, rule: string) => htmlPage(html).blocks.filter((b) => b.removed?.rule === rule);

describe('HTML boilerplate rules: examples are tests', () => {
  for (const rule of [...HTML_RULES, ...HTML_PAGE_RULES]) {
    if (!rule.examples) continue;
    describe(rule.id, () => {
      for (const ex of rule.examples!.matches) it(`removes something in ${JSON.stringify(ex.slice(0, 70))}…`, () => expect(removedBy(ex, rule.id).length).toBeGreaterThan(0));
      for (const ex of rule.examples!.keeps) it(`removes nothing in ${JSON.stringify(ex.slice(0, 70))}…`, () => expect(removedBy(ex, rule.id)).toEqual([]));
    });
  }

  it('never removes the article paragraphs of the examples', () => {
    for (const rule of HTML_RULES) for (const ex of rule.examples?.matches ?? []) {
      const kept = htmlPage(ex).blocks.filter((b) => !b.removed).map((b) => b.text).join('\n');
      expect(kept, rule.id).toContain('Der Stadtrat hat am Dienstagabend');
    }
  });
});

describe('guards: markup is evidence, the text decides', () => {
  const prose = 'Die Gemeinde hat nach monatelangen Beratungen entschieden, das alte Schwimmbad zu sanieren, statt einen Neubau am Stadtrand zu planen. ';
  it('a page wrapper with a misleading class word keeps the article', () => {
    const page = `<html><body class="white-menu"><div class="content-sidebar-wrap"><p>${prose.repeat(3)}</p><p>${prose}</p><p>${prose}</p></div><nav><a href="/">Start</a></nav></body></html>`;
    const blocks = htmlPage(page).blocks;
    expect(blocks.filter((b) => !b.removed && b.text.startsWith('Die Gemeinde')).length).toBe(3);
    expect(blocks.find((b) => b.text === 'Start')?.removed?.rule).toBe('html/nav');
  });

  it('a layout wrapper named for its sidebar keeps the short post it holds; the sidebar inside it goes', () => {
    const links = ['Neues Becken für Schulen', 'Sauna schließt im Sommer', 'Eintritt wird teurer'].map((t, i) => `<li><a href="/${i}">${t}</a></li>`).join('');
    const page = `<html><body><h1>Das Schwimmbad bleibt</h1><div class="post-wrap cb-sidebar-right"><article><p>${prose}</p></article><aside class="widgets"><h3>Neueste Beiträge</h3><ul>${links}</ul></aside></div></body></html>`;
    const blocks = htmlPage(page).blocks;
    expect(blocks.find((b) => b.text.startsWith('Die Gemeinde'))?.removed).toBeUndefined();
    expect(blocks.find((b) => b.text === 'Sauna schließt im Sommer')?.removed?.rule).toBe('html/aside');
  });

  it('a forum thread\'s posts, marked up as comments, are its text; on another page they are comments', () => {
    const post = (who: string, text: string) => `<div class="comment"><div class="comment-author">${who}</div><div class="comment-text"><p>${text}</p></div></div>`;
    const page = `<html><body><main><h2>Das Schwimmbad und die Sanierung</h2>${post('anna', prose)}${post('bernd', 'Ich war gestern dort, die Arbeiten haben noch nicht begonnen, aber die Bauzäune stehen schon rund um das alte Becken.')}</main></body></html>`;
    const kept = (url?: string) => htmlPage(page, url).blocks.filter((b) => !b.removed).map((b) => b.text);
    expect(kept('https://example.org/forum/thread/das-schwimmbad-12345/')).toEqual(expect.arrayContaining([prose.trim(), 'anna']));
    expect(kept('https://example.org/viewtopic.php?t=12')).toContain(prose.trim());
    expect(kept('https://example.org/lokales/das-schwimmbad-12345/')).not.toContain(prose.trim());
    expect(kept()).not.toContain(prose.trim());
  });

  it('a footer with one long paragraph is still a footer', () => {
    const page = `<html><body><article><p>${prose}</p></article><div class="footer-bottom-text"><p>${prose.repeat(2)}</p></div></body></html>`;
    expect(htmlPage(page).blocks.at(-1)?.removed?.rule).toBe('html/header-footer');
  });

  it('a long paywalled body is content, a short paywall box is not', () => {
    const page = `<html><body><article><div class="paywall">${`<p>${prose}</p>`.repeat(12)}</div><div class="paywall-offer">Jetzt abonnieren und weiterlesen</div></article></body></html>`;
    const blocks = htmlPage(page).blocks;
    expect(blocks.filter((b) => !b.removed && b.text.startsWith('Die Gemeinde')).length).toBe(12);
    expect(blocks.find((b) => b.text.startsWith('Jetzt abonnieren'))?.removed?.rule).toBe('html/newsletter');
  });

  it('a caption in a gallery\'s list item is a caption, a plain list item is not', () => {
    const page = `<html><body><article><p>${prose.repeat(3)}</p><ul class="gallery"><li><img src="a.jpg"><div class="caption"><div class="caption-full">Der Bürgermeister am Dienstag vor dem alten Schwimmbad.</div></div></li></ul><ul><li>Das Becken wird neu gefliest.</li></ul><p>${prose}</p></article></body></html>`;
    const roles = Object.fromEntries(htmlPage(page).blocks.map((b) => [b.text, b.role]));
    expect(roles['Der Bürgermeister am Dienstag vor dem alten Schwimmbad.']).toBe('caption');
    expect(roles['Das Becken wird neu gefliest.']).not.toBe('caption');
  });

  it('takes along the lead named as one above the article, not a nameless paragraph or a header holding breadcrumbs', () => {
    const lead = 'Die Gemeinde saniert das alte Schwimmbad am Stadtrand und verzichtet auf einen Neubau.';
    const page = (header: string) =>
      `<html><body><div class="page-head"><ul><li><a href="/a">Politik und Gesellschaft</a></li><li><a href="/b">Wirtschaft und Arbeit</a></li><li><a href="/c">Kultur und Freizeit</a></li></ul><h1>Das Schwimmbad bleibt</h1>${header}</div><article><div class="entry-content"><p>${prose.repeat(2)}</p><p>${prose}</p><p>${prose}</p></div></article></body></html>`;
    const fate = (header: string) => htmlPage(page(header)).blocks.find((b) => b.text === lead)?.removed?.rule;
    expect(fate(`<div class="lead"><p>${lead}</p></div>`)).toBeUndefined();
    expect(fate(`<div class="box"><p>${lead}</p></div>`)).toBe('html/outside-article');
    expect(fate(`<div class="intro"><a href="/">Startseite</a> » <a href="/region">Nachrichten aus der Region</a> » <a href="/bad">Bäder und Freizeit</a><p>${lead}</p></div>`)).toBe('html/outside-article');
  });

  it('a copyright line in a figure\'s caption is its credit, and the paragraph above the figure stays a paragraph', async () => {
    const quote = '„Wir bauen das Bad für die nächsten fünfzig Jahre“, sagte der Bürgermeister.';
    const html = `<html><body><article><figure><img src="bad.jpg"><figcaption><div>Das alte Schwimmbad am Stadtrand.</div><div class="credit">© Anna Muster</div></figcaption></figure><p>${prose.repeat(3)}</p><p>${quote}</p><figure><img src="plan.jpg"><figcaption>© Max Mann</figcaption></figure><p>${prose}</p></article></body></html>`;
    const [rec] = recordsFromFile('page.html', Buffer.from(html));
    const outcome = await processRecord(await loadPipeline('lean'), rec!);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.doc.article!.captions).toEqual([{ text: 'Das alte Schwimmbad am Stadtrand.', credit: '© Anna Muster' }, { text: '', credit: '© Max Mann' }]);
    expect(outcome.doc.blocks.find((b) => b.text === quote)?.role).toBe('paragraph');
    // A caption that names a picture's content in a labelled sentence stays the caption.
    const roles = Object.fromEntries(htmlPage(html.replace('© Anna Muster', 'Image: Anna Muster, left, opens the pool in May')).blocks.map((b) => [b.text, b.role]));
    expect(roles['Image: Anna Muster, left, opens the pool in May']).toBe('caption');
    // A photographer's initial ends no sentence: the line is still a credit.
    const initial = Object.fromEntries(htmlPage(html.replace('© Anna Muster', 'Image: Anna M. Muster on Flickr')).blocks.map((b) => [b.text, b.role]));
    expect(initial['Image: Anna M. Muster on Flickr']).toBe('credit');
  });

  it('a credit glued to the end of a caption is the caption\'s credit in the article', async () => {
    const caption = 'Wer den Mindestabstand nicht einhalten kann, muss eine Maske tragen.';
    const html = `<html><body><article><p>${prose.repeat(3)}</p><figure><img src="vw.jpg"><figcaption>${caption}Foto: Swen Pfoertner/Reuters</figcaption></figure><p>${prose}</p></article></body></html>`;
    const [rec] = recordsFromFile('page.html', Buffer.from(html));
    const outcome = await processRecord(await loadPipeline('lean'), rec!);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.doc.article!.captions).toEqual([{ text: caption, credit: 'Foto: Swen Pfoertner/Reuters' }]);
    // A caption's screen-reader label is cut off, and the offsets of its date mentions move with it.
    const labelled = html.replace(`${caption}Foto: Swen Pfoertner/Reuters`, 'Image caption Der Bürgermeister am 7. Dezember 2021 vor dem Bad');
    const [rec2] = recordsFromFile('page.html', Buffer.from(labelled));
    const out2 = await processRecord(await loadPipeline('lean'), rec2!);
    if (!out2.ok) throw new Error(out2.message);
    const a = out2.doc.article!;
    expect(a.captions[0]!.text).toBe('Der Bürgermeister am 7. Dezember 2021 vor dem Bad');
    const m = a.dateMentions.find((x) => x.caption === 0)!;
    expect(a.captions[0]!.text.slice(m.start, m.end)).toBe(m.text);
    expect(splitCaption('Der Bürgermeister am Dienstag. (Foto: dpa)')).toEqual({ text: 'Der Bürgermeister am Dienstag.', credit: '(Foto: dpa)', offset: 0 });
    expect(splitCaption('Image caption Scooter Braun has managed Justin Bieber')).toEqual({ text: 'Scooter Braun has managed Justin Bieber', credit: null, offset: 14 });
    // A dump glues the label to the caption.
    expect(splitCaption('Media captionDrone footage shows mass burials')).toEqual({ text: 'Drone footage shows mass burials', credit: null, offset: 13 });
    expect(splitCaption('Cyber-Attacken nehmen weiter zu. – © Sergey Nivens – stock.adobe.com')).toEqual({ text: 'Cyber-Attacken nehmen weiter zu.', credit: '© Sergey Nivens – stock.adobe.com', offset: 0 });
    // A credit alone, or a label inside the caption's words, stays as it is.
    expect(splitCaption('© dpa')).toEqual({ text: '© dpa', credit: null, offset: 0 });
    expect(splitCaption('Das Bild: ein Sazerac in New Orleans')).toEqual({ text: 'Das Bild: ein Sazerac in New Orleans', credit: null, offset: 0 });
    // A credit glued before the caption (its element first, the space lost) is set apart at the glue.
    expect(splitCaption('© SNA / Alexey Nikolsky / Zur BilddatenbankRusslands Präsident Wladimir Putin am Telefon (Symbolbild)')).toEqual({
      text: 'Russlands Präsident Wladimir Putin am Telefon (Symbolbild)',
      credit: '© SNA / Alexey Nikolsky / Zur Bilddatenbank',
      offset: 43,
    });
    expect(splitCaption('© Reuters/Fabian BimmerDie Kanzlerin am Dienstag in Berlin').credit).toBe('© Reuters/Fabian Bimmer');
    // Not a camel-cased name in a credit without a slash, nor a glue with too few words after it.
    expect(splitCaption('© ScienceAlert Pty Ltd. Das Bild zeigt den Mond').credit).toBeNull();
    expect(splitCaption('© dpa/Kay NietfeldMerkel lacht').credit).toBeNull();
  });

  it('the cells of a table that lays out the article are read as text, a data table\'s cells stay table cells', () => {
    const roles = (html: string) => Object.fromEntries(htmlPage(`<html><body>${html}</body></html>`).blocks.map((b) => [b.text, b.role]));
    const layout = roles(`<table><tr><td><a href="/">Startseite</a></td><td><p>${prose.repeat(2)}</p><p>${prose.repeat(2)}</p><p>Die Sanierung kostet vier Millionen Euro.</p></td></tr></table>`);
    expect(layout[prose.repeat(2).trim()]).toBe('unknown');
    expect(layout['Die Sanierung kostet vier Millionen Euro.']).toBe('unknown');
    const rows = Array.from({ length: 12 }, (_, k) => `<tr><td>Becken ${k + 1}</td><td>${25 + k} x ${10 + k} m</td><td>${k + 20} Grad</td></tr>`).join('');
    const data = roles(`<article><p>${prose.repeat(3)}</p><table><tr><td colspan="3">${prose}</td></tr>${rows}</table><p>${prose}</p></article>`);
    expect(data['Becken 3']).toBe('table');
    expect(data['27 x 12 m']).toBe('table');
    // A page laid out in one table, its menus and teaser columns in other cells: only the article's own text is weighed.
    const menu = Array.from({ length: 30 }, (_, k) => `<li><a href="/r${k}">Ressort Nummer ${k + 1} mit vielen weiteren Unterseiten</a></li>`).join('');
    const side = Array.from({ length: 8 }, (_, k) => `<p><a href="/m${k}">Kurzmeldung ${k + 1}: Der Verkehrsverbund meldet für das Wochenende Umleitungen auf mehreren Buslinien im Süden der Stadt</a></p>`).join('');
    const page = roles(`<table><tr><td><ul>${menu}</ul></td><td><h1>Schwimmbad wird saniert</h1><div class="date">20. November 2019</div><p>${prose.repeat(2)}</p><p>${prose.repeat(2)}</p><p>Die Sanierung kostet vier Millionen Euro.</p></td><td>${side}</td></tr></table>`);
    expect(page[prose.repeat(2).trim()]).toBe('unknown');
    expect(page['20. November 2019']).toBe('unknown');
  });

  it('a teaser paragraph without links is no teaser list', () => {
    const page = `<html><body><article><p class="teaser">${prose}</p><p>${prose}</p></article></body></html>`;
    expect(htmlPage(page).blocks.every((b) => !b.removed)).toBe(true);
  });
});

for (const rule of [linkOnlyLine, labelledLink]) describe(rule.id, () => {
  const prose = '<p>Der Rat hat am Abend nach einer langen Sitzung den Plan für die neue Brücke über den Fluss beschlossen, sagte die Sprecherin.</p>';
  const judge = (snippet: string): boolean | string => {
    const blocks = htmlPage(`<html><body><article>${prose}<p>${snippet}</p>${prose}</article></body></html>`).blocks;
    const doc = { contentType: 'html', blocks } as unknown as Doc;
    const b = blocks.find((x) => x.text === snippet.replace(/<[^>]+>/g, ''))!;
    return rule.test(b.text, stripContext(doc), b);
  };
  for (const ex of rule.examples!.matches) it(`matches ${ex}`, () => expect(judge(ex.replace(/<a>/g, '<a href="/x">'))).toBeTruthy());
  for (const ex of rule.examples!.keeps) it(`keeps ${ex}`, () => expect(judge(ex.replace(/<a>/g, '<a href="/x">'))).toBeFalsy());
  it('does nothing on text dumps (no link density)', () => {
    const text = rule.examples!.matches[0]!.replace(/<[^>]+>/g, '');
    const b = { index: 0, text, line: 1, start: 0, end: text.length, role: 'unknown' as const };
    expect(rule.test(b.text, stripContext({ contentType: 'text', blocks: [b] } as unknown as Doc), b)).toBe(false);
  });
});

describe(trailingHeading.id, () => {
  const prose = '<p>Der Rat hat am Abend nach einer langen Sitzung den Plan für die neue Brücke über den Fluss beschlossen, sagte die Sprecherin.</p>';
  /** The example after an article's paragraph, through the whole strip stage: what trailing-heading removed. */
  const trailingRemoved = async (example: string): Promise<string[]> => {
    const [rec] = recordsFromFile('page.html', Buffer.from(`<html><body><article>${prose}${prose}${example}</article></body></html>`));
    const outcome = await processRecord(await loadPipeline('lean'), rec!);
    if (!outcome.ok) throw new Error(outcome.message);
    return outcome.doc.blocks.filter((b) => b.removed?.rule === trailingHeading.id).map((b) => b.text);
  };
  for (const ex of trailingHeading.examples!.matches)
    it(`removes the trailing headings of ${ex.slice(0, 50)}…`, async () => {
      const headings = [...ex.matchAll(/<h[1-6]>([^<]*)<\/h[1-6]>/g)].map((m) => m[1]);
      expect(await trailingRemoved(ex)).toEqual(headings);
    });
  for (const ex of trailingHeading.examples!.keeps) it(`keeps ${ex.slice(0, 50)}…`, async () => expect(await trailingRemoved(ex)).toEqual([]));
  it('does nothing on text dumps, which have no heading elements', () => {
    const b = { index: 0, text: 'Related', line: 1, start: 0, end: 7, role: 'unknown' as const };
    expect(trailingHeading.apply([b], stripContext({ contentType: 'text', blocks: [b] } as unknown as Doc))).toEqual([]);
  });
});

describe('strip/comment-section on HTML: the heading of the readers\' comments opens them', () => {
  const text = [
    '<p>Der Konzern hält an seinem Auftrag für die Kohlemine fest, obwohl Klimaschützer seit Wochen dagegen protestieren und der Aufsichtsrat uneins ist.</p>',
    '<p>Der Konzern bot einer Aktivistin einen Sitz in einem neuen Gremium an, das über Fragen der Nachhaltigkeit beraten soll, doch sie lehnte ab.</p>',
    '<p>Der Konzern will nun prüfen lassen, ob sich der Vertrag noch ändern lässt, ohne dass hohe Strafen fällig werden, heißt es aus München.</p>',
  ].join('');
  const comment = (who: string) => `<li><a class="author person" href="/u"><h4>${who}</h4></a><p>${'Ich finde, der Konzern macht es sich viel zu leicht mit dieser Entscheidung, und die Begründung überzeugt mich nicht. '.repeat(4)}</p></li>`;
  const fates = async (html: string): Promise<Array<[string, string | undefined]>> => {
    const [rec] = recordsFromFile('page.html', Buffer.from(`<html><body><article><h1>Kohlemine</h1>${html}</article></body></html>`));
    const outcome = await processRecord(await loadPipeline('lean'), rec!);
    if (!outcome.ok) throw new Error(outcome.message);
    return outcome.doc.blocks.map((b) => [b.text, b.removed?.rule]);
  };
  const comments = `<h2>Leserkommentare</h2><ul>${comment('Martina')}${comment('Opossum')}${comment('Gandalf')}${comment('Tom B.')}${comment('Anna')}${comment('Rolf')}</ul>`;
  it('removes the comments under the article, however much longer than it they are', async () => {
    const out = await fates(`${text}${comments}`);
    expect(out.filter(([t]) => t.startsWith('Der Konzern')).every(([, r]) => r === undefined)).toBe(true);
    expect(out.filter(([t]) => t.startsWith('Ich finde') || t === 'Opossum').map(([, r]) => r)).toEqual(Array(7).fill('strip/comment-section'));
  });
  it('opens nothing above the article\'s text', async () => {
    const out = await fates(`${comments.slice(0, comments.indexOf('<ul>'))}${text}`);
    expect(out.filter(([t]) => t.startsWith('Der Konzern')).every(([, r]) => r === undefined)).toBe(true);
  });
});

describe('strip/teaser-run on HTML: a box set into the text ends where the text goes on', () => {
  const said = (who: string) => `<p>${who}: Der Test ist zu einer Zeit gemacht worden, als wir dieses Virus selbst noch gar nicht im Labor hatten, nur seine Sequenz.</p>`;
  const box = '<div class="contentbox"><div class="boxhead">Weitere Informationen</div><div class="item"><h2><a href="/a">Was Sie zum Virus wissen müssen</a></h2><p>Kurz erklärt</p></div></div>';
  const removed = async (html: string): Promise<Record<string, string | undefined>> => {
    const [rec] = recordsFromFile('page.html', Buffer.from(`<html><body><article>${html}</article></body></html>`));
    const outcome = await processRecord(await loadPipeline('lean'), rec!);
    if (!outcome.ok) throw new Error(outcome.message);
    return Object.fromEntries(outcome.doc.blocks.map((b) => [b.text, b.removed?.rule]));
  };
  it('keeps the short line of the text after the box, and takes the box', async () => {
    const rules = await removed(`${said('Drosten')}${said('Hennig')}${box}<p>Hennig: Aus China?</p>${said('Drosten')}`);
    expect(rules['Hennig: Aus China?']).toBeUndefined();
    expect(rules['Weitere Informationen']).toBe('strip/link-list-header');
    expect(rules['Kurz erklärt']).toBe('strip/teaser-run');
  });
  it('takes a short line in the box itself, where no text went on', async () => {
    const rules = await removed(`${said('Drosten')}${said('Hennig')}<div class="contentbox"><div class="boxhead">Weitere Informationen</div><p>Aus China?</p></div>`);
    expect(rules['Aus China?']).toBe('strip/teaser-run');
  });
});

describe('the walk counts link text without building it', () => {
  const reference = (t: string) => t.replace(/\s+/g, ' ').trim().length + (/\s$/.test(t) ? 1 : 0);
  it('equals the collapsed length (plus a trailing space) on any mix of spaces and letters', () => {
    const chars = fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', 'a', 'ü', '中');
    fc.assert(fc.property(fc.array(chars, { maxLength: 12 }), (cs) => linkTextLength(cs.join('')) === reference(cs.join(''))), { numRuns: 2000 });
  });
  it('counts a link with inner line breaks as its visible words', () => {
    expect(linkTextLength('  Mehr\n   zum Thema ')).toBe('Mehr zum Thema'.length + 1);
  });
});

describe('the walk collapses white space only where there is some to collapse', () => {
  const chars = fc.constantFrom(' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2003', '\u2028', '\u3000', '\ufeff', '\u200b', '\u0085', 'a', 'ü', '中');
  it('equals replace(/\\s+/g, " ").trim() on any mix of spaces and letters', () => {
    fc.assert(fc.property(fc.array(chars, { maxLength: 12 }), (cs) => collapseSpaces(cs.join('')) === cs.join('').replace(/\s+/g, ' ').trim()), { numRuns: 3000 });
  });
  it.each([['Schon sauber', 'Schon sauber'], ['  Mehr\n   zum  Thema ', 'Mehr zum Thema'], [' x', 'x'], ['x ', 'x'], ['a\u00a0b', 'a b'], ['\n\t ', '']])('%j → %j', (t, want) => {
    expect(collapseSpaces(t)).toBe(want);
  });
});

describe('the walk asks the visible-character expression only past ASCII', () => {
  const VISIBLE = /[^\s\p{Co}\p{Cf}\p{Cc}]/u;
  // White space, controls, format and private-use characters (invisible), and letters (visible).
  const chars = fc.constantFrom(' ', '\t', '\n', '\r', '\v', '\u0000', '\u0007', '\u007f', '\u0085', '\u00a0', '\u00ad', '\u200b', '\u2028', '\ufeff', '\ue000', '\udb80\udc00', 'a', 'Z', '!', '~', 'ü', '中');
  it('equals the expression on any mix of visible and invisible characters', () => {
    fc.assert(fc.property(fc.array(chars, { maxLength: 8 }), (cs) => hasVisible(cs.join('')) === VISIBLE.test(cs.join(''))), { numRuns: 3000 });
  });
  it.each([['', false], ['  \n\t', false], ['\u200b\ue000', false], ['  x', true], ['\u00a0ü', true]])('%j → %s', (t, want) => {
    expect(hasVisible(t)).toBe(want);
  });
});

describe('the words of a class or id name', () => {
  // What the words are, as regular expressions say it; splitWords takes a faster path for ASCII names.
  const spec = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9äöüß]+/).map((w) => w.replace(/\d+$/, '')).filter(Boolean);

  it('splits at humps and separators, lowercases, drops trailing digits', () => {
    expect(splitWords('adSlot')).toEqual(['ad', 'slot']);
    expect(splitWords('article-share_bar teaser2')).toEqual(['article', 'share', 'bar', 'teaser']);
    expect(splitWords('ABTest 123 Überblick-Box')).toEqual(['abtest', 'überblick', 'box']);
  });

  it('agrees with the regular expressions on any name', () => {
    const unit = fc.constantFrom(...'aBzZ09-_ .xYäÄßÖ:İ\u00e9'.split(''));
    fc.assert(fc.property(fc.oneof(fc.string({ unit, maxLength: 20 }), fc.string({ unit: 'binary-ascii', maxLength: 30 })), (name) => {
      expect(splitWords(name)).toEqual(spec(name));
    }), { numRuns: 5000 });
  });
});

describe('whether a name is, or holds a word of, the rules\' vocabulary', () => {
  const isRuleName = vocabularyTest(RULE_VOCABULARY);
  const spec = (name: string) => RULE_VOCABULARY.has(name.toLowerCase()) || splitWords(name).some((w) => RULE_VOCABULARY.has(w));
  const test = (name: string) => isRuleName(`xx ${name} yy`, 3, 3 + name.length);

  it('finds whole names, words at humps and separators, words with trailing digits', () => {
    for (const name of ['sr-only', 'SR-Only', 'adSlot', 'teaser2', 'article-share_bar', 'c-Comments99', 'post-tags', 'schlagwörter', 'Überblick-Werbung']) expect(test(name), name).toBe(true);
    for (const name of ['shadow', 'header2x', 'ad2b', 'sr', 'only', '12345', 'ABTest', 'navigator', 'über']) expect(test(name), name).toBe(false);
  });

  it('agrees with the vocabulary and splitWords on any name', () => {
    const vocabulary = [...RULE_VOCABULARY];
    const piece = fc.oneof(
      fc.constantFrom(...vocabulary),
      fc.constantFrom(...vocabulary).map((w) => w.toUpperCase()),
      fc.constantFrom(...vocabulary).map((w) => w[0]!.toUpperCase() + w.slice(1)),
      fc.constantFrom('-', '_', '2', '10', 'x', 'Y', 'ab', 'ä', 'İ', ':', 'q9'),
    );
    const name = fc.array(piece, { maxLength: 5 }).map((p) => p.join(''));
    fc.assert(fc.property(fc.oneof(name, fc.string({ unit: 'binary-ascii', maxLength: 12 })), (n) => {
      expect(test(n)).toBe(spec(n));
    }), { numRuns: 5000 });
  });
});

describe("the walk's cache key: names and styles as the rules read them", () => {
  const vocabulary = [...RULE_VOCABULARY];
  const piece = fc.oneof(
    fc.constantFrom(...vocabulary),
    fc.constantFrom(...vocabulary).map((w) => w[0]!.toUpperCase() + w.slice(1)),
    fc.constantFrom('-', '--', '_', '2', '10', '007', 'x', 'Y', 'ab', 'ä', ':', 'q9', '9q', 'B12c'),
  );
  const classes = fc.array(fc.array(piece, { minLength: 1, maxLength: 5 }).map((p) => p.join('')), { minLength: 1, maxLength: 3 }).map((n) => n.join(' '));
  const tag = fc.constantFrom('div', 'section', 'span', 'h2', 'ul', 'a', 'aside', 'p');

  it('no word of the vocabulary has a digit', () => {
    expect(vocabulary.filter((w) => /\d/.test(w))).toEqual([]);
  });

  it('every rule answers alike when each run of digits in the names is one 0 (`menu-item-4711` as `menu-item-0`)', () => {
    fc.assert(fc.property(tag, classes, (t, c) => {
      expect(matchRules(t, { class: c.replace(/\d+/g, '0') })).toEqual(matchRules(t, { class: c }));
    }), { numRuns: 5000 });
    expect(matchRules('div', { class: 'comments-4711' })).toEqual(['html/comment-section', 'comments']);
    expect(matchRules('div', { class: 'comments-0' })).toEqual(['html/comment-section', 'comments']);
  });

  it('every rule answers alike for a style and for what styleKey keeps of it', () => {
    const style = fc.constantFrom('display:none', 'display: none;', 'DISPLAY : NONE', 'color:red;visibility:hidden', 'color: red', 'width: 300px', '', 'display:block', 'visibility: visible');
    fc.assert(fc.property(tag, classes, style, (t, c, s) => {
      expect(matchRules(t, { class: c, style: styleKey(s) })).toEqual(matchRules(t, { class: c, style: s }));
    }), { numRuns: 3000 });
    expect(matchRules('div', { style: 'display: none' })).toEqual(['html/hidden', 'style']);
    expect(styleKey('width: 300px')).toBeUndefined();
  });
});
