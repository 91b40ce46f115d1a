import type { AnyNode, Element } from 'domhandler';
import { HTML_RULES } from './rules.js';
import { viewOf } from './tokens.js';

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

/** A run of text between block boundaries, with what the DOM says about it. */
export interface RawBlock {
  text: string;
  /** Element table index of the nearest block element. */
  owner: number;
  linkChars: number;
  /** Inside blockquote / figcaption / table cell / li (nearest wins for li and cells). */
  context: 'quote' | 'caption' | 'cell' | 'li' | null;
  /** Escaped markup shown as text (`<img src=…>` in a noscript fallback): never article text. */
  markup?: boolean;
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

// Pages repeat the same tag and class combinations thousands of times: match each once.
const RULE_CACHE = new Map<string, [string | null, string | null]>();
const NO_RULE: [null, null] = [null, null];

/** The first boilerplate rule an element's markup matches, with what matched. */
function ruleOf(el: Element, name: string): [string | null, string | null] {
  const a = el.attribs;
  const volatile = a['style'] !== undefined || a['hidden'] !== undefined || a['aria-hidden'] !== undefined;
  const key = volatile ? '' : `${name}\u0001${a['class'] ?? ''}\u0001${a['id'] ?? ''}\u0001${a['role'] ?? ''}`;
  if (key) {
    const hit = RULE_CACHE.get(key);
    if (hit) return hit;
  }
  let out: [string | null, string | null] = NO_RULE;
  const v = viewOf(el);
  for (const r of HTML_RULES) {
    const m = r.match(v);
    if (m) {
      out = [r.id, m];
      break;
    }
  }
  if (key) {
    if (RULE_CACHE.size > 20000) RULE_CACHE.clear();
    RULE_CACHE.set(key, out);
  }
  return out;
}

/** Image captions outside <figcaption> (`wp-caption-text`, `media__caption`, `bildunterschrift`). */
const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|wp-caption-text|bildunterschrift|image-credit|photo-credit)(?:$|[\s_-])/i;
const AUTHOR_CLASS = /(?:^|[\s_-])(?:author|byline|autor)(?:$|[\s_-]|name)/i;

