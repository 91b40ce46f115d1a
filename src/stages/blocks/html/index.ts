import { isHeadingTag, LIST_ITEM_FLAG, newBlock, setRole, type Block, type BlockRole, type DeclaredMeta } from '../../../core/doc.js';
import type { RuleInfo } from '../../../core/rule.js';
import { isFirstName } from '../../../lexicon/first-names.js';
import { INITIAL_STOP } from '../../../lexicon/initials.js';
import { normalizeDecoded } from '../../load/normalize.js';
import { chooseArticle, type Choice } from './article.js';
import { jsonLdArticle, pageMetadata, squash } from './metadata.js';
import { HTML_PAGE_RULES, HTML_RULES } from './rules.js';
import { wordsOf } from './tokens.js';
import { firstName, FOREIGN_ITEM, itemAt, REVIEW_ITEM, textPrefix, walkHtml, type ElementNode, type ImageAlt, type RawBlock } from './walk.js';

/** Every rule of the HTML path, as data (for `sauber rules` and the rules hash). */
export const HTML_BLOCK_RULES: readonly RuleInfo[] = [...HTML_RULES.map(({ id, description, examples, maxChars, minLinkDensity }) => ({ id, description, ...(examples ? { examples } : {}), ...(maxChars ? { maxChars } : {}), ...(minLinkDensity ? { minLinkDensity } : {}) })), ...HTML_PAGE_RULES];

export interface HtmlPage {
  blocks: Block[];
  declared: DeclaredMeta;
}

/** Path segments kept from the top; deeper elements show `…` and their own segment (browsers flatten beyond 512 levels). */
const MAX_PATH_DEPTH = 64;

/** Link characters per character, to three decimals; most blocks have none (or are all link). */
export const linkDensity = (linkChars: number, chars: number): number =>
  linkChars === 0 ? 0 : linkChars === chars ? 1 : +(linkChars / chars).toFixed(3);

/**
 * `body>div.teaser-list>a`: tag and first class (or id) of each element from body down. Without
 * recursion, and short however deep the page: the top levels, `…`, the element itself.
 */
function pathOf(nodes: readonly ElementNode[], idx: number, memo: Map<number, string>, depth: number[], top: string[]): string {
  const hit = memo.get(idx);
  if (hit !== undefined) return hit;
  // The unresolved elements from idx up to the nearest resolved ancestor, resolved top down.
  const chain: number[] = [];
  for (let e = idx; e >= 0 && !memo.has(e); e = nodes[e]!.parent) chain.push(e);
  for (let k = chain.length - 1; k >= 0; k--) {
    const e = chain[k]!;
    const n = nodes[e]!;
    const a = n.attribs;
    const cls = firstName(a['class']);
    const seg = cls ? `${n.tag}.${cls}` : a['id'] ? `${n.tag}#${a['id']}` : n.tag;
    const d = n.parent >= 0 ? depth[n.parent]! + 1 : 1;
    depth[e] = d;
    let p: string;
    if (n.parent < 0) p = seg;
    else if (d <= MAX_PATH_DEPTH) p = `${memo.get(n.parent)!}>${seg}`;
    else p = `${top[n.parent]!}>…>${seg}`;
    memo.set(e, p);
    // What the deeper elements show above their `…`: the path down to the last kept level.
    top[e] = d < MAX_PATH_DEPTH ? '' : d === MAX_PATH_DEPTH ? p : top[n.parent]!;
  }
  return memo.get(idx)!;
}

/** An author element's text (its captured text nodes) when it is a name (80 characters at most), else null; joins no more of it than it must. */
function authorText(text: readonly string[]): string | null {
  let raw = textPrefix(text, 200);
  // Whitespace collapses: a long run of it may still hide a short name.
  for (let max = 400; raw.length > max / 2 && raw.replace(/\s+/g, ' ').trim().length <= 80; max *= 2) {
    const more = textPrefix(text, max);
    if (more.length === raw.length) break;
    raw = more;
  }
  const t = normalizeDecoded(raw).replace(/\s+/g, ' ').trim();
  return t.length <= 80 ? t : null;
}

