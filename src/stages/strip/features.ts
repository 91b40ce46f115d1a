/**
 * Language-light features of one block of text, shared by the strip rules: how long it is, how
 * much it reads like running prose (stopword density, sentence punctuation), its script.
 */

// The most frequent function words of the languages sauber meets most (German first). A block
// of running prose in any of them has many; menus, teaser titles and counters have few.
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'der die das den dem des ein eine einer eines einem einen und oder aber nicht auch als auf aus bei bis durch für gegen im in ist mit nach noch nur so über um unter vom von vor war wie wird wurde zu zum zur sich sie er es wir ihr ich du man dass daß ob wenn weil hat haben hatte sind sein seine ihre ihren ihrem kann können soll sollen muss müssen werden wurden diese dieser dieses doch schon sehr mehr dann denn da hier dort was wer wo am an ab ja nein kein keine einen dies immer wieder etwa gibt sei seien habe '
    + 'the a an and or but not of to in on at by for from with as is are was were be been has have had it its this that these those which who whom what when where there their they he she we you i his her our your will would can could should may might do does did than then so if into about over after before also more most such only other no '
    + 'le la les un une des du de et ou mais pas est sont dans sur pour par avec que qui ce cette ces il elle ils nous vous au aux en se sa son ses leur plus '
    + 'el los las una unos y o pero no es son en con por para que del al lo su sus como más este esta '
    + 'il lo gli della delle di che è per con non una sono '
    + 'w z i na do nie się jest że to o od po jak ale '
    // Others met now and then, none a common word in the languages above: Portuguese, Dutch, Indonesian/Malay, the
    // Scandinavian languages, Finnish, Turkish, Czech, Romanian, Hungarian, Vietnamese.
    + 'os um uma e dos em nos nas não é ao mais '
    + 'het een van op te dat voor met zijn niet aan ook bij maar naar '
    + 'yang dan ke dari ini itu dengan untuk tidak ada pada adalah akan juga dalam atau '
    + 'och att det som på är av för med till har inte ett og til af jeg ikke '
    + 'että oli hän kun mutta myös '
    + 've bir bu için ile olan gibi daha çok '
    + 'se je že jsou '
    + 'și în cu pe că este sunt '
    + 'az és hogy nem egy meg csak '
    + 'và của là có không các được trong cho những với một người này đã'
  ).split(/\s+/),
);

export interface TextProfile {
  chars: number;
  words: number;
  stopwordDensity: number;
  /** Ends like a sentence: . ! ? … or a closing quote/bracket after one. */
  sentenceEnd: boolean;
  /** Number of sentence-internal punctuation marks (, ; :). */
  commas: number;
  /** Running prose: long enough, many function words, punctuated like sentences. */
  prose: boolean;
  script: string;
}

const SCRIPTS: Array<[string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  // Japanese writes one text in Han, Hiragana and Katakana (Chinese in Han alone): one family.
  ['CJK', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
];

const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LOWER_LETTER = /\p{Ll}/u;
const UPPER_LETTER = /\p{Lu}/u;

/**
 * What the regexes below say about one BMP code unit, worked out on first sight and kept: the
 * regexes cost far more than a table look-up, and every page repeats the same few hundred characters.
 * Bit 0x80: known; 0x40: `\p{L}` or `\p{N}` (a word character); 0x20: `\p{Lu}`; 0x10: `\p{Ll}`;
 * low nibble: index in SCRIPTS of a letter's script, SCRIPTS.length for another script, NOT_LETTER
 * for no letter.
 */
const BMP = new Uint8Array(0x10000);
const KNOWN = 0x80;
const IS_WORD = 0x40;
const IS_UPPER = 0x20;
const IS_LOWER = 0x10;
const NOT_LETTER = 0x0f;

function classify(ch: string): number {
  const bits = KNOWN | (WORD_CHAR.test(ch) ? IS_WORD : 0);
  if (!LETTER.test(ch)) return bits | NOT_LETTER;
  const s = SCRIPTS.findIndex(([, re]) => re.test(ch));
  return bits | (LOWER_LETTER.test(ch) ? IS_LOWER : UPPER_LETTER.test(ch) ? IS_UPPER : 0) | (s < 0 ? SCRIPTS.length : s);
}

const bmpClass = (unit: number): number => BMP[unit] || (BMP[unit] = classify(String.fromCharCode(unit)));

/** The case of one UTF-16 code unit: 2 a lower-case letter (`\p{Ll}`), 3 a capital (`\p{Lu}`), 1 anything else (a surrogate too). */
export function letterCase(unit: number): number {
  const c = bmpClass(unit);
  return c & IS_LOWER ? 2 : c & IS_UPPER ? 3 : 1;
}

/** A letter's script as `scriptCounts` names it, `undefined` for no letter. */
function scriptOf(cp: number): string | undefined {
  const c = cp > 0xffff ? classify(String.fromCodePoint(cp)) : bmpClass(cp);
  const s = c & 0x0f;
  return s === NOT_LETTER ? undefined : (SCRIPTS[s]?.[0] ?? 'Other');
}

/** How many letters of `script` (a name `profile` gives) a text holds. */
export const lettersOf = (text: string, script: string): number => scriptCounts(text).get(script) ?? 0;

/** Letters per script in a text. ASCII and Latin-1/Extended letters skip the regexes (most pages). */
function scriptCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const latin = countLetters(text, counts);
  if (latin) counts.set('Latin', (counts.get('Latin') ?? 0) + latin);
  return counts;
}