/** One pass over the parsed page: the element table, the text blocks, the head facts. */
export function walkPage(root: AnyNode): WalkResult {
  const nodes: ElementNode[] = [];
  const blocks: RawBlock[] = [];
  const head: HeadFacts = { lang: null, title: null, metas: [], canonical: null, jsonLd: [], times: [], authors: [] };
  let buf = '';
  let linkChars = 0;
  let owner = -1;
  let context: RawBlock['context'] = null;

  const flush = () => {
    if (buf) {
      const text = buf.replace(/\s+/g, ' ').trim();
      if (text && owner >= 0 && VISIBLE.test(text)) {
        const b: RawBlock = { text, owner, linkChars: Math.min(linkChars, text.length), context: context ?? (captionClass(owner) ? 'caption' : null) };
        if (MARKUP.test(text)) b.markup = true;
        blocks.push(b);
      }
    }
    buf = '';
    linkChars = 0;
  };

  // A caption class on the block's own element or its parent (not on a far ancestor: `has-caption` wrappers).
  const captionClass = (idx: number): boolean => {
    const n = nodes[idx]!;
    return CAPTION_CLASS.test(n.el.attribs['class'] ?? '') || (n.parent >= 0 && CAPTION_CLASS.test(nodes[n.parent]!.el.attribs['class'] ?? ''));
  };

  const textOf = (el: Element): string => {
    let s = '';
    for (const c of el.children) s += c.type === 'text' ? (c as unknown as { data: string }).data : c.type === 'tag' ? textOf(c as Element) : '';
    return s;
  };

  const inHead = (el: Element): void => {
    const name = el.name;
    if (name === 'meta') {
      const a = el.attribs;
      const key = (a['property'] ?? a['name'] ?? a['itemprop'] ?? a['http-equiv'] ?? '').toLowerCase();
      if (key && a['content']) head.metas.push([key, a['content']]);
    } else if (name === 'link') {
      if ((el.attribs['rel'] ?? '').toLowerCase() === 'canonical' && el.attribs['href']) head.canonical ??= el.attribs['href'];
    } else if (name === 'title') {
      head.title ??= textOf(el).replace(/\s+/g, ' ').trim();
    } else if (name === 'script') {
      if (/ld\+json/i.test(el.attribs['type'] ?? '')) head.jsonLd.push(textOf(el));
    } else for (const c of el.children) if (c.type === 'tag' || c.type === 'script' || c.type === 'style') inHead(c as Element);
  };

  const walk = (node: AnyNode, inLink: boolean, parentIdx: number, ctx: RawBlock['context']): void => {
    if (node.type === 'text') {
      const t = (node as unknown as { data: string }).data;
      if (!buf) {
        owner = ownerOf(parentIdx);
        context = ctx;
      }
      buf += t;
      if (inLink) linkChars += t.replace(/\s+/g, ' ').trim().length + (/\s$/.test(t) ? 1 : 0);
      return;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return;
    const el = node as Element;
    const name = el.name.toLowerCase();
    if (name === 'head') {
      // An unclosed <head> swallows the page in htmlparser2: what is not head matter is body text.
      for (const c of el.children) {
        const n = c.type === 'tag' || c.type === 'script' || c.type === 'style' ? (c as Element).name.toLowerCase() : '';
        if (HEAD_ONLY.has(n)) inHead(c as Element);
        else if (n) walk(c, inLink, parentIdx, ctx);
      }
      return;
    }
    if (name === 'meta' || name === 'link' || name === 'title' || (name === 'script' && /ld\+json/i.test(el.attribs['type'] ?? ''))) return inHead(el);
    if (SKIP.has(name)) return;
    const idx = nodes.length;
    const [rule, detail] = ruleOf(el, name);
    // Hidden inline text (a screen-reader label inside a link) is dropped, not a block of its own.
    if (rule === 'html/hidden' && !BLOCK.has(name)) return;
    const isBlock = BLOCK.has(name) || rule !== null;
    if (isBlock) flush();
    nodes.push({ el, tag: name, parent: parentIdx, rule, detail, block: isBlock, chars: 0, linkChars: 0, prose: 0, proseBlocks: 0, score: 0 });
    const a = el.attribs;
    if (name === 'time' || a['itemprop'] === 'datePublished' || a['itemprop'] === 'dateCreated') {
      const value = a['datetime'] ?? a['content'] ?? '';
      if (value || name !== 'time') head.times.push({ el: idx, value: value || textOf(el).trim(), published: a['itemprop'] === 'datePublished' || a['pubdate'] !== undefined || /publish/i.test(a['class'] ?? '') });
    }
    if (a['rel'] === 'author' || a['itemprop'] === 'author' || AUTHOR_CLASS.test(a['class'] ?? '')) head.authors.push(idx);
    const nextCtx: RawBlock['context'] =
      name === 'blockquote' ? 'quote' : name === 'figcaption' ? 'caption' : name === 'td' || name === 'th' ? 'cell' : name === 'li' ? (ctx === 'quote' || ctx === 'caption' ? ctx : 'li') : ctx;
    const link = inLink || name === 'a';
    for (const child of el.children) walk(child, link, idx, nextCtx);
    if (isBlock) flush();
  };

  // The nearest block element: inline elements (a, span, em) own no block of their own.
  const ownerOf = (idx: number): number => {
    let i = idx;
    while (i >= 0 && !nodes[i]!.block) i = nodes[i]!.parent;
    return i;
  };

  const doc = root as Element;
  for (const child of doc.children ?? []) {
    if (child.type === 'tag' && (child as Element).name.toLowerCase() === 'html') {
      const html = child as Element;
      head.lang = html.attribs['lang'] ?? html.attribs['xml:lang'] ?? null;
      for (const c of html.children) walk(c, false, -1, null);
    } else walk(child, false, -1, null);
  }
  flush();
  return { nodes, blocks, head };
}
