import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../src/core/doc.js';
import { dateInText, dateInUrl, normalizeDate } from '../src/stages/blocks/html/dates.js';
import { htmlPage, linkDensity } from '../src/stages/blocks/html/index.js';
import { firstName } from '../src/stages/blocks/html/walk.js';
import { domainName, withoutAuthorNames, withoutSiteName } from '../src/stages/blocks/html/metadata.js';
import { runText } from './helpers/pipeline.js';

// Two hand-written pages in the shapes news sites and blogs have: semantic HTML5 with metadata,
// and div soup with an unclosed <head>, a link sidebar and the date only in the URL.
const NEWS = `<!doctype html><html lang="de-DE"><head>
<title>Neue Radwege für die Innenstadt | Stadtkurier</title>
<meta property="og:title" content="Neue Radwege für die Innenstadt">
<meta property="og:site_name" content="Stadtkurier">
<meta name="description" content="Der Stadtrat gibt grünes Licht für zwölf Kilometer Radwege.">
<meta property="article:published_time" content="2023-05-09T18:30:00+02:00">
<meta property="article:modified_time" content="2023-05-10T08:00:00+02:00">
<link rel="canonical" href="https://stadtkurier.example/lokales/radwege-innenstadt">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Stadtkurier"},{"@type":"NewsArticle","headline":"Neue Radwege für die Innenstadt","datePublished":"2023-05-09T18:30:00+02:00","author":[{"@type":"Person","name":"Jana Beispiel"}],"publisher":{"@type":"Organization","name":"Stadtkurier"}}]}</script>
<style>.x{color:red}</style></head><body>
<header class="site-header"><a href="/">Stadtkurier</a><nav><ul><li><a href="/lokales">Lokales</a></li><li><a href="/sport">Sport</a></li><li><a href="/kultur">Kultur</a></li></ul></nav></header>
<div id="cookie-consent">Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten. <button>Alle akzeptieren</button></div>
<main><article>
<header><h1>Neue Radwege für die Innenstadt</h1><p class="byline">Von Jana Beispiel</p><time datetime="2023-05-09T18:30:00+02:00">9. Mai 2023</time></header>
<div class="share-buttons"><a href="#">Facebook</a> <a href="#">Teilen</a> <a href="#">E-Mail</a></div>
<p class="lead">Der Stadtrat hat am Dienstagabend den Bau von zwölf Kilometern neuer Radwege beschlossen, die bis zum Ende des kommenden Jahres fertig sein sollen.</p>
<figure><img src="rad.jpg" alt=""><figcaption>Radfahrer auf der Hauptstraße, die bald einen eigenen Streifen bekommt.</figcaption></figure>
<p>Die Mehrheit kam mit den Stimmen von drei Fraktionen zustande. Die Opposition hatte vergeblich verlangt, zuerst die Folgen für den Lieferverkehr prüfen zu lassen, und sprach von einem übereilten Beschluss.</p>
<h2>Was sich für Autofahrer ändert</h2>
<p>Auf der Hauptstraße fällt je Richtung eine Fahrspur weg. Parkplätze am Rand sollen zum Teil in ein neues Parkhaus am Bahnhof verlegt werden, das die Stadt gemeinsam mit einem privaten Betreiber plant.</p>
<blockquote><p>Wir holen nach, was andere Städte längst haben, und machen die Innenstadt sicherer für alle.</p></blockquote>
<ul><li>Hauptstraße: 3,2 Kilometer</li><li>Ringstraße: 4,1 Kilometer</li></ul>
<div class="ad-slot">Anzeige</div>
<p>Die Kosten von rund neun Millionen Euro trägt zu einem großen Teil das Land, das Programme für klimafreundlichen Verkehr in Kommunen fördert. Der Baubeginn ist für den Herbst geplant.</p>
<div class="newsletter-box"><h3>Newsletter</h3><p>Jeden Morgen die wichtigsten Nachrichten aus der Stadt.</p><form><input type="email"><button>Abonnieren</button></form></div>
</article>
<section class="related-articles"><h2>Mehr zum Thema</h2><ul><li><a href="/a">Fahrradstraße am Fluss eröffnet</a></li><li><a href="/b">Streit um Parkgebühren geht weiter</a></li><li><a href="/c">Neue Buslinie ab Juni</a></li></ul></section>
<section id="comments"><h2>Kommentare</h2><article class="comment"><p>Endlich! Darauf warten wir Radfahrer seit Jahren, hoffentlich wird es diesmal auch wirklich gebaut.</p></article></section>
</main>
<aside class="sidebar"><h3>Meistgelesen</h3><ol><li><a href="/x">Hochwasser: Pegel sinkt wieder</a></li><li><a href="/y">Der neue Bürgermeister im Porträt</a></li></ol></aside>
<footer><p>© 2023 Stadtkurier. Alle Rechte vorbehalten.</p><a href="/impressum">Impressum</a></footer>
</body></html>`;

const BLOG = `<html><head><meta charset="utf-8"><title>Sauerteig ansetzen: so gelingt es - Backstube Blog</title>
<div id="wrap"><div class="top"><a href="/">Backstube Blog</a> <a href="/rezepte">Rezepte</a> <a href="/ueber">Über mich</a></div>
<div id="left"><a href="/2021/02/">Februar 2021</a><br><a href="/2021/01/">Januar 2021</a><br><a href="/2020/12/">Dezember 2020</a><br><a href="/tag/brot">Brot</a><br><a href="/tag/kuchen">Kuchen</a></div>
<div id="post"><div class="posttitle">Sauerteig ansetzen: so gelingt es</div>
<div class="posttext">Für einen Sauerteig braucht man nur Mehl, Wasser und etwas Geduld. Am ersten Tag verrührt man je fünfzig Gramm Roggenmehl und lauwarmes Wasser in einem großen Glas.<br><br>
An den folgenden vier Tagen füttert man den Teig jeden Morgen mit der gleichen Menge Mehl und Wasser. Riecht er säuerlich und wirft er Blasen, ist er bereit zum Backen.<br><br>
Ein Teil des Teigs wird vor dem Backen abgenommen und im Kühlschrank aufbewahrt, so hat man beim nächsten Mal gleich einen Anfang.</div></div>
<div class="footer">Backstube Blog läuft mit einer Blogsoftware. <a href="/kontakt">Kontakt</a></div></div></html>`;

describe('a news page (semantic HTML5, metadata)', () => {
  const page = htmlPage(NEWS, 'https://stadtkurier.example/lokales/radwege-innenstadt');
  const kept = page.blocks.filter((b) => !b.removed);
  const text = kept.map((b) => b.text).join('\n');
  const ruleOf = (start: string) => page.blocks.find((b) => b.text.startsWith(start))?.removed?.rule;

  it('keeps the article: lead, paragraphs, sub-heading, quote, list items', () => {
    for (const s of ['Der Stadtrat hat am Dienstagabend', 'Die Mehrheit kam', 'Was sich für Autofahrer ändert', 'Auf der Hauptstraße fällt', 'Wir holen nach', 'Ringstraße: 4,1 Kilometer', 'Die Kosten von rund']) expect(text).toContain(s);
  });

  it('removes the boilerplate, each with the rule that recognised it', () => {
    expect(ruleOf('Lokales')).toBe('html/header-footer');
    expect(ruleOf('Wir verwenden Cookies')).toBe('html/cookie-consent');
    expect(ruleOf('Facebook')).toBe('html/share');
    expect(ruleOf('Anzeige')).toBe('html/ad');
    expect(ruleOf('Jeden Morgen die wichtigsten')).toBe('html/newsletter');
    expect(ruleOf('Fahrradstraße am Fluss')).toBe('html/related');
    expect(ruleOf('Endlich! Darauf warten')).toBe('html/comment-section');
    expect(ruleOf('Hochwasser: Pegel sinkt')).toBe('html/aside');
    expect(ruleOf('© 2023 Stadtkurier')).toBe('html/header-footer');
    for (const b of page.blocks.filter((x) => x.removed)) expect(b.removed!.stage).toBe('blocks');
  });

  it('records element paths, tags, link density and the roles the DOM knows', () => {
    const related = page.blocks.find((b) => b.text.startsWith('Fahrradstraße'))!;
    expect(related.path).toBe('body>main>section.related-articles>ul>li');
    expect(related.linkDensity).toBe(1);
    const h1 = page.blocks.find((b) => b.tag === 'h1')!;
    expect([h1.role, h1.roleRule, h1.removed]).toEqual(['title', 'html/headline', undefined]);
    expect(page.blocks.find((b) => b.text.startsWith('Radfahrer auf der'))!.role).toBe('caption');
    expect(page.blocks.find((b) => b.text.startsWith('Wir holen nach'))!.role).toBe('quote');
    expect(page.blocks.map((b) => b.index)).toEqual(page.blocks.map((_, i) => i));
    expect(page.blocks.some((b) => /color:red|@context/.test(b.text))).toBe(false);
  });

  it('reads the metadata', () => {
    expect(page.declared).toMatchObject({
      title: 'Neue Radwege für die Innenstadt',
      authors: ['Jana Beispiel'],
      published: '2023-05-09T18:30:00+02:00',
      modified: '2023-05-10T08:00:00+02:00',
      siteName: 'Stadtkurier',
      canonicalUrl: 'https://stadtkurier.example/lokales/radwege-innenstadt',
      description: 'Der Stadtrat gibt grünes Licht für zwölf Kilometer Radwege.',
      language: 'de-DE',
    });
  });
});

