import { HTML_RULES, type HtmlRule } from './rules.js';
import type { ElementNode, RawBlock } from './walk.js';

const RULES = new Map<string, HtmlRule>(HTML_RULES.map((r) => [r.id, r]));
const SENTENCE_END = /[.!?…:;"“”»«)\]。！？」]\s*$/;
const HEADING = /^h[1-6]$/;
/** Class/id names that say "the article text" (trafilatura's and Readability's positive hints). */
const BODY_NAMES = /(?:^|[-_])(?:article|articlebody|article-body|article__body|story|storybody|entry|entry-content|post|postbody|post-content|content|text|body|main|artikel|inhalt|beitrag)(?:$|[-_])/;

export interface Choice {
  /** Element index of the article container (the page body when nothing stands out). */
  container: number;
  /** Siblings of the container taken along (a lead or a second body part beside it). */
  extra: number[];
  /** Per block: the boilerplate rule and detail that removes it, or null. */
  boiler: Array<{ rule: string; detail: string } | null>;
  /** Per block: inside the container (or a sibling taken along). */
  inside: boolean[];
  /** Per block: running prose (long, few links). */
  prose: boolean[];
  /** Per element: an accepted boilerplate element. */
  boilerNode: boolean[];
  /** The container and the siblings taken along. */
  roots: ReadonlySet<number>;
}

/** Running prose: long enough, few links; or a shorter sentence without links. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
export const isProse = (b: RawBlock): boolean => {
  // Chinese and Japanese say in one character what takes three or four letters elsewhere.
  const scale = !b.text.includes(' ') && CJK.test(b.text) ? 3 : 1;
  const plain = (b.text.length - b.linkChars) * scale;
  const ld = b.linkChars / b.text.length;
  return (ld < 0.35 && plain >= 80) || (ld < 0.2 && plain >= 40 && SENTENCE_END.test(b.text) && (scale > 1 || b.text.includes(' ')));
};

/**
 * What a block says about its container: prose counts by its plain characters, link text counts
 * against (menus, teaser lists), other short lines count a little against. Headings are neutral.
 */
const weightOf = (b: RawBlock, prose: boolean, tag: string): number => {
  if (prose) return b.text.length - b.linkChars;
  if (HEADING.test(tag)) return 0;
  const ld = b.linkChars / b.text.length;
  if (ld > 0.5) return -b.linkChars * 0.6 - 4;
  // Short lines without links in tables and lists are data (ingredients, results), not clutter.
  return b.context === 'cell' || b.context === 'li' ? 0 : -3;
};

/** Class names that name the article body itself (trafilatura's BODY_XPATH, Readability's hints). */
const STRONG_NAMES = /(?:article|story|entry|post|news|blog|single|main)[-_]{0,2}(?:body|content|text|inner)(?:$|[\s_-])|\b(?:articlebody|artikeltext|article-text|storytext|post-entry|entry|textblock|rich-?text)(?:$|\s)/i;
// Strong evidence doubles a score: the named body wins when it holds half the best score's prose.
const STRONG = 2;

/** How much an element's markup says "article body"; scores only multiply, never create text. */
const evidenceOf = (n: ElementNode): number => {
  const a = n.el.attribs;
  if (a['itemprop'] === 'articleBody' || a['itemprop'] === 'articlebody') return STRONG;
  const cls = `${a['class'] ?? ''} ${a['id'] ?? ''}`;
  if (STRONG_NAMES.test(cls)) return STRONG;
  let m = 1;
  if (n.tag === 'article') m = 1.15;
  else if (n.tag === 'main' || a['role'] === 'main') m = 1.05;
  const names = `${a['class'] ?? ''} ${a['id'] ?? ''}`.toLowerCase();
  if (names && names.split(/\s+/).some((x) => BODY_NAMES.test(x))) m *= 1.1;
  return m;
};

/**
 * From the best element down to the child that holds nearly all of its score: a page grid with
 * the article column and a sidebar of promotional prose is not the article.
 */
function descend(nodes: readonly ElementNode[], start: number, boilerNode: readonly boolean[]): number {
  let best = start;
  for (;;) {
    const top = nodes[best]!;
    let next = -1;
    for (let e = best + 1; e < nodes.length; e++) {
      const n = nodes[e]!;
      if (n.parent < best) break;
      if (n.parent === best && !boilerNode[e] && n.score >= DESCEND * top.score) next = e;
    }
    if (next < 0) return best;
    best = next;
  }
}
const DESCEND = 0.9;

const accepted = (n: ElementNode, nodes: readonly ElementNode[], pageProse: number): boolean => {
  const rule = n.rule ? RULES.get(n.rule) : undefined;
  if (!rule) return false;
  if (n.tag === 'body' || n.tag === 'main') return false;
  // A page wrapper (several paragraphs, most of the page's prose) is not boilerplate whatever its name.
  if (rule.guarded !== false && n.proseBlocks >= 3 && n.prose >= 0.5 * pageProse) return false;
  if (rule.maxChars !== undefined && n.chars > rule.maxChars) return false;
  if (rule.minLinkDensity !== undefined && n.chars > 0 && n.linkChars / n.chars < rule.minLinkDensity) return false;
  if (rule.id === 'html/header-footer') {
    // A header or footer inside an article or main belongs to it (headline, byline).
    for (let p = n.parent; p >= 0; p = nodes[p]!.parent) if (nodes[p]!.tag === 'article' || nodes[p]!.tag === 'main') return false;
  }
  return true;
};

/**
 * Picks the article container: the element whose blocks add up to the most prose net of links
 * and clutter, with markup evidence (itemprop=articleBody, <article>, <main>, body-like class
 * names, JSON-LD articleBody) multiplying a positive score rather than deciding alone.
 */
export function chooseArticle(nodes: ElementNode[], blocks: readonly RawBlock[], jsonLdBody: string | null): Choice {
  const prose = blocks.map(isProse);
  let pageProse = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const p = prose[i] ? b.text.length - b.linkChars : 0;
    pageProse += p;
    for (let e = b.owner; e >= 0; e = nodes[e]!.parent) {
      const n = nodes[e]!;
      n.chars += b.text.length;
      n.linkChars += b.linkChars;
      n.prose += p;
      if (p) n.proseBlocks++;
    }
  }
  const boilerNode = nodes.map((n) => accepted(n, nodes, pageProse));
  const boiler: Choice['boiler'] = blocks.map(() => null);
  const jsonLd = jsonLdBody ? jsonLdBody.replace(/\s+/g, ' ') : null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    // The outermost accepted boilerplate element above the block decides.
    let hit = -1;
    for (let e = b.owner; e >= 0; e = nodes[e]!.parent) if (boilerNode[e]) hit = e;
    if (hit >= 0) {
      boiler[i] = { rule: nodes[hit]!.rule!, detail: nodes[hit]!.detail ?? '' };
      continue;
    }
    if (b.markup) {
      boiler[i] = { rule: 'html/hidden', detail: 'escaped markup' };
      continue;
    }
    let w = weightOf(b, prose[i]!, nodes[b.owner]!.tag);
    if (jsonLd && prose[i] && jsonLd.includes(b.text.slice(0, 80))) w *= 1.5;
    for (let e = b.owner; e >= 0; e = nodes[e]!.parent) nodes[e]!.score += w;
  }
  let best = -1;
  let bestScore = 0;
  for (let e = 0; e < nodes.length; e++) {
    const n = nodes[e]!;
    if (n.score <= 0 || boilerNode[e]) continue;
    const s = n.score * evidenceOf(n);
    if (s >= bestScore) {
      best = e;
      bestScore = s;
    }
  }
  if (best < 0 || nodes[best]!.score < 50) best = nodes.findIndex((n) => n.tag === 'body');
  else best = descend(nodes, best, boilerNode);
  const extra: number[] = [];
  const top = best >= 0 ? nodes[best]! : null;
  if (top && top.parent >= 0) {
    for (let e = top.parent + 1; e < nodes.length; e++) {
      const s = nodes[e]!;
      if (s.parent !== top.parent || e === best || boilerNode[e]) continue;
      if (s.score >= Math.max(40, 0.1 * top.score) && s.chars > 0 && s.linkChars / s.chars < 0.2 && s.prose >= 0.7 * s.chars) extra.push(e);
    }
  }
  const roots = new Set([best, ...extra]);
  const inside = blocks.map((b) => {
    if (best < 0) return true;
    for (let e = b.owner; e >= 0; e = nodes[e]!.parent) if (roots.has(e)) return true;
    return false;
  });
  // A header or footer inside the chosen container belongs to the article after all.
  for (let i = 0; i < blocks.length; i++) {
    if (!inside[i] || boiler[i]?.rule !== 'html/header-footer') continue;
    let hit = -1;
    for (let e = blocks[i]!.owner; e >= 0 && !roots.has(e); e = nodes[e]!.parent) if (boilerNode[e] && nodes[e]!.rule !== 'html/header-footer') hit = e;
    boiler[i] = hit >= 0 ? { rule: nodes[hit]!.rule!, detail: nodes[hit]!.detail ?? '' } : null;
  }
  return { container: best, extra, boiler, inside, prose, boilerNode, roots };
}