/** The headline: the longest h1 the metadata title agrees with, else the h1 in the article, else the last h1 before it. */
function headlineIndex(blocks: readonly RawBlock[], nodes: readonly ElementNode[], choice: Choice, metaTitle: string | null): number {
  const h1s: number[] = [];
  for (let i = 0; i < blocks.length; i++) if (nodes[blocks[i]!.owner]!.tag === 'h1') h1s.push(i);
  const mt = metaTitle ? squash(metaTitle) : '';
  // Of the h1s the title agrees with, the longest: "<headline> – <site>" agrees with the site's logo h1 too.
  let agreed: number | undefined;
  for (const i of h1s) {
    const t = squash(blocks[i]!.text);
    if (t.length >= 8 && !!mt && (mt.includes(t) || t.includes(mt)) && (agreed === undefined || t.length > squash(blocks[agreed]!.text).length)) agreed = i;
  }
  if (agreed !== undefined) return agreed;
  const inArticle = h1s.find((i) => choice.inside[i] && !choice.boiler[i]);
  if (inArticle !== undefined) return inArticle;
  const firstInside = choice.inside.indexOf(1);
  // Blogs title their post with an h2 at the top of the article, under a site-name h1. An h2 that
  // announces what follows ("Die Themen im Überblick:") heads a section: the h2s are the text's own.
  for (let i = firstInside; i >= 0 && i < blocks.length && choice.inside[i]; i++) {
    if (choice.prose[i]) break;
    if (nodes[blocks[i]!.owner]!.tag === 'h2' && !choice.boiler[i]) {
      if (/:\s*$/.test(blocks[i]!.text)) break;
      return i;
    }
  }
  const before = h1s.filter((i) => i < firstInside && !choice.boiler[i]).at(-1);
  return before ?? -1;
}

/**
 * A caption's own copyright line is its credit ("© Weihnachtsmarkt-Finder.de", "Foto: dpa/Max Muster",
 * "Photo: John Locher, AP"): a few words, not a sentence ("Image: Jose Mourinho, left, has replaced …" is the caption).
 */
const CAPTION_CREDIT = new RegExp(String.raw`^\(?\s*(?:©|\(c\)|copyright\b|(?:fotos?|bild(?:er)?|photos?|image|credits?|bildquelle|quelle)\s*:)\s*(?:[^.!?]|[.!?](?=\S)|${INITIAL_STOP}){1,80}\.?\)?$`, 'iu');
const isCaptionCredit = (t: string): boolean => CAPTION_CREDIT.test(t) && t.split(/\s+/).length <= 10 && !/,\s+\p{Ll}/u.test(t);

/**
 * Roles the markup is sure of. Headings and list items stay `unknown` for the strip rules, which judge
 * only undecided blocks ("Mehr zum Thema" is an h3 as often as a line); structure makes h1–h6
 * headings by their tag.
 */
function roleOf(b: RawBlock, nodes: readonly ElementNode[], layout: ReadonlySet<number>): [BlockRole, string] | null {
  if (b.context === 'caption') return [isCaptionCredit(b.text) ? 'credit' : 'caption', 'html/caption'];
  if (b.context === 'quote') return ['quote', 'html/quote'];
  if (b.context === 'cell') return layout.has(tableOf(nodes, b.owner)) ? null : ['table', 'html/table'];
  return null;
}

const BYLINE_ROLE: [BlockRole, string] = ['byline', 'html/byline'];
const ALT_CAPTION_ROLE: [BlockRole, string] = ['caption', 'html/caption'];

/** Words an image's alternative text needs to be a caption's (one or two are a file name's or a label's). */
const ALT_CAPTION_WORDS = 3;
const ALT_CAPTION_MAX = 300;
const spaced = (t: string): string => t.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Blocks that repeat the alternative text of the image right before them: its caption, whatever its markup (AppleInsider's
 * `<img alt="The slimmer bezels of the 16-inch MacBook Pro">` over `<span class="minor2 small gray">` with the same words).
 * Not the headline, nor a heading an image illustrates.
 */
