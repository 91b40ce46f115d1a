import { describe, expect, it } from 'vitest';
import { newBlock } from '../src/core/doc.js';
import { joinDropCaps } from '../src/stages/blocks/drop-cap.js';
import { runText } from './helpers/pipeline.js';

const para = 'urkey, Poland and the Caribbean islands of Bonaire, St Eustatius and Saba have been removed from the list of travel corridors, the Transport Secretary said on Thursday.';
const more = 'Travellers arriving in the UK from those places after 4am on Saturday must self-isolate for two weeks, the government announced in a statement.';

describe('blocks/drop-cap', () => {
  it('joins a capital letter alone to the paragraph it opens in lower case, and nothing else', () => {
    const blocks = ['T', para, 'A', 'Second line opens in capitals.', 'x', 'yes'].map((text, index) => newBlock({ index, text, line: index + 1, start: index * 10, end: index * 10 + text.length, role: 'unknown' }));
    joinDropCaps(blocks);
    expect(blocks.map((b) => [b.text.slice(0, 8), b.removed?.rule ?? null])).toEqual([
      ['T', 'blocks/drop-cap'],
      ['Turkey, ', null],
      ['A', null],
      ['Second l', null],
      ['x', null],
      ['yes', null],
    ]);
    expect(blocks[1]!.start).toBe(0);
  });

  it('makes one paragraph of an HTML page\'s floated first letter and of a dump\'s letter on a line of its own', async () => {
    const html = `<html lang="en"><head><title>Quarantine list</title></head><body><article><h1>Quarantine list</h1><div><span class="dropcap">T</span><p>${para}</p><p>${more}</p></div></article></body></html>`;
    expect((await runText(html, 'page.html')).article!.text).toContain('Turkey, Poland and the Caribbean');
    const dump = `Quarantine list\n\nT\n\n${para}\n\n${more}\n`;
    const doc = await runText(dump);
    expect(doc.article!.text).toContain('Turkey, Poland and the Caribbean');
    expect(doc.blocks.find((b) => b.text === 'T')?.removed?.rule).toBe('blocks/drop-cap');
  });
});