describe('a blog page (div soup, unclosed head, date in the URL)', () => {
  const page = htmlPage(BLOG, 'https://backstube.example/2021/02/14/sauerteig-ansetzen/');
  const kept = page.blocks.filter((b) => !b.removed).map((b) => b.text);

  it('finds the post text among menus and an archive sidebar', () => {
    expect(kept.filter((t) => /Sauerteig braucht|folgenden vier Tagen|Kühlschrank/.test(t)).length).toBe(3);
    for (const junk of ['Februar 2021', 'Rezepte', 'Kontakt']) expect(kept.join('\n')).not.toContain(junk);
    expect(page.blocks.find((b) => b.text === 'Februar 2021')?.removed?.rule).toBe('html/outside-article');
  });

  it('takes the title from <title> without the site name, and the date from the URL', () => {
    expect(page.declared.title).toBe('Sauerteig ansetzen: so gelingt es');
    expect(page.declared.published).toBe('2021-02-14');
  });
});

describe('a written date near the headline', () => {
  const post = (line: string) =>
    htmlPage(`<!doctype html><html><head><title>Der Stadtrat tagt</title></head><body><main><article><h1>Der Stadtrat tagt</h1>
<p>Der Stadtrat hat am Dienstagabend den Bau von zwölf Kilometern neuer Radwege beschlossen, die bis zum Ende des kommenden Jahres fertig sein sollen.</p>
<blockquote><p>Endlich sichere Radwege!</p>${line}</blockquote>
<p>Die Opposition hatte vergeblich verlangt, zuerst die Folgen für den Lieferverkehr prüfen zu lassen, und sprach von einem übereilten Beschluss.</p>
</article></main></body></html>`);

  it('is the page\'s date when it stands on its own line', () => {
    expect(post('<p>9. Mai 2023</p>').declared.published).toBe('2023-05-09');
  });
  it('is not when it closes an embedded post\'s signature: that is the post\'s date', () => {
    expect(post('<p>— Jana Beispiel (@janabeispiel) May 5, 2022</p>').declared.published).toBeUndefined();
  });
});

describe('the whole pipeline on HTML', () => {
  it('keeps a sentence of the text in a paragraph of its own above a picture\'s credit; a short line there is the caption', async () => {
    const para = (x: string) => `<p>Der Stadtrat hat am Dienstagabend den Bau von zwölf Kilometern neuer Radwege beschlossen, die bis zum Ende des kommenden Jahres ${x} sein sollen.</p>`;
    const page = (line: string) => `<html><body><article><h1>Neue Radwege für die Innenstadt</h1>${para('fertig')}${para('geplant')}<p>${line}</p><iframe src="chart.html"></iframe><p>(Credit: Anna Beispiel / Stadtkurier)</p>${para('gebaut')}</article></body></html>`;
    const sentence = 'Das Gleiche gilt noch nicht für die Straßen am Stadtrand — dort fehlen bisher die Pläne.';
    const roleOf = async (line: string) => (await runText(page(line), 'radwege.html')).blocks.find((b) => b.text === line)?.role;
    expect(await roleOf(sentence)).toBe('paragraph');
    expect(await roleOf('Radwege in der Innenstadt')).toBe('caption');
  });
  it('turns the news page into an article whose title and date come from the page metadata', async () => {
    const doc: Doc = await runText(NEWS, 'radwege.html');
    expect(doc.article!.title).toBe('Neue Radwege für die Innenstadt');
    expect(doc.article!.published?.value.slice(0, 10)).toBe('2023-05-09');
    expect(doc.article!.text).toContain('Die Kosten von rund neun Millionen Euro');
    expect(doc.article!.text).not.toContain('Hochwasser');
    expect(doc.language?.code).toBe('de');
  });
});

describe("the writer's bio under a bare name", () => {
  // A blog's header: the headline, the writer's name alone and the date outside the post's container, the writer's
  // trade as the post's first line (strip/credited-bio); a portrait's subject over a paragraph about them stays.
  const page = (name: string, first: string) => `<html><head><title>Experten in der Krise</title></head><body>
    <div class="head"><h1>Experten in der Krise</h1><div><a href="/author/x">${name}</a></div><div>Do 9 Apr 2020</div></div>
    <div class="post"><p>${first}</p>${[1, 2, 3, 4].map((n) => `<p>Absatz ${n}: In der Krise beraten Fachleute die Regierungen wie nie zuvor, und ihr Rat prägt, was die Parlamente beschließen und was die Öffentlichkeit davon erfährt.</p>`).join('')}</div>
    <div class="more"><a href="/a">Ein anderer Beitrag</a></div></body></html>`;
  it("removes the trade line of the name standing alone above it", async () => {
    const doc = await runText(page('Heiko Sauer', 'Heiko Sauer is a Professor of Public Law at the University of Bonn.'), 'experten.html');
    const bio = doc.blocks.find((b) => b.text.startsWith('Heiko Sauer is'));
    expect(bio?.removed?.rule).toBe('strip/credited-bio');
    expect(doc.article!.text).toContain('Absatz 1');
  });
  it('keeps a first line about someone else, or one without a trade', async () => {
    const other = await runText(page('Heiko Sauer', 'Anna Schmidt is a Professor of Public Law and has advised three governments.'), 'experten.html');
    expect(other.article!.text).toContain('Anna Schmidt is a Professor');
    const noTrade = await runText(page('Heiko Sauer', 'Heiko Sauer is worried about the state of the courts after a year of crisis.'), 'experten.html');
    expect(noTrade.article!.text).toContain('Heiko Sauer is worried');
  });
});

describe('section headings a table of contents repeats', () => {
  const P = (t: string) => `<p>${t} Der Reifen wird ohne Schlauch montiert, und die Dichtmilch verschließt kleine Löcher noch während der Fahrt, bevor der Luftdruck sinkt.</p>`;
  const page = (footer: string) => `<html lang="de"><head><title>Tubeless umrüsten</title></head><body><article><h1>MTB-Reifen auf Tubeless umrüsten</h1>
    <nav class="toc"><ul><li><a href="#was">Was ist Tubeless?</a></li><li><a href="#kosten">Was kostet Tubeless?</a></li></ul></nav>
    ${P('Erstens:')}<h2 id="was">Was ist Tubeless?</h2>${P('Zweitens:')}${P('Drittens:')}<h2 id="kosten">Was kostet Tubeless?</h2>${P('Viertens:')}${P('Fünftens:')}</article>${footer}</body></html>`;

  it('keeps a heading of the text whose other copies are the links to it', async () => {
    const doc = await runText(page(''), 'tubeless.html');
    const headings = doc.blocks.filter((b) => !b.removed && b.role === 'heading').map((b) => b.text);
    expect(headings).toEqual(['Was ist Tubeless?', 'Was kostet Tubeless?']);
  });

  it('still removes a short heading that also stands elsewhere as text, a widget label', async () => {
    const doc = await runText(page('<div class="box"><h3>Was kostet Tubeless?</h3></div>'), 'tubeless.html');
    const removed = doc.blocks.filter((b) => b.text === 'Was kostet Tubeless?' && b.tag === 'h2').map((b) => b.removed?.rule);
    expect(removed).toEqual(['strip/repeated-line']);
  });
});

describe('subheadings of parallel sections', () => {
  const P = (t: string) => `<p>${t} Die Dichtmilch verschließt kleine Löcher noch während der Fahrt, und der Reifen hält den Luftdruck über Wochen.</p>`;
  const review = (name: string) => `<h2>${name}</h2>${P(name + ' im Test:')}<h3>Vorteile</h3><ul><li>${name} ist leicht</li><li>${name} ist günstig</li></ul><h3>Nachteile</h3><ul><li>${name} ist laut</li><li>${name} ist schwer zu montieren</li></ul>`;
  const page = (aside: string) => `<html lang="de"><head><title>Reifen im Test</title></head><body><article><h1>Drei Tubeless-Reifen im Test</h1>${P('Wir haben drei Reifen gefahren.')}${review('Reifen A')}${review('Reifen B')}${review('Reifen C')}</article>${aside}</body></html>`;

  it('are the text\'s own under each section\'s heading, though they repeat', async () => {
    const doc = await runText(page(''), 'reifen.html');
    const kept = doc.blocks.filter((b) => !b.removed && b.tag === 'h3').map((b) => b.text);
    expect(kept).toEqual(['Vorteile', 'Nachteile', 'Vorteile', 'Nachteile', 'Vorteile', 'Nachteile']);
  });

  it('not where a copy stands outside the article, nor two copies with no higher heading between', async () => {
    const outside = await runText(page('<aside><h3>Vorteile</h3><p>Unsere Empfehlungen</p></aside>'), 'reifen.html');
    expect(outside.blocks.filter((b) => b.text === 'Vorteile' && b.tag === 'h3' && b.removed?.rule === 'strip/repeated-line').length).toBe(3);
  });
});

