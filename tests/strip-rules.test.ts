import { describe, expect, it } from 'vitest';
import type { Block, Doc } from '../src/core/doc.js';
import { textBlocks } from '../src/stages/blocks/text.js';
import { runStripRules } from '../src/stages/strip/index.js';
import { pageScripts, profile } from '../src/stages/strip/features.js';
import { domRules } from '../src/stages/strip/rules/dom.js';
import { withoutIconNames } from '../src/stages/strip/rules/icon-names.js';
import { ownAddress } from '../src/stages/strip/rules/site-ui.js';
import { LINE_RULES, STRIP_RULES } from '../src/stages/strip/rules/index.js';
import type { LineRule, SequenceRule, StripContext } from '../src/stages/strip/types.js';

// Every strip rule's examples are its unit tests. Line rules judge one line on a German (Latin
// script) page. Sequence rules get a small page, one block per line: lines marked "- " are the ones
// the rule must decide (remove, or give a role), every other line it must leave to other rules.

/** The context a line rule sees for one line on a Latin-script text page. */
const lineContext = (text: string, pageUrl?: string, script = 'Latin'): StripContext => ({ script, profile: (i) => [profile(text)][i], repeats: new Map([[text.toLowerCase(), 1]]), contentType: 'text', slug: [], addresses: pageUrl ? [ownAddress(pageUrl)] : [] });
const lineBlock = (text: string): Block => ({ index: 0, text, line: 1, start: 0, end: text.length, role: 'unknown' });

/** The rule id that decided a block: the removing rule, or the rule that gave it its role. */
const decidedBy = (b: Block): string | undefined => b.removed?.rule ?? b.roleRule;

/** The first line rule that applies to a text, in the stage's order and as the stage reads it (without icon names): it decides the block. */
function firstLineRule(text: string, pageUrl?: string, script?: string): string | undefined {
  const read = withoutIconNames(text);
  return LINE_RULES.find((r) => r.test(read, lineContext(text, pageUrl, script), lineBlock(text)))?.id;
}

/** Parses a sequence example: the page text, and which of its blocks are marked with "- ". */
function parseExample(example: string): { doc: Doc; marked: boolean[] } {
  const lines = example.split('\n').filter((l) => l.trim() !== '');
  const marked = lines.map((l) => l.startsWith('- '));
  const content = lines.map((l) => (l.startsWith('- ') ? l.slice(2) : l)).join('\n');
  const blocks = textBlocks(content);
  expect(blocks.length, `one block per line in ${JSON.stringify(example)}`).toBe(lines.length);
  const doc: Doc = { id: 'example', source: { path: 'example.txt', format: 'txt' }, contentType: 'text', content, declared: {}, blocks, diagnostics: [] };
  return { doc, marked };
}

/** Runs the strip stage as far as a sequence rule: all line rules, the sequence rules before it, and it. */
function runUpTo(rule: SequenceRule, doc: Doc): Block[] {
  const upTo = STRIP_RULES.slice(0, STRIP_RULES.indexOf(rule) + 1).filter((r) => r.kind === 'sequence' || LINE_RULES.includes(r as LineRule));
  return runStripRules(doc, upTo);
}

const domIds = new Set(domRules.map((r) => r.id));
const lineRules = STRIP_RULES.filter((r): r is LineRule => r.kind === 'line' && !domIds.has(r.id));
// DOM rules read the element tree's signals: tests/html-rules.test.ts runs their examples as HTML.
const sequenceRules = STRIP_RULES.filter((r): r is SequenceRule => r.kind === 'sequence' && !domIds.has(r.id));

