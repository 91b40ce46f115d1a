import { Parser } from 'htmlparser2';

/**
 * htmlparser2's parser with the nesting of open elements capped, as Chromium caps its parser's tree
 * depth (512). The stock parser keeps its stack of open elements with its newest element first, so
 * every open and close tag shifts the whole stack: markup that never closes its tags (a forum's
 * `<font>` or `<a>` left open in every post, 200,000 nested `<div>`s) took seconds to minutes for a
 * page of a few MB. At the cap, the newest open element is closed before the next one opens: the
 * text and its order stay, only the nesting below depth 512 is flattened. Real pages nest far less
 * (51 at most on the eval pages). It also lowercases tag and attribute names only where there is
 * something to lower (see lowerName). The methods are private in htmlparser2's types: the version
 * is pinned in package.json, as for the scanning tokenizer.
 */
export class DepthCappedParser extends Parser {}

/** Chromium's `kMaximumHTMLParserDOMTreeDepth`. */
export const MAX_DEPTH = 512;

/** The parser's own fields the cap reads and moves (private in its types). */
interface ParserState {
  stack: string[];
  endIndex: number;
  startIndex: number;
  attribname: string;
  lowerCaseTagNames: boolean;
  lowerCaseAttributeNames: boolean;
  getSlice(start: number, end: number): string;
  emitOpenTag(name: string): void;
  foreignContext: boolean[];
  htmlMode: boolean;
  cbs: { onclosetag?: (name: string, isImplied: boolean) => void };
  isVoidElement(name: string): boolean;
}

/** Elements whose end the stock `onclosetag` also pops from the foreign-content stack. */
const FOREIGN_CONTEXT = new Set(['math', 'svg', 'mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

type Method = (this: ParserState, ...args: never[]) => void;
const stock = Parser.prototype as unknown as Record<string, Method>;
const capped = DepthCappedParser.prototype as unknown as Record<string, Method>;
for (const name of ['emitOpenTag', 'onopentagname', 'onattribname', 'onclosetag']) {
  if (typeof stock[name] !== 'function') throw new Error(`htmlparser2's parser has no ${name}: the depth-capped parser needs the version pinned in package.json`);
}
const stockEmitOpenTag = stock['emitOpenTag'] as (this: ParserState, name: string) => void;
const stockCloseTag = stock['onclosetag'] as (this: ParserState, start: number, end: number) => void;

/**
 * `name.toLowerCase()`, without the call where nothing is upper case or beyond ASCII (almost every
 * name). A page with one character beyond Latin-1 (a curly quote, an emoji) is a two-byte string,
 * so is every name the parser slices from it, and V8 lowercases a two-byte string through ICU,
 * `div` as much as `DIV`: about 2% of a first pass over the eval pages (perf).
 */
export function lowerName(name: string): string {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return name.toLowerCase();
  }
  return name;
}

/** Whether lowerName leaves `name` as it is. */
const isLowerName = (name: string): boolean => lowerName(name) === name;

// The stock methods with lowerName for toLowerCase.
capped['onopentagname'] = function (this: ParserState, start: number, endIndex: number) {
  this.endIndex = endIndex;
  const name = this.getSlice(start, endIndex);
  this.emitOpenTag(this.lowerCaseTagNames ? lowerName(name) : name);
};
capped['onattribname'] = function (this: ParserState, start: number, endIndex: number) {
  this.startIndex = start;
  const name = this.getSlice(start, endIndex);
  this.attribname = this.lowerCaseAttributeNames ? lowerName(name) : name;
};
// The stock end tag, which does more with the name, told not to lowercase one that is lower case already.
capped['onclosetag'] = function (this: ParserState, start: number, endIndex: number) {
  if (!this.lowerCaseTagNames || !isLowerName(this.getSlice(start, endIndex))) return stockCloseTag.call(this, start, endIndex);
  this.lowerCaseTagNames = false;
  try {
    stockCloseTag.call(this, start, endIndex);
  } finally {
    this.lowerCaseTagNames = true;
  }
};

capped['emitOpenTag'] = function (this: ParserState, name: string) {
  if (this.stack.length >= MAX_DEPTH && !this.isVoidElement(name)) {
    const top = this.stack.shift()!;
    if (this.htmlMode && FOREIGN_CONTEXT.has(top)) this.foreignContext.shift();
    this.cbs.onclosetag?.(top, true);
  }
  stockEmitOpenTag.call(this, name);
};