describe('HTML without a document around it', () => {
  const PROSE = 'Der Stadtrat hat am Dienstagabend den Bau von zwölf Kilometern neuer Radwege beschlossen, die bis zum Ende des kommenden Jahres fertig sein sollen.';
  const MORE = 'Die Mehrheit kam mit den Stimmen von drei Fraktionen zustande, die Opposition hatte vergeblich verlangt, zuerst die Folgen für den Lieferverkehr zu prüfen.';
  it('keeps the loose text of a fragment (a record\'s article HTML) beside its paragraphs, all under one body', async () => {
    const doc = await runText(`${PROSE} <b>Fett</b> gesetzt.<p>${MORE}</p>Ein letzter Satz ohne Element, der noch dazugehört.`, 'fragment.html');
    expect(doc.contentType).toBe('html');
    expect(doc.blocks.map((b) => [b.text.slice(0, 20), b.path, !!b.removed])).toEqual([
      [PROSE.slice(0, 20), 'body', false],
      [MORE.slice(0, 20), 'body>p', false],
      ['Ein letzter Satz ohn', 'body', false],
    ]);
    expect(doc.article!.text).toContain('Fett gesetzt.');
  });
  it('keeps text after </body>, which a browser shows in the body, and leaves text before the body out', () => {
    const page = htmlPage(`<!doctype html>Warning: mysql_connect() failed<html><body><main><p>${PROSE}</p></main></body></html>${MORE}`);
    expect(page.blocks.map((b) => b.text)).toEqual([PROSE, MORE]);
  });
  it('reads plain text saved as .html (no tag at all) as text, a block a line, entities decoded, and says so', async () => {
    const doc = await runText(`${PROSE}\n\nTom &amp; Jerry im Kino.\n\n${MORE}`, 'plain.html');
    expect(doc.contentType).toBe('text');
    expect(doc.blocks.map((b) => b.text)).toEqual([PROSE, 'Tom & Jerry im Kino.', MORE]);
    expect(doc.diagnostics.map((d) => d.rule)).toContain('load/html-without-markup');
  });
  it('still reads a page as HTML when its only markup is a comment or an end tag', async () => {
    for (const page of [`<!-- saved -->${PROSE}`, `${PROSE}</p>`]) expect((await runText(page, 'x.html')).contentType).toBe('html');
  });
});

describe('bylines and captions by their markup', () => {
  const BODY = '<p>Der Stadtrat hat am Dienstagabend den Bau von zwölf Kilometern neuer Radwege beschlossen, die bis zum Ende des kommenden Jahres fertig sein sollen. Die Opposition kritisierte den Beschluss als übereilt und verlangte eine neue Prüfung.</p>';
  const roles = (html: string) => Object.fromEntries(htmlPage(html).blocks.filter((b) => !b.removed).map((b) => [b.text, b.role]));
  it('reads the text of an author element that is a name as a byline, in any language ("Par …, envoyés spéciaux")', () => {
    const r = roles(`<html><body><article><h1>Radwege für die Stadt</h1><div class="author">Par <strong>LILIAN ALEMAGNA</strong>, <strong>LAURE BRETTON</strong> Envoyés spéciaux à Toulouse</div>${BODY}</article></body></html>`);
    expect(r['Par LILIAN ALEMAGNA, LAURE BRETTON Envoyés spéciaux à Toulouse']).toBe('byline');
  });
  it('reads the writer\'s name and the publication\'s beside it, one block of inline spans, as a byline; not a sentence after the name', () => {
    const box = (after: string) => `<html><body><article><h1>Radwege für die Stadt</h1><div class="attribution"><span class="author">Jana Beispiel and Tom Muster</span> <span class="publication">${after}</span></div>${BODY}</article></body></html>`;
    expect(roles(box('Sioux Falls Argus Leader'))['Jana Beispiel and Tom Muster Sioux Falls Argus Leader']).toBe('byline');
    expect(roles(box('wrote this report for the city council.'))['Jana Beispiel and Tom Muster wrote this report for the city council.']).toBe('unknown');
    // The name alone in a block around the author element: a person's, not a link's label.
    const alone = (inner: string) => roles(`<html><body><article><h1>Radwege für die Stadt</h1><div class="meta"><a rel="author" href="/autor/x">${inner}</a></div>${BODY}</article></body></html>`);
    expect(alone('Dennis Steimels')['Dennis Steimels']).toBe('byline');
    expect(alone('Archiv anzeigen →')['Archiv anzeigen →']).not.toBe('byline');
  });
  it('leaves a photographer named in an image\'s box to the credit rules, and an author element too long for a name alone', () => {
    const r = roles(`<html><body><article><h1>Radwege für die Stadt</h1>${BODY}<div class="media-wrap"><div class="media-wrap__copy">Radfahrer auf der Hauptstraße.</div><div class="media-wrap__author">Photograph by Jana Beispiel</div></div><div class="author">Jana Beispiel schreibt seit vielen Jahren über Verkehr, Stadtplanung und die Politik des Rathauses, am liebsten vom Rad aus.</div></article></body></html>`);
    expect(r['Photograph by Jana Beispiel']).toBe('unknown');
    expect(r['Jana Beispiel schreibt seit vielen Jahren über Verkehr, Stadtplanung und die Politik des Rathauses, am liebsten vom Rad aus.']).toBe('unknown');
  });
  it('reads the line that repeats the alternative text of the image right above it as its caption, whatever its markup; not a heading, nor two words', () => {
    const alt = 'Radfahrer auf der neuen Brücke am Morgen';
    const figure = (el: string, text = alt) => `<div align="center"><img src="rad.jpg" alt="${text}"><br>${el.replace('TEXT', text)}</div>`;
    const page = (fig: string) => roles(`<html><body><article><h1>Radwege für die Stadt</h1>${BODY}${fig}${BODY.replace('Dienstagabend', 'Mittwochabend')}</article></body></html>`);
    expect(page(figure('<span class="minor2 small gray">TEXT</span>'))[alt]).toBe('caption');
    expect(page(figure('<h2>TEXT</h2>'))[alt]).not.toBe('caption');
    expect(page(figure('<span class="gray">TEXT</span>', 'Neue Brücke'))['Neue Brücke']).not.toBe('caption');
  });
  it('reads a caption by its class in French, Italian and Swedish too (legende, didascalia, bildtext)', () => {
    for (const cls of ['legende', 'photo-didascalia', 'bildtext']) {
      const r = roles(`<html><body><article><h1>Radwege für die Stadt</h1>${BODY}<div class="visual"><img src="x.jpg"><div class="${cls}">Radfahrer auf der Hauptstraße (Photo Jana Beispiel. AFP)</div></div></article></body></html>`);
      expect(r['Radfahrer auf der Hauptstraße (Photo Jana Beispiel. AFP)'], cls).toBe('caption');
    }
  });
});