function captionsOfImages(raw: readonly RawBlock[], nodes: readonly ElementNode[], images: readonly ImageAlt[], headline: number): Set<number> {
  const out = new Set<number>();
  for (const img of images) {
    const alt = spaced(img.alt);
    if (alt.length > ALT_CAPTION_MAX || alt.split(' ').length < ALT_CAPTION_WORDS) continue;
    // The block after the image, or the one after that when the image stands inside a block of text.
    for (const i of [img.block, img.block + 1]) {
      const r = raw[i];
      if (r && i !== headline && !isHeadingTag(nodes[r.owner]!.tag) && spaced(r.text) === alt) out.add(i);
    }
  }
  return out;
}

/**
 * Boxes a rule removes that belong to the article itself: its footer or header, its author box, its aside. The writer
 * its microdata names there (`itemprop="author"`: "T. V. Raman" in a blog post's footer) is the page's writer when
 * nothing else names one, as the date it marks published is its date; a comment's or a teaser's (in a comment section,
 * a related list) are not.
 */
const OWN_BOXES: ReadonlySet<string> = new Set(['html/header-footer', 'html/author-box', 'html/aside']);

/**
 * The element belongs to a reader's comment or answer, or to a review the article's container is not in (a reader's
 * under the product, not the critic's that is the article): the nearest item above it (not its own, an author's
 * Person) says.
 */
function inForeignItem(nodes: readonly ElementNode[], idx: number, container: number): boolean {
  const item = itemAt(nodes, nodes[idx]!.parent);
  if (item < 0) return false;
  const type = nodes[item]!.attribs.itemtype!.trim();
  return FOREIGN_ITEM.test(type) || (REVIEW_ITEM.test(type) && !(container >= 0 && under(nodes, container, item)));
}

/** The element is in `els` or below one of them. */
function inAny(nodes: readonly ElementNode[], idx: number, els: ReadonlySet<number>): boolean {
  for (let e = idx; e >= 0; e = nodes[e]!.parent) if (els.has(e)) return true;
  return false;
}

/** What may follow the writer's name in a byline's box: the publication's or desk's name, a few words without a sentence's end. */
const BYLINE_BOX_TAIL = /^[\s,|·•–—-]*(?:[\p{L}\d&'’.-]+(?:\s+|$)){0,6}$/u;

/**
 * A block that holds an author element and little else: the name, then the publication's ("<span class="author">Lisa
 * Kaczke and Trevor J. Mitchell</span> <span class="publication">Sioux Falls Argus Leader</span>"), one block as the
 * spans are inline. The block's own element holds the author element; what follows the name is a few words. A block of
 * the name alone, a person's name by its first name ("Dennis Steimels"; a link's "Archiv anzeigen →" is none).
 */
function holdsByline(nodes: readonly ElementNode[], r: RawBlock, names: ReadonlyArray<readonly [number, string]>): boolean {
  if (r.text.length > 100) return false;
  for (const [el, name] of names) {
    if (el > r.owner && under(nodes, el, r.owner) && r.text.startsWith(name)) {
      const tail = r.text.slice(name.length);
      if (!/\p{L}/u.test(tail)) {
        if (firstNameFirst(name.trim())) return true;
      } else if (!/[.!?]\s*$/u.test(tail) && BYLINE_BOX_TAIL.test(tail)) return true;
    }
  }
  return false;
}

/** Class words of the box around an image and its caption (`ngart-img__cont`, `media-credit`, `foto-box`). */
const IMAGE_BOX_WORDS = new Set(['img', 'image', 'images', 'photo', 'photos', 'picture', 'pic', 'media', 'foto', 'fotos', 'bild', 'gallery', 'figure', 'caption']);

/** The element sits in a <figure> or an image box, within three levels above it. */
function inImageBox(nodes: readonly ElementNode[], idx: number): boolean {
  for (let e = idx, k = 0; e >= 0 && k < 4; e = nodes[e]!.parent, k++) {
    const n = nodes[e]!;
    if (n.tag === 'figure' || n.tag === 'figcaption') return true;
    for (const name of (n.attribs.class ?? '').split(/\s+/)) if (name && wordsOf(name).some((w) => IMAGE_BOX_WORDS.has(w))) return true;
  }
  return false;
}

/** The nearest <table> at or above an element, or -1. */
function tableOf(nodes: readonly ElementNode[], idx: number): number {
  for (let e = idx; e >= 0; e = nodes[e]!.parent) if (nodes[e]!.tag === 'table') return e;
  return -1;
}

/** A cell holding a paragraph of prose this long makes its table a layout table. */
const LAYOUT_CELL_CHARS = 200;

/** Share of a table's text in such paragraphs that makes it a layout table (its text in the article, not removed as boilerplate). */
const LAYOUT_PROSE_SHARE = 0.6;

/**
 * Tables that lay out the page rather than hold data: most of their text is paragraphs of prose
 * (older sites and newsletters set the whole article in a table cell). Their text is read as text,
 * by the same rules as any other; a data table's cells stay table cells, also beside one long
 * description cell (a catalogue's rows of names and sizes).
 */
function layoutTables(raw: readonly RawBlock[], nodes: readonly ElementNode[], choice: Choice): Set<number> {
  const prose = new Map<number, number>();
  const all = new Map<number, number>();
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i]!;
    if (b.context !== 'cell') continue;
    const t = tableOf(nodes, b.owner);
    // A menu, an ad or a teaser box a rule already removed, or the page around the article, is no data of the table's: a
    // page laid out in one table holds them all.
    if (choice.boiler[i] || !choice.inside[i]) continue;
    all.set(t, (all.get(t) ?? 0) + b.text.length);
    if (choice.prose[i] && b.text.length >= LAYOUT_CELL_CHARS) prose.set(t, (prose.get(t) ?? 0) + b.text.length);
  }
  const out = new Set<number>();
  for (const [t, chars] of prose) if (chars >= LAYOUT_PROSE_SHARE * all.get(t)!) out.add(t);
  return out;
}

