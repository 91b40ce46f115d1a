/**
 * The oracle for the streaming walk (src/stages/blocks/html/walk.ts): the same walk over the DOM
 * cheerio builds from the same parser, as sauber ran it until the walk learned to read the parse
 * events directly. Tests compare the two on real and generated pages. Only the traversal lives
 * here: what an element or a run of text means (rules, blocks, dates, authors, head matter) comes
 * from the production helpers, so the comparison is about reading events against reading a tree.
 */
import * as cheerio from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import {
  BLOCK, childContext, dateElement, DATE_TEXT_MAX, dropCopiedFallbacks, endNoscript, HEAD_ONLY, FOREIGN_ITEM, isAuthorElement, REVIEW_ITEM, isCanonicalLink, isFragment, LD_JSON, linkKind, NO_LINK, matchRules, metaOf, SKIP_TAGS, TextRun, titleText,
  type ElementNode as StreamNode, type HeadFacts as StreamHead, type RawBlock,
} from '../../src/stages/blocks/html/walk.js';

/** An element of the table, holding its DOM element. */
export type ElementNode = Omit<StreamNode, 'attribs'> & { el: Element };

/** The head facts, with author elements as element indices (their text is read from the DOM). */
export type HeadFacts = Omit<StreamHead, 'authors'> & { authors: number[] };

export interface WalkResult {
  nodes: ElementNode[];
  blocks: RawBlock[];
  head: HeadFacts;
}

/**
 * What the walk captures of an author or date element: its subtree's text, with a space where a block element
 * of the table (`blocks`) opens or closes after some text; stops once it passes `max` characters.
 */
export function capturedTextOf(el: Element, blocks: ReadonlySet<Element>, max = Infinity): string {
  let s = '';
  const stack: Array<[readonly AnyNode[], number, Element | null]> = [[el.children, 0, null]];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const kids = top[0];
    if (top[1] >= kids.length) {
      stack.pop();
      if (top[2] && s) {
        s += ' ';
        if (s.length > max) return s;
      }
      continue;
    }
    const c = kids[top[1]++]!;
    if (c.type === 'text') {
      s += (c as unknown as { data: string }).data;
      if (s.length > max) return s;
    } else if (c.type === 'tag') {
      const block = blocks.has(c as Element);
      if (block && s) {
        s += ' ';
        if (s.length > max) return s;
      }
      stack.push([(c as Element).children, 0, block ? (c as Element) : null]);
    }
  }
  return s;
}

/** Text of an element's subtree in document order, without recursion; stops once it passes `max` characters. */
const textOf = (el: Element, max = Infinity): string => capturedTextOf(el, new Set(), max);

/** The DOM elements the walk made block elements of its table. */
export const blockElements = (nodes: readonly ElementNode[]): ReadonlySet<Element> => new Set(nodes.filter((n) => n.block).map((n) => n.el));

/** Per element being walked: its children, the next one, and what they inherit. */
interface Frame {
  kids: readonly AnyNode[];
  i: number;
  link: number;
  /** Element table index the children hang under. */
  parent: number;
  ctx: RawBlock['context'];
  /** Flush the text buffer on leaving (a block element). */
  block: boolean;
  /** The children of a <head>: head matter goes to the head facts, text nodes are skipped. */
  head: boolean;
}

/** The nearest element above `el` in the DOM with an itemtype, or null. */
function itemOfDom(el: Element): Element | null {
  for (let p = el.parent; p && p.type !== 'root'; p = p.parent) if ((p as Element).attribs?.['itemtype'] !== undefined) return p as Element;
  return null;
}

const isElement = (c: AnyNode): boolean => c.type === 'tag' || c.type === 'script' || c.type === 'style';

/** The page through cheerio's DOM: what walkHtml must return for it (authors' text read from the DOM). */
export function domWalk(html: string): WalkResult {
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  return walkPage($.root()[0] as AnyNode, isFragment(html));
}