describe('metadata helpers', () => {
  it('normalises metadata dates, keeping a stated time and offset', () => {
    expect(normalizeDate('2019-10-16T23:30:00-0400')).toBe('2019-10-16T23:30:00-04:00');
    expect(normalizeDate('20191016')).toBe('2019-10-16');
    expect(normalizeDate('Wed, 16 Oct 2019 10:00:00 +0200')).toBe('2019-10-16T10:00:00+02:00');
    expect(normalizeDate('Wed, 04 May 2022 02:41:00 GMT')).toBe('2022-05-04T02:41:00Z');
    expect(normalizeDate('16.10.2019, 10:00 Uhr')).toBe('2019-10-16');
    expect(normalizeDate('gestern')).toBeNull();
  });
  it('reads written dates and URL dates', () => {
    expect(dateInText('Veröffentlicht am 3. März 2022 um 10 Uhr')).toBe('2022-03-03');
    expect(dateInText('Posted on October 5th, 2020 by admin')).toBe('2020-10-05');
    expect(dateInText('Seite 12 von 40')).toBeNull();
    expect(dateInUrl('https://x.example/2020/07/31/titel')).toBe('2020-07-31');
    expect(dateInUrl('https://x.example/news/20200731-titel.html')).toBe('2020-07-31');
    expect(dateInUrl('https://x.example/artikel/123456789')).toBeNull();
  });
  it('drops the site name from a <title>, whichever side it is on', () => {
    expect(withoutSiteName('Neue Radwege | Stadtkurier', 'Stadtkurier', undefined)).toBe('Neue Radwege');
    expect(withoutSiteName('Stadtkurier - Neue Radwege', undefined, 'www.stadtkurier.de')).toBe('Neue Radwege');
    expect(withoutSiteName('Radwege: Was sich ändert', 'Stadtkurier', undefined)).toBe('Radwege: Was sich ändert');
    // A separator with nothing after it: the template's slot stayed empty.
    expect(withoutSiteName('National Rail Enquiries -', undefined, 'www.nationalrail.co.uk')).toBe('National Rail Enquiries');
    expect(withoutSiteName('| Neue Radwege', undefined, undefined)).toBe('Neue Radwege');
    expect(withoutSiteName('Neue Radwege - -5 Grad', undefined, undefined)).toBe('Neue Radwege - -5 Grad');
    // A short last part that opens with the name of the site's domain.
    expect(withoutSiteName('Neue Radwege - Stadtkurier Lokales', 'Stadtkurier.de', 'lokales.stadtkurier.de')).toBe('Neue Radwege');
    expect(withoutSiteName('Now and Then, Here and There - Wikipedia, the free encyclopedia', undefined, 'en.wikipedia.org')).toBe('Now and Then, Here and There');
    expect(withoutSiteName('Washington Monument Closes - Time to change the way we travel', undefined, 'newsfeed.time.com')).toBe('Washington Monument Closes - Time to change the way we travel');
    expect(domainName('www.bbc.co.uk')).toBe('bbc');
    expect(domainName('newsfeed.time.com')).toBe('time');
  });
  it('drops the declared writers from the end of a title, and nothing else', () => {
    expect(withoutAuthorNames('Neue Radwege - Anna Muster and Tom Beispiel', ['Anna Muster and Tom Beispiel'])).toBe('Neue Radwege');
    expect(withoutAuthorNames('Neue Radwege | Anna Muster', ['Tom Beispiel', 'Anna Muster'])).toBe('Neue Radwege');
    expect(withoutAuthorNames('Neue Radwege - und was sich ändert', ['Anna Muster'])).toBe('Neue Radwege - und was sich ändert');
    expect(withoutAuthorNames('Anna Muster', ['Anna Muster'])).toBe('Anna Muster');
  });
});

describe('title against headline', () => {
  const titleOf = (title: string, h1: string) =>
    htmlPage(`<html><head><title>${title}</title></head><body><article><h1>${h1}</h1><p>Der Stadtrat hat am Dienstagabend nach langer Debatte den Haushalt für das kommende Jahr beschlossen, wie die Verwaltung mitteilte.</p></article></body></html>`).declared.title;
  it('takes the longer of the two when one contains the other, but not a name added with a pipe', () => {
    expect(titleOf('Haushalt: Stadtrat beschließt Kürzungen', 'Stadtrat beschließt Kürzungen')).toBe('Haushalt: Stadtrat beschließt Kürzungen');
    expect(titleOf('Stadtrat beschließt Kürzungen | Stadtkurier', 'Stadtrat beschließt Kürzungen')).toBe('Stadtrat beschließt Kürzungen');
    // Spaces as a reader sees them: runs of them in og:title (a non-breaking one among them) are one.
    const og = htmlPage(`<html><head><meta property="og:title" content="Haushalt:  Stadtrat beschließt&nbsp; Kürzungen"></head><body><article><h1>Stadtrat beschließt Kürzungen</h1><p>Der Stadtrat hat am Dienstagabend nach langer Debatte den Haushalt für das kommende Jahr beschlossen, wie die Verwaltung mitteilte.</p></article></body></html>`);
    expect(og.declared.title).toBe('Haushalt: Stadtrat beschließt Kürzungen');
    // A page saved without its address: the host of its canonical link names the site.
    const saved = htmlPage(`<html><head><title>Neue Radwege - Stadtkurier Lokales</title><link rel="canonical" href="https://lokales.stadtkurier.de/neue-radwege"></head><body><p>Der Stadtrat hat am Dienstagabend nach langer Debatte den Bau neuer Radwege beschlossen, wie die Verwaltung mitteilte.</p></body></html>`);
    expect(saved.declared.title).toBe('Neue Radwege');
    // An h1 that is the site's logo is not the headline the title ends with.
    expect(titleOf('Stadtrat beschließt Kürzungen | Stadtkurier', 'Stadtkurier')).toBe('Stadtrat beschließt Kürzungen | Stadtkurier');
  });
  it('takes the headline when the title adds a chain of names after it (section and site), and the longer title over one name after a dash', () => {
    expect(titleOf('Stadtrat beschließt Kürzungen - Lokales - Stadtkurier', 'Stadtrat beschließt Kürzungen')).toBe('Stadtrat beschließt Kürzungen');
    expect(titleOf('港特首梁振英就住宅违建事件道歉 - BBC中文网 - 两岸三地', '港特首梁振英就住宅违建事件道歉')).toBe('港特首梁振英就住宅违建事件道歉');
    expect(titleOf('Stadtrat beschließt Kürzungen - und die Opposition protestiert', 'Stadtrat beschließt Kürzungen')).toBe('Stadtrat beschließt Kürzungen - und die Opposition protestiert');
    // A domain name after a dash is the site, though the page declares no site name.
    expect(titleOf('Stadtrat beschließt Kürzungen - Stadtkurier.de', 'Stadtrat beschließt Kürzungen')).toBe('Stadtrat beschließt Kürzungen');
    expect(titleOf('Stadtrat beschließt Kürzungen - und die Opposition protestiert', 'Stadtrat beschließt Kürzungen')).toBe('Stadtrat beschließt Kürzungen - und die Opposition protestiert');
    // The same words with other typography: the headline readers see, not the title typed plainly.
    expect(titleOf('Alles hat seine Zeit...', 'Alles hat seine Zeit…')).toBe('Alles hat seine Zeit…');
    expect(titleOf('Klimaschutz: Bohren, bis es heiß wird', 'KlimaschutzBohren, bis es heiß wird')).toBe('Klimaschutz: Bohren, bis es heiß wird');
    // The site in brackets after the headline (LWN's titles).
    expect(titleOf('LWN.net Weekly Edition for March 26, 2015 [LWN.net]', 'LWN.net Weekly Edition for March 26, 2015')).toBe('LWN.net Weekly Edition for March 26, 2015');
  });
  it('takes the post\'s h1 over the logo\'s h1 when the title holds both', () => {
    const para = '<p>Der Stadtrat hat am Dienstagabend nach langer Debatte den Haushalt für das kommende Jahr beschlossen, wie die Verwaltung mitteilte.</p>';
    const page = htmlPage(`<html><head><title>Stadtrat beschließt Kürzungen – Ansichten und Einsichten</title><meta property="og:site_name" content="Ansichten und Einsichten"></head><body><header><h1 class="site-title">Ansichten und Einsichten</h1></header><article><h1 class="entry-title">Stadtrat beschließt Kürzungen</h1>${para}${para}</article></body></html>`);
    expect(page.declared.title).toBe('Stadtrat beschließt Kürzungen');
    expect(page.blocks.find((b) => b.role === 'title')?.text).toBe('Stadtrat beschließt Kürzungen');
  });
});

describe('headline outside the article', () => {
  const para = '<p>Wärmepumpen nutzen die kostenfreie Energie der Umwelt und versorgen auch ältere Häuser günstig mit Wärme, wenn die Vorlauftemperatur niedrig genug ist.</p>';
  const page = (top: string) =>
    htmlPage(`<html><head><title>Wärmepumpe im Altbau - Wann es sich lohnt | heizung.de</title></head><body><div class="page-hero"><h1>Eignet sich eine Wärmepumpe im Altbau?</h1></div><div class="content">${top}${para}${para}${para}</div></body></html>`);
  it('is the h1 above it, not an h2 at its top that announces a list', () => {
    const p = page('<h2>Die Themen im Überblick:</h2><ul><li>Voraussetzungen</li><li>Kosten</li></ul>');
    expect(p.blocks.find((b) => b.role === 'title')?.text).toBe('Eignet sich eine Wärmepumpe im Altbau?');
  });
  it('is an h2 at its top that names the post (a blog under its site-name h1)', () => {
    const p = page('<h2>Wärmepumpe im Altbau: unsere Erfahrungen nach zwei Wintern</h2>');
    expect(p.blocks.find((b) => b.role === 'title')?.text).toBe('Wärmepumpe im Altbau: unsere Erfahrungen nach zwei Wintern');
  });
});

