import { normalizeDecoded } from '../../load/normalize.js';
import { DepthCappedParser } from './depth-capped-parser.js';
import { HTML_RULES, RULE_VOCABULARY, styleKey } from './rules.js';
import { ScanningTokenizer } from './scanning-tokenizer.js';
import { viewOf, vocabularyTest } from './tokens.js';

/** Never text: skipped with their subtrees. */
// <noscript> is not here: it is read when long (NOSCRIPT_TEXT_MIN).
// <rt> and <rp>: a ruby annotation's reading (furigana over kanji) and its fallback brackets, not the text itself.
export const SKIP_TAGS = new Set(['script', 'style', 'template', 'svg', 'iframe', 'object', 'canvas', 'math', 'video', 'audio', 'picture', 'map', 'rt', 'rp']);
/** Icon fonts (private use), zero-width and control characters alone are no text. */
const VISIBLE = /[^\s\p{Co}\p{Cf}\p{Cc}]/u;

/**
 * `VISIBLE.test(t)`: past leading ASCII white space, a printable ASCII character answers at once
 * (most text); anything else asks the expression.
 */
export function hasVisible(t: string): boolean {
  let i = 0;
  let c = t.charCodeAt(0);
  while (c === 32 || (c >= 9 && c <= 13)) c = t.charCodeAt(++i);
  return (c > 32 && c < 127) || (i < t.length && VISIBLE.test(t));
}

