import { isHeadingTag } from '../../../core/doc.js';
import { HTML_RULES, type HtmlRule } from './rules.js';
import { firstName, type ElementNode, type RawBlock } from './walk.js';

const RULES = new Map<string, HtmlRule>(HTML_RULES.map((r) => [r.id, r]));
const SENTENCE_END = /[.!?…:;"“”»«)\]。！？」]\s*$/;
/** Class/id names that say "the article text" (trafilatura's and Readability's positive hints). */
const BODY_NAMES = /(?:^|[-_])(?:article|articlebody|article-body|article__body|story|storybody|entry|entry-content|post|postbody|post-content|content|text|body|main|artikel|inhalt|beitrag)(?:$|[-_])/;

export interface Choice {
  /** Element index of the article container (the page body when nothing stands out). */
  container: number;
  /** Elements taken along beside the container: siblings (a lead or a second body part), and a lead named as one above it. */
  extra: number[];
  /** Per block: the boilerplate rule and detail that removes it, or null. */
  boiler: Array<{ rule: string; detail: string } | null>;
  /** Per block: 1 when inside the container (or a sibling taken along). */
  inside: Uint8Array;
  /** Per block: 1 for running prose (long, few links). */
  prose: Uint8Array;
  /** Per element: 1 for an accepted boilerplate element. */
  boilerNode: Uint8Array;
  /** The container and the elements taken along. */
  roots: ReadonlySet<number>;
  /** Per element: the outermost accepted boilerplate element at or above it, or -1. */
  outerBoiler: Int32Array;
  /** Per element: 1 when at or below the container or an element taken along. */
  insideNode: Uint8Array;
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
 * The site's legal small print, a copyright line or the terms one accepts by using the site ("Copyright © 2019 … Alle
 * Rechte vorbehalten", "Durch die Nutzung dieser Website zeigen Sie an, dass Sie unsere Nutzungsbedingungen …
 * akzeptieren"): long as prose, but the page footer's, where no class name says "footer".
 */
const SITE_NOTICE = /©|\(c\) \d{4}|\b(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati)\b|^(?:by (?:using|continuing to use|accessing) (?:this|our) (?:web)?site|(?:durch die (?:weitere )?|mit der )nutzung (?:dieser|unserer) (?:webseite|website|seite|homepage|internetseite))/iu;
/** Words SITE_NOTICE cannot match without, looked for first: most prose holds none, and they are found faster. */
const SITE_NOTICE_WORDS = /[©(]|rights|rechte|droits|derechos|diritti|nutzung|site/iu;
const siteNotice = (text: string): boolean => text.length <= 600 && SITE_NOTICE_WORDS.test(text) && SITE_NOTICE.test(text);

/**
 * What a block says about its container: prose counts by its plain characters, link text counts
 * against (menus, teaser lists), other short lines count a little against. Headings are neutral.
 */
const weightTenths = (b: RawBlock, prose: boolean, tag: string): number => {
  if (prose) return siteNotice(b.text) ? 0 : (b.text.length - b.linkChars) * 10;
  if (isHeadingTag(tag)) return 0;
  const ld = b.linkChars / b.text.length;
  if (ld > 0.5) return -b.linkChars * 6 - 40;
  // Short lines without links in tables and lists are data (ingredients, results), not clutter.
  return b.context === 'cell' || b.context === 'li' ? 0 : -30;
};

/** Class names that name the article body itself (trafilatura's BODY_XPATH, Readability's hints). */
const STRONG_NAMES = /(?:article|story|entry|post|news|blog|single|main)[-_]{0,2}(?:body|content|text|inner)(?:$|[\s_-])|\b(?:articlebody|artikeltext|article-text|storytext|post-entry|entry|textblock|rich-?text)(?:$|\s)/i;
// Strong evidence doubles a score: the named body wins when it holds half the best score's prose.
const STRONG = 2;

/** How much an element's markup says "article body"; scores only multiply, never create text. */
const evidenceOf = (n: ElementNode): number => {
  const a = n.attribs;
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
function descend(nodes: readonly ElementNode[], score: Float64Array, start: number, boilerNode: Uint8Array, kids: Kids, prose: Int32Array): number {
  let best = start;
  for (;;) {
    let next = -1;
    // Nearly all of the score and of the prose: clutter beside a paragraph lowers the score of its
    // container, and must not make that one paragraph the article.
    for (let e = kids.first[best]!; e >= 0; e = kids.next[e]!) if (!boilerNode[e] && score[e]! >= DESCEND * score[best]! && prose[e]! >= DESCEND * prose[best]!) next = e;
    // A paragraph is text, not a container: one long paragraph holds nearly all of the prose, and
    // the short ones beside it (a sub-headline, a closing line) are the article too.
    if (next < 0 || TEXT_ELEMENTS.has(nodes[next]!.tag)) return best;
    best = next;
  }
}
const DESCEND = 0.9;
const TEXT_ELEMENTS: ReadonlySet<string> = new Set(['p', 'span', 'font', 'b', 'strong', 'i', 'em', 'blockquote']);
const LIST_PARTS: ReadonlySet<string> = new Set(['li', 'ol', 'ul']);

/** Prose blocks an <article> holds to be the page's article (an <aside> beside it is a sidebar, whatever it holds). */
const ARTICLE_PROSE_BLOCKS = 3;

/** "sidebar" as one whole class name of a class attribute. */
const SIDEBAR_CLASS = /(?:^|\s)sidebar(?:\s|$)/;
/** An element whose id or one of whose classes is "sidebar" itself. */
const namedSidebar = (a: ElementNode['attribs']): boolean => a.id === 'sidebar' || (a.class !== undefined && SIDEBAR_CLASS.test(a.class));

const accepted = (n: ElementNode, underArticle: boolean, pageProse: number, articleBeside: boolean): boolean => {
  const rule = n.rule ? RULES.get(n.rule) : undefined;
  if (!rule) return false;
  if (n.tag === 'body' || n.tag === 'main') return false;
  // A page wrapper (several paragraphs, most of the page's prose) is not boilerplate whatever its name;
  // a sidebar the markup declares (<aside>, role=complementary) beside an <article> is, however much a live blog fills it.
  // So is an element named "sidebar" outright (not "content-sidebar-wrap"), outside an <article> or <main>: beside a short
  // post, its widgets (recent posts, a calendar, an archive) hold more prose than the post.
  const declaredSidebar = !underArticle && ((articleBeside && (n.tag === 'aside' || n.attribs.role === 'complementary')) || (n.rule === 'html/aside' && namedSidebar(n.attribs)));
  if (rule.guarded !== false && !declaredSidebar && n.proseBlocks >= 3 && n.prose >= 0.5 * pageProse) return false;
  if (rule.maxChars !== undefined && n.chars > rule.maxChars) return false;
  if (rule.minLinkDensity !== undefined && n.chars > 0 && n.linkChars / n.chars < rule.minLinkDensity) return false;
  if (rule.id === 'html/header-footer') {
    // A header or footer inside an article or main belongs to it (headline, byline).
    if (underArticle) return false;
  }
  return true;
};

/** Children of each element in document order, as linked lists in flat arrays (no array per element). */
interface Kids {
  first: Int32Array;
  next: Int32Array;
  count: Int32Array;
}

function kidsOf(nodes: readonly ElementNode[]): Kids {
  const N = nodes.length;
  const first = new Int32Array(N).fill(-1);
  const next = new Int32Array(N).fill(-1);
  const count = new Int32Array(N);
  for (let e = N - 1; e >= 0; e--) {
    const p = nodes[e]!.parent;
    if (p < 0) continue;
    next[e] = first[p]!;
    first[p] = e;
    count[p] = count[p]! + 1;
  }
  return { first, next, count };
}

/** Items of a teaser list: at least this many siblings alike. */
const TEASER_MIN_ITEMS = 3;
/** A linked title is a headline, not a "Reply" or "Show posts" link. */
const TITLE_CHARS = 25;

/**
 * Per element: inside an item of a teaser list, whatever its class names say. An item is one of
 * at least three siblings with the same tag and first class, each short, with a linked title
 * (a block mostly link text) and at most a short excerpt of prose: lists of other articles.
 */
function teaserItems(nodes: readonly ElementNode[], blocks: readonly RawBlock[], kids: Kids): Uint8Array {
  const N = nodes.length;
  const titled = new Uint8Array(N);
  // A linked title: a block mostly link text, or one that opens with a long link (title, then excerpt).
  for (const b of blocks) if (b.text.length >= TITLE_CHARS && (b.linkChars >= 0.6 * b.text.length || b.leadLink >= TITLE_CHARS)) titled[b.owner] = 1;
  for (let e = N - 1; e >= 0; e--) {
    const p = nodes[e]!.parent;
    if (p >= 0 && titled[e]) titled[p] = 1;
  }
  const item = new Uint8Array(N);
  const looksLike = (e: number): boolean => {
    const n = nodes[e]!;
    return titled[e] === 1 && n.chars <= 1000 && n.prose <= 600 && n.prose > 0;
  };
  for (let p = 0; p < N; p++) {
    if (kids.count[p]! < TEASER_MIN_ITEMS) continue;
    const groups = new Map<string, number[]>();
    for (let e = kids.first[p]!; e >= 0; e = kids.next[e]!) {
      if (!looksLike(e)) continue;
      const n = nodes[e]!;
      const key = `${n.tag}.${firstName(n.attribs['class'])}`;
      const g = groups.get(key);
      if (g) g.push(e);
      else groups.set(key, [e]);
    }
    for (const g of groups.values()) if (g.length >= TEASER_MIN_ITEMS) for (const e of g) item[e] = 1;
  }
  for (let e = 0; e < N; e++) {
    const p = nodes[e]!.parent;
    if (p >= 0 && item[p]) item[e] = 1;
  }
  return item;
}

/** Adds each block's characters to its owner and each element's sums to its parent; the page's prose characters. */
function sumUp(nodes: ElementNode[], blocks: readonly RawBlock[], prose: Uint8Array): number {
  let pageProse = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const p = prose[i] ? b.text.length - b.linkChars : 0;
    pageProse += p;
    const n = nodes[b.owner]!;
    n.chars += b.text.length;
    n.linkChars += b.linkChars;
    n.prose += p;
    if (p) n.proseBlocks++;
  }
  for (let e = nodes.length - 1; e >= 0; e--) {
    const n = nodes[e]!;
    if (n.parent < 0) continue;
    const p = nodes[n.parent]!;
    p.chars += n.chars;
    p.linkChars += n.linkChars;
    p.prose += n.prose;
    p.proseBlocks += n.proseBlocks;
  }
  return pageProse;
}

/** Per element: 1 when a boilerplate rule matched it and the text guards accept the match. */
function acceptedElements(nodes: readonly ElementNode[], pageProse: number, thread: boolean): Uint8Array {
  const N = nodes.length;
  /** Per element: an <article> or <main> above it. */
  const underArticle = new Uint8Array(N);
  for (let e = 0; e < N; e++) {
    const p = nodes[e]!.parent;
    underArticle[e] = p >= 0 && (underArticle[p] === 1 || nodes[p]!.tag === 'article' || nodes[p]!.tag === 'main') ? 1 : 0;
  }
  /** Per element: an <article> of the page's prose at or below it. */
  const holdsArticle = holding(nodes, (n) => n.tag === 'article' && n.proseBlocks >= ARTICLE_PROSE_BLOCKS);
  const pageHoldsArticle = holdsArticle.includes(1);
  const boilerNode = new Uint8Array(N);
  let newsletter = false;
  let sidebarByName = false;
  for (let e = 0; e < N; e++) {
    // A forum thread's posts are its text, marked up as comments ("div.MtnComment") as they are.
    boilerNode[e] = (!thread || nodes[e]!.rule !== 'html/comment-section') && accepted(nodes[e]!, underArticle[e] === 1, pageProse, pageHoldsArticle && !holdsArticle[e]) ? 1 : 0;
    if (boilerNode[e] && nodes[e]!.rule === 'html/newsletter') newsletter = true;
    if (boilerNode[e] && nodes[e]!.rule === 'html/aside' && !declaredSidebar(nodes[e]!)) sidebarByName = true;
  }
  if (!newsletter && !sidebarByName) return boilerNode;
  if (newsletter) {
    // A paywall box around the headline (an <h1> at or below it) is the article behind the paywall, its visible part the text.
    const holdsH1 = holding(nodes, (n) => n.tag === 'h1');
    for (let e = 0; e < N; e++) if (holdsH1[e] && nodes[e]!.rule === 'html/newsletter') boilerNode[e] = 0;
  }
  if (sidebarByName) {
    // A layout wrapper named for the sidebar beside it ("cb-post-wrap cb-sidebar-right", "has-sidebar") that holds the
    // page's <article> of the most prose is the post and its sidebar, not a sidebar: a short post's prose cannot guard it.
    let main = -1;
    for (let e = 0; e < N; e++) if (nodes[e]!.tag === 'article' && nodes[e]!.proseBlocks > 0 && (main < 0 || nodes[e]!.prose > nodes[main]!.prose)) main = e;
    for (let a = main >= 0 ? nodes[main]!.parent : -1; a >= 0; a = nodes[a]!.parent) if (boilerNode[a] && nodes[a]!.rule === 'html/aside' && !declaredSidebar(nodes[a]!)) boilerNode[a] = 0;
  }
  return boilerNode;
}

/** A sidebar the markup declares: an <aside>, role=complementary, or the name "sidebar" itself. */
const declaredSidebar = (n: ElementNode): boolean => n.tag === 'aside' || n.attribs.role === 'complementary' || namedSidebar(n.attribs);

/** Per element: 1 when it or an element below it is `marked` (children come after their parent, so one pass from the end). */
function holding(nodes: readonly ElementNode[], marked: (n: ElementNode) => boolean): Uint8Array {
  const out = new Uint8Array(nodes.length);
  for (let e = nodes.length - 1; e >= 0; e--) {
    if (marked(nodes[e]!)) out[e] = 1;
    const p = nodes[e]!.parent;
    if (p >= 0 && out[e]) out[p] = 1;
  }
  return out;
}

/** Per element: the outermost element at or above it that `marked` holds (and `stop` does not), or -1. */
function outermost(nodes: readonly ElementNode[], marked: (e: number) => boolean, stop: (e: number) => boolean): Int32Array {
  const out = new Int32Array(nodes.length);
  for (let e = 0; e < nodes.length; e++) {
    const p = nodes[e]!.parent;
    out[e] = stop(e) ? -1 : p >= 0 && out[p]! >= 0 ? out[p]! : marked(e) ? e : -1;
  }
  return out;
}

/** The removal an accepted boilerplate element gives the blocks inside it. */
const removalBy = (n: ElementNode): { rule: string; detail: string } => ({ rule: n.rule!, detail: n.detail ?? '' });

/** Block weights summed up the tree, in tenths (integers: exact in any order), and prose outside boilerplate per element. */
interface Weights {
  tenths: Float64Array;
  cleanProse: Int32Array;
}

/**
 * Each block's weight, added to its owner and then up the tree; blocks inside accepted
 * boilerplate (or escaped markup) weigh nothing and get their removal in `boiler`.
 */
function weigh(nodes: readonly ElementNode[], blocks: readonly RawBlock[], prose: Uint8Array, outerBoiler: Int32Array, teaser: Uint8Array, jsonLd: string | null, boiler: Choice['boiler']): Weights {
  const N = nodes.length;
  const tenths = new Float64Array(N);
  const cleanProse = new Int32Array(N);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    // The outermost accepted boilerplate element above the block decides.
    const hit = outerBoiler[b.owner]!;
    if (hit >= 0) {
      boiler[i] = removalBy(nodes[hit]!);
      continue;
    }
    if (b.markup) {
      boiler[i] = { rule: 'html/hidden', detail: 'escaped markup' };
      continue;
    }
    // An excerpt in a teaser list is prose, but not this page's: it speaks for no container.
    let w = prose[i] && teaser[b.owner] ? 0 : weightTenths(b, prose[i] === 1, nodes[b.owner]!.tag);
    if (jsonLd && prose[i] && jsonLd.includes(b.text.slice(0, 80))) w = (w * 3) / 2;
    tenths[b.owner] = tenths[b.owner]! + w;
    // A teaser's excerpt is no prose of the article either: a teaser list beside it must not keep the descent above it.
    if (prose[i] && !teaser[b.owner]) cleanProse[b.owner] = cleanProse[b.owner]! + b.text.length - b.linkChars;
  }
  for (let e = N - 1; e >= 0; e--) {
    const p = nodes[e]!.parent;
    if (p >= 0) {
      tenths[p] = tenths[p]! + tenths[e]!;
      cleanProse[p] = cleanProse[p]! + cleanProse[e]!;
    }
  }
  return { tenths, cleanProse };
}

/** The element with the best score times its markup evidence, then down to the child holding nearly all of it; the body when nothing scores. */
function bestElement(nodes: readonly ElementNode[], score: Float64Array, boilerNode: Uint8Array, kids: Kids, cleanProse: Int32Array): number {
  let best = -1;
  let bestScore = 0;
  for (let e = 0; e < nodes.length; e++) {
    if (score[e]! <= 0 || boilerNode[e]) continue;
    // Evidence multiplies by STRONG at most: a score that cannot reach the best even so needs none.
    if (score[e]! * STRONG < bestScore) continue;
    const s = score[e]! * evidenceOf(nodes[e]!);
    if (s >= bestScore) {
      best = e;
      bestScore = s;
    }
  }
  if (best < 0 || score[best]! < 50) return nodes.findIndex((n) => n.tag === 'body');
  // The best-scoring element may be one long paragraph when short lines beside it weigh as clutter: its container is the article's.
  // So is one item of a list, the others weighing less for their links (a digest's items, each with its link): the list's container.
  while ((TEXT_ELEMENTS.has(nodes[best]!.tag) || LIST_PARTS.has(nodes[best]!.tag)) && nodes[best]!.parent >= 0 && !boilerNode[nodes[best]!.parent]) best = nodes[best]!.parent;
  return descend(nodes, score, best, boilerNode, kids, cleanProse);
}

/** Siblings of the container taken along: prose of their own with few links (a lead, a second body part). */
function takenAlong(nodes: readonly ElementNode[], best: number, score: Float64Array, boilerNode: Uint8Array, kids: Kids): number[] {
  const extra: number[] = [];
  const parent = best >= 0 ? nodes[best]!.parent : -1;
  if (parent < 0) return extra;
  for (let e = kids.first[parent]!; e >= 0; e = kids.next[e]!) {
    const s = nodes[e]!;
    if (e === best || boilerNode[e]) continue;
    if (score[e]! >= Math.max(40, 0.1 * score[best]!) && s.chars > 0 && s.linkChars / s.chars < 0.2 && s.prose >= 0.7 * s.chars) extra.push(e);
  }
  return extra;
}

/** Class or id names of a lead (standfirst, deck): "lead", "intro-text", "c-page-intro__copy", "article-deck", "texto-bajada", "subtitle". */
const LEAD_NAMES = /(?:^|[\s_-])(?:lead|leadtext|intro|introtext|standfirst|subtitle|subheadline|subline|deck|bajada|teaser|summary|excerpt|abstract)(?:$|[\s_-])/i;
/** How many short lines (title, byline, date, picture credit) may stand between the lead and the text. */
const LEAD_GAP = 12;

/**
 * The lead set apart above the container (in the page header, beside the headline): the nearest
 * prose above the container, past short lines only, when its element or one of its three nearest
 * ancestors is named as a lead and holds little else. Returns that element, or -1.
 */
function leadAbove(nodes: readonly ElementNode[], blocks: readonly RawBlock[], prose: Uint8Array, insideNode: Uint8Array): number {
  let first = 0;
  while (first < blocks.length && insideNode[blocks[first]!.owner] !== 1) first++;
  for (let i = first - 1; i >= Math.max(0, first - LEAD_GAP); i--) {
    const b = blocks[i]!;
    if (!prose[i]) continue;
    if (b.linkChars > 0.2 * b.text.length) return -1;
    for (let e = b.owner, up = 0; e >= 0 && up < 4; e = nodes[e]!.parent, up++) {
      const n = nodes[e]!;
      if (n.tag === 'body' || n.tag === 'main' || n.tag === 'article') break;
      // The lead's own element, mostly its prose: not a page header holding breadcrumbs, dates and the lead.
      if (LEAD_NAMES.test(n.attribs.class ?? '') || LEAD_NAMES.test(n.attribs.id ?? '')) return n.prose >= 0.8 * n.chars && n.linkChars <= 0.2 * n.chars ? e : -1;
    }
    return -1;
  }
  return -1;
}

/** A footer by its markup (`<footer>`, role=contentinfo, a footer class or id), not a header. */
const isFooter = (n: ElementNode): boolean => n.detail === 'contentinfo' || (n.detail !== null && n.detail.includes('footer'));

/**
 * A header inside the chosen container belongs to the article after all (its headline, lead, byline): the outermost
 * other boilerplate element below the container (or none) decides for its blocks. A footer does not: one inside an
 * <article> or <main> was never boilerplate (see accepted), so a footer here is in a wrapper the container was picked
 * from (a short post on a page full of teasers), and it is the site's: widgets, archive, address, "Powered by".
 */
function keepHeadersInside(nodes: readonly ElementNode[], blocks: readonly RawBlock[], choice: Pick<Choice, 'boiler' | 'inside' | 'boilerNode' | 'roots' | 'outerBoiler'>): void {
  const { boiler, inside, boilerNode, roots, outerBoiler } = choice;
  let outerOther: Int32Array | null = null;
  for (let i = 0; i < blocks.length; i++) {
    if (!inside[i] || boiler[i]?.rule !== 'html/header-footer' || isFooter(nodes[outerBoiler[blocks[i]!.owner]!]!)) continue;
    outerOther ??= outermost(nodes, (e) => boilerNode[e] === 1 && nodes[e]!.rule !== 'html/header-footer', (e) => roots.has(e));
    const hit = outerOther[blocks[i]!.owner]!;
    boiler[i] = hit >= 0 ? removalBy(nodes[hit]!) : null;
  }
}

/**
 * Picks the article container: the element whose blocks add up to the most prose net of links
 * and clutter, with markup evidence (itemprop=articleBody, <article>, <main>, body-like class
 * names, JSON-LD articleBody) multiplying a positive score rather than deciding alone.
 */
export function chooseArticle(nodes: ElementNode[], blocks: readonly RawBlock[], jsonLdBody: string | null, thread = false): Choice {
  // Every pass is linear: nodes are in document order (a parent before its children), so sums
  // run from the last node up to its parent, and what holds above a node runs from the first down.
  // Per-block and per-element facts live in typed arrays, and each phase is a function of its own:
  // one shape whatever the page, and a page that takes a rare path throws away the optimized
  // code of one small phase, not of the whole choice.
  const N = nodes.length;
  const prose = new Uint8Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) prose[i] = isProse(blocks[i]!) ? 1 : 0;
  const pageProse = sumUp(nodes, blocks, prose);
  const kids = kidsOf(nodes);
  const boilerNode = acceptedElements(nodes, pageProse, thread);
  /** Per element: the outermost accepted boilerplate element at or above it, or -1. */
  const outerBoiler = outermost(nodes, (e) => boilerNode[e] === 1, () => false);
  const teaser = teaserItems(nodes, blocks, kids);
  const boiler: Choice['boiler'] = [];
  for (let i = 0; i < blocks.length; i++) boiler.push(null);
  const jsonLd = jsonLdBody ? jsonLdBody.replace(/\s+/g, ' ') : null;
  const { tenths, cleanProse } = weigh(nodes, blocks, prose, outerBoiler, teaser, jsonLd, boiler);
  const score = new Float64Array(N);
  for (let e = 0; e < N; e++) score[e] = tenths[e]! / 10;
  const best = bestElement(nodes, score, boilerNode, kids, cleanProse);
  const extra = takenAlong(nodes, best, score, boilerNode, kids);
  const roots = new Set([best, ...extra]);
  /** Per element: inside the container or a sibling taken along. */
  const insideNode = new Uint8Array(N);
  const markInside = () => {
    for (let e = 0; e < N; e++) {
      const p = nodes[e]!.parent;
      insideNode[e] = roots.has(e) || (p >= 0 && insideNode[p] === 1) ? 1 : 0;
    }
  };
  markInside();
  const lead = best >= 0 ? leadAbove(nodes, blocks, prose, insideNode) : -1;
  if (lead >= 0) {
    roots.add(lead);
    extra.push(lead);
    markInside();
  }
  const inside = new Uint8Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) inside[i] = best < 0 || insideNode[blocks[i]!.owner] === 1 ? 1 : 0;
  keepHeadersInside(nodes, blocks, { boiler, inside, boilerNode, roots, outerBoiler });
  return { container: best, extra, boiler, inside, prose, boilerNode, outerBoiler, insideNode, roots };
}