/** Adds the letters outside ASCII and Latin-1/Extended to `counts` (script by script, as met); returns how many letters were ASCII or Latin-1/Extended. */
function countLetters(text: string, counts: Map<string, number>): number {
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
      continue;
    }
    if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) {
      latin++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const s = scriptOf(cp);
    if (s !== undefined) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return latin;
}

const scratch = new Map<string, number>();

/**
 * Adds a text's letters to a page's counts, in the order `scriptCounts` lists them, and returns the
 * text's own dominant script, without a map of its own when all its letters are ASCII or Latin-1/Extended.
 */
function addScriptCounts(text: string, page: Map<string, number>): string {
  scratch.clear();
  const latin = countLetters(text, scratch);
  if (scratch.size === 0) {
    if (latin) page.set('Latin', (page.get('Latin') ?? 0) + latin);
    // {Latin: n} or no letters at all: dominantScript says Latin either way.
    return 'Latin';
  }
  if (latin) scratch.set('Latin', (scratch.get('Latin') ?? 0) + latin);
  for (const [s, n] of scratch) page.set(s, (page.get(s) ?? 0) + n);
  return dominantScript(scratch);
}

/**
 * A code unit outside ASCII and Latin-1/Extended, and outside General Punctuation (U+2000–U+206F:
 * „“–…, no letter among them, checked for every code point): only such a one can be a letter that
 * `countLetters` looks up. Global: the scan goes on from the last one found.
 */
const MAYBE_LOOKED_UP = /[^\x00-\x7f\xc0-\u024f\u2000-\u206f]/g;

/**
 * Whether the text has a letter that `scriptCounts` counts under another name than the fast Latin ones.
 * The regex finds the candidates (no JS loop over the other characters); each is classified on its own.
 * A low surrogate found after its high one is no letter by itself, so no pair is counted twice.
 */
function hasLookedUpLetter(text: string): boolean {
  MAYBE_LOOKED_UP.lastIndex = 0;
  while (MAYBE_LOOKED_UP.test(text)) if (scriptOf(text.codePointAt(MAYBE_LOOKED_UP.lastIndex - 1)!) !== undefined) return true;
  return false;
}

/**
 * The dominant script of a page (all its texts' letters) and of each text, as `dominantScript` of
 * their `scriptCounts`. On most pages all letters are ASCII or Latin-1/Extended: then every count
 * is {Latin: n} or empty, every answer Latin, and no letter needs counting.
 */
export function pageScripts(texts: readonly string[]): { page: string; own: string[] } {
  if (!texts.some(hasLookedUpLetter)) return { page: 'Latin', own: texts.map(() => 'Latin') };
  const counts = new Map<string, number>();
  const own = texts.map((t) => addScriptCounts(t, counts));
  return { page: dominantScript(counts), own };
}

const dominantScript = (counts: Map<string, number>): string => {
  let best = 'Latin';
  let n = -1;
  for (const [s, c] of counts) if (c > n) [best, n] = [s, c];
  return best;
};