const MARKUP = /^<\/?[a-z][a-z0-9]*(?:\s+[a-z-]+(?:=(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>/i;
export const HEAD_ONLY = new Set(['meta', 'link', 'title', 'script', 'style', 'base', 'noscript']);
/** Elements that start a new block of text. */
export const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'figure', 'figcaption',
  'form', 'br', 'hr', 'address', 'body', 'caption', 'details', 'summary', 'fieldset', 'legend', 'option', 'center',
  'select', 'button', 'label', 'tbody', 'thead', 'tfoot', 'menu', 'dialog',
]);

/** One element of the page's body, in document order; `parent` indexes this table. */
export interface ElementNode {
  /** The attributes sauber reads (READ_ATTRIBUTES; names lowercased, the first of duplicates). */
  attribs: Readonly<Attribs>;
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
}

/** A run of text between block boundaries, with what the DOM says about it. */
export interface RawBlock {
  text: string;
  /** Element table index of the nearest block element. */
  owner: number;
  linkChars: number;
  /** Inside blockquote / figcaption / table cell / li (nearest wins for li and cells). */
  context: 'quote' | 'caption' | 'cell' | 'li' | null;
  /** Link characters before the first text outside a link (a linked title opening a teaser). */
  leadLink: number;
  /** Link characters in links to a tag or category page (`rel="tag"`): a tag list is made of them. */
  tagLinkChars: number;
  /** Escaped markup shown as text (`<img src=…>` in a noscript fallback): never article text. */
  markup: boolean;
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
  /** Elements marked as author (rel/itemprop/class): element index and the text nodes inside. */
  authors: Array<{ el: number; text: readonly string[] }>;
  /** Microdata `<meta>`s inside a review (REVIEW_ITEM): the review's element index and the meta. The page's only where the article is in the review. */
  reviewMetas: Array<{ item: number; meta: [string, string] }>;
}

/** An image with its alternative text, and the index of the block it stands before (or inside, an inline image). */
export interface ImageAlt {
  alt: string;
  block: number;
}

export interface WalkResult {
  nodes: ElementNode[];
  blocks: RawBlock[];
  head: HeadFacts;
  images: ImageAlt[];
}

// Pages repeat the same tag and class combinations thousands of times: match each once.
type Hit = [string | null, string | null];
/**
 * Rule hits by tag, then by what else of the markup rules read: the names that matter alone ('' for
 * none; most elements), or those joined with role, style and hidden. Most elements are thus looked
 * up without a joined key, which V8 had to flatten before hashing it, element after element.
 */
const BY_TAG = new Map<string, Map<string, Hit>>();
let cachedHits = 0;
const NO_RULE: [null, null] = [null, null];

/**
 * The attributes sauber reads, and only these: collected one by one as the parser reports them
 * into an object of one fixed shape, instead of the parser building an object of every attribute
 * for every element (a fifth of the parse) that each read then looks up the slow way.
 */
export const READ_ATTRIBUTES = ['class', 'id', 'role', 'style', 'hidden', 'itemprop', 'rel', 'alt', 'datetime', 'content', 'pubdate', 'property', 'name', 'http-equiv', 'href', 'type', 'lang', 'xml:lang', 'itemtype'] as const;
export type Attribs = { -readonly [K in (typeof READ_ATTRIBUTES)[number]]?: string };

const noAttribs = (): Attribs => ({
  class: undefined, id: undefined, role: undefined, style: undefined, hidden: undefined, itemprop: undefined, rel: undefined, alt: undefined, datetime: undefined, content: undefined,
  pubdate: undefined, property: undefined, name: undefined, 'http-equiv': undefined, href: undefined, type: undefined, lang: undefined, 'xml:lang': undefined, itemtype: undefined,
});

/**
 * Keeps attribute `name` in `a` when sauber reads it (READ_ATTRIBUTES) and `a` has none of that
 * name yet (the first of a repeated attribute counts, as in a DOM); false for one it does not read.
 * Each name is stored by a property of its own: storing by the parser's fresh name string
 * (`a[name]`) made V8 look the string up in its table of names for every attribute, and that
 * store and the set it was tested against were a tenth of the walk's time.
 */
function keepAttribute(a: Attribs, name: string, value: string): boolean {
  // By length first: most attributes of a page (src, alt, data-…, aria-…) are none of these, and a
  // plain switch over the 17 names made the walk about 3% slower.
  switch (name.length) {
    case 2:
      if (name !== 'id') return false;
      a.id ??= value;
      return true;
    case 3:
      if (name === 'rel') a.rel ??= value;
      else if (name === 'alt') a.alt ??= value;
      else return false;
      return true;
    case 4:
      if (name === 'href') a.href ??= value;
      else if (name === 'role') a.role ??= value;
      else if (name === 'type') a.type ??= value;
      else if (name === 'name') a.name ??= value;
      else if (name === 'lang') a.lang ??= value;
      else return false;
      return true;
    case 5:
      if (name === 'class') a.class ??= value;
      else if (name === 'style') a.style ??= value;
      else return false;
      return true;
    case 6:
      if (name !== 'hidden') return false;
      a.hidden ??= value;
      return true;
    case 7:
      if (name === 'content') a.content ??= value;
      else if (name === 'pubdate') a.pubdate ??= value;
      else return false;
      return true;
    case 8:
      if (name === 'itemprop') a.itemprop ??= value;
      else if (name === 'datetime') a.datetime ??= value;
      else if (name === 'property') a.property ??= value;
      else if (name === 'xml:lang') a['xml:lang'] ??= value;
      else if (name === 'itemtype') a.itemtype ??= value;
      else return false;
      return true;
    case 10:
      if (name !== 'http-equiv') return false;
      a['http-equiv'] ??= value;
      return true;
    default:
      return false;
  }
}

// keepAttribute must keep exactly READ_ATTRIBUTES: checked once, as the module loads.
for (const name of READ_ATTRIBUTES) {
  const a = noAttribs();
  if (!keepAttribute(a, name, 'x') || a[name] !== 'x') throw new Error(`keepAttribute does not keep ${name}`);
}
/** The attributes of an element with none that is read: one shared object, never written to. */
const NONE: Readonly<Attribs> = Object.freeze(noAttribs());

/**
 * A copy of `s` that does not keep the page alive. Attribute values are slices of the page's
 * source, and V8 keeps the whole source alive as long as a slice of it lives: a cache holding
 * slices would hold every page it has seen (worker threads ran out of heap).
 */
const detach = (s: string): string => (' ' + s).slice(1);

/** The first rule an element's markup matches, uncached (ruleOf caches it). */
export function matchRules(name: string, attribs: Attribs): Hit {
  const v = viewOf(name, attribs);
  for (const r of HTML_RULES) {
    const m = r.match(v);
    if (m) return [r.id, detach(m)];
  }
  return NO_RULE;
}

const isRuleName = vocabularyTest(RULE_VOCABULARY);

const DIGIT_RUNS = /\d+/g;

/**
 * The names of a class or id attribute some rule reads (each is, or holds a word of,
 * RULE_VOCABULARY), space-separated and appended to `to`. The attribute splits at white space
 * as in viewOf. Each run of digits in a name becomes one `0`: no word of the vocabulary has a digit
 * and words drop their trailing digits, so no rule answers differently, and `menu-item-4711`,
 * `menu-item-4712`, … make one cache key instead of one each (tests/html-rules.test.ts holds it).
 */
function ruleNames(value: string | undefined, to: string): string {
  if (value === undefined) return to;
  let start = -1;
  let digit = false;
  for (let i = 0; i <= value.length; i++) {
    const c = i < value.length ? value.charCodeAt(i) : 32;
    if (!isSpace(c)) {
      if (start < 0) {
        start = i;
        digit = false;
      }
      if (c >= 48 && c <= 57) digit = true;
    } else if (start >= 0) {
      if (isRuleName(value, start, i)) {
        const name = digit ? value.slice(start, i).replace(DIGIT_RUNS, '0') : value.slice(start, i);
        to = to ? `${to} ${name}` : name;
      }
      start = -1;
    }
  }
  return to;
}

/**
 * The first boilerplate rule an element's markup matches, with what matched. Rules see only tag,
 * class, id, role, `hidden` and `style` (ElementView), so equal values give equal answers. And a
 * class or id name that neither is nor holds a word of RULE_VOCABULARY changes no answer (rules
 * find only vocabulary words and names, and in the order of the names): the cache key holds only
 * the names that matter (digits made one `0`, see ruleNames), and of a style only what the rules
 * read of it (styleKey), so unique ids, generated class names and inline styles do not make every
 * key new.
 */
function ruleOf(name: string, a: Attribs): Hit {
  const names = ruleNames(a['id'], ruleNames(a['class'], ''));
  const role = a['role'];
  const style = styleKey(a['style']);
  const hidden = a['hidden'];
  const namesOnly = role === undefined && style === undefined && hidden === undefined;
  const key = namesOnly ? names : `\u0001${names}\u0001${role ?? ''}\u0001${style ?? ''}\u0001${hidden === undefined ? '' : 'h'}`;
  let byTag = BY_TAG.get(name);
  const hit = byTag?.get(key);
  if (hit) return hit;
  const out = matchRules(name, namesOnly ? (names ? { class: names } : NONE) : { class: names, role, style, hidden });
  // Bounded: custom element names, class names and inline styles are endless, so start over now and then rather than grow.
  if (cachedHits > 20_000) {
    BY_TAG.clear();
    cachedHits = 0;
    byTag = undefined;
  }
  if (!byTag) BY_TAG.set(detach(name), (byTag = new Map()));
  byTag.set(detach(key), out);
  cachedHits++;
  return out;
}

/** Image captions outside <figcaption> (`wp-caption-text`, `media__caption`, `bildunterschrift`; French `legende`, Italian `didascalia`, Scandinavian `bildtext`). */
const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|wp-caption-text|bildunterschrift|bildtext|legende|légende|didascalia|image-credit|photo-credit)(?:$|[\s_-])/i;
const AUTHOR_CLASS = /(?:^|[\s_-])(?:author|byline|autor)(?:$|[\s_-]|name)/i;

