import { z } from 'zod';
import { docWith } from '../../core/doc.js';
import { defineStage } from '../../core/stage.js';
import { HTML_BLOCK_RULES, htmlPage } from './html/index.js';
import { DROP_CAP_RULE, joinDropCaps } from './drop-cap.js';
import { textBlocks } from './text.js';

export const blocksStage = defineStage({
  id: 'blocks',
  version: '2',
  description: 'Split the page into blocks: lines of a text dump; the visible text of an HTML page, with everything outside the article marked removed.',
  options: z.object({}),
  rules: [
    { id: 'blocks/line', description: 'A text dump is one block a non-empty line; leading bullets become a flag.' },
    { id: 'blocks/html-visible-text', description: 'HTML: the visible text of each block element, with its element path.' },
    DROP_CAP_RULE,
    ...HTML_BLOCK_RULES,
  ],
  run(doc) {
    if (doc.contentType !== 'html') {
      const blocks = textBlocks(doc.content);
      joinDropCaps(blocks);
      return docWith(doc, { blocks });
    }
    const page = htmlPage(doc.content, doc.source.url ?? doc.declared.canonicalUrl);
    joinDropCaps(page.blocks);
    // What the record itself declares (JSON fields) outranks what the page says about itself.
    return docWith(doc, { blocks: page.blocks, declared: { ...page.declared, ...doc.declared } });
  },
});
