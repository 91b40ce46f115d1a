/**
 * A page as a site built with CSS-in-JS or CSS modules serves it: every class and id value hashed
 * ("article-body comments" → "css-1k3x9q css-7zq2m"), so no name says what an element is. Tag names,
 * roles, `itemprop`, `rel`, `hidden` and `style` stay, as they do on such sites. `sauber eval
 * --hash-class-names` reads the benchmark pages so, to measure what the extractor finds without the
 * class and id words its HTML rules read.
 */

/** An open tag: its name and attributes, up to its `>`. */
const OPEN_TAG = /<[a-zA-Z][^<>]*>/g;
/** A class or id attribute: quoted either way, or bare. */
const CLASS_OR_ID = /(\s)(class|id)(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'>]+)/gi;

/** A short stable hash of one name, as a CSS-in-JS library makes it (`css-` and base 36). */
export function hashedName(name: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return 'css-' + (h >>> 0).toString(36);
}

/**
 * The page's bytes with every class and id value hashed name by name. Read as Latin-1, so the bytes
 * of any charset pass through unchanged outside those values.
 */
export function hashClassNames(bytes: Uint8Array): Buffer {
  const page = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const out = page.replace(OPEN_TAG, (tag) =>
    tag.replace(CLASS_OR_ID, (_m, space: string, attr: string, eq: string, value: string) => {
      const names = value.replace(/^["']|["']$/g, '').split(/\s+/).filter(Boolean);
      return `${space}${attr}${eq}"${names.map(hashedName).join(' ')}"`;
    }),
  );
  return Buffer.from(out, 'latin1');
}