export const LD_JSON = /ld\+json/i;
/** What makes markup a whole document rather than a fragment of a body. */
const DOCUMENT_TAG = /<(?:html|body)[\s/>]/i;
/** Markup without an <html> or <body> tag: a fragment of a body (a record's article HTML). */
export const isFragment = (html: string): boolean => !DOCUMENT_TAG.test(html);
const PUBLISH = /publish/i;
export const SPACES = /\s+/g;

/**
 * What JavaScript's `\s` matches. Small enough for V8 to inline into every loop over text (the
 * walk's busiest code): the rare characters from U+00A0 up are asked of isWideSpace.
 */
const isSpace = (c: number): boolean => (c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c >= 0xa0 && isWideSpace(c));
const isWideSpace = (c: number): boolean =>
  c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** The first class name of a class attribute (`trim().split(/\s+/)[0]`), without splitting the rest. */
export function firstName(value: string | undefined): string {
  if (value === undefined) return '';
  let start = 0;
  while (start < value.length && isSpace(value.charCodeAt(start))) start++;
  let end = start;
  while (end < value.length && !isSpace(value.charCodeAt(end))) end++;
  return value.slice(start, end);
}

const isBlank = (t: string): boolean => {
  for (let i = 0; i < t.length; i++) if (!isSpace(t.charCodeAt(i))) return false;
  return true;
};

/** `t.replace(/\s+/g, ' ').trim()`, and `t` itself when that would change nothing (most text nodes). */
export function collapseSpaces(t: string): string {
  let single = true;
  let space = true;
  for (let i = 0; i < t.length && single; i++) {
    const c = t.charCodeAt(i);
    if (!isSpace(c)) space = false;
    else if (c !== 32 || space) single = false;
    else space = true;
  }
  return single && !space ? t : t.replace(SPACES, ' ').trim();
}

