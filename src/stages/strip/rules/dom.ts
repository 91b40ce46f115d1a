import { isHeadingTag, type Block } from '../../../core/doc.js';
import type { Decision, LineRule, SequenceRule, StripRule } from '../types.js';

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

/** Lines that may close an article after its last text: metadata, not text a heading could head. */
const CLOSING_ROLES: ReadonlySet<Block['role']> = new Set(['meta', 'byline', 'credit', 'dateline']);
/** A heading holding two sentences is text set in a heading element (a timeline entry), not a box header. */
const TWO_SENTENCES = /[.!?]\s+\p{Lu}/u;
const HEADER_MAX = 100;

/**
 * A heading element that ends the article with nothing kept after it heads a box the other rules
 * removed: related links, a contact box, partner logos ("Related", "Weitere Informationen",
 * "Lee también"). Examples are HTML set after an article's paragraphs: every heading of a match goes, none of a keep.
 */
export const trailingHeading: SequenceRule = {
  kind: 'sequence',
  id: 'strip/trailing-heading',
  description: 'HTML: a heading element (h1–h6) that ends the article with nothing kept after it heads a box other rules removed ("Related", "Weitere Informationen", "Lee también").',
  examples: {
    matches: [
      '<h3>Related</h3><ul><li><a href="/a">Fahrradstraße am Fluss eröffnet</a></li><li><a href="/b">Streit um Parkgebühren geht weiter</a></li></ul>',
      '<h2>Service</h2><h3>Unser Angebot für Sie</h3><p>Melden Sie sich für unseren Newsletter an</p>',
    ],
    keeps: [
      '<h2>Fazit</h2><p>Am Ende überzeugt der Grill mit seiner Verarbeitung und seinem Preis, auch wenn die Zündung manchmal hakt.</p>',
      '<h4>Relotius legt auf Facebook ein Fake-Profil an. Es stützt seine Geschichte.</h4>',
    ],
  },
  apply(blocks) {
    const out: Decision[] = [];
    for (let i = blocks.length - 1; i >= 0; i--) {
      const b = blocks[i]!;
      if (b.removed || CLOSING_ROLES.has(b.role)) continue;
      // Text kept after the headings: they head it, and the headings found so far are the ones to go.
      if (!isHeadingTag(b.tag) || b.text.length > HEADER_MAX || TWO_SENTENCES.test(b.text)) return out;
      out.push({ index: i, action: 'remove', detail: 'nothing kept after it' });
    }
    // Nothing but headings on the page: leave them to the reader.
    return [];
  },
};

export const domRules: StripRule[] = [linkOnlyLine, trailingHeading];
