import type { Element } from 'domhandler';

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
  attribs: Readonly<Record<string, string>>;
}

const splitWords = (name: string): string[] =>
  name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9äöüß]+/)
    .map((w) => w.replace(/\d+$/, ''))
    .filter(Boolean);

export function viewOf(el: Element): ElementView {
  const a = el.attribs;
  const raw = `${a['class'] ?? ''} ${a['id'] ?? ''}`.trim();
  const names = raw ? raw.split(/\s+/).map((n) => n.toLowerCase()) : [];
  const words = new Set<string>();
  if (raw) for (const n of raw.split(/\s+/)) for (const w of splitWords(n)) words.add(w);
  return { tag: el.name, role: (a['role'] ?? '').toLowerCase(), names, words, attribs: a };
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
  viewOf({ name: tag, attribs } as unknown as Element);