/**
 * `t.replace(/\s+/g, ' ').trim().length`, plus one when `t` ends in a space (it separates this
 * text from the next), without building the string: link text is counted this way on every page.
 */
export function linkTextLength(t: string): number {
  let n = 0;
  let gap = false;
  let seen = false;
  for (let i = 0; i < t.length; i++) {
    if (isSpace(t.charCodeAt(i))) gap = true;
    else {
      if (gap && seen) n++;
      n++;
      gap = false;
      seen = true;
    }
  }
  return gap && t.length > 0 ? n + 1 : n;
}

/**
 * The block a run of text makes under its owner element, or null when nothing visible is left:
 * whitespace collapsed, decoded characters normalised, a caption by context or by class.
 */
function rawBlock(buf: string, owner: number, linkChars: number, leadLink: number, tagLinkChars: number, context: RawBlock['context'], nodes: readonly ElementNode[]): RawBlock | null {
  // Most runs between block tags are the markup's indentation alone.
  if (owner < 0 || isBlank(buf)) return null;
  const collapsed = collapseSpaces(normalizeDecoded(buf));
  // Detached when unchanged: a text node would be a slice keeping the page alive (see detach).
  const text = collapsed === buf ? detach(collapsed) : collapsed;
  if (!text || !hasVisible(text)) return null;
  // Every block has every field: one object shape, so the code reading blocks stays monomorphic.
  return {
    text,
    owner,
    linkChars: Math.min(linkChars, text.length),
    // A gallery's slides are list items: a caption class inside one still makes a caption.
    context: context === null || context === 'li' ? (captionClass(nodes, owner) ? 'caption' : context) : context,
    leadLink: Math.min(leadLink, text.length),
    tagLinkChars: Math.min(tagLinkChars, text.length),
    markup: MARKUP.test(text),
  };
}

/** A caption class on the block's own element or its parent (not on a far ancestor: `has-caption` wrappers). */
function captionClass(nodes: readonly ElementNode[], idx: number): boolean {
  const n = nodes[idx]!;
  return CAPTION_CLASS.test(n.attribs['class'] ?? '') || (n.parent >= 0 && CAPTION_CLASS.test(nodes[n.parent]!.attribs['class'] ?? ''));
}

/**
 * The text between two block boundaries as its text nodes arrive: owner and context are those of
 * its first text node; link text counts toward its link characters, and toward its leading link
 * until visible text outside a link comes. `flush` makes it a block (see rawBlock).
 */
export class TextRun {
  private buf = '';
  private linkChars = 0;
  private leadLink = 0;
  private tagLinkChars = 0;
  private plainSeen = false;
  private owner = -1;
  private context: RawBlock['context'] = null;

  constructor(
    private readonly nodes: readonly ElementNode[],
    /** Per element: the nearest block element at or above it (what owns text directly inside). */
    private readonly owners: readonly number[],
    private readonly blocks: RawBlock[],
    /** The owner of text outside every element (the body a browser puts it in), or -1: none. */
    private readonly topOwner: () => number,
  ) {}

  /** A text node directly inside element `parent` (-1: outside any), in `context`, inside a link (NO_LINK, LINK, TAG_LINK). */
  add(t: string, parent: number, context: RawBlock['context'], link: number): void {
    if (!this.buf) {
      this.owner = parent >= 0 ? this.owners[parent]! : this.topOwner();
      this.context = context;
    }
    this.buf += t;
    if (link) {
      const n = linkTextLength(t);
      this.linkChars += n;
      if (link === TAG_LINK) this.tagLinkChars += n;
      if (!this.plainSeen) this.leadLink += n;
    } else if (!this.plainSeen && hasVisible(t)) this.plainSeen = true;
  }

  flush(): void {
    if (this.buf) {
      const b = rawBlock(this.buf, this.owner, this.linkChars, this.leadLink, this.tagLinkChars, this.context, this.nodes);
      if (b) this.blocks.push(b);
    }
    this.buf = '';
    this.linkChars = 0;
    this.leadLink = 0;
    this.tagLinkChars = 0;
    this.plainSeen = false;
  }
}