describe('strip rules as data', () => {
  it('has rules of both kinds', () => {
    expect(lineRules.length).toBeGreaterThan(10);
    expect(sequenceRules.length).toBeGreaterThan(3);
  });

  it('gives every rule a unique, stable-looking id', () => {
    const ids = STRIP_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^strip\/[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('gives every rule a description and examples of both what it acts on and what it keeps', () => {
    for (const r of STRIP_RULES) {
      expect(r.description.length, r.id).toBeGreaterThan(20);
      expect(r.examples?.matches.length ?? 0, `${r.id} matches`).toBeGreaterThan(0);
      expect(r.examples?.keeps.length ?? 0, `${r.id} keeps`).toBeGreaterThan(0);
    }
  });
});

describe('line rules: their examples', () => {
  for (const rule of lineRules) {
    describe(rule.id, () => {
      for (const text of rule.examples?.matches ?? []) {
        it(`acts on ${JSON.stringify(text)}`, () => {
          const pageUrl = rule.examples?.pageUrl;
          expect(rule.test(text, lineContext(text, pageUrl), lineBlock(text))).toBeTruthy();
          // In the stage the first rule that applies decides: it must be this one.
          expect(firstLineRule(text, pageUrl)).toBe(rule.id);
        });
      }
      for (const text of rule.examples?.keeps ?? []) {
        it(`keeps ${JSON.stringify(text)}`, () => {
          expect(rule.test(text, lineContext(text, rule.examples?.pageUrl), lineBlock(text))).toBeFalsy();
        });
      }
    });
  }
});

describe('line rules on a page in Cyrillic', () => {
  // The examples above stand on a Latin page, where a Cyrillic line is a foreign template's (strip/foreign-script).
  it('reads a Russian page\'s teaser headers as link-list headers, not its headings or sentences', () => {
    for (const header of ['Читайте также:', 'Самые популярные диеты', 'Похожие статьи', 'Новости по теме']) expect(firstLineRule(header, undefined, 'Cyrillic'), header).toBe('strip/link-list-header');
    for (const line of ['Самые популярные диеты обещают быстрый результат, но врачи советуют осторожность.', 'Диета на 14 дней']) expect(firstLineRule(line, undefined, 'Cyrillic'), line).toBeUndefined();
  });
});

describe('sequence rules: their example pages', () => {
  for (const rule of sequenceRules) {
    describe(rule.id, () => {
      for (const example of rule.examples?.matches ?? []) {
        it(`decides the marked lines of ${JSON.stringify(example.slice(0, 60))}…`, () => {
          const { doc, marked } = parseExample(example);
          expect(marked.some(Boolean), 'the example marks at least one line').toBe(true);
          const blocks = runUpTo(rule, doc);
          blocks.forEach((b, i) => {
            if (marked[i]) expect(decidedBy(b), `"${b.text}" decided by`).toBe(rule.id);
            else expect(decidedBy(b), `"${b.text}" left to other rules`).not.toBe(rule.id);
          });
        });
      }
      for (const example of rule.examples?.keeps ?? []) {
        it(`decides nothing on ${JSON.stringify(example.slice(0, 60))}…`, () => {
          const { doc, marked } = parseExample(example);
          expect(marked.some(Boolean), 'a keeps example marks no line').toBe(false);
          for (const b of runUpTo(rule, doc)) expect(decidedBy(b), `"${b.text}"`).not.toBe(rule.id);
        });
      }
    });
  }
});

describe('page scripts', () => {
  // The scan for letters outside the fast Latin ranges skips General Punctuation („“–…) as holding no letter.
  it('finds no letter in General Punctuation (U+2000–U+206F)', () => {
    for (let c = 0x2000; c <= 0x206f; c++) expect(/\p{L}/u.test(String.fromCharCode(c)), c.toString(16)).toBe(false);
  });
  it('counts a letter of another script next to punctuation and surrogate pairs', () => {
    expect(pageScripts(['„Zitat“ – ', 'Москва'])).toEqual({ page: 'Cyrillic', own: ['Latin', 'Cyrillic'] });
    expect(pageScripts(['Text 😀 mit „Anführungszeichen“…'])).toEqual({ page: 'Latin', own: ['Latin'] });
    expect(pageScripts(['µ']).own).toEqual(['Other']);
  });
});

describe('icon names a text dump spells out ("keyboard_arrow_down" where the page showed a symbol)', () => {
  it('are taken out of the line the rules read, and only they', () => {
    expect(withoutIconNames('filter_none WEITERE BEITRÄGE ZU DIESEM ARTIKEL')).toBe('WEITERE BEITRÄGE ZU DIESEM ARTIKEL');
    expect(withoutIconNames('MarktShow sub menukeyboard_arrow_down')).toBe('MarktShow sub menu');
    expect(withoutIconNames('keyboard_arrow_left Zurück zur Startseite')).toBe('Zurück zur Startseite');
    // Nothing but a name: the line itself, for strip/icon-name.
    expect(withoutIconNames('arrow_forward_ios')).toBe('arrow_forward_ios');
    // Code is no icon: names are not glued to the word after them.
    expect(withoutIconNames('Setze lock_open_timeout und user_id')).toBe('Setze lock_open_timeout und user_id');
  });

  it('leave the line to the rule of what it says, and a menu item with its toggle to strip/icon-name', () => {
    const { doc } = parseExample('filter_none WEITERE BEITRÄGE ZU DIESEM ARTIKEL\nlock_open Login\nkeyboard_arrow_left Zurück zur Startseite\nMarktShow sub menukeyboard_arrow_down');
    expect(runStripRules(doc, LINE_RULES).map(decidedBy)).toEqual(['strip/link-list-header', 'strip/ui-word', 'strip/post-navigation', 'strip/icon-name']);
  });
});
