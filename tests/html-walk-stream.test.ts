import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, lowerName } from '../src/stages/blocks/html/depth-capped-parser.js';
import { READ_ATTRIBUTES, textPrefix, walkHtml } from '../src/stages/blocks/html/walk.js';
import { blockElements, capturedTextOf, domWalk } from './helpers/dom-walk.js';

// The walk reads htmlparser2's events as they stream by instead of the DOM cheerio builds from
// the same events. The DOM walk it replaced is the oracle: same elements, blocks and head facts.

/** The attributes the walk reads, as the DOM has them (it keeps no others). */
const readOnly = (attribs: Record<string, string>) => Object.fromEntries(READ_ATTRIBUTES.filter((k) => attribs[k] !== undefined).map((k) => [k, attribs[k]]));

/** Both readings of a page, in one shape. */
function readings(html: string) {
  const dom = domWalk(html);
  const stream = walkHtml(html);
  const expected = {
    nodes: dom.nodes.map(({ el, ...n }) => ({ ...n, attribs: readOnly(el.attribs) })),
    blocks: dom.blocks,
    head: { ...dom.head, authors: dom.head.authors.map((e) => ({ el: e, text: capturedTextOf(dom.nodes[e]!.el, blockElements(dom.nodes)) })) },
  };
  const actual = {
    nodes: stream.nodes.map((n) => ({ ...n, attribs: readOnly(n.attribs as Record<string, string>) })),
    blocks: stream.blocks,
    head: { ...stream.head, authors: stream.head.authors.map((a) => ({ el: a.el, text: textPrefix(a.text) })) },
  };
  return { expected, actual };
}

const SHARED = path.resolve(import.meta.dirname, '../../shared/eval');