const NON_DIGITS = /\D+/g;

/** The element is `root` or below it. */
const under = (nodes: readonly ElementNode[], idx: number, root: number): boolean => {
  // Descendants follow their ancestor in document order: nothing before it can be below it.
  for (let e = idx; e >= root; e = nodes[e]!.parent) if (e === root) return true;
  return false;
};

/** A name of two to four words, the first a first name: "Heiko Sauer", not a box's "Follow" button. */
const firstNameFirst = (t: string): boolean => {
  const words = t.split(' ');
  return words.length >= 2 && words.length <= 4 && isFirstName(words[0]!);
};

/** Blocks after the headline in which its byline box may stand (a kicker, a date, a share bar before it). */
const BYLINE_BOX_REACH = 4;

/**
 * The name in the author element's block (its own, or the block-level element it stands in) when that block is among
 * the first few after the headline, before the article's text begins: an author box there is the headline's byline box
 * ("header-info__authors" over "Ophélie Ostermann"), not the writer's bio after the text, nor a teaser's. The block's
 * text, not the element's: the box's other blocks ("Alle Artikel", a "Follow" button) are no part of the name.
 */
function bylineBoxName(nodes: readonly ElementNode[], raw: readonly RawBlock[], choice: Choice, headline: number, el: number): string | null {
  if (headline < 0) return null;
  let box = el;
  while (box >= 0 && !nodes[box]!.block) box = nodes[box]!.parent;
  if (box < 0) return null;
  for (let i = headline + 1; i < raw.length && i <= headline + BYLINE_BOX_REACH; i++) {
    if (choice.inside[i] && !choice.boiler[i]) return null;
    if (under(nodes, raw[i]!.owner, box)) {
      const t = raw[i]!.text.replace(/\s+/g, ' ').trim();
      if (firstNameFirst(t)) return t;
    }
  }
  return null;
}

/** What stands near the container: its ancestor up to three levels, below <body>. */
function nearScope(nodes: readonly ElementNode[], container: number): number {
  let scope = container;
  for (let k = 0; k < 3 && nodes[scope]!.parent >= 0 && nodes[nodes[scope]!.parent]!.tag !== 'body'; k++) scope = nodes[scope]!.parent;
  return scope;
}

