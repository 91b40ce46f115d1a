/**
 * The markup of one element as the boilerplate rules see it: tag, ARIA role, and the words of
 * its class and id (`article-share_bar` → `article`, `share`, `bar`; `adSlot` → `ad`, `slot`).
 * Words, not substrings: `header` must not match `head`, `ad` must not match `shadow`.
 */
export interface ElementView {
  tag: string;
  role: string;
  /** Whole class names and the id, lowercased (`sr-only`, `comments`). */
  names: readonly string[];
  /** The words of those names. */
  words: ReadonlySet<string>;
  /**
   * The other attributes rules may read: `hidden` and `style`. Only these, so that a rule's
   * verdict depends on nothing but what the walk's cache key holds (tag, class, id, role, these;
   * of a style only what rules.ts's styleKey keeps).
   */
  attribs: Readonly<{ hidden?: string; style?: string }>;
}

/**
 * The words of one class or id: split at camelCase humps and at anything but letters and digits,
 * lowercased, trailing digits dropped (`teaser2` is a teaser). Names of ASCII only (nearly all)
 * take a loop that builds no intermediate strings; the regular expressions say the same for all.
 */
export function splitWords(name: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c > 0x7f) return splitWordsOfAnyScript(name);
    const upper = c >= 65 && c <= 90;
    const word = upper || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    // A hump (`adSlot`) or a separator ends the word before it.
    const hump = upper && i > 0 && name.charCodeAt(i - 1) >= 97 && name.charCodeAt(i - 1) <= 122;
    if (start >= 0 && (!word || hump)) {
      pushWord(words, name, start, i);
      start = -1;
    }
    if (word && start < 0) start = i;
  }
  if (start >= 0) pushWord(words, name, start, name.length);
  return words;
}

/** name[start, end) lowercased, without trailing digits, unless nothing is left. */
function pushWord(words: string[], name: string, start: number, end: number): void {
  while (end > start && name.charCodeAt(end - 1) >= 48 && name.charCodeAt(end - 1) <= 57) end--;
  if (end > start) words.push(name.slice(start, end).toLowerCase());
}

/**
 * Whether a name (one class name, or the id) is one of `vocabulary` or holds one of its words:
 * `vocabulary.has(name.toLowerCase()) || splitWords(name).some((w) => vocabulary.has(w))`, for a
 * name that is `source[start, end)`. An ASCII name (nearly all) is read once, hashing the whole
 * name and each word as splitWords cuts it, without building a string: only a hash the vocabulary
 * has is checked with the strings. Others take the words of splitWords.
 */
export function vocabularyTest(vocabulary: ReadonlySet<string>): (source: string, start: number, end: number) => boolean {
  const hashes = new Set<number>();
  for (const v of vocabulary) {
    let h = 0;
    for (let i = 0; i < v.length; i++) h = (Math.imul(h, 31) + v.charCodeAt(i)) | 0;
    hashes.add(h);
  }
  const holds = (source: string, start: number, end: number): boolean => vocabulary.has(source.slice(start, end).toLowerCase());
  return (source, start, end) => {
    let whole = 0;
    let word = 0;
    /** The word's hash and end without its trailing digits (splitWords drops them). */
    let kept = 0;
    let keptEnd = -1;
    let wordStart = -1;
    for (let i = start; i < end; i++) {
      const c = source.charCodeAt(i);
      if (c > 0x7f) {
        const name = source.slice(start, end);
        return vocabulary.has(name.toLowerCase()) || splitWords(name).some((w) => vocabulary.has(w));
      }
      const upper = c >= 65 && c <= 90;
      const lower = c >= 97 && c <= 122;
      const digit = c >= 48 && c <= 57;
      const lc = upper ? c + 32 : c;
      whole = (Math.imul(whole, 31) + lc) | 0;
      const hump = upper && i > start && source.charCodeAt(i - 1) >= 97 && source.charCodeAt(i - 1) <= 122;
      if (wordStart >= 0 && (!(upper || lower || digit) || hump)) {
        if (keptEnd > wordStart && hashes.has(kept) && holds(source, wordStart, keptEnd)) return true;
        wordStart = -1;
      }
      if (upper || lower || digit) {
        if (wordStart < 0) {
          wordStart = i;
          word = 0;
          keptEnd = -1;
        }
        word = (Math.imul(word, 31) + lc) | 0;
        if (!digit) {
          kept = word;
          keptEnd = i + 1;
        }
      }
    }
    if (wordStart >= 0 && keptEnd > wordStart && hashes.has(kept) && holds(source, wordStart, keptEnd)) return true;
    return hashes.has(whole) && holds(source, start, end);
  };
}

const splitWordsOfAnyScript = (name: string): string[] =>
  name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9äöüß]+/)
    .map((w) => w.replace(/\d+$/, ''))
    .filter(Boolean);

// Class names repeat across a page and across pages: split each once (bounded, cleared when full).
const WORDS_CACHE = new Map<string, string[]>();
export const wordsOf = (name: string): readonly string[] => {
  let w = WORDS_CACHE.get(name);
  if (!w) {
    if (WORDS_CACHE.size > 20_000) WORDS_CACHE.clear();
    // A copy: a name is often a slice of the page's source, and V8 keeps the whole source alive
    // while a slice of it (or of the words cut from it) lives in this cache.
    const own = (' ' + name).slice(1);
    w = splitWords(own);
    WORDS_CACHE.set(own, w);
  }
  return w;
};
const SPACE_RUN = /\s+/;

export function viewOf(tag: string, a: Readonly<Record<string, string | undefined>>): ElementView {
  const raw = `${a['class'] ?? ''} ${a['id'] ?? ''}`.trim();
  const parts = raw ? raw.split(SPACE_RUN) : [];
  const names = parts.map((n) => n.toLowerCase());
  const words = new Set<string>();
  for (const n of parts) for (const w of wordsOf(n)) words.add(w);
  const attribs: { hidden?: string; style?: string } = {};
  if (a['hidden'] !== undefined) attribs.hidden = a['hidden'];
  if (a['style'] !== undefined) attribs.style = a['style'];
  return { tag, role: (a['role'] ?? '').toLowerCase(), names, words, attribs };
}

export const hasWord = (v: ElementView, words: ReadonlySet<string>): string | null => {
  for (const w of v.words) if (words.has(w)) return w;
  return null;
};

export const hasName = (v: ElementView, names: ReadonlySet<string>): string | null => {
  for (const n of v.names) if (names.has(n)) return n;
  return null;
};

export const wordSet = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** A tiny element view for rule tests and examples: `view('div', {class: 'share-bar'})`. */
export const view = (tag: string, attribs: Record<string, string> = {}): ElementView =>
  viewOf(tag, attribs);
