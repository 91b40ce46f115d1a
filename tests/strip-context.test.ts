import { describe, expect, it } from 'vitest';
import type { Doc } from '../src/core/doc.js';
import { profile } from '../src/stages/strip/features.js';
import { stripContext } from '../src/stages/strip/index.js';

describe('strip context', () => {
  const texts = ['Der Rat hat am Abend den Plan beschlossen, sagte die Sprecherin.', 'Teilen', 'Москва, 7 декабря'];
  const blocks = texts.map((text, index) => ({ index, text, line: index + 1, start: 0, end: text.length, role: 'unknown' as const }));
  const ctx = stripContext({ contentType: 'text', blocks } as unknown as Doc);

  it("gives each block's profile (in the block's own script), the same object each time", () => {
    texts.forEach((t, i) => expect(ctx.profile(i)).toEqual(profile(t)));
    expect(ctx.profile(1)).toBe(ctx.profile(1));
  });

  it('gives nothing for an index that is no block, as an array read would', () => {
    for (const i of [3, 99, -1, 0.5, Number.NaN]) expect(ctx.profile(i)).toBeUndefined();
  });
});