function walkPage(root: AnyNode, fragment: boolean): WalkResult {
  /** The element table with the DOM's attributes (what the shared helpers read), and each node's element. */
  const nodes: StreamNode[] = [];
  const els: Element[] = [];
  /** Per element: the nearest block element at or above it (what owns text directly inside). */
  const owners: number[] = [];
  const blocks: RawBlock[] = [];
  const head: HeadFacts = { lang: null, title: null, metas: [], canonical: null, jsonLd: [], times: [], authors: [], reviewMetas: [] };
  // Text outside every element: a fragment's under a body made for it, a document's under its first body.
  let topOwner = -1;
  if (fragment) {
    topOwner = 0;
    els.push({ name: 'body', attribs: {}, children: [] } as unknown as Element);
    nodes.push({ attribs: {}, tag: 'body', parent: -1, rule: null, detail: null, block: true, chars: 0, linkChars: 0, prose: 0, proseBlocks: 0 });
    owners.push(0);
  }
  const text = new TextRun(nodes, owners, blocks, () => topOwner);
  /** The open <noscript>'s frame depth (-1 for none) and first block; the long ones read. */
  let noscriptDepth = -1;
  let noscriptFrom = 0;
  const fallbacks: Array<[number, number]> = [];

  /** Head matter (meta, link, title, JSON-LD) and, for other elements, the head matter inside them. */
  const inHead = (start: Element): void => {
    const stack: Element[] = [start];
    while (stack.length) {
      const el = stack.pop()!;
      const name = el.name;
      if (name === 'meta') {
        const meta = metaOf(el.attribs);
        // A microdata <meta> of a reader's comment is not the page's; a review's is kept apart with the review's element:
        // the nearest item above it in the DOM says.
        const item = meta && el.attribs['itemprop'] !== undefined ? itemOfDom(el) : null;
        const type = item ? item.attribs['itemtype']!.trim() : '';
        if (meta && item && REVIEW_ITEM.test(type)) head.reviewMetas.push({ item: els.indexOf(item), meta });
        else if (meta && !(item && FOREIGN_ITEM.test(type))) head.metas.push(meta);
      } else if (name === 'link') {
        if (isCanonicalLink(el.attribs)) head.canonical ??= el.attribs['href']!;
      } else if (name === 'title') {
        head.title ??= titleText(textOf(el));
      } else if (name === 'script') {
        if (LD_JSON.test(el.attribs['type'] ?? '')) head.jsonLd.push(textOf(el));
      } else {
        // Children in document order: pushed last to first.
        const kids = el.children;
        for (let k = kids.length - 1; k >= 0; k--) if (isElement(kids[k]!)) stack.push(kids[k] as Element);
      }
    }
  };

  // Frames are reused by depth: a page of thousands of elements allocates only as many as it is deep.
  const frames: Frame[] = [];
  let depth = 0;
  const push = (kids: readonly AnyNode[], link: number, parent: number, ctx: RawBlock['context'], block: boolean, head: boolean): void => {
    const f = frames[depth];
    if (f) {
      f.kids = kids;
      f.i = 0;
      f.link = link;
      f.parent = parent;
      f.ctx = ctx;
      f.block = block;
      f.head = head;
    } else frames[depth] = { kids, i: 0, link, parent, ctx, block, head };
    depth++;
  };

  /** Visits one child of the top frame: text joins the buffer, an element opens a frame of its own. */
  const visit = (node: AnyNode, top: Frame): void => {
    if (node.type === 'text') {
      if (top.head) return;
      text.add((node as unknown as { data: string }).data, top.parent, top.ctx, top.link);
      return;
    }
    if (!isElement(node)) return;
    const el = node as Element;
    const name = el.name.toLowerCase();
    if (top.head && HEAD_ONLY.has(name)) return inHead(el);
    if (name === 'head') {
      // An unclosed <head> swallows the page in htmlparser2: what is not head matter is body text.
      push(el.children, top.link, top.parent, top.ctx, false, true);
      return;
    }
    if (name === 'meta' || name === 'link' || name === 'title' || (name === 'script' && LD_JSON.test(el.attribs['type'] ?? ''))) return inHead(el);
    if (SKIP_TAGS.has(name)) return;
    const idx = nodes.length;
    // Uncached: the walk's cache leaves names no rule can match out of its key, and this checks it.
    const [rule, detail] = matchRules(name, el.attribs);
    // Hidden inline text (a screen-reader label inside a link) is dropped, not a block of its own.
    if (rule === 'html/hidden' && !BLOCK.has(name)) return;
    const noscript = name === 'noscript' && noscriptDepth < 0;
    const isBlock = BLOCK.has(name) || rule !== null || noscript;
    if (isBlock) text.flush();
    if (noscript) {
      noscriptDepth = depth;
      noscriptFrom = blocks.length;
    }
    const parentIdx = top.parent;
    if (name === 'body' && topOwner < 0) topOwner = idx;
    els.push(el);
    nodes.push({ attribs: el.attribs, tag: name, parent: parentIdx, rule, detail, block: isBlock, chars: 0, linkChars: 0, prose: 0, proseBlocks: 0 });
    owners.push(isBlock ? idx : parentIdx >= 0 ? owners[parentIdx]! : topOwner);
    const date = dateElement(name, el.attribs);
    // A date element's text is read once the walk knows its block elements.
    if (date) head.times.push({ el: idx, value: date.value, published: date.published });
    if (isAuthorElement(el.attribs)) head.authors.push(idx);
    push(el.children, top.link || (name === 'a' ? linkKind(el.attribs) : NO_LINK), idx, childContext(name, top.ctx), isBlock, false);
  };

  /** Walks a list of top-level nodes to the end. */
  const run = (kids: readonly AnyNode[]): void => {
    push(kids, NO_LINK, fragment ? topOwner : -1, null, false, false);
    while (depth > 0) {
      const top = frames[depth - 1]!;
      if (top.i < top.kids.length) visit(top.kids[top.i++]!, top);
      else {
        depth--;
        if (top.block) text.flush();
        if (depth === noscriptDepth) {
          noscriptDepth = -1;
          endNoscript(blocks, noscriptFrom, fallbacks);
        }
      }
    }
  };

  const doc = root as Element;
  for (const child of doc.children ?? []) {
    if (child.type === 'tag' && (child as Element).name.toLowerCase() === 'html') {
      const html = child as Element;
      head.lang = html.attribs['lang'] ?? html.attribs['xml:lang'] ?? null;
      run(html.children);
    } else run([child]);
  }
  text.flush();
  dropCopiedFallbacks(blocks, fallbacks);
  const table = nodes.map(({ attribs: _, ...n }, i) => ({ ...n, el: els[i]! }));
  const blockEls = blockElements(table);
  for (const t of head.times) if (!t.value) t.value = capturedTextOf(els[t.el]!, blockEls, DATE_TEXT_MAX).trim();
  return { nodes: table, blocks, head };
}
