import { newBlock, type Block } from '../../core/doc.js';

const BULLET = /^[•·▪●◦‣∙*–-]\s+/u;

interface Line {
  text: string;
  /** 1-based line number. */
  line: number;
  start: number;
  end: number;
  bullet: boolean;
}

/**
 * Hard-wrapped prose (a plain-text mail, a `<pre>` block, a text file filled at 72 columns): its
 * lines run nearly to one width and break sentences anywhere. Widths a text is filled at, and how
 * far short of the longest line a full line may end (the next word did not fit).
 */
const WRAP_MIN_WIDTH = 55;
const WRAP_MAX_WIDTH = 100;
const WRAP_SLACK = 15;
/** Full lines a paragraph needs before its lines count as wrapped (two lines are as often two items), unless other paragraphs of the text are wrapped at that width. */
const WRAP_MIN_FULL = 2;
const WORDS_MIN = 5;
/** A line that goes on with the sentence: its first letter lower case ("advice.el shipped as …", "etwas beizubringen …"). */
const CONTINUES = /^[\p{Ll}(„"'‚]/u;
/** A teaser cut short ("Office 365 – HBDI…") ends no line of wrapped prose. */
const CUT_SHORT = /(?:…|\.\.\.)$/u;
/** How a paragraph's last line ends: a sentence's stop, maybe inside quotes or brackets. */
const SENTENCE_END = /[.!?:;…]["“”»)’']?$/u;

const words = (t: string): number => t.split(' ').length;
const firstWordLength = (t: string): number => {
  const space = t.indexOf(' ');
  return space < 0 ? t.length : space;
};

/**
 * The paragraphs of one run of lines without a blank line between them, as line ranges
 * [first, last]. Lines join where the run is hard-wrapped prose: every line but a paragraph's
 * last nearly as long as the run's longest (55–100 characters, or `known`, the width the text's
 * other paragraphs are filled at), each broken where the next line's first word would not have
 * fitted, two full lines at least (one at a known width), most breaks inside a sentence (the
 * next line opens in lower case), and a sentence closing the last line. A list of headlines is
 * as even but breaks between them; a list of short items is not even.
 */
function wrappedParagraphs(run: readonly Line[], known?: number): Array<[number, number]> {
  const single = run.map((_, i): [number, number] => [i, i]);
  let width = 0;
  for (const l of run) width = Math.max(width, l.text.length);
  if (known !== undefined) {
    if (width > known) return single;
    width = known;
  } else if (run.length < 3) return single;
  if (width < WRAP_MIN_WIDTH || width > WRAP_MAX_WIDTH) return single;
  const minFull = known === undefined ? WRAP_MIN_FULL : 1;
  const full = (l: Line): boolean => l.text.length >= width - WRAP_SLACK && words(l.text) >= WORDS_MIN && !l.bullet && !CUT_SHORT.test(l.text);
  // The next line's first word would not have fitted on this one: where a filled text breaks, and a list's short items do not.
  const breaksHere = (l: Line, next: Line): boolean => !next.bullet && l.text.length + 1 + firstWordLength(next.text) > width;
  const out: Array<[number, number]> = [];
  for (let i = 0; i < run.length; ) {
    let j = i;
    while (j + 1 < run.length && full(run[j]!) && breaksHere(run[j]!, run[j + 1]!)) j++;
    let continued = 0;
    for (let k = i + 1; k <= j; k++) if (CONTINUES.test(run[k]!.text)) continued++;
    const breaks = j - i;
    // A paragraph ends a sentence; a list of items run together need not.
    if (breaks >= minFull && continued * 2 >= breaks && SENTENCE_END.test(run[j]!.text)) out.push([i, j]);
    else for (let k = i; k <= j; k++) out.push([k, k]);
    i = j + 1;
  }
  return out;
}

/**
 * A text dump to blocks: one block a non-empty line (a dump is what select-all-and-copy gives:
 * one block of the page a line), except hard-wrapped prose, whose lines join into a paragraph.
 * Leading bullets become a flag, not text.
 */
export function textBlocks(content: string): Block[] {
  const lines = content.split('\n');
  const runs: Line[][] = [];
  let run: Line[] = [];
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lead = line.length - line.trimStart().length;
    let text = line.trim().replace(/[ \t]+/g, ' ');
    if (text) {
      const bullet = BULLET.exec(text);
      const isBullet = !!bullet && text.length > bullet[0].length;
      if (isBullet) text = text.slice(bullet[0].length);
      run.push({ text, line: i + 1, start: offset + lead, end: offset + line.trimEnd().length, bullet: isBullet });
    } else if (run.length) {
      runs.push(run);
      run = [];
    }
    offset += line.length + 1;
  }
  if (run.length) runs.push(run);
  // Where the text is wrapped, its width is known, and a paragraph of two lines joins too.
  const paragraphs = runs.map((r) => wrappedParagraphs(r));
  let known = 0;
  runs.forEach((r, k) => {
    if (paragraphs[k]!.length < r.length) for (const l of r) known = Math.max(known, l.text.length);
  });
  if (known) runs.forEach((r, k) => {
    if (r.length > 1) paragraphs[k] = wrappedParagraphs(r, known);
  });
  const blocks: Block[] = [];
  for (const [k, r] of runs.entries()) {
    for (const [a, b] of paragraphs[k]!) {
      const first = r[a]!;
      const text = a === b ? first.text : r.slice(a, b + 1).map((l) => l.text).join(' ');
      const flags = first.bullet ? ['bullet'] : a === b ? undefined : ['wrapped'];
      blocks.push(newBlock({ index: blocks.length, text, line: first.line, start: first.start, end: r[b]!.end, role: 'unknown', flags }));
    }
  }
  return blocks;
}
