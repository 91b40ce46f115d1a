import type { Block, Doc } from '../../src/core/doc.js';
import { textBlocks } from '../../src/stages/blocks/text.js';
import { runStripRules } from '../../src/stages/strip/index.js';
import { STRIP_RULES } from '../../src/stages/strip/rules/index.js';

/** The strip stage's blocks of a text dump, one line a block; `url` is the address the page was fetched from. */
export function stripTextPage(lines: readonly string[], url?: string): Block[] {
  const content = lines.join('\n');
  const doc: Doc = { id: 'page', source: { path: 'page.txt', format: 'txt', ...(url ? { url } : {}) }, contentType: 'text', content, declared: {}, blocks: textBlocks(content), diagnostics: [] };
  return runStripRules(doc, STRIP_RULES);
}
