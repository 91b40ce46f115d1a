import { CLOSING_ROLES, isHeadingTag, type Block } from '../../../core/doc.js';
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

/** An upper-case label and a colon opening a block ("RELATED: ", "IN TEXAS: "). */
const CAPS_LABEL = /^(\p{Lu}[\p{Lu}\d]*(?:[ '’&.-]+[\p{Lu}\d]+){0,4})\s*:\s+/u;
/**
 * Labels whose link is a name, a source, a contact, a file or a reference, not a teaser: a credit,
 * a byline, a note, an account ("IG: @name"), a document ("PDF: …", "DOI: https://doi.org/…").
 */
const NOT_TEASER_LABELS = new Set([
  'foto', 'fotos', 'photo', 'photos', 'bild', 'bilder', 'quelle', 'source', 'credit', 'credits', 'von', 'by', 'autor', 'author', 'text', 'update', 'updated', 'correction', 'korrektur',
  'ig', 'instagram', 'twitter', 'x', 'facebook', 'tiktok', 'youtube', 'web', 'website', 'email', 'e-mail', 'mail', 'tel',
  'pdf', 'doi', 'isbn', 'issn', 'pmid', 'download',
]);

export const labelledLink: LineRule = {
  kind: 'line',
  id: 'strip/labelled-link',
  action: 'remove',
  description: 'HTML: a short block that is an upper-case label and a link to another page, all the rest link text ("RELATED: …", "IN TEXAS: Family of patient quarantined", "MEHR ZUM THEMA: …"): a teaser set into the text.',
  examples: {
    matches: ['<b>IN TEXAS: </b><a>Family of Ebola patient quarantined</a>', 'RELATED: <a>The ten best hikes in the Black Forest</a>', 'MEHR ZUM THEMA: <a>Was die Ampel plant</a>'],
    keeps: ['UPDATE: Der Konzern hat <a>eine Stellungnahme</a> veröffentlicht, wie ein Sprecher sagte.', 'FOTO: <a>Anna Muster</a>', 'Lies mehr: <a>Die zehn besten Wanderwege</a>', 'BERLIN: Der Rat stimmte dem Antrag zu.', 'IG: <a>@annamuster</a>', 'PDF: <a>ratschlaege-geben</a>', 'DOI: <a>https://doi.org/10.1007/s11926-017-0626-z</a>'],
  },
  test: (text, _ctx, block) => {
    if (block.linkDensity === undefined || block.linkDensity === 0 || text.length > 140) return false;
    const label = CAPS_LABEL.exec(text);
    if (!label || label[1]!.replace(/[^\p{L}]/gu, '').length < 2 || NOT_TEASER_LABELS.has(label[1]!.toLowerCase())) return false;
    // The rest is link text, to a character (the density is rounded to three decimals).
    return block.linkDensity * text.length >= text.length - label[0].length - 1;
  },
};

export const domRules: StripRule[] = [linkOnlyLine, labelledLink, trailingHeading];
