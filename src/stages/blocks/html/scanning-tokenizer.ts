import { Tokenizer } from 'htmlparser2';

/**
 * htmlparser2's tokenizer with its busiest states scanning ahead in a loop of their own.
 *
 * The stock tokenizer hands every character of text, tag names, attribute names and attribute
 * values to a state method through one `switch`; most of those characters change nothing (the
 * state only waits for `<`, `&`, a quote or the end of a name). These states skip straight to the
 * next character that matters and leave the rest to the stock method, so the events are the same,
 * character for character (tests/html-scanning-tokenizer.test.ts holds it to the stock tokenizer
 * on every eval page and on generated markup). The state methods are private in htmlparser2's
 * types: the version is pinned in package.json for that reason.
 */
export class ScanningTokenizer extends Tokenizer {}

/** The tokenizer's own fields that the scans move (private in its types). */
interface Cursor {
  buffer: string;
  index: number;
  offset: number;
}
type StateMethod = (this: Cursor, c: number, ...rest: number[]) => unknown;

const stock = Tokenizer.prototype as unknown as Record<string, StateMethod>;
const scanning = ScanningTokenizer.prototype as unknown as Record<string, StateMethod>;

const LT = 0x3c;
const AMP = 0x26;
const EQ = 0x3d;

/** `/`, `>` or white space: what ends a tag or attribute name (the stock `isEndOfTagSection`). */
function endsName(c: number): boolean {
  return c === 0x2f || c === 0x3e || c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
}

/**
 * Moves the cursor to the character before the next one that `stops` (the parse loop then steps
 * onto it), or to the last character when none does, as the stock `fastForwardTo` leaves it.
 */
function skipTo(t: Cursor, stop1: number, stop2: number): void {
  const buf = t.buffer;
  const n = buf.length;
  let i = t.index - t.offset + 1;
  while (i < n) {
    const d = buf.charCodeAt(i);
    if (d === stop1 || d === stop2) break;
    i++;
  }
  t.index = i - 1 + t.offset;
}

function skipName(t: Cursor, alsoStop: number): void {
  const buf = t.buffer;
  const n = buf.length;
  let i = t.index - t.offset + 1;
  while (i < n) {
    const d = buf.charCodeAt(i);
    if (d === alsoStop || endsName(d)) break;
    i++;
  }
  t.index = i - 1 + t.offset;
}

// Text waits for `<` (a tag) or `&` (an entity; entities are decoded).
scanning['stateText'] = function (this: Cursor, c: number) {
  if (c === LT || c === AMP) return stock['stateText']!.call(this, c);
  skipTo(this, LT, AMP);
};

// A quoted attribute value waits for its quote or `&`.
scanning['handleInAttributeValue'] = function (this: Cursor, c: number, quote: number) {
  if (c === quote || c === AMP) return stock['handleInAttributeValue']!.call(this, c, quote);
  skipTo(this, quote, AMP);
};

// Tag and attribute names wait for their end (an attribute name also for `=`).
scanning['stateInTagName'] = function (this: Cursor, c: number) {
  if (endsName(c)) return stock['stateInTagName']!.call(this, c);
  skipName(this, -1);
};
scanning['stateInAttributeName'] = function (this: Cursor, c: number) {
  if (c === EQ || endsName(c)) return stock['stateInAttributeName']!.call(this, c);
  skipName(this, EQ);
};

/** One-character strings for `indexOf`, by code. */
const CHARS = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

// The stock method steps one character at a time; `indexOf` searches natively (comments, scripts,
// styles, the rest of a closing tag).
scanning['fastForwardTo'] = function (this: Cursor, c: number) {
  const at = this.buffer.indexOf(CHARS[c]!, this.index - this.offset + 1);
  if (at >= 0) {
    this.index = at + this.offset;
    return true;
  }
  this.index = this.buffer.length + this.offset - 1;
  return false;
};

for (const name of ['stateText', 'handleInAttributeValue', 'stateInTagName', 'stateInAttributeName', 'fastForwardTo']) {
  if (typeof stock[name] !== 'function') throw new Error(`htmlparser2's tokenizer has no ${name}: the scanning tokenizer needs the version pinned in package.json`);
}
