import { beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../src/core/doc.js';
import { loadPipeline, type ResolvedPipeline } from '../src/runner/pipeline.js';
import { processRecord } from '../src/runner/process.js';
import { recordsFromFile } from '../src/stages/load/records.js';
import { profile } from '../src/stages/strip/features.js';
import { LINE_RULES } from '../src/stages/strip/rules/index.js';
import type { StripContext } from '../src/stages/strip/types.js';

// Catastrophic backtracking shows up as a hang: the per-test timeout is the failure signal, so
// every test here does a bounded amount of work and asserts only that it finished correctly.

const N = 100_000;
const repeat = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Units whose repetition trips the usual regex mistakes: nested quantifiers over words, dots, digits, separators. */
const UNITS = [
  'a ', 'mehr ', 'Mehr zum Thema ', '1.', '12.12.', '© ', '-', 'x', 'aA1-', ' ', '.', ':', '| ', '(', ')',
  'Foto: ', 'Bild: ', 'Von ', 'dpa/', 'a, ', 'a.jpg ', 'http://x.de/', 'a@b.', '12:30 Uhr ', '126 ', 'Anzeige ',
  'Weiterlesen ', 'Newsletter ', 'ÄÖÜß ', 'Привет ', '😀', '\t', 'ab.cdefghij',
];
/** Endings that make a near-match fail at the last character, where backtracking explodes. */
const ENDINGS = ['', '!', ' x', '.', ':', '\u0000'];
const LENGTHS = [40, 80, 200, 2_000, N];

const contextFor = (text: string): StripContext => ({ script: 'Latin', profile: (i) => [profile(text)][i], repeats: new Map([[text, 1]]), contentType: 'text', slug: [] });
const blockFor = (text: string): Block => ({ index: 0, text, line: 1, start: 0, end: text.length, role: 'unknown' });

describe('strip line rules on long adversarial lines', () => {
  // Built once: profiling a 100k-character line is the expensive part, not the rules.
  let cases: Array<{ name: string; text: string; ctx: StripContext; block: Block }> = [];
  beforeAll(() => {
    cases = LENGTHS.flatMap((length) =>
      UNITS.flatMap((unit) =>
        ENDINGS.map((ending) => {
          const text = repeat(unit, length) + ending;
          return { name: `${JSON.stringify(unit)}×${length}${JSON.stringify(ending)}`, text, ctx: contextFor(text), block: blockFor(text) };
        }),
      ),
    );
  });

  it('has line rules to test', () => expect(LINE_RULES.length).toBeGreaterThan(5));

  for (const rule of LINE_RULES) {
    it(`${rule.id} finishes on repeated patterns up to ${N} characters`, () => {
      for (const c of cases) {
        const verdict = rule.test(c.text, c.ctx, c.block);
        expect(typeof verdict === 'boolean' || typeof verdict === 'string', `${rule.id} on ${c.name}`).toBe(true);
      }
    }, 120_000);
  }
});

describe('the whole pipeline on long adversarial input', () => {
  let pipeline: ResolvedPipeline;
  beforeAll(async () => {
    pipeline = await loadPipeline('nightly');
  });

  const PAGE_UNITS = ['a ', 'mehr ', '1.', '© ', '-', 'x', 'Foto: ', '12.12.2021 ', 'am Dienstag, ', 'Von ', '&amp;', '"', '12:30 Uhr ', 'dpa ', '(', '<p>', '<a href="x">', '<!--', '<div>'];

  for (const unit of PAGE_UNITS)
    it(`finishes with an article or a rejection on ${JSON.stringify(unit)} repeated (one line and many lines, txt and html)`, async () => {
      for (const ext of ['txt', 'html'])
        for (const shape of ['one line', 'lines']) {
          const text = shape === 'one line' ? repeat(unit, N) : Array.from({ length: 1000 }, () => repeat(unit, 100)).join('\n');
          const [rec] = recordsFromFile(`adversarial.${ext}`, Buffer.from(text));
          const outcome = await processRecord(pipeline, rec!);
          if (outcome.ok) expect(outcome.doc.article?.id).toBe('adversarial');
          else expect(outcome.message, `${ext}, ${shape}`).toBeTruthy();
        }
    }, 120_000);

  // The blocks stage once walked a DOM recursively, and a page nested deeper than about 5,000
  // elements overflowed the stack (`internal-error`). The walk now follows the parser's events, and
  // the parser caps nesting at 512 as browsers do (depth-capped-parser.ts).
  it('deeply nested HTML (10 000 levels) is an article or a rejection with its own code', async () => {
    const html = '<div>'.repeat(10_000) + 'Der Bundestag hat am Dienstag den Haushalt beschlossen.';
    const [rec] = recordsFromFile('deep.html', Buffer.from(html));
    const outcome = await processRecord(pipeline, rec!);
    if (!outcome.ok) expect(outcome.code, outcome.message).not.toBe('internal-error');
  });
});
