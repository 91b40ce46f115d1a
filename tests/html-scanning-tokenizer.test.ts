import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { Parser, Tokenizer } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { ScanningTokenizer } from '../src/stages/blocks/html/scanning-tokenizer.js';

// The scanning tokenizer skips ahead where the stock one steps a character at a time. The stock
// tokenizer is the oracle: every parser event, with its text and its source positions, the same.

/** Every event the parser reports, with where it says the event starts and ends. */
function events(html: string, tokenizer: typeof Tokenizer, chunks: readonly number[] = []): string[] {
  const out: string[] = [];
  let parser: Parser | undefined;
  const at = () => `@${parser!.startIndex}-${parser!.endIndex}`;
  parser = new Parser(
    {
      onopentagname: (name) => out.push(`<${name}${at()}`),
      onattribute: (name, value, quote) => out.push(` ${name}=${quote ?? '∅'}${value}${quote ?? ''}`),
      onopentag: (name, attribs, implied) => out.push(`>${name}${implied ? '!' : ''}${JSON.stringify(attribs)}${at()}`),
      ontext: (t) => out.push(`"${t}${at()}`),
      onclosetag: (name, implied) => out.push(`</${name}${implied ? '!' : ''}${at()}`),
      oncomment: (t) => out.push(`<!--${t}${at()}`),
      oncdatastart: () => out.push('cdata'),
      onprocessinginstruction: (name, data) => out.push(`<?${name}|${data}${at()}`),
    },
    { xmlMode: false, decodeEntities: true, Tokenizer: tokenizer },
  );
  // Written in pieces as well as whole: the tokenizer keeps its place across buffers.
  let from = 0;
  for (const cut of chunks) {
    parser.write(html.slice(from, cut));
    from = cut;
  }
  parser.end(html.slice(from));
  return out;
}

const same = (html: string, chunks?: readonly number[]) => expect(events(html, ScanningTokenizer, chunks)).toEqual(events(html, Tokenizer, chunks));

describe('the scanning tokenizer reports what the stock tokenizer reports', () => {
  it.each([
    ['plain text and entities', 'Fish &amp; chips &copy 2024 &notanentity; &#x41;&#66; &#128; a&lt;b'],
    ['attributes of every kind', '<div class="a b" id=x data-x=\'y\' hidden DATA-Y="&amp;&quot;" e=1&amp;2 f = "g">t</div>'],
    ['entities inside quoted values', '<a title="Fish &amp; chips" href=\'a?b=1&amp;c=2&copy\' alt="&notin; &noti x">'],
    ['tag names ended by each kind of character', '<p>a<br/>b<img\nsrc=x><hr\t><span\fx>c</span ><P>d</P\n>'],
    ['script and style are raw text', '<script>if (a < b && c > d) { x = "</div>"; } <</script><style>a>b{}</style ><script></scripT>'],
    ['title and textarea decode entities, xmp does not', '<title>A &amp; B</title><textarea>x &lt; y</textarea><xmp>&amp;</xmp>'],
    ['comments, declarations, instructions, CDATA', '<!DOCTYPE html><!-- a -- b --><!--><!---><?xml x?><![CDATA[z]]><!x><</>'],
    ['unterminated pieces at the end', '<p>text &am'],
    ['an unterminated attribute', '<a href="x'],
    ['an unterminated comment', '<!-- never closed'],
    ['a lone ampersand and less-than', 'a & b < c <1 <-'],
    ['non-ASCII text and names', '<div título="ç">Grüße – 日本語 &eacute;</div>'],
  ])('%s', (_, html) => {
    same(html);
    same(html, [1, Math.floor(html.length / 2), html.length - 1].filter((c) => c > 0 && c < html.length));
  });

  // Markup put together from the characters every state waits for, and tags with attributes.
  const bit = fc.constantFrom(
    '<', '>', '/', '=', '"', "'", '&', '&amp;', '&amp', '&#x3c;', '&#60', ' ', '\n', '\t', '-', '!', '?', '[',
    'a', 'div', 'p', 'br', 'script', 'style', 'title', 'textarea', 'xmp', 'svg', 'class', 'x=y', '<!--', '-->',
    ']]>', '<![CDATA[', '</', 'é', '日', 'Text ', 'a;b',
  );
  const attribute = fc
    .tuple(fc.constantFrom('class', 'ID', 'data-x', 'x'), fc.constantFrom('"', "'", '', null), fc.array(bit, { maxLength: 6 }))
    .map(([name, quote, value]) => (quote === null ? ` ${name}` : ` ${name}=${quote}${value.join('')}${quote}`));
  const tag = fc
    .tuple(fc.constantFrom('p', 'DIV', 'a', 'script', 'title', 'br', 'svg'), fc.array(attribute, { maxLength: 3 }), fc.constantFrom('>', '/>', ' >', ''))
    .map(([name, attributes, end]) => `<${name}${attributes.join('')}${end}`);
  const piece = fc.oneof(bit, tag);
  it('on generated markup, whole and in pieces', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 3 }), (parts, cuts) => {
        const html = parts.join('');
        const chunks = [...new Set(cuts.map((c) => c % (html.length + 1)))].sort((a, b) => a - b);
        same(html);
        same(html, chunks);
      }),
      { numRuns: 3000 },
    );
  });

  // The real pages of ../shared/eval: CI has them; a fresh clone does not.
  const SHARED = path.resolve(import.meta.dirname, '../../shared/eval');
  const have = fs.existsSync(SHARED);
  it.skipIf(!have)('on every HTML page of ../shared/eval', () => {
    let pages = 0;
    for (const set of ['trafilatura', 'scrapinghub']) {
      const dir = path.join(SHARED, set);
      for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.html')).sort()) {
        const html = fs.readFileSync(path.join(dir, f), 'utf8');
        expect(events(html, ScanningTokenizer), f).toEqual(events(html, Tokenizer));
        pages++;
      }
    }
    expect(pages).toBeGreaterThan(800);
  });
  if (!have) it.skip(`real pages: skipped, ${SHARED} is absent (a fresh clone without ../shared)`, () => {});
});
