import type { Block, BlockRole } from '../../core/doc.js';
import type { RuleInfo } from '../../core/rule.js';
import type { TextProfile } from './features.js';

/**
 * What a strip rule does to a block: remove it from the article, or keep it apart from the body
 * in a role (captions, credits, bylines, metadata lines, the headline).
 */
export type StripAction = 'remove' | Exclude<BlockRole, 'unknown' | 'paragraph' | 'lead' | 'highlight' | 'list-item' | 'quote' | 'table'>;

export interface StripContext {
  /** The script most of the page's letters are written in (`Latin`, `Cyrillic`, …). */
  script: string;
  /** The features the rules share of the block at this index (computed once), undefined past the last block. */
  profile(index: number): TextProfile | undefined;
  /** Normalised (lower-cased) block text → how many blocks of the page carry it. */
  repeats: { get(key: string): number | undefined };
  contentType: 'text' | 'html';
  /** The words of a text page's address slug, folded (urlSlugStems in headline.ts): a CMS writes the headline there. Empty on HTML. */
  slug: readonly string[];
  /** The one word of a slug of one word ("/emden-21416", "/nebelsuppe-6/"), folded and whole (urlSlugWord): a line of that word alone is the headline. */
  slugWord?: string | null;
  /** The page's own addresses (its URL and canonical URL), as ownAddress writes them. */
  addresses?: readonly string[];
}

/** A rule that judges one block on its own text (and the page-level facts in the context). */
export interface LineRule extends RuleInfo {
  kind: 'line';
  action: StripAction;
  /** True, or a short detail (the matched word), when the rule applies. */
  test(text: string, ctx: StripContext, block: Block): boolean | string;
}

export interface Decision {
  index: number;
  action: StripAction;
  detail?: string;
  /** Give the role even though an earlier rule removed the block (the headline also repeats on the page). */
  restore?: boolean;
}

/** A rule that reads the sequence of blocks (teaser runs under a header, the main-content region). */
export interface SequenceRule extends RuleInfo {
  kind: 'sequence';
  apply(blocks: readonly Block[], ctx: StripContext): Decision[];
}

export type StripRule = LineRule | SequenceRule;