/** What the children of an element inherit as their context (quote, caption, table cell, list item). */
export function childContext(name: string, ctx: RawBlock['context']): RawBlock['context'] {
  return name === 'blockquote' ? 'quote' : name === 'figcaption' ? 'caption' : name === 'td' || name === 'th' ? 'cell' : name === 'li' ? (ctx === 'quote' || ctx === 'caption' ? ctx : 'li') : ctx;
}

/** A `<time>` or microdata date element: its machine-readable value ('' when its text is the date), or null. */
export function dateElement(name: string, a: Readonly<Attribs>): { value: string; published: boolean } | null {
  if (name !== 'time' && a['itemprop'] !== 'datePublished' && a['itemprop'] !== 'dateCreated') return null;
  const value = a['datetime'] ?? a['content'] ?? '';
  // A <time> without a value says nothing machine-readable.
  if (!value && name === 'time') return null;
  return { value, published: a['itemprop'] === 'datePublished' || a['pubdate'] !== undefined || PUBLISH.test(a['class'] ?? '') };
}

/**
 * Microdata items that are readers' words about the page: a comment, an answer. The writer and the date their microdata
 * marks (`itemprop="author"`, `datePublished`) are the commenter's, not the article's. A review may be either: a
 * reader's under a product, or the article itself (a critic's), so it is told by where the article is (see htmlPage).
 */
export const FOREIGN_ITEM = /schema\.org\/(?:Comment|UserComments|Answer)\/?$/i;
export const REVIEW_ITEM = /schema\.org\/(?!Claim)\w*Review\/?$/i;

/** The nearest microdata item at or above element `idx`, or -1. */
export function itemAt(nodes: readonly ElementNode[], idx: number): number {
  for (let e = idx; e >= 0; e = nodes[e]!.parent) if (nodes[e]!.attribs.itemtype !== undefined) return e;
  return -1;
}

export const isAuthorElement = (a: Readonly<Attribs>): boolean => a['rel'] === 'author' || a['itemprop'] === 'author' || AUTHOR_CLASS.test(a['class'] ?? '');

/** A `<meta>`'s name and value, when it has both. */
export function metaOf(a: Readonly<Attribs>): [string, string] | null {
  const key = (a['property'] ?? a['name'] ?? a['itemprop'] ?? a['http-equiv'] ?? '').toLowerCase();
  return key && a['content'] ? [key, normalizeDecoded(a['content'])] : null;
}

export const isCanonicalLink = (a: Readonly<Attribs>): boolean => (a['rel'] ?? '').toLowerCase() === 'canonical' && !!a['href'];

export const titleText = (raw: string): string => normalizeDecoded(raw).replace(SPACES, ' ').trim();

/**
 * The text of an element's subtree as its text nodes, the way a DOM would give it: text inside a
 * nested <script> or <style> is not text. Collected while the page streams by, up to `max`
 * characters: a text node is taken while the text so far is at most `max` long.
 */
class TextCapture {
  readonly parts: string[] = [];
  length = 0;
  constructor(
    readonly max: number,
    /** Open script/style elements at and above the captured element: deeper ones hide their text. */
    readonly rawDepth: number,
    readonly done: (parts: readonly string[]) => void,
  ) {}
  add(t: string): void {
    if (this.length > this.max) return;
    this.parts.push(t);
    this.length += t.length;
  }
}

/** The first text nodes of `parts` while the text is at most `max` characters (the whole text by default). */
export function textPrefix(parts: readonly string[], max = Infinity): string {
  let s = '';
  for (const p of parts) {
    s += p;
    if (s.length > max) return s;
  }
  return s;
}

/** What an open element does to the parse events inside it. */
const BODY = 0;
/** The children of a <head>: head matter goes to the head facts, text is skipped. */
const HEAD = 1;
/** Head matter (meta, link, title, JSON-LD) is read inside; text and other elements are not. */
const MATTER = 2;
/** Nothing inside is visited (script, svg, hidden inline text, an element read already). */
const SKIP = 3;

/** What link a text node is inside: none, a link, a link to a tag or category page (`rel="tag"`, `rel="category tag"`). */
export const NO_LINK = 0;
const LINK = 1;
const TAG_LINK = 2;
const TAG_REL = /(?:^|\s)tag(?:\s|$)/i;
export const linkKind = (a: { readonly rel?: string | undefined }): number => (a.rel !== undefined && TAG_REL.test(a.rel) ? TAG_LINK : LINK);

