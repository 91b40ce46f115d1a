import { Parser } from 'htmlparser2';

/**
 * htmlparser2's parser with the nesting of open elements capped, as Chromium caps its parser's tree
 * depth (512). The stock parser keeps its stack of open elements with its newest element first, so
 * every open and close tag shifts the whole stack: markup that never closes its tags (a forum's
 * `<font>` or `<a>` left open in every post, 200,000 nested `<div>`s) took seconds to minutes for a
 * page of a few MB. At the cap, the newest open element is closed before the next one opens: the
 * text and its order stay, only the nesting below depth 512 is flattened. Real pages nest far less
 * (51 at most on the eval pages). The method is private in htmlparser2's types: the version is
 * pinned in package.json, as for the scanning tokenizer.
 */
export class DepthCappedParser extends Parser {}

/** Chromium's `kMaximumHTMLParserDOMTreeDepth`. */
export const MAX_DEPTH = 512;

/** The parser's own fields the cap reads and moves (private in its types). */
interface ParserState {
  stack: string[];
  foreignContext: boolean[];
  htmlMode: boolean;
  cbs: { onclosetag?: (name: string, isImplied: boolean) => void };
  isVoidElement(name: string): boolean;
}

/** Elements whose end the stock `onclosetag` also pops from the foreign-content stack. */
const FOREIGN_CONTEXT = new Set(['math', 'svg', 'mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

type EmitOpenTag = (this: ParserState, name: string) => void;
const stock = Parser.prototype as unknown as Record<string, EmitOpenTag>;
const capped = DepthCappedParser.prototype as unknown as Record<string, EmitOpenTag>;
const stockEmitOpenTag = stock['emitOpenTag'];
if (typeof stockEmitOpenTag !== 'function') throw new Error("htmlparser2's parser has no emitOpenTag: the depth-capped parser needs the version pinned in package.json");

capped['emitOpenTag'] = function (this: ParserState, name: string) {
  if (this.stack.length >= MAX_DEPTH && !this.isVoidElement(name)) {
    const top = this.stack.shift()!;
    if (this.htmlMode && FOREIGN_CONTEXT.has(top)) this.foreignContext.shift();
    this.cbs.onclosetag?.(top, true);
  }
  stockEmitOpenTag.call(this, name);
};
