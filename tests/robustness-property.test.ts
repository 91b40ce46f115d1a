import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPipeline, type ResolvedPipeline } from '../src/runner/pipeline.js';
import { processRecord } from '../src/runner/process.js';
import { recordsFromFile } from '../src/stages/load/records.js';
import { ArticleSchema } from '../src/stages/validate/schema.js';

// Whatever the bytes, every record of a file becomes an article that passes the schema or a
// rejection with a code and a message; nothing throws, so the batch goes on. Runs are bounded
// (numRuns) so the suite's time is bounded; a failing case is shrunk and printed by fast-check.

let pipeline: ResolvedPipeline;
beforeAll(async () => {
  pipeline = await loadPipeline('nightly');
});

/** Every record of the file through the whole pipeline, each checked against the property. */
async function checkFile(name: string, bytes: Uint8Array): Promise<void> {
  const records = recordsFromFile(name, bytes);
  // A page file is one document; a JSON array or JSONL file may hold none (`[]`, an empty file).
  if (/\.(txt|html)$/.test(name)) expect(records).toHaveLength(1);
  for (const rec of records) {
    const outcome = await processRecord(pipeline, rec);
    if (outcome.ok) {
      const article = outcome.doc.article;
      const parsed = ArticleSchema.safeParse(article);
      expect(parsed.success, `${name} ${rec.id}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
      expect(article?.id).toBe(rec.id);
    } else {
      expect(outcome.code, `${name} ${rec.id}`).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(outcome.message.length, `${name} ${rec.id}`).toBeGreaterThan(0);
      // A rejection a person can act on, not a bug surfacing as one.
      expect(outcome.code, `${name} ${rec.id}: ${outcome.message}`).not.toBe('internal-error');
    }
  }
}

/** Text with the characters that break parsers: controls, lone surrogates, BOMs, RTL marks, astral. */
const nastyChar = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.constantFrom('\u0000', '\ufeff', '\ud800', '\udfff', '\u200b', '\u00ad', '\u00a0', '\u2028', '\r', '\n', '\t', '\u202e', '💥', 'ß', '„', '“', '–', '€', '<', '>', '&', '"', "'", '\\'),
);
const nastyText = fc.string({ unit: nastyChar, maxLength: 300 });
const words = fc.array(fc.constantFrom('Berlin', 'der', 'Bundestag', 'hat', 'am', 'Dienstag', '12.', 'Januar', '2022', 'beschlossen.', 'Foto:', 'dpa', 'Mehr', 'zum', 'Thema', '©', '|', '»', 'Weiterlesen'), { maxLength: 40 }).map((w) => w.join(' '));
const someText = fc.oneof(nastyText, words);

/** Random, often broken, HTML: unbalanced tags, stray attributes, comments, entities, scripts. */
const htmlFragment: fc.Arbitrary<string> = fc.oneof(
  someText,
  fc.constantFrom('p', 'div', 'a', 'span', 'h1', 'h2', 'ul', 'li', 'table', 'tr', 'td', 'script', 'style', 'nav', 'footer', 'article', 'figure', 'figcaption', 'br', 'img', 'meta', 'time', 'iframe', 'svg', 'template', 'noscript').chain((tag) =>
    fc.tuple(fc.constantFrom('', ' class="teaser"', ' href="javascript:x"', ' datetime="2021-12-30T21:35"', ' charset="iso-8859-1"', ' id=', ' a="', " style='x"), fc.boolean()).map(([attr, open]) => (open ? `<${tag}${attr}>` : `</${tag}>`)),
  ),
  fc.constantFrom('<!--', '-->', '<!DOCTYPE html>', '<![CDATA[', ']]>', '&amp;', '&nbsp;', '&#x0;', '&#xD800;', '&#99999999;', '&bogus;', '<?xml version="1.0" encoding="utf-16"?>', '<html>', '<head>', '<body>', '</html>', '<<', '>>', '<meta charset="utf-16">'),
);
const randomHtml = fc.array(htmlFragment, { maxLength: 60 }).map((parts) => parts.join(''));

/** A page record with any of the fields scrapers use, of right and wrong types. */
const anyValue = fc.oneof(someText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(someText, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), someText, { maxKeys: 2 }));
const recordArb = fc.record(
  {
    id: fc.oneof(someText, fc.integer(), fc.constantFrom('../../etc/x', '/etc/passwd', '..', '.', 'a/../../b', 'C:\\Windows\\x', '\u0000', '')),
    url: fc.oneof(someText, fc.webUrl()),
    html: fc.oneof(randomHtml, anyValue),
    text: fc.oneof(someText, anyValue),
    content: fc.oneof(randomHtml, someText),
    charset: fc.oneof(fc.constantFrom('utf-8', 'latin1', 'utf-16', 'x-bogus', 'shift_jis', ''), someText),
    title: someText,
    published: fc.oneof(someText, fc.constantFrom('2021-12-30', '30.12.2021', '2021-02-30T25:61:00Z', '0000-00-00', '99999-01-01')),
    date: someText,
    language: fc.oneof(someText, fc.constantFrom('de', 'de-CH', 'und', 'xx', '')),
    author: fc.oneof(someText, fc.array(someText, { maxLength: 3 })),
    fetchedAt: fc.oneof(someText, fc.constantFrom('2021-12-30T21:35:00Z', 'yesterday')),
  },
  { requiredKeys: [] },
);

describe('property: any input becomes an article or a clear rejection, never a throw', () => {
  it('random bytes as .txt, .html, .json and .jsonl', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom('p.txt', 'p.html', 'p.json', 'p.jsonl'), async (bytes, name) => checkFile(name, bytes)),
      { numRuns: 300 },
    );
  }, 120_000);

  it('random text in random encodings (UTF-8, UTF-16 with BOM, windows-1252 bytes)', async () => {
    await fc.assert(
      fc.asyncProperty(someText, fc.constantFrom('utf8', 'utf16', 'latin1'), fc.constantFrom('p.txt', 'p.html'), async (text, enc, name) => {
        const bytes = enc === 'utf16' ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) : Buffer.from(text, enc === 'utf8' ? 'utf8' : 'latin1');
        await checkFile(name, bytes);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('random broken HTML', async () => {
    await fc.assert(
      fc.asyncProperty(randomHtml, async (html) => checkFile('page.html', Buffer.from(html))),
      { numRuns: 400 },
    );
  }, 120_000);

  it('random records as .json (one or an array) and .jsonl (with garbage lines)', async () => {
    const line = fc.oneof({ weight: 4, arbitrary: recordArb.map((r) => JSON.stringify(r)) }, { weight: 1, arbitrary: someText.map((t) => t.replace(/\n/g, ' ')) }, { weight: 1, arbitrary: anyValue.map((v) => JSON.stringify(v)) });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          recordArb.map((r) => ['r.json', JSON.stringify(r)] as const),
          fc.array(fc.oneof(recordArb, anyValue), { maxLength: 5 }).map((a) => ['r.json', JSON.stringify(a)] as const),
          fc.array(line, { minLength: 1, maxLength: 6 }).map((lines) => ['r.jsonl', lines.join('\n')] as const),
          recordArb.map((r) => ['r.json', JSON.stringify(r).slice(0, -3)] as const), // truncated
        ),
        async ([name, content]) => checkFile(name, Buffer.from(content)),
      ),
      { numRuns: 400 },
    );
  }, 120_000);
});