describe('characters made by entity decoding', () => {
  // load normalises the source, where these are still ASCII entities; the parser makes them.
  it('removes soft hyphens and zero-width spaces and turns no-break spaces into spaces, in text and metadata', () => {
    const page = htmlPage(`<html><head><title>Hechte&nbsp;fangen | Anglerblatt</title><meta property="og:description" content="Gummi&shy;fische&#8203; im&nbsp;Herbst"></head>
      <body><article><h1>Hechte&nbsp;fangen</h1><p>Daran verwende ich Gummi&shy;fische von 10 bis 16&nbsp;cm, im Fr&uuml;hjahr und im Herbst, und die Schiffs-&shy; und Bootsangler nehmen gr&ouml;&szlig;ere Ko&shy;der an schweren Jigs.</p>
      <p>Der Caf&#101;&#769; am Hafen hat ab sechs Uhr geöffnet, dort gibt es auch Köder und Karten für die Strecke am Fluss.</p></article></body></html>`);
    const text = page.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('Gummifische von 10 bis 16 cm');
    expect(text).toContain('Schiffs- und Bootsangler nehmen größere Koder');
    expect(text).toContain('Der Café am Hafen');
    expect(text).not.toMatch(/[\u00ad\u00a0\u200b\u0301]/);
    expect(page.declared.title).toBe('Hechte fangen');
    expect(page.declared.description).toBe('Gummifische im Herbst');
  });
});

// Structural cases the container choice must get right, whatever the class names.
const PARA = (n: number) => `<p>Absatz ${n}: Der Stadtrat hat am Dienstagabend nach langer Debatte den Haushalt für das kommende Jahr beschlossen, wie die Verwaltung mitteilte.</p>`;
const kept = (html: string) => htmlPage(html).blocks.filter((b) => !b.removed).map((b) => b.text);

describe('ruby annotations', () => {
  it('reads the text without the readings over its kanji (<rt>) and their brackets (<rp>)', () => {
    const html = `<html lang="ja"><body><article><h1>法律</h1><p><ruby>子<rp>（</rp><rt>こ</rt><rp>）</rp></ruby>どもへの<ruby>虐待<rt>ぎゃくたい</rt></ruby>をなくすための<ruby>法律<rt>ほうりつ</rt></ruby>ができて、<ruby>親<rt>おや</rt></ruby>が<ruby>子<rt>こ</rt></ruby>どもを<ruby>教育<rt>きょういく</rt></ruby>するために、たたくことを<ruby>禁止<rt>きんし</rt></ruby>しました。</p></article></body></html>`;
    expect(kept(html)).toContain('子どもへの虐待をなくすための法律ができて、親が子どもを教育するために、たたくことを禁止しました。');
  });
});

describe('<noscript>', () => {
  const NOTICE = '<noscript><p>Sie haben JavaScript deaktiviert. Bitte aktivieren Sie JavaScript, um alle Funktionen dieser Seite zu nutzen.</p></noscript>';

  it('skips a notice that scripts are off, as it skips a script', () => {
    const texts = htmlPage(`<html><body><article><h1>Haushalt</h1>${NOTICE}${PARA(1)}${PARA(2)}${PARA(3)}</article></body></html>`).blocks.map((b) => b.text);
    expect(texts.join('\n')).not.toMatch(/JavaScript/);
    expect(texts).toContain(PARA(1).replace(/<\/?p>/g, ''));
  });

  it('reads the post a blog template renders from a script: its only readable copy is the fallback', () => {
    // Blogger's template: the post's HTML in a text/template script, and again in a <noscript> after it.
    const post = [1, 2, 3, 4, 5, 6].map(PARA).join('');
    const html = `<html><body><div class="post"><h2 class="title">Haushalt beschlossen</h2><div class="post-body" itemprop="articleBody"><script type="text/template">${post}</script><noscript>${post}</noscript></div></div><div class="sidebar"><a href="/a">Archiv</a></div></body></html>`;
    expect(kept(html).filter((t) => t.startsWith('Absatz'))).toEqual([1, 2, 3, 4, 5, 6].map((n) => PARA(n).replace(/<\/?p>/g, '')));
  });

  it('does not read a long fallback that copies what the page shows (a gallery\'s captions), so nothing is there twice', () => {
    const captions = [1, 2, 3, 4, 5, 6].map((n) => `<figcaption>Bild ${n}: Die Stadträtinnen und Stadträte stimmen nach der langen Debatte im großen Sitzungssaal des Rathauses über den Haushalt ab.</figcaption>`).join('');
    const html = `<html><body><article><h1>Haushalt</h1>${PARA(1)}<div class="gallery">${captions}</div><noscript>${captions}</noscript>${PARA(2)}${PARA(3)}</article></body></html>`;
    const texts = htmlPage(html).blocks.map((b) => b.text);
    expect(texts.filter((t) => t.startsWith('Bild 1:'))).toHaveLength(1);
  });
});

