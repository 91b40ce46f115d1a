import { z } from 'zod';
import { defineStage } from '../../core/stage.js';
import { htmlBlocks } from './html.js';
import { textBlocks } from './text.js';

export const blocksStage = defineStage({
  id: 'blocks',
  version: '1',
  description: 'Split the page into blocks: lines of a text dump, block elements of an HTML page.',
  options: z.object({}),
  rules: [
    { id: 'blocks/line', description: 'A text dump is one block a non-empty line; leading bullets become a flag.' },
    { id: 'blocks/html-visible-text', description: 'HTML: the visible text of each block element, with its element path.' },
  ],
  run(doc) {
    const blocks = doc.contentType === 'html' ? htmlBlocks(doc.content) : textBlocks(doc.content);
    return { ...doc, blocks };
  },
});
