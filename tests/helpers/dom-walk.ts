/**
 * The oracle for the streaming walk (src/stages/blocks/html/walk.ts): the same walk over the DOM
 * cheerio builds from the same parser, as sauber ran it until the walk learned to read the parse
 * events directly. Tests compare the two on real and generated pages; only the walk itself lives
 * here, the rules and helpers are the production ones.
 */
import * as cheerio from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { normalizeDecoded } from '../../src/stages/load/normalize.js';
import { HTML_RULES } from '../../src/stages/blocks/html/rules.js';
import { viewOf } from '../../src/stages/blocks/html/tokens.js';
import { linkTextLength, type RawBlock } from '../../src/stages/blocks/html/walk.js';

/** Never text: skipped with their subtrees. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas', 'math', 'video', 'audio', 'picture', 'map']);
/** Icon fonts (private use), zero-width and control characters alone are no text. */
const VISIBLE = /[^\s\p{Co}\p{Cf}\p{Cc}]/u;
const MARKUP = /^<\/?[a-z][a-z0-9]*(?:\s+[a-z-]+(?:=(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>/i;
const HEAD_ONLY = new Set(['meta', 'link', 'title', 'script', 'style', 'base', 'noscript']);
/** Elements that start a new block of text. */
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'figure', 'figcaption',
  'form', 'br', 'hr', 'address', 'body', 'caption', 'details', 'summary', 'fieldset', 'legend', 'option', 'center',
  'select', 'button', 'label', 'tbody', 'thead', 'tfoot', 'menu', 'dialog',
]);

/** One element of the page's body, in document order; `parent` indexes this table. */
export interface ElementNode {
  el: Element;
  tag: string;
  parent: number;
  /** The boilerplate rule its markup matches, before the text guards decide. */
  rule: string | null;
  detail: string | null;
  /** Starts a block of its own: a block element, or an inline one a boilerplate rule matched. */
  block: boolean;
  chars: number;
  linkChars: number;
  prose: number;
  /** Number of prose blocks inside. */
  proseBlocks: number;
  score: number;
}

/** What the page declares in its head (and microdata anywhere), collected during the same walk. */
export interface HeadFacts {
  lang: string | null;
  title: string | null;
  metas: Array<[string, string]>;
  canonical: string | null;
  jsonLd: string[];
  /** `<time>` and microdata date elements: element index and the machine-readable value. */
  times: Array<{ el: number; value: string; published: boolean }>;
  /** Elements marked as author (rel/itemprop/class): element index. */
  authors: number[];
}

export interface WalkResult {
  nodes: ElementNode[];
  blocks: RawBlock[];
  head: HeadFacts;
}

const NO_RULE: [null, null] = [null, null];

/** The first boilerplate rule an element's markup matches, with what matched (no cache: an oracle needs none). */
function ruleOf(el: Element): [string | null, string | null] {
  const v = viewOf(el.name, el.attribs);
  for (const r of HTML_RULES) {
    const m = r.match(v);
    if (m) return [r.id, m];
  }
  return NO_RULE;
}

/** Image captions outside <figcaption> (`wp-caption-text`, `media__caption`, `bildunterschrift`). */
const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|wp-caption-text|bildunterschrift|image-credit|photo-credit)(?:$|[\s_-])/i;
const AUTHOR_CLASS = /(?:^|[\s_-])(?:author|byline|autor)(?:$|[\s_-]|name)/i;

/** Text of an element's subtree in document order, without recursion; stops once it passes `max` characters. */
export function textOf(el: Element, max = Infinity): string {
  let s = '';
  const stack: Array<[readonly AnyNode[], number]> = [[el.children, 0]];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const kids = top[0];
    if (top[1] >= kids.length) {
      stack.pop();
      continue;
    }
    const c = kids[top[1]++]!;
    if (c.type === 'text') {
      s += (c as unknown as { data: string }).data;
      if (s.length > max) return s;
    } else if (c.type === 'tag') stack.push([(c as Element).children, 0]);
  }
  return s;
}

/** Per element being walked: its children, the next one, and what they inherit. */
interface Frame {
  kids: readonly AnyNode[];
  i: number;
  link: boolean;
  /** Element table index the children hang under. */
  parent: number;
  ctx: RawBlock['context'];
  /** Flush the text buffer on leaving (a block element). */
  block: boolean;
  /** The children of a <head>: head matter goes to the head facts, text nodes are skipped. */
  head: boolean;
}

const isElement = (c: AnyNode): boolean => c.type === 'tag' || c.type === 'script' || c.type === 'style';
const LD_JSON = /ld\+json/i;
const PUBLISH = /publish/i;
const SPACES = /\s+/g;

/** The page through cheerio's DOM: what walkHtml must return for it (authors' text read from the DOM). */
export function domWalk(html: string): WalkResult {
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  return walkPage($.root()[0] as AnyNode);
}