describe('reading the page as the parser streams it', () => {
  const ARTICLE = `<p>Die Mehrheit kam mit den Stimmen von drei Fraktionen zustande. Die Opposition hatte vergeblich verlangt, zuerst die Folgen für den Lieferverkehr prüfen zu lassen.</p>`;

  it('counts a link whose text holds an entity as one text, the way a DOM joins it', () => {
    // The parser reports "Tom ", "&" and " Jerry" apart; counted apart, the link would be 10 characters, not 11.
    const page = htmlPage(`<html><body><article>${ARTICLE}<p><a href="/x">Tom &amp; Jerry</a></p></article></body></html>`);
    const link = page.blocks.find((b) => b.text === 'Tom & Jerry')!;
    expect(link.linkDensity).toBe(1);
    const mixed = htmlPage(`<html><body><article>${ARTICLE}<p><a href="/x">Tom &amp; Jerry</a> im Kino</p></article></body></html>`);
    expect(mixed.blocks.find((b) => b.text === 'Tom & Jerry im Kino')!.linkDensity).toBe(+(11 / 19).toFixed(3));
  });

  it('reads an author element\'s text without the script inside it, and head matter anywhere in the page', () => {
    const page = htmlPage(`<html><head><title>Radwege &amp; Busse</title></head><body><article><h1>Radwege &amp; Busse</h1>
      <span class="author">Jana <script>var tracking = 1;</script>Beispiel</span>
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-05-09T10:00:00+02:00"}</script>${ARTICLE}</article></body></html>`);
    expect(page.declared.authors).toEqual(['Jana Beispiel']);
    expect(page.declared.title).toBe('Radwege & Busse');
    expect(page.declared.published).toMatch(/^2023-05-09/);
    expect(page.blocks.map((b) => b.text).join('\n')).not.toMatch(/tracking|NewsArticle/);
  });

  it('dates a page without an article by the work it shows (a recipe\'s datePublished), after the meta tags, not by its reviews', () => {
    const ld = '{"@type":"Recipe","name":"Porridge","datePublished":"2018-07-25","review":[{"@type":"Review","datePublished":"2019-04-12"}]}';
    const page = htmlPage(`<html><head><script type="application/ld+json">${ld}</script></head><body><main><h1>Porridge</h1>${ARTICLE}</main></body></html>`);
    expect(page.declared.published).toMatch(/^2018-07-25/);
    const withMeta = htmlPage(`<html><head><meta property="article:published_time" content="2020-01-02"><script type="application/ld+json">${ld}</script></head><body><main><h1>Porridge</h1>${ARTICLE}</main></body></html>`);
    expect(withMeta.declared.published).toMatch(/^2020-01-02/);
  });

  it('reads a JSON-LD article whose template wrote `type` for `@type`, before an author box\'s button', () => {
    const ld = '{"@context":"http://schema.org","type":"Article","datePublished":"Thu, 08 May 2014 14:04:53 -0400","author":{"@type":"Person","name":"Jana Beispiel"}}';
    const page = htmlPage(`<html><head><script type="application/ld+json">${ld}</script></head><body><article><h1>Radwege</h1>${ARTICLE}<div class="author_section-hire"><a href="/hire">Hire Jana</a></div></article></body></html>`);
    expect(page.declared.authors).toEqual(['Jana Beispiel']);
    expect(page.declared.published).toMatch(/^2014-05-08T14:04:53-04:00/);
  });

  it('names the author a JSON-LD graph points to by its @id (Yoast), not the other persons of the graph', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Article', '@id': 'https://example.org/a/#article', author: { '@id': 'https://example.org/#/schema/person/1' }, datePublished: '2022-12-06T10:00:00+01:00' },
        { '@type': 'Person', '@id': 'https://example.org/#/schema/person/2', name: 'Tom Beispiel' },
        { '@type': 'Person', '@id': 'https://example.org/#/schema/person/1', name: 'Jana Beispiel' },
      ],
    });
    const page = htmlPage(`<html><head><script type="application/ld+json">${ld}</script></head><body><article><h1>Radwege</h1>${ARTICLE}</article></body></html>`);
    expect(page.declared.authors).toEqual(['Jana Beispiel']);
  });

  it('names the writer a Twitter card labels ("Verfasst von"), not its other data', () => {
    const card = (label: string) => `<meta name="twitter:label1" content="Geschätzte Lesezeit"><meta name="twitter:data1" content="4 Minuten"><meta name="twitter:label2" content="${label}"><meta name="twitter:data2" content="Jana Beispiel">`;
    const page = (label: string) => htmlPage(`<html><head>${card(label)}</head><body><article><h1>Radwege</h1>${ARTICLE}</article></body></html>`);
    expect(page('Verfasst von').declared.authors).toEqual(['Jana Beispiel']);
    expect(page('Written by').declared.authors).toEqual(['Jana Beispiel']);
    expect(page('Gelesen von').declared.authors).toBeUndefined();
  });

  it('names the writer of a recipe the page is, not the author of a book it shows', () => {
    const page = (type: string) => htmlPage(`<html><head><script type="application/ld+json">{"@type":"${type}","name":"Porridge","datePublished":"2018-07-25","author":{"@type":"Person","name":"Jana Beispiel"}}</script></head><body><main><h1>Porridge</h1>${ARTICLE}</main></body></html>`);
    expect(page('Recipe').declared.authors).toEqual(['Jana Beispiel']);
    expect(page('Book').declared.authors).toBeUndefined();
  });

  it('reads an author element in the header the article holds, not in the page\'s header', () => {
    const author = '<ul class="author"><li>Jana Beispiel</li></ul>';
    const inside = htmlPage(`<html><body><div class="page"><header class="article"><h1>Radwege</h1>${author}</header>${ARTICLE}</div></body></html>`);
    expect(inside.declared.authors).toEqual(['Jana Beispiel']);
    expect(inside.blocks.find((b) => b.text === 'Jana Beispiel')!.role).toBe('byline');
    const outside = htmlPage(`<html><body><header class="article"><h1>Radwege</h1>${author}</header><div class="page">${ARTICLE}</div></body></html>`);
    expect(outside.declared.authors).toBeUndefined();
  });

  it('keeps a header the container holds, not a footer (the site footer of a page wrapper picked as the container)', () => {
    // A short post in a page wrapper (no <article>, no <main>): the wrapper is the container, its header and footer inside it.
    const footer = '<footer class="footer"><div class="widget"><h5>Archiv</h5><ul><li>Februar 2020 (4)</li><li>Januar 2020 (1)</li></ul></div><p>Stadtkurier | Powered by WordPress</p></footer>';
    const blocks = htmlPage(`<html><body><div class="page"><header class="post-header"><h1>Radwege</h1><p>Die Stadt baut neue Radwege und verbreitert die alten, kündigte die Verwaltung an.</p></header>${ARTICLE}${footer}</div></body></html>`).blocks;
    expect(blocks.find((b) => b.text.startsWith('Die Stadt baut'))!.removed).toBeUndefined();
    for (const t of ['Archiv', 'Februar 2020 (4)', 'Stadtkurier | Powered by WordPress']) expect(blocks.find((b) => b.text === t)!.removed?.rule, t).toBe('html/header-footer');
    // The writer a footer names is still read.
    const signed = htmlPage(`<html><body><div class="page"><h1>Radwege</h1>${ARTICLE}<footer><span class="author">Jana Beispiel</span></footer></div></body></html>`);
    expect(signed.declared.authors).toEqual(['Jana Beispiel']);
  });

  it('names the byline element\'s writer where the declared author is the site itself or an address', () => {
    const page = (meta: string, byline: string) => htmlPage(`<html><head><meta property="og:site_name" content="Stadtkurier">${meta}</head><body><article><h1>Radwege</h1>${byline}${ARTICLE}</article></body></html>`);
    const byline = '<small itemprop="author" class="redakteur">von <span itemprop="name">Jana Beispiel</span></small>';
    expect(page('<meta itemprop="author" content="stadtkurier.at">', byline).declared.authors).toEqual(['Jana Beispiel']);
    expect(page('<meta name="author" content="redaktion[at]stadtkurier.at">', byline).declared.authors).toEqual(['Jana Beispiel']);
    expect(page('<meta name="author" content="Stadtkurier">', byline).declared.authors).toEqual(['Jana Beispiel']);
    // A writer declared is kept; so is the site where nothing else names one.
    expect(page('<meta name="author" content="Tom Beispiel">', byline).declared.authors).toEqual(['Tom Beispiel']);
    expect(page('<meta name="author" content="Stadtkurier">', '').declared.authors).toEqual(['Stadtkurier']);
    // The publisher a Dublin Core tag names is the site too, where no og:site_name does.
    const dc = (meta: string) => htmlPage(`<html><head>${meta}</head><body><article><h1>Radwege</h1>${byline}${ARTICLE}</article></body></html>`);
    expect(dc('<meta name="author" content="Verlag Stadtkurier"><meta name="DC.publisher" content="Verlag Stadtkurier">').declared.authors).toEqual(['Jana Beispiel']);
    expect(dc('<meta name="author" content="Verlag Stadtkurier">').declared.authors).toEqual(['Verlag Stadtkurier']);
  });

  it('parts the texts of an author element\'s blocks, as the page\'s blocks are parted', () => {
    const page = htmlPage(`<html><body><article><h1>Radwege</h1><div class="author"><p>Jana</p><p>Beispiel</p></div>${ARTICLE}</article></body></html>`);
    expect(page.declared.authors).toEqual(['Jana Beispiel']);
  });

  it('reads the writers of a byline bar that also links to the comments ("firma_comentarios")', () => {
    const bar = '<div class="firma_comentarios"><span class="autor"><a rel="author" href="/autor/jb">Jana Beispiel</a> / <a rel="author" href="/autor/tm">Tom Muster</a></span> <a href="#comentarios">3 comentarios</a></div>';
    const page = htmlPage(`<html><body><article><h1>Radwege</h1>${bar}${ARTICLE}</article></body></html>`);
    expect(page.declared.authors).toEqual(['Jana Beispiel', 'Tom Muster']);
  });

  it('names the writer and date the microdata of the article\'s own footer or aside marks, where nothing else does, not a comment\'s', () => {
    const footer = '<aside><span itemprop="author" itemscope><span itemprop="name">Jana Beispiel</span> —</span> <time datetime="2021-03-04" itemprop="datePublished">4.3.2021</time></aside>';
    const own = htmlPage(`<html><head><title>Radwege | Jana Beispiel</title></head><body><div class="page"><article><h1>Radwege</h1>${ARTICLE}${footer}</article></div></body></html>`);
    // As the element has it; the structure stage takes the name out of it.
    expect(own.declared.authors).toEqual(['Jana Beispiel —']);
    expect(own.declared.published).toBe('2021-03-04');
    // The writer the footer names is the byline's: not part of the title either.
    expect(own.declared.title).toBe('Radwege');
    const comment = '<section class="comments"><div class="comment-author" itemprop="author"><a href="#">leser78</a></div><p>Schöner Text!</p></section>';
    expect(htmlPage(`<html><body><div class="page"><article><h1>Radwege</h1>${ARTICLE}${comment}</article></div></body></html>`).declared.authors).toBeUndefined();
  });

  it('takes no writer or date from the microdata of a reader\'s comment or review, whatever its class names say; a critic\'s review is the article', async () => {
    // Class names hashed, as CSS-in-JS serves them: only the microdata tells the review from the article.
    const review = (type: string) =>
      `<div class="css-x1"><article class="css-x2" itemscope itemtype="${type}"><meta itemprop="datePublished" content="2019-02-12"><div class="css-x3" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name"><a href="#">leser78</a></span></div><p>Schöner Text, aber viel zu kurz für das Thema, finde ich.</p></article></div>`;
    const page = (type: string) => htmlPage(`<html><body><div class="css-p"><article class="css-a"><h1>Radwege</h1>${ARTICLE}</article>${review(type)}</div></body></html>`);
    for (const type of ['https://schema.org/Comment', 'http://schema.org/UserComments', 'http://schema.org/Answer']) {
      expect(page(type).declared.authors).toBeUndefined();
      expect(page(type).declared.published).toBeUndefined();
    }
    // A review beside the article is a reader's: its writer and date are none of the article's.
    expect(page('http://schema.org/Review').declared.authors).toBeUndefined();
    expect(page('http://schema.org/Review').declared.published).toBeUndefined();
    // An item of the article's own type names its writer and date.
    expect(page('http://schema.org/BlogPosting').declared.authors).toEqual(['leser78']);
    expect(page('http://schema.org/BlogPosting').declared.published).toBe('2019-02-12');
    // A critic's review that holds the article names the critic.
    const critic = htmlPage(`<html><body><div class="css-p" itemscope itemtype="http://schema.org/Review"><meta itemprop="datePublished" content="2019-02-12"><div class="css-y" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Jana Beispiel</span></div><article class="css-a"><h1>Radwege</h1>${ARTICLE}</article></div></body></html>`);
    expect([critic.declared.authors, critic.declared.published]).toEqual([['Jana Beispiel'], '2019-02-12']);
  });

  it('names the writer of an author box right under the headline, not of one after the text, nor a button in it', () => {
    const box = '<div class="header-info__authors"><div class="header-info__author"><a class="author-link" href="/p/jana"><img alt="Jana Beispiel" src="j.jpg"></a><a class="author-link" href="/p/jana">Jana Beispiel</a></div><div class="header-info__author"><a href="/p/jana">Alle Artikel</a></div></div>';
    const under = htmlPage(`<html><body><div class="page"><article><header><h1>Radwege</h1>${box}</header><div class="text">${ARTICLE}</div></article></div></body></html>`);
    expect(under.blocks.find((b) => b.text === 'Jana Beispiel')!.removed?.rule).toBe('html/author-box');
    expect(under.declared.authors).toEqual(['Jana Beispiel']);
    const after = htmlPage(`<html><body><div class="page"><article><header><h1>Radwege</h1></header><div class="text">${ARTICLE}</div>${box}</article></div></body></html>`);
    expect(after.declared.authors).toBeUndefined();
    const button = '<div class="author-info"><a class="author-info__follow-button" href="#">Follow</a></div>';
    expect(htmlPage(`<html><body><div class="page"><article><header><h1>Radwege</h1>${button}</header><div class="text">${ARTICLE}</div></article></div></body></html>`).declared.authors).toBeUndefined();
  });

  it('takes a publication date from the text of a microdata element', () => {
    const page = htmlPage(`<html><body><article><h1>Radwege</h1><span itemprop="datePublished"> 2021-03-04 </span>${ARTICLE}</article></body></html>`);
    expect(page.declared.published).toMatch(/^2021-03-04/);
  });
});