/** One open element of the walk and what its children inherit. */
interface Frame {
  kind: number;
  /** NO_LINK, LINK or TAG_LINK: the outermost link decides. */
  link: number;
  /** Element table index the children hang under. */
  parent: number;
  ctx: RawBlock['context'];
  /** Flush the text buffer on closing (a block element). */
  block: boolean;
  /** A <script> or <style>: its text is not an outer element's text. */
  raw: boolean;
  captures: TextCapture[] | null;
}

/**
 * Text a <noscript> must hold to be read: below it, what shows when scripts are off is a notice that
 * they are ("Bitte aktivieren Sie JavaScript", "enable JavaScript to view the comments"), and it is
 * skipped like a script. Above it, it is the page's text for readers without scripts: a blog
 * template that renders each post from a script keeps the post's only readable copy there.
 */
const NOSCRIPT_TEXT_MIN = 600;

/** A <noscript> whose blocks begin at `from` has closed: a short one's are dropped, a long one's kept as a range for dropCopiedFallbacks. */
export function endNoscript(blocks: RawBlock[], from: number, fallbacks: Array<[number, number]>): void {
  let chars = 0;
  for (let i = from; i < blocks.length; i++) chars += blocks[i]!.text.length;
  if (chars < NOSCRIPT_TEXT_MIN) blocks.length = from;
  else fallbacks.push([from, blocks.length]);
}

/**
 * The blocks of the long <noscript>s (`ranges`, [from, to) in `blocks`) that copy text shown outside
 * them (an image gallery's captions, again for readers without scripts) are dropped: read twice, the
 * copy would be the article's twice, and every line of it a repeated line.
 */
export function dropCopiedFallbacks(blocks: RawBlock[], ranges: ReadonlyArray<readonly [number, number]>): void {
  if (!ranges.length) return;
  const inRange = new Uint8Array(blocks.length);
  for (const [from, to] of ranges) inRange.fill(1, from, to);
  const shown = new Set<string>();
  for (let i = 0; i < blocks.length; i++) if (!inRange[i]) shown.add(blocks[i]!.text);
  for (let k = ranges.length - 1; k >= 0; k--) {
    const [from, to] = ranges[k]!;
    let all = 0;
    let copied = 0;
    for (let i = from; i < to; i++) {
      all += blocks[i]!.text.length;
      if (shown.has(blocks[i]!.text)) copied += blocks[i]!.text.length;
    }
    if (2 * copied > all) blocks.splice(from, to - from);
  }
}

/** Characters of a date element's text that are read (a date is short). */
export const DATE_TEXT_MAX = 2000;
/** A text capture longer than this is a page wrapper with an author class, not a name. */
const AUTHOR_CAPTURE_MAX = 1 << 20;

/**
 * One pass over the page as the parser streams it (htmlparser2's events, the ones cheerio builds
 * its DOM from, without building one): the element table, the text blocks, the head facts.
 * Iterative and linear in the page, however deep the nesting. Adjacent text events are joined
 * into one text node before use, as a DOM joins them (entities arrive as events of their own).
 */