function walkPage(root: AnyNode): WalkResult {
  const nodes: ElementNode[] = [];
  /** Per element: the nearest block element at or above it (what owns text directly inside). */
  const owners: number[] = [];
  const blocks: RawBlock[] = [];
  const head: HeadFacts = { lang: null, title: null, metas: [], canonical: null, jsonLd: [], times: [], authors: [] };
  let buf = '';
  let linkChars = 0;
  let leadLink = 0;
  let plainSeen = false;
  let owner = -1;
  let context: RawBlock['context'] = null;

  const flush = () => {
    if (buf) {
      const text = normalizeDecoded(buf).replace(SPACES, ' ').trim();
      if (text && owner >= 0 && VISIBLE.test(text)) {
        const b: RawBlock = { text, owner, linkChars: Math.min(linkChars, text.length), context: context ?? (captionClass(owner) ? 'caption' : null) };
        if (MARKUP.test(text)) b.markup = true;
        if (leadLink) b.leadLink = Math.min(leadLink, text.length);
        blocks.push(b);
      }
    }
    buf = '';
    linkChars = 0;
    leadLink = 0;
    plainSeen = false;
  };

  // A caption class on the block's own element or its parent (not on a far ancestor: `has-caption` wrappers).
  const captionClass = (idx: number): boolean => {
    const n = nodes[idx]!;
    return CAPTION_CLASS.test(n.el.attribs['class'] ?? '') || (n.parent >= 0 && CAPTION_CLASS.test(nodes[n.parent]!.el.attribs['class'] ?? ''));
  };

  /** Head matter (meta, link, title, JSON-LD) and, for other elements, the head matter inside them. */
  const inHead = (start: Element): void => {
    const stack: Element[] = [start];
    while (stack.length) {
      const el = stack.pop()!;
      const name = el.name;
      if (name === 'meta') {
        const a = el.attribs;
        const key = (a['property'] ?? a['name'] ?? a['itemprop'] ?? a['http-equiv'] ?? '').toLowerCase();
        if (key && a['content']) head.metas.push([key, normalizeDecoded(a['content'])]);
      } else if (name === 'link') {
        if ((el.attribs['rel'] ?? '').toLowerCase() === 'canonical' && el.attribs['href']) head.canonical ??= el.attribs['href'];
      } else if (name === 'title') {
        head.title ??= normalizeDecoded(textOf(el)).replace(SPACES, ' ').trim();
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
  const push = (kids: readonly AnyNode[], link: boolean, parent: number, ctx: RawBlock['context'], block: boolean, head: boolean): void => {
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
      const t = (node as unknown as { data: string }).data;
      if (!buf) {
        owner = top.parent >= 0 ? owners[top.parent]! : -1;
        context = top.ctx;
      }
      buf += t;
      if (top.link) {
        const n = linkTextLength(t);
        linkChars += n;
        if (!plainSeen) leadLink += n;
      } else if (!plainSeen && VISIBLE.test(t)) plainSeen = true;
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
    if (SKIP.has(name)) return;
    const idx = nodes.length;
    const [rule, detail] = ruleOf(el);
    // Hidden inline text (a screen-reader label inside a link) is dropped, not a block of its own.
    if (rule === 'html/hidden' && !BLOCK.has(name)) return;
    const isBlock = BLOCK.has(name) || rule !== null;
    if (isBlock) flush();
    const parentIdx = top.parent;
    nodes.push({ el, tag: name, parent: parentIdx, rule, detail, block: isBlock, chars: 0, linkChars: 0, prose: 0, proseBlocks: 0, score: 0 });
    owners.push(isBlock ? idx : parentIdx >= 0 ? owners[parentIdx]! : -1);
    const a = el.attribs;
    if (name === 'time' || a['itemprop'] === 'datePublished' || a['itemprop'] === 'dateCreated') {
      const value = a['datetime'] ?? a['content'] ?? '';
      // A date is short: the text of a huge (or deeply nested) date element is read only so far.
      if (value || name !== 'time') head.times.push({ el: idx, value: value || textOf(el, 2000).trim(), published: a['itemprop'] === 'datePublished' || a['pubdate'] !== undefined || PUBLISH.test(a['class'] ?? '') });
    }
    if (a['rel'] === 'author' || a['itemprop'] === 'author' || AUTHOR_CLASS.test(a['class'] ?? '')) head.authors.push(idx);
    const ctx = top.ctx;
    const nextCtx: RawBlock['context'] =
      name === 'blockquote' ? 'quote' : name === 'figcaption' ? 'caption' : name === 'td' || name === 'th' ? 'cell' : name === 'li' ? (ctx === 'quote' || ctx === 'caption' ? ctx : 'li') : ctx;
    push(el.children, top.link || name === 'a', idx, nextCtx, isBlock, false);
  };

  /** Walks a list of top-level nodes to the end. */
  const run = (kids: readonly AnyNode[]): void => {
    push(kids, false, -1, null, false, false);
    while (depth > 0) {
      const top = frames[depth - 1]!;
      if (top.i < top.kids.length) visit(top.kids[top.i++]!, top);
      else {
        depth--;
        if (top.block) flush();
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
  flush();
  return { nodes, blocks, head };
}