/** Levels above the headline that still make its header box. */
const HEADER_LEVELS = 2;

/**
 * The lead or standfirst often sits in the article's header, above the body container: prose
 * (or a long sub-headline) right before the container, under the headline and within a few
 * levels of it (or in the same <article>), belongs to the article.
 */
function rescueLead(raw: readonly RawBlock[], nodes: readonly ElementNode[], choice: Choice, headline: number, metaTitle: string | null): void {
  const first = choice.inside.indexOf(1);
  if (first <= 0 || choice.container < 0) return;
  let scope = nearScope(nodes, choice.container);
  for (let e = scope, k = 0; e >= 0 && k < 4; e = nodes[e]!.parent, k++) if (nodes[e]!.tag === 'article') scope = e;
  const from = headline >= 0 && headline < first ? headline + 1 : 0;
  // Or in the headline's own box, a page header or hero apart from the body's container, where the
  // metadata title is mostly the headline (a site-name h1, the start of "Site » Blog Archiv » Post", has the site's tagline under it).
  let headScope = -1;
  const mt = metaTitle ? squash(metaTitle) : '';
  const ht = from > 0 ? squash(raw[headline]!.text) : '';
  if (from > 0 && ht.length >= 8 && mt.includes(ht) && 2 * ht.length >= mt.length) {
    headScope = raw[headline]!.owner;
    for (let k = 0; k < HEADER_LEVELS && nodes[headScope]!.parent >= 0 && nodes[nodes[headScope]!.parent]!.tag !== 'body'; k++) headScope = nodes[headScope]!.parent;
  }
  // Six blocks back; boilerplate between lead and body (a share bar, a table of contents) does not
  // count, nor do short lines under the headline (the byline's name, handle and date, a "Close" button).
  for (let i = first - 1, seen = 0; i >= from && seen < 6; i--) {
    const b = raw[i]!;
    if (!under(nodes, b.owner, scope) && !(headScope >= 0 && under(nodes, b.owner, headScope))) break;
    if (choice.boiler[i]) continue;
    if (!(from > 0 && b.text.length < 40 && !choice.prose[i])) seen++;
    const ld = b.linkChars / b.text.length;
    const heading = /^h[2-6]$/.test(nodes[b.owner]!.tag) && b.text.length >= 30;
    // A dateline ("Published: 19 November 2019, 8:59 | Updated: …") is long, but no lead.
    const digits = b.text.replace(NON_DIGITS, '').length;
    if (ld < 0.2 && (choice.prose[i] || heading) && digits < 0.15 * b.text.length) choice.inside[i] = 1;
  }
}

/** A recipe's ingredient list by its markup: class or id "ingredients" ("recipe-ingredients", "zutaten"), itemprop recipeIngredient. */
const INGREDIENTS_NAME = /(?:^|[\s_-])(?:ingredients?|zutaten|ingredientes|ingrédients|ingredienti)(?:$|[\s_-])/i;
const isIngredients = (n: ElementNode): boolean =>
  n.attribs.itemprop === 'recipeIngredient' || n.attribs.itemprop === 'ingredients' || INGREDIENTS_NAME.test(n.attribs.class ?? '') || INGREDIENTS_NAME.test(n.attribs.id ?? '');

/**
 * A recipe's ingredients often stand in a box of their own beside the method the extractor chose:
 * an ingredient list (by its markup) within a few levels of the container belongs to the article.
 */
function rescueIngredients(raw: readonly RawBlock[], nodes: readonly ElementNode[], choice: Choice): void {
  if (choice.container < 0) return;
  const scope = nearScope(nodes, choice.container);
  if (nodes[scope]!.tag === 'body' || nodes[scope]!.tag === 'html') return;
  const lists = new Set<number>();
  for (let e = scope; e < nodes.length && (e === scope || under(nodes, e, scope)); e++) if (choice.insideNode[e] === 0 && isIngredients(nodes[e]!)) lists.add(e);
  if (!lists.size) return;
  for (let i = 0; i < raw.length; i++) {
    if (choice.inside[i] || choice.boiler[i]) continue;
    for (let e = raw[i]!.owner; e >= scope; e = nodes[e]!.parent) {
      if (lists.has(e)) {
        choice.inside[i] = 1;
        break;
      }
    }
  }
}

