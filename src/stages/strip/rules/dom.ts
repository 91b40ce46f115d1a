import type { LineRule, StripRule } from '../types.js';

/**
 * Rules that use DOM signals (element path, tag, link density) of HTML blocks. On text dumps
 * these signals are absent and the rules do nothing.
 */
export const linkOnlyLine: LineRule = {
  kind: 'line',
  id: 'strip/link-only-line',
  action: 'remove',
  description: 'HTML: a short block that is all link text (a teaser title, a "more" link, a tag) inside the article container.',
  examples: {
    matches: ['<a>Die zehn besten Wanderwege im Schwarzwald</a>', '<a>Mehr aus Berlin</a>'],
    keeps: ['Der Rat stimmte <a>dem Antrag</a> mit großer Mehrheit zu, wie die Sprecherin nach der Sitzung sagte.', 'Die zehn besten Wanderwege im Schwarzwald'],
  },
  test: (text, _ctx, block) => block.linkDensity !== undefined && block.linkDensity >= 0.9 && text.length <= 140,
};

export const domRules: StripRule[] = [linkOnlyLine];