export function walkHtml(html: string): WalkResult {
  const nodes: ElementNode[] = [];
  /** Per element: the nearest block element at or above it (what owns text directly inside). */
  const owners: number[] = [];
  const blocks: RawBlock[] = [];
  const head: HeadFacts = { lang: null, title: null, metas: [], canonical: null, jsonLd: [], times: [], authors: [], reviewMetas: [] };
  const images: ImageAlt[] = [];
  // Text outside every element is body text to a browser. A fragment's (no <html> or <body> tag:
  // a record's article HTML) hangs under a body made for the whole fragment; a document's (after
  // `</body>` or `</html>`) under its body. Before the body (a PHP warning above <html>) it stays out.
  let topOwner = -1;
  const fragment = isFragment(html);
  if (fragment) {
    topOwner = nodes.length;
    nodes.push({ attribs: NONE, tag: 'body', parent: -1, rule: null, detail: null, block: true, chars: 0, linkChars: 0, prose: 0, proseBlocks: 0 });
    owners.push(topOwner);
  }
  const run = new TextRun(nodes, owners, blocks, () => topOwner);
  /** The open <noscript> (frame depth, -1 for none) and its first block; the long ones read, as ranges of blocks. */
  let noscriptDepth = -1;
  let noscriptFrom = 0;
  const fallbacks: Array<[number, number]> = [];
  /** Text events since the last other event: one text node. */
  let pending = '';
  let rawDepth = 0;
  const captures: TextCapture[] = [];

  // Frames are reused by depth: a page of thousands of elements allocates only as many as it is deep.
  const frames: Frame[] = [{ kind: BODY, link: NO_LINK, parent: -1, ctx: null, block: false, raw: false, captures: null }];
  let depth = 1;
  // Every element of a fragment hangs under its body, the article's one container.
  if (fragment) frames[0]!.parent = topOwner;
  const push = (kind: number, link: number, parent: number, ctx: RawBlock['context'], block: boolean, raw: boolean): Frame => {
    let f = frames[depth];
    if (f) {
      f.kind = kind;
      f.link = link;
      f.parent = parent;
      f.ctx = ctx;
      f.block = block;
      f.raw = raw;
      f.captures = null;
    } else frames[depth] = f = { kind, link, parent, ctx, block, raw, captures: null };
    depth++;
    if (raw) rawDepth++;
    return f;
  };
  const capture = (f: Frame, max: number, done: (parts: readonly string[]) => void): void => {
    const c = new TextCapture(max, rawDepth, done);
    (f.captures ??= []).push(c);
    captures.push(c);
  };

  /** A block's edge inside a captured element parts its texts, as it parts the page's blocks ("Eskup", "Twitter", a name: three words). */
  const breakCaptures = (): void => {
    for (const c of captures) if (c.rawDepth === rawDepth && c.length) c.add(' ');
  };

  /** One text node: to the captures around it, and to the block buffer when it is body text. */
  const endText = (): void => {
    if (!pending) return;
    const t = pending;
    pending = '';
    for (const c of captures) if (c.rawDepth === rawDepth) c.add(t);
    const top = frames[depth - 1]!;
    if (top.kind === BODY) run.add(t, top.parent, top.ctx, top.link);
  };

  /** Head matter: meta, canonical link, title, JSON-LD; any other element is searched for them. */
  const matter = (name: string, a: Attribs, top: Frame): void => {
    if (name === 'meta') {
      const meta = metaOf(a);
      // A microdata <meta> of a reader's comment ("datePublished") is not the page's; a review's waits for the article's container.
      const item = meta && a.itemprop !== undefined ? itemAt(nodes, top.parent) : -1;
      const type = item >= 0 ? nodes[item]!.attribs.itemtype!.trim() : '';
      if (meta && item >= 0 && REVIEW_ITEM.test(type)) head.reviewMetas.push({ item, meta });
      else if (meta && !(item >= 0 && FOREIGN_ITEM.test(type))) head.metas.push(meta);
      push(SKIP, top.link, top.parent, top.ctx, false, false);
    } else if (name === 'link') {
      if (isCanonicalLink(a)) head.canonical ??= a['href']!;
      push(SKIP, top.link, top.parent, top.ctx, false, false);
    } else if (name === 'title') {
      const f = push(SKIP, top.link, top.parent, top.ctx, false, false);
      capture(f, Infinity, (parts) => (head.title ??= titleText(textPrefix(parts))));
    } else if (name === 'script' && LD_JSON.test(a['type'] ?? '')) {
      const f = push(SKIP, top.link, top.parent, top.ctx, false, true);
      capture(f, Infinity, (parts) => head.jsonLd.push(textPrefix(parts)));
    } else push(MATTER, top.link, top.parent, top.ctx, false, name === 'script' || name === 'style');
  };

  const open = (name: string, a: Attribs): void => {
    const top = frames[depth - 1]!;
    const raw = name === 'script' || name === 'style';
    if (top.kind === SKIP) {
      push(SKIP, NO_LINK, top.parent, top.ctx, false, raw);
      return;
    }
    if (top.kind === MATTER || (top.kind === HEAD && HEAD_ONLY.has(name))) return matter(name, a, top);
    if (depth === 1 && name === 'html') return openRoot(a);
    if (name === 'head') {
      // An unclosed <head> swallows the page in htmlparser2: what is not head matter is body text.
      push(HEAD, top.link, top.parent, top.ctx, false, false);
      return;
    }
    if (name === 'meta' || name === 'link' || name === 'title' || (name === 'script' && LD_JSON.test(a['type'] ?? ''))) return matter(name, a, top);
    if (SKIP_TAGS.has(name)) {
      push(SKIP, NO_LINK, top.parent, top.ctx, false, raw);
      return;
    }
    const [rule, detail] = ruleOf(name, a);
    // Hidden inline text (a screen-reader label inside a link) is dropped, not a block of its own.
    if (rule === 'html/hidden' && !BLOCK.has(name)) {
      push(SKIP, NO_LINK, top.parent, top.ctx, false, false);
      return;
    }
    const noscript = name === 'noscript' && noscriptDepth < 0;
    const isBlock = BLOCK.has(name) || rule !== null || noscript;
    if (isBlock) {
      run.flush();
      if (captures.length) breakCaptures();
    }
    if (noscript) {
      noscriptDepth = depth;
      noscriptFrom = blocks.length;
    }
    const parentIdx = top.parent;
    const idx = nodes.length;
    if (name === 'body' && topOwner < 0) topOwner = idx;
    nodes.push({ attribs: a, tag: name, parent: parentIdx, rule, detail, block: isBlock, chars: 0, linkChars: 0, prose: 0, proseBlocks: 0 });
    // An inline element outside every element owns no text itself: the body does, as for loose text.
    owners.push(isBlock ? idx : parentIdx >= 0 ? owners[parentIdx]! : topOwner);
    const f = push(BODY, top.link || (name === 'a' ? linkKind(a) : NO_LINK), idx, childContext(name, top.ctx), isBlock, false);
    noteElement(name, a, idx, f);
  };

  // The root element and what the page's metadata takes of an element are read apart from `open`, which runs for every
  // element: V8 then compiles `open` again only for what changes in it, not each time a page first shows a rare case here.
  const openRoot = (a: Attribs): void => {
    // The root element: its children are top-level nodes, like those beside it. Both attributes are read on every page,
    // so that the second has been read before V8 compiles this.
    const lang = a['lang'];
    const xmlLang = a['xml:lang'];
    head.lang = lang ?? xmlLang ?? null;
    push(BODY, NO_LINK, -1, null, false, false);
  };

  const noteElement = (name: string, a: Attribs, idx: number, f: Frame): void => {
    // An image's alternative text, for the caption that repeats it under the image.
    if (name === 'img' && a.alt) images.push({ alt: a.alt, block: blocks.length });
    const date = dateElement(name, a);
    if (date) {
      const time = { el: idx, ...date };
      head.times.push(time);
      // A date is short: the text of a huge (or deeply nested) date element is read only so far.
      if (!date.value) capture(f, DATE_TEXT_MAX, (parts) => (time.value = textPrefix(parts).trim()));
    }
    if (isAuthorElement(a)) {
      const author = { el: idx, text: [] as readonly string[] };
      head.authors.push(author);
      capture(f, AUTHOR_CAPTURE_MAX, (parts) => (author.text = parts));
    }
  };

  const close = (): void => {
    endText();
    // The parser closes what it opened (implied and void ends included); the root frame stays.
    if (depth <= 1) return;
    const f = frames[--depth]!;
    if (f.raw) rawDepth--;
    if (f.captures) {
      for (const c of f.captures) c.done(c.parts);
      captures.length -= f.captures.length;
      f.captures = null;
    }
    if (f.kind === BODY && f.block) {
      run.flush();
      if (captures.length) breakCaptures();
    }
    if (depth === noscriptDepth) {
      noscriptDepth = -1;
      endNoscript(blocks, noscriptFrom, fallbacks);
    }
  };

  // An open tag is complete when the parser reports anything but one of its attributes: the
  // element waits here until then, gathering its attributes.
  let openName: string | null = null;
  let openAttribs: Attribs = NONE;
  let spare = noAttribs();
  const commit = (): void => {
    if (openName === null) return;
    const name = openName;
    openName = null;
    open(name, openAttribs);
  };

  const parser = new DepthCappedParser(
    {
      onopentagname: (name) => {
        commit();
        endText();
        openName = name;
        openAttribs = NONE;
      },
      onattribute: (name, value) => {
        if (openAttribs !== NONE) keepAttribute(openAttribs, name, value);
        // Most elements carry no attribute that is read (or none at all): they share NONE, and
        // the first that is read takes the spare object.
        else if (keepAttribute(spare, name, value)) {
          openAttribs = spare;
          spare = noAttribs();
        }
      },
      onclosetag: () => {
        commit();
        close();
      },
      ontext: (t) => {
        commit();
        pending += t;
      },
      oncomment: () => {
        commit();
        endText();
      },
      onprocessinginstruction: () => {
        commit();
        endText();
      },
    },
    { xmlMode: false, decodeEntities: true, Tokenizer: ScanningTokenizer },
  );
  parser.end(html);
  commit();
  endText();
  run.flush();
  dropCopiedFallbacks(blocks, fallbacks);
  return { nodes, blocks, head, images };
}