/**
 * A block that is mostly links to tag or category pages (`rel="tag"`): the article's keywords, whatever its class
 * ("Kobe, health, theft, masks", "Schlagwörter: Blog, Abnehmen"). Half of its characters, so that a label before the
 * links stays in it and a tag link in a sentence (or a post's meta line of writer, date and category) does not.
 */
const isTagList = (r: RawBlock): boolean => 2 * r.tagLinkChars >= r.text.length;

/** A forum thread's address: a path through "forum", "thread", "topic" or "discussion", or the scripts phpBB and vBulletin show one with. */
const THREAD_PATH = /\/(?:forums?|foren|threads?|topics?|discussions?|showthread\.php|viewtopic\.php)(?:[/.?#]|$)/i;
const isThreadAddress = (url: string | null | undefined): boolean => {
  if (!url) return false;
  const path = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url);
  return THREAD_PATH.test(path ? path[1]! : url);
};

/**
 * An HTML page to blocks and metadata, in one walk over htmlparser2's parse events:
 * every visible text block in document order, those outside the article or inside boilerplate
 * elements marked removed with the rule that decided.
 */
export function htmlPage(html: string, url?: string): HtmlPage {
  const { nodes, blocks: raw, head, images } = walkHtml(html);
  const ld = jsonLdArticle(head.jsonLd);
  const choice = chooseArticle(nodes, raw, ld?.articleBody ?? null, isThreadAddress(url ?? head.canonical));
  // A review's microdata (its date) is the page's where the article is the review (a critic's), not a reader's beside it.
  for (const r of head.reviewMetas) if (choice.container >= 0 && under(nodes, choice.container, r.item)) head.metas.push(r.meta);
  const metaTitle = ld?.headline ?? head.metas.find(([k]) => k === 'og:title')?.[1] ?? head.title;
  const headline = headlineIndex(raw, nodes, choice, metaTitle);

  rescueLead(raw, nodes, choice, headline, metaTitle);
  rescueIngredients(raw, nodes, choice);
  const layout = layoutTables(raw, nodes, choice);

  // Author elements whose text is a name (a byline's), outside boilerplate: their blocks are bylines.
  const authors: string[] = [];
  const bylineEls = new Set<number>();
  const bylineNames: Array<[number, string]> = [];
  const scope = choice.container >= 0 ? nearScope(nodes, choice.container) : -1;
  const inOwnBox = (el: number): boolean => scope >= 0 && choice.outerBoiler[el]! >= 0 && OWN_BOXES.has(nodes[choice.outerBoiler[el]!]!.rule!) && under(nodes, el, scope);
  // The writer the article's own boxes name, where nothing else does (see OWN_BOXES).
  let fallback: string | null = null;
  // The name an author element in such a box right under the headline holds: its byline box.
  let underTitle: string | null = null;
  for (const a of head.authors) {
    if (inForeignItem(nodes, a.el, choice.container)) continue;
    // Boilerplate, unless only a header or footer the article holds (a header's blocks are kept: keepHeadersInside; a footer's writer is still read).
    const boiler = choice.outerBoiler[a.el]!;
    if (boiler >= 0 && !(nodes[boiler]!.rule === 'html/header-footer' && choice.insideNode[a.el] === 1)) {
      if (fallback === null && nodes[a.el]!.attribs.itemprop === 'author' && inOwnBox(a.el)) fallback = authorText(a.text);
      if (underTitle === null && OWN_BOXES.has(nodes[boiler]!.rule!)) underTitle = bylineBoxName(nodes, raw, choice, headline, a.el);
      continue;
    }
    const t = authorText(a.text);
    if (!t) continue;
    // A box of several writers' links ("<span class=autor><a rel=author>…</a> / <a rel=author>…</a>"): each link names
    // one. Only links marked as a writer's count; a class names a byline's parts too ("td-author-by": "Von").
    const inner = new Set<string>();
    for (const b of head.authors) {
      const at = nodes[b.el]!.attribs;
      if (b.el !== a.el && (at.rel === 'author' || at.itemprop === 'author') && under(nodes, b.el, a.el)) inner.add(authorText(b.text) ?? '');
    }
    inner.delete('');
    if (inner.size >= 2) continue;
    // A photographer's name in an image's box is the image's credit: the strip rules read it as one.
    if (!inImageBox(nodes, a.el)) {
      bylineEls.add(a.el);
      bylineNames.push([a.el, t]);
    }
    if (authors.length < 3) authors.push(t);
  }
  const boxed = fallback ?? underTitle;
  if (!authors.length && boxed) authors.push(boxed);

  const altCaptions = captionsOfImages(raw, nodes, images, headline);
  const memo = new Map<number, string>();
  const depth: number[] = [];
  const tops: string[] = [];
  const blocks: Block[] = [];
  let offset = 0;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    const tag = nodes[r.owner]!.tag;
    const b = newBlock({
      index: i,
      text: r.text,
      line: i + 1,
      start: offset,
      end: offset + r.text.length,
      role: 'unknown',
      path: pathOf(nodes, r.owner, memo, depth, tops),
      tag,
      linkDensity: linkDensity(r.linkChars, r.text.length),
    });
    offset += r.text.length + 1;
    const boiler = choice.boiler[i];
    if (i === headline) setRole(b, 'title', 'html/headline');
    else if (boiler) b.removed = { stage: 'blocks', rule: boiler.rule, ...(boiler.detail ? { detail: boiler.detail } : {}) };
    else if (!choice.inside[i]) b.removed = { stage: 'blocks', rule: 'html/outside-article' };
    else if (isTagList(r)) b.removed = { stage: 'blocks', rule: 'html/tags', detail: 'rel=tag' };
    else {
      const role = roleOf(r, nodes, layout) ?? (altCaptions.has(i) ? ALT_CAPTION_ROLE : null) ?? (bylineEls.size && (inAny(nodes, r.owner, bylineEls) || holdsByline(nodes, r, bylineNames)) ? BYLINE_ROLE : null);
      if (role) setRole(b, role[0], role[1]);
      // An item of a list in the text: structure makes it a list item, not a heading by its shape.
      else if (r.context === 'li') b.flags = [LIST_ITEM_FLAG];
    }
    blocks.push(b);
  }

  // Dates: a marked publication <time>, else the first <time> in the article, else any outside boilerplate.
  const ownTimes = head.times.filter((t) => !inForeignItem(nodes, t.el, choice.container));
  const times = ownTimes.filter((t) => t.value && choice.outerBoiler[t.el]! < 0);
  // Else the first <time> after the headline, even in a box a rule removed (date lines sit under headlines).
  const headNode = headline >= 0 ? raw[headline]!.owner : -1;
  // Else a date its microdata marks as the publication's in the article's own boxes (a post's footer: "<time itemprop="datePublished">").
  const time =
    times.find((t) => t.published) ??
    times.find((t) => choice.insideNode[t.el] === 1) ??
    times[0] ??
    (headNode >= 0 ? ownTimes.find((t) => t.value && t.el > headNode) : undefined) ??
    ownTimes.find((t) => t.value && t.published && inOwnBox(t.el));
  // Written dates: the short lines around the headline (date lines sit under it), then the top of the article.
  const firstInside = choice.inside.indexOf(1);
  const topLines: string[] = [];
  const near = (from: number, to: number) => {
    for (let i = Math.max(0, from); i < Math.min(raw.length, to); i++) if (!choice.boiler[i] && raw[i]!.text.length <= 160) topLines.push(raw[i]!.text);
  };
  if (headline >= 0) for (let i = Math.max(0, headline - 3); i < Math.min(raw.length, headline + 4); i++) if (raw[i]!.text.length <= 160) topLines.push(raw[i]!.text);
  if (headline >= 0) near(headline - 3, headline + 12);
  near(firstInside - 5, firstInside + 20);
  const declared = pageMetadata({ head, ld, url, headline: headline >= 0 ? raw[headline]!.text : null, timeInArticle: time?.value ?? null, topLines, authors });
  return { blocks, declared };
}