describe('a recipe', () => {
  it('keeps the ingredient list that stands in a box of its own beside the method', () => {
    const step = (n: number) => `<p>Schritt ${n}: Die Butter mit dem Zucker schaumig rühren, dann nach und nach die Eier und das Mehl unterheben, bis ein glatter Teig entsteht, der nicht mehr klebt.</p>`;
    const html = `<html><body><main><div class="recipe"><div class="recipe-ingredients"><h2>Zutaten</h2><ul><li>125 g Mehl</li><li>65 g Zucker</li><li>1 Ei</li></ul></div><div class="recipe-method">${step(1)}${step(2)}${step(3)}</div></div></main><aside class="sidebar"><ul><li>Unsere Rezepte des Monats</li></ul></aside></body></html>`;
    const texts = kept(html);
    expect(texts).toEqual(expect.arrayContaining(['125 g Mehl', '65 g Zucker', '1 Ei']));
    expect(texts).not.toContain('Unsere Rezepte des Monats');
  });
});

describe('choosing the article container', () => {
  it('keeps a paragraph beside clutter: one long paragraph does not become the article', () => {
    const html = `<html><body><div class="x1"><p>Der Stadtrat hat am Dienstagabend nach langer Debatte den Haushalt für das kommende Jahr beschlossen, wie die Verwaltung mitteilte, und die Opposition kritisierte die geplanten Kürzungen bei den Bibliotheken und Schwimmbädern scharf.</p>
      <p>Die Bürgermeisterin verteidigte den Entwurf als notwendigen Kompromiss für die Stadt.</p>
      <p><a href="/1">Link eins mit Text</a> <a href="/2">Link zwei mit Text</a> <a href="/3">Link drei</a></p><p><a href="/4">Noch ein Link mit viel Text</a> <a href="/5">und noch einer</a></p></div></body></html>`;
    expect(kept(html)).toContain('Die Bürgermeisterin verteidigte den Entwurf als notwendigen Kompromiss für die Stadt.');
  });

  it('takes the element around the one long paragraph, with the short lines beside it (boingboing)', () => {
    const long = 'Der Zeichner hat für einen Fernsehsender eine bissige Kritik an der Erzählung von der faulen, selbstverliebten Jugend gezeichnet, die längst über das übliche Schimpfen der Älteren hinausgeht und zu offenem Vorurteil gegen eine ganze Generation geworden ist, wie er selbst schreibt. Er zeigt, wie alt das Muster ist: Jede Generation hat der nächsten Faulheit vorgeworfen, und jede hat sich geirrt, von den Klagen der Antike bis zu den Zeitungen des letzten Jahrhunderts, die über die Jugend von damals schrieben.';
    const next = (n: number) => `<ul class="x3"><li><a href="/n${n}">Ein anderer Beitrag mit einem langen Titel ${n}</a></li><li><a href="/m${n}">Noch ein Beitrag mit langem Titel ${n}</a></li></ul>`;
    const html = `<html><body><div id="headline"><h1>Die Generation, über die alle schimpfen</h1></div><div id="story"><p>${long}</p><p>Eine Generation als Sündenbock</p><p>(via Beispielblog)</p></div>${[1, 2, 3].map(next).join('')}</body></html>`;
    const texts = kept(html);
    expect(texts).toContain('Eine Generation als Sündenbock');
    expect(texts).toContain('(via Beispielblog)');
  });

  it('does not let a teaser list without class words (linked title, excerpt) pull the container up to the page', () => {
    const teaser = (n: number) => `<li class="x2"><h3><a href="/t${n}">Ein ganz anderer Artikel Nummer ${n}</a></h3><p>Eine kurze Zusammenfassung eines anderen Artikels mit genug Wörtern, damit sie wie Fließtext aussieht, und noch mehr Text dazu ${n}.</p></li>`;
    const html = `<html><body><main><article><h1>Haushalt beschlossen</h1>${PARA(1)}${PARA(2)}</article></main><div class="below"><ul>${[1, 2, 3, 4, 5, 6].map(teaser).join('')}</ul></div></body></html>`;
    const texts = kept(html);
    expect(texts.some((t) => t.startsWith('Absatz 2'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Eine kurze Zusammenfassung'))).toBe(false);
  });

  it('keeps the visible part of an article behind a paywall: a paywall box around the headline is the article', () => {
    const html = `<html><body><div class="paywall-template-container"><h1>Gute Löhne alleine reichen nicht</h1><p>Das Zentrum lud zur Gesprächsrunde ein. Die Teilnehmenden sprachen darüber, wie Arbeitgeber in Zeiten des Fachkräftemangels genügend Personal finden und halten.</p></div><div class="paywall-box"><p>Jetzt abonnieren und weiterlesen.</p></div></body></html>`;
    const texts = kept(html);
    expect(texts.some((t) => t.startsWith('Das Zentrum lud zur Gesprächsrunde ein.'))).toBe(true);
    expect(texts).not.toContain('Jetzt abonnieren und weiterlesen.');
  });

  it('takes the lead above the body even past a share bar', () => {
    const share = ['Teilen', 'Twittern', 'Mailen', 'Drucken', 'Merken', 'Pinnen', 'Senden'].map((s) => `<span class="share-link"><a href="#">${s}</a></span>`).join('');
    const html = `<html><body><article><h1>Haushalt beschlossen</h1><div class="intro">Der Stadtrat hat nach einer langen Sitzung den Haushalt beschlossen, die Opposition bleibt bei ihrer Kritik an den Kürzungen.</div>${share}<div class="body">${PARA(1)}${PARA(2)}${PARA(3)}</div></article></body></html>`;
    expect(kept(html)[1]).toMatch(/^Der Stadtrat hat nach einer langen Sitzung/);
  });

  it('takes the standfirst under a headline in a hero box apart from the body\'s container, not a site-name h1\'s tagline', () => {
    const sidebar = `<div class="sidebar">${['Kategorien', 'Allgemein', 'Linux', 'Musik'].map((c) => `<a href="/${c}">${c}</a>`).join(' ')}</div>`;
    const body = `<div class="site"><div class="content"><div class="entry">${PARA(1)}${PARA(2)}${PARA(3)}</div>${sidebar}</div></div>`;
    const standfirst = 'In seinem Essay erkundet der Autor ein paradoxes Gefühl zwischen Trauer und Glück, das ihn seit Jahren beschäftigt.';
    const hero = `<div class="hero"><div class="hero-posts"><div class="post"><a href="/rezension">Rezension</a><h1>Unstillbares Heimweh</h1><p>${standfirst}</p><span>Frank Hahn am 18. September 2019</span></div></div></div>`;
    expect(kept(`<html><head><title>Unstillbares Heimweh | Tell</title></head><body>${hero}${body}</body></html>`)).toContain(standfirst);
    // The site's name over its tagline: the title is mostly something else.
    const tagline = 'Das Blog der gnadenlosen Fehlfunktionen, seit vielen Jahren geschrieben von einem, der es wissen muss.';
    const site = `<div id="sitename"><h1>Disfunctions.de</h1><p>${tagline}</p></div>`;
    expect(kept(`<html><head><title>Disfunctions.de » Blog Archiv » Podcasts in Plex einbinden</title></head><body>${site}${body}</body></html>`)).not.toContain(tagline);
  });

  // Speed belongs to `sauber bench`, not to a timed test: what is checked here is what made such pages
  // fail or grow quadratic, the recursion and paths as deep as the page.
  it('walks pages nested far deeper than the call stack allows, every path short', () => {
    const deep = (n: number) => `<html><body>${'<div>'.repeat(n)}<p>Der Bundestag hat am Dienstag den Haushalt für das kommende Jahr nach langer Debatte beschlossen.</p></body></html>`;
    const page = htmlPage(deep(20_000));
    expect(page.blocks.at(-1)!.text).toMatch(/^Der Bundestag/);
    expect(Math.max(...page.blocks.map((b) => b.path!.length))).toBeLessThan(1000);
  });
});

describe('block fields computed without the general-purpose calls they stand for', () => {
  it('firstName is the first name of a class attribute, as trim().split(/\\s+/)[0] says', () => {
    const chars = fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u3000', 'a', 'b', '-', 'ü');
    fc.assert(fc.property(fc.array(chars, { maxLength: 10 }), (cs) => firstName(cs.join('')) === cs.join('').trim().split(/\s+/)[0]), { numRuns: 3000 });
    expect(firstName(undefined)).toBe('');
    expect(firstName('  teaser__item  is-big')).toBe('teaser__item');
  });
  it('linkDensity rounds to three decimals as toFixed(3) does, none and all links included', () => {
    const pair = fc.integer({ min: 1, max: 5000 }).chain((chars) => fc.tuple(fc.integer({ min: 0, max: chars }), fc.constant(chars)));
    fc.assert(fc.property(pair, ([links, chars]) => linkDensity(links, chars) === +(links / chars).toFixed(3)), { numRuns: 5000 });
    expect([linkDensity(0, 7), linkDensity(7, 7), linkDensity(1, 3)]).toEqual([0, 1, 0.333]);
  });
});

describe('a related-stories list under its header', () => {
  const STORY = (n: number) => `<p>Absatz ${n}: Die Stadt hat im Herbst mehr als hundert junge Bäume gepflanzt, vor allem Linden und Eichen, und der Rat hat das Geld dafür im Frühjahr bewilligt.</p>`;
  const page = `<html><head><title>Neue Bäume für den Stadtpark</title></head><body><article><h1>Neue Bäume für den Stadtpark</h1>
    ${[1, 2, 3, 4, 5].map(STORY).join('\n')}
    <h3>Weitere Artikel</h3>
    <ul><li>Der Stadtrat streitet <a href="/haushalt">über den Haushalt</a></li>
    <li>Warum die Brücke über den Fluss erst im kommenden Jahr <a href="/bruecke">fertig wird, obwohl die Arbeiten längst begonnen haben</a>?</li>
    <li>Die Bibliothek hat jetzt auch sonntags geöffnet, <a href="/bibliothek">und die Leser kommen zahlreich</a>.</li></ul>
    </article></body></html>`;

  it('takes every item with a link, however much it reads like a sentence', async () => {
    const doc = await runText(page, 'baeume.html');
    expect(doc.article!.text).toContain('Absatz 5');
    expect(doc.article!.text).not.toContain('Stadtrat streitet');
    expect(doc.article!.text).not.toContain('Brücke über den Fluss');
    expect(doc.article!.text).not.toContain('Bibliothek');
  });

  it('takes the cards of a teaser grid, each blurb under its linked title, up to the footer', async () => {
    const card = (title: string, blurb: string) => `<div class="card"><div class="title"><a href="/${title.length}">${title}</a></div><div class="text">${blurb}</div></div>`;
    const grid = `<h3>Weitere Artikel</h3>${card('Neue Brücke', 'Die Stadt baut eine neue Brücke über den Fluss. Die Arbeiten dauern zwei Jahre.')}${card('Bibliothek sonntags offen', 'Die Bibliothek öffnet jetzt auch sonntags. Die Leser kommen zahlreich.')}${card('Haushalt beschlossen', 'Der Rat hat den Haushalt beschlossen. Die Opposition stimmte dagegen.')}`;
    const doc = await runText(page.replace(/<h3>[\s\S]*<\/ul>/, grid), 'baeume.html');
    expect(doc.article!.text).toContain('Absatz 5');
    for (const blurb of ['neue Brücke über den Fluss', 'auch sonntags', 'Opposition stimmte']) expect(doc.article!.text).not.toContain(blurb);
  });

  it('keeps a list whose items carry no link as the text it is', async () => {
    const doc = await runText(page.replace(/<a href="[^"]+">|<\/a>/g, ''), 'baeume.html');
    expect(doc.article!.text).toContain('Bibliothek');
  });
});

describe('a digest: the article a list of items, each with its link, and no class name to tell the footer', () => {
  // The items' links make each item but the first weigh against their list; the site's small print in a plain <div> outweighed them all.
  const item = (n: number) =>
    n === 1
      ? `<li>Meldung 1: Die Stadtwerke erhöhen die Preise für Strom und Gas zum Jahreswechsel, wie der Versorger <a href="/m1">mitteilte</a>.</li>`
      : `<li>Meldung ${n}: <a href="/a${n}">Die Stadtwerke</a> <a href="/b${n}">erhöhen die Preise</a> für <a href="/c${n}">Strom und Gas</a> <a href="/d${n}">zum Jahreswechsel</a>, <a href="/e${n}">wie der Versorger</a> mitteilte.</li>`;
  const page = `<html><head><title>Fünf Dinge, die Sie heute wissen müssen</title></head><body>
    <div><div><h1>Fünf Dinge, die Sie heute wissen müssen</h1><p>Guten Morgen! Das sind die Nachrichten, die Sie heute kennen sollten.</p>
    <ol>${[1, 2, 3, 4, 5].map(item).join('')}</ol></div></div>
    <div><ul><li>Copyright © 2019 Stadtkurier Verlag GmbH. Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung des Verlags, der Redaktion und der Autorinnen und Autoren dieser Seite.</li>
    <li>Durch die Nutzung dieser Website erklären Sie sich mit unseren Nutzungsbedingungen und der Datenschutzerklärung einverstanden, die Sie jederzeit auf dieser Seite nachlesen können.</li></ul></div></body></html>`;
  it('takes the list with its container, not the small print nor one item alone', () => {
    const text = kept(page);
    for (const n of [1, 2, 3, 4, 5]) expect(text.some((t) => t.startsWith(`Meldung ${n}:`))).toBe(true);
    expect(text.some((t) => t.startsWith('Copyright'))).toBe(false);
  });
});

describe("the writer's box closing the text: the name on a line of its own over the bio", () => {
  const page = (people: string) => `<html><head><title>Solar in Südkorea</title></head><body><article><h1>Solar in Südkorea</h1>
    <p>Südkorea hat in diesem Jahr mehr Solaranlagen gebaut als je zuvor, teilte die Energieagentur am Dienstag in Seoul mit.</p>
    <p>In den ersten neun Monaten kamen mehr als drei Gigawatt neuer Leistung hinzu, vor allem auf den Dächern kleiner Betriebe.</p>
    <p>Große Freiflächenanlagen blieben zurück, weil Genehmigungen und Netzanschlüsse fehlen, sagen die Betreiber.</p>
    <p>Die Regierung will die Förderung im kommenden Jahr dennoch kürzen, was die Branche scharf kritisiert.</p>${people}</article></body></html>`;
  const bio = (name: string, first: string, text: string) => `<p>${name}</p><p>${first} ${text}</p>`;
  it('removes the name and the bio opening with its first name', async () => {
    const doc = await runText(page(bio('Emiliano Bellini', 'Emiliano', 'joined pv magazine in March 2017. He has been reporting on solar and renewable energy since 2009.')), 'solar.html');
    expect(doc.article!.text).not.toContain('Emiliano');
    expect(doc.article!.text).toContain('scharf kritisiert');
  });
  it('keeps the last of people the text presents each under their name', async () => {
    const people = [bio('Anna Muster', 'Anna', 'ist 34 Jahre alt und leitet seit 2019 eine Firma für Solaranlagen in Busan.'), bio('Tom Beispiel', 'Tom', 'hat vor zehn Jahren die Firma seiner Eltern übernommen und baut heute Speicher.'), bio('Lisa Probe', 'Lisa', 'ist seit 2015 im Verband und leitet dort den Ausschuss für Netze.')].join('');
    const doc = await runText(page(people), 'solar.html');
    expect(doc.article!.text).toContain('Lisa ist seit 2015 im Verband');
  });
});