const SENTENCE_END = /[.!?…。！？]['"”“»«」』)\]]*$|[.!?…]\s*\(\w[^)]{0,40}\)$/u;
/**
 * A sentence ends inside the line: a word of two lower-case letters or more, its stop (what a match
 * holds), a capital after it ("Dr. Smith", "St. Louis" and "31. October" are no end).
 */
export const INNER_SENTENCE_END = /\p{Ll}{2}[.!?](?=\s+\p{Lu})/u;
export const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

const UNSPACED = new Set(['CJK', 'Thai']);
/** A sentence closed by a full-width stop, not trailing off ("……" closes a teaser): a short one is a sentence of its own ("これが非常に困ったもの。"). */
const CJK_FULL_STOP = /[。！？]["”’」』）)]*$/u;

/** SENTENCE_END's first branch: closing quotes and brackets, and before them a sentence mark. */
const isSentenceMark = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
const isClosing = (c: number): boolean =>
  c === 0x27 || c === 0x22 || c === 0x201d || c === 0x201c || c === 0xbb || c === 0xab || c === 0x300d || c === 0x300f || c === 0x29 || c === 0x5d;

/**
 * SENTENCE_END without the regex, which is tried at every position of the text: `profile(text).sentenceEnd`. Its second branch
 * needs a final ")", so other texts only need the first; the two sets of its first branch share no
 * character, so the sentence mark is the last character that is no closing one.
 */
export function endsSentence(text: string): boolean {
  if (text.charCodeAt(text.length - 1) === 0x29) return SENTENCE_END.test(text);
  let k = text.length - 1;
  while (k >= 0 && isClosing(text.charCodeAt(k))) k--;
  return k >= 0 && isSentenceMark(text.charCodeAt(k));
}

/** [,;:、，；：], counted. */
const isComma = (c: number): boolean => c === 0x2c || c === 0x3b || c === 0x3a || c === 0x3001 || c === 0xff0c || c === 0xff1b || c === 0xff1a;

/** Longest stopword: a longer word is none, since lower-casing never shortens a string (checked for every code point). */
const STOPWORD_MAX = Math.max(...[...STOPWORDS].map((w) => w.length));

/**
 * The stopwords as a trie over the letters they use, walked code unit by code unit: lower-casing
 * maps each code point on its own (only a final Σ looks at its neighbours, and no stopword has a
 * sigma), so a word is a stopword exactly when each of its code units lower-cases to the next
 * letter of one. No slice and no lower-cased copy of every short word.
 */
const STOP_LETTERS = [...new Set([...STOPWORDS].join(''))];
const STOP_LETTER_INDEX = new Map(STOP_LETTERS.map((ch, k) => [ch, k]));
const STOP_TRIE: number[] = [];
const STOP_END: boolean[] = [];
const newNode = (): number => {
  for (let k = 0; k < STOP_LETTERS.length; k++) STOP_TRIE.push(-1);
  STOP_END.push(false);
  return STOP_END.length - 1;
};
newNode();
for (const w of STOPWORDS) {
  let node = 0;
  for (const ch of w) {
    const at = node * STOP_LETTERS.length + STOP_LETTER_INDEX.get(ch)!;
    if (STOP_TRIE[at]! < 0) STOP_TRIE[at] = newNode();
    node = STOP_TRIE[at]!;
  }
  STOP_END[node] = true;
}

/** Per code unit: 1 + the index of its lower-cased form among STOP_LETTERS, -1 for none, 0 not yet known. */
const STOP_LETTER_OF = new Int8Array(0x10000);
function stopLetter(unit: number): number {
  let v = STOP_LETTER_OF[unit]!;
  if (v === 0) {
    const k = STOP_LETTER_INDEX.get(String.fromCharCode(unit).toLowerCase());
    v = STOP_LETTER_OF[unit] = k === undefined ? -1 : k + 1;
  }
  return v - 1;
}

/** Whether text[start, end) lower-cased is a stopword. */
function isStopword(text: string, start: number, end: number): boolean {
  if (end - start > STOPWORD_MAX) return false;
  let node = 0;
  for (let i = start; i < end; i++) {
    const k = stopLetter(text.charCodeAt(i));
    if (k < 0) return false;
    node = STOP_TRIE[node * STOP_LETTERS.length + k]!;
    if (node < 0) return false;
  }
  return STOP_END[node]!;
}

/** Whether the code point at `i` (its first code unit `c`) is `\p{L}` or `\p{N}`. */
function isWordCodePoint(c: number, text: string, i: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) return WORD_CHAR.test(String.fromCodePoint(cp));
  }
  return (bmpClass(c) & IS_WORD) !== 0;
}

/** Words (the matches of WORD), the stopwords among them and the commas, without building the list of words. */
function countWords(text: string): { words: number; stop: number; commas: number } {
  let words = 0;
  let stop = 0;
  let commas = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordCodePoint(c, text, i)) {
      // Every character outside a word passes here once; no comma is part of a word.
      if (isComma(c)) commas++;
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const start = i;
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d === 0x27 || d === 0x2019 || d === 0x2d) i++;
      else if (isWordCodePoint(d, text, i)) i += d >= 0xd800 && d <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      else break;
    }
    words++;
    if (isStopword(text, start, i)) stop++;
  }
  return { words, stop, commas };
}

/** The features of one text, in its own dominant script. */
export function profile(text: string): TextProfile {
  return profileInScript(text, dominantScript(scriptCounts(text)));
}

/** `profile` of a text whose dominant script is known. */
export function profileInScript(text: string, script: string): TextProfile {
  const { words, stop, commas } = countWords(text);
  const stopwordDensity = words ? stop / words : 0;
  const sentenceEnd = endsSentence(text);
  const chars = text.length;
  const prose =
    (chars >= 80 && stopwordDensity >= 0.12 && (sentenceEnd || commas >= 2)) ||
    (chars >= 40 && sentenceEnd && stopwordDensity >= 0.2 && words >= 7) ||
    // Scripts written without spaces have no words or stopwords to count: sentences decide.
    (UNSPACED.has(script) && ((chars >= 25 && (sentenceEnd || commas >= 2)) || (chars >= 12 && CJK_FULL_STOP.test(text)))) ||
    // Nor has STOPWORDS any of the other scripts' words (Cyrillic, Greek, Arabic, Hangul …): a long run of words punctuated like sentences.
    (script !== 'Latin' && !UNSPACED.has(script) && chars >= 50 && words >= 8 && (sentenceEnd || commas >= 2));
  return { chars, words, stopwordDensity, sentenceEnd, commas, prose, script };
}
