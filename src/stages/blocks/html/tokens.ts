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
   * verdict depends on nothing but what the walk's cache key holds (tag, class, id, role, these).
   */
  attribs: Readonly<{ hidden?: string; style?: string }>;
}

const splitWords = (name: string): string[] =>
  name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9äöüß]+/)
    .map((w) => w.replace(/\d+$/, ''))
    .filter(Boolean);

// Class names repeat across a page and across pages: split each once (bounded, cleared when full).
const WORDS_CACHE = new Map<string, string[]>();
const wordsOf = (name: string): string[] => {
  let w = WORDS_CACHE.get(name);
  if (!w) {
    if (WORDS_CACHE.size > 20_000) WORDS_CACHE.clear();
    w = splitWords(name);
    WORDS_CACHE.set(name, w);
  }
  return w;
};
const SPACE_RUN = /\s+/;

export function viewOf(tag: string, a: Readonly<Record<string, string>>): ElementView {
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