describe('the streaming walk reads a page as the DOM walk did', () => {
  it.each([
    ['entities split a text node into several parser events', '<p><a href="/x">Tom &amp; Jerry </a>im Kino &nbsp;und Caf&#101;&#769;</p>'],
    ['a comment splits a text node', '<div><a href="/x">eins <!-- x --> zwei</a> drei</div>'],
    ['an unclosed head swallows the page', '<html><head><title>T &amp; U</title><meta name="description" content="d"><div class="author">Jana <b>Beispiel</b></div><p>Text im Kopf, der sichtbar ist.</p>'],
    ['head matter in the body, JSON-LD and a noscript in the head', '<html><head><noscript><meta property="og:title" content="N"></noscript><script type="application/ld+json">{"a":1}</script></head><body><title>Zweiter</title><p>Text</p><script type="application/ld+json">{"b":2}</script></body></html>'],
    ['author and date elements with scripts, hidden text and nesting inside', '<article><span class="byline">Von <script>x=1</script><span class="sr-only">Autor</span> Jana</span><span itemprop="datePublished"> 4. März <style>.a{}</style>2021 </span><time>ohne Wert</time><time datetime="2020-01-02">2. Januar</time></article>'],
    ['hidden inline text, skipped elements, captions and quotes', '<div><p>Sichtbar <span hidden>versteckt</span> weiter</p><svg><text>nein</text></svg><figure><figcaption>Bild <a href="#">Foto</a></figcaption></figure><blockquote><li>Zitat</li></blockquote><table><tr><td>Zelle</td></tr></table></div>'],
    ['text beside the root element and a second html element', 'vorher<html lang="de"><body><p>drin</p><html lang="en"><p>tief</p></html></body></html>nachher<!doctype html><p>danach</p>'],
    ['a fragment: loose text and inline elements at the top, under the body made for it', 'Einleitung ohne Element <b>fett</b> und <a href="/x">Link</a><p>Absatz</p>danach <i>kursiv</i>'],
    ['text after the body closed belongs to the body', '<html><body><p>drin</p></body></html>nach dem Ende <b>fett</b>'],
    ['void and implied end tags, stray end tags', '<p>eins<p>zwei<br>drei</br></span><li>vier<li>fünf</ul><img src=x>sechs<input>sieben'],
    ['names in capitals on a page beyond Latin-1 (a two-byte string): lowercased as the stock parser does', '<DIV CLASS="Byline" ID="Kopf">Von Jana – „Zitat“</DIV><P HIDDEN>verborgen</P><Span ClAsS="author" İtemprop="x">Ἀθῆναι</SPAN><TİME DateTime="2021-03-04">4. März</TİME><p>ok</P></div>'],
    ['a short <noscript> is skipped, a long one read, one that copies what is shown dropped', `<div><noscript><p>Bitte aktivieren Sie JavaScript.</p></noscript><p>Bild: ${'Sitzung im Rathaus, '.repeat(40)}</p><noscript><p>Bild: ${'Sitzung im Rathaus, '.repeat(40)}</p></noscript><noscript><p>${'Der Haushalt ist beschlossen. '.repeat(15)}</p><p>${'Die Opposition ist dagegen. '.repeat(15)}</p></noscript></div>`],
    ['repeated attributes: the first counts', '<div class="share" class="article-body" id="a" id="comments"><p hidden="" hidden="x" style="color:red" style="display:none">Text</p></div>'],
  ])('%s', (_, html) => {
    const { expected, actual } = readings(html);
    expect(actual).toEqual(expected);
  });

  it('on generated markup: tags that open, close and nest at random, with the attributes rules read', () => {
    const tag = fc.constantFrom('p', 'div', 'span', 'a', 'li', 'ul', 'h1', 'h2', 'br', 'b', 'head', 'title', 'meta', 'link', 'script', 'style', 'noscript', 'svg', 'time', 'blockquote', 'figcaption', 'td', 'table', 'html', 'body', 'nav', 'aside', 'button', 'form', 'DIV', 'P', 'Span', 'TİME');
    const attr = fc.oneof(
      fc.constantFrom('class="author"', 'class="byline x"', 'class="caption"', 'class="share-bar"', 'class="related"', 'class="sr-only"', 'class="cookie-banner"', 'id="comments"', 'id="c-123"', 'role="navigation"', 'hidden', 'style="display:none"', 'style="color:red"', 'CLASS="Byline"', 'ID="Comments"'),
      fc.constantFrom('itemprop="datePublished"', 'itemprop="author"', 'rel="author"', 'datetime="2021-03-04"', 'content="c"', 'name="description"', 'property="og:title"', 'type="application/ld+json"', 'rel="canonical" href="/u"', 'lang="de"', 'pubdate', 'class="publish-date"'),
    );
    const text = fc.constantFrom('Wort ', ' und ', '„Zitat“ ', '&amp;', '&nbsp;', 'Caf&#101;&#769;', 'Gummi&shy;fisch', ' ', '\n  ', '<!-- c -->', 'x', '{"@type":"NewsArticle"}', '2021-03-04', '<!doctype html>', '&lt;img src=x&gt;', '</p>', '</div>', '</a>', '</span>');
    const open = fc.tuple(tag, fc.array(attr, { maxLength: 2 })).map(([t, as]) => `<${t}${as.map((a) => ' ' + a).join('')}>`);
    const close = tag.map((t) => `</${t}>`);
    const page = fc.array(fc.oneof({ weight: 3, arbitrary: text }, { weight: 3, arbitrary: open }, { weight: 2, arbitrary: close }), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(page, (html) => {
        const { expected, actual } = readings(html);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  // The real pages of ../shared/eval: CI has them; a fresh clone does not.
  const have = fs.existsSync(SHARED);
  it.skipIf(!have)('on every third page of ../shared/eval (trafilatura and scrapinghub HTML)', () => {
    let pages = 0;
    for (const set of ['trafilatura', 'scrapinghub']) {
      const dir = path.join(SHARED, set);
      const files = fs.readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
      for (let i = 0; i < files.length; i += 3) {
        const { expected, actual } = readings(fs.readFileSync(path.join(dir, files[i]!), 'utf8'));
        expect(actual, files[i]).toEqual(expected);
        pages++;
      }
    }
    expect(pages).toBeGreaterThan(250);
  });
  if (!have) it.skip(`real pages: skipped, ${SHARED} is absent (a fresh clone without ../shared)`, () => {});
});

describe('nesting deeper than a browser builds', () => {
  const depthOf = (nodes: ReadonlyArray<{ parent: number }>, e: number): number => {
    let d = 0;
    for (let k = e; k >= 0; k = nodes[k]!.parent) d++;
    return d;
  };

  it('is flattened at depth 512, every text kept in order (tags left open in every post, 20,000 nested <div>s)', () => {
    const posts = Array.from({ length: 3000 }, (_, i) => `<p><font color="red"><a href="/u${i}">Beitrag ${i}</a> `).join('');
    const deep = `${'<div>'.repeat(20000)}<p>Ganz unten steht ein Satz.</p>${'</div>'.repeat(20000)}<p>Danach.</p>`;
    for (const html of [`<html><body>${posts}Ende</body></html>`, `<html><body>${deep}</body></html>`]) {
      const { nodes, blocks } = walkHtml(html);
      expect(Math.max(...nodes.map((_, e) => depthOf(nodes, e)))).toBeLessThanOrEqual(MAX_DEPTH + 2);
      const text = blocks.map((b) => b.text).join(' ');
      if (html.includes('Beitrag')) expect(text).toMatch(/^Beitrag 0 Beitrag 1 .*Beitrag 2999 Ende$/);
      else expect(text).toBe('Ganz unten steht ein Satz. Danach.');
    }
  });

  it('below the cap, the markup nests as the stock parser nests it (the real pages nest 51 deep at most)', () => {
    const html = `<html><body>${'<div class="a">'.repeat(400)}<p>Tief, aber nicht zu tief.</p>${'</div>'.repeat(400)}</body></html>`;
    const { expected, actual } = readings(html);
    expect(actual).toEqual(expected);
  });
});

describe('lowerName', () => {
  it('is toLowerCase: names in capitals, beyond ASCII, sliced from a page beyond Latin-1, and none', () => {
    const page = '<div class="x">„Zitat“</div>';
    for (const name of ['DIV', 'Data-ID', 'İtemprop', 'ΤΊΤΛΟΣ', 'straße', 'div', page.slice(1, 4), page.slice(5, 10), '']) expect(lowerName(name)).toBe(name.toLowerCase());
  });

  it('on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => lowerName(s) === s.toLowerCase()), { numRuns: 2000 });
  });
});
