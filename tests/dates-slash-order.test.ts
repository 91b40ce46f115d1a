// "12/04/2020" is 12 April on a British page and 4 December on an American one: the page's own dates or its
// country settle the order; where nothing does, English pages are read month first.
import { describe, expect, it } from 'vitest';
import type { Doc } from '../src/core/doc.js';
import { slashOrder } from '../src/stages/dates/slash-order.js';
import { runText } from './helpers/pipeline.js';

const docOf = (texts: string[], extra: { url?: string; declared?: string; lang?: string } = {}): Doc =>
  ({
    blocks: texts.map((text) => ({ text })),
    source: extra.url ? { url: extra.url } : {},
    declared: extra.declared ? { language: extra.declared } : {},
    language: { code: extra.lang ?? 'en' },
  }) as unknown as Doc;

describe('slashOrder', () => {
  it('takes the order the page shows where a part above 12 settles it', () => {
    expect(slashOrder(docOf(['12/04/2020 by Kay', 'Anna 25/03/2020 at 9:14']))).toEqual({ monthFirst: false, sure: true });
    expect(slashOrder(docOf(['12/04/2020 by Kay', 'Anna 03/25/2020 at 9:14'], { lang: 'de' }))).toEqual({ monthFirst: true, sure: true });
  });

  it('settles nothing when the page shows both orders; then the day comes first outside English, the month (assumed) on English pages', () => {
    expect(slashOrder(docOf(['25/03/2020', '03/25/2020']))).toEqual({ monthFirst: true, sure: false });
    expect(slashOrder(docOf(['12/04/2020'], { lang: 'de' }))).toEqual({ monthFirst: false, sure: true });
    expect(slashOrder(docOf(['12/04/2020'], { lang: 'und' }))).toEqual({ monthFirst: false, sure: false });
  });

  it('takes the day first in the countries that write it so, by the address or the declared region', () => {
    expect(slashOrder(docOf(['12/04/2020'], { url: 'https://www.example.co.uk/recipes/olive-bread/' }))).toEqual({ monthFirst: false, sure: true });
    expect(slashOrder(docOf(['12/04/2020'], { declared: 'en-AU' }))).toEqual({ monthFirst: false, sure: true });
    expect(slashOrder(docOf(['12/04/2020'], { declared: 'en-US', url: 'https://www.example.co.uk/' }))).toEqual({ monthFirst: true, sure: false });
    expect(slashOrder(docOf(['12/04/2020'], { url: 'https://www.example.com/post' }))).toEqual({ monthFirst: true, sure: false });
  });
});

describe('a stamp in slashes under the headline', () => {
  const para = 'The bread is baked for forty minutes until the crust is golden, and the olives stay soft inside the crumb after it cools on a rack.';
  const page = (comment: string) => ['Home', 'Recipes', '', 'Olive bread with rosemary', '', '12/04/2020 by Kay', '', para, '', para.replace('forty', 'fifty'), '', comment, ''].join('\n');

  it('dates the article once the page settles the order', async () => {
    expect((await runText(page('Anna 25/03/2021 at 9:14: Lovely recipe, thank you so much for sharing it with us all.'))).article!.published?.value.slice(0, 10)).toBe('2020-04-12');
  });

  it('reads it month first on an English page where nothing settles the order (the assumption)', async () => {
    expect((await runText(page('Anna wrote: Lovely recipe, thank you so much for sharing it with us all.'))).article!.published?.value.slice(0, 10)).toBe('2020-12-04');
  });
});
