import iconv from 'iconv-lite';
import chardet from 'chardet';
import type { SourceInfo } from '../../core/doc.js';

export type Encoding = NonNullable<SourceInfo['encoding']>;

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** Labels browsers treat as windows-1252 (WHATWG Encoding): a page "in latin-1" really is cp1252. */
const CP1252_ALIASES = new Set(['iso-8859-1', 'latin1', 'latin-1', 'l1', 'us-ascii', 'ascii', 'cp1252', 'windows-1252', 'iso8859-1', 'iso_8859-1']);

export const canonicalCharset = (label: string): string | null => {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!l) return null;
  if (l === 'utf8' || l === 'utf-8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  if (CP1252_ALIASES.has(l)) return 'windows-1252';
  return iconv.encodingExists(l) ? l : null;
};

/** The charset an HTML or XML document declares in its first 4 KB (meta charset, http-equiv, XML declaration). */
export const declaredCharset = (bytes: Uint8Array): string | null => {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m?.[1] ? canonicalCharset(m[1]) : null;
};

/** Strict UTF-8 validity (the TextDecoder with fatal: true is correct for UTF-8 on Node 20). */
const utf8 = new TextDecoder('utf-8', { fatal: true });
const isValidUtf8 = (bytes: Uint8Array): boolean => {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

export interface Decoded {
  text: string;
  encoding: Encoding;
}

/**
 * Bytes to text: BOM, then a declared charset (HTTP header or meta) when the bytes agree with it,
 * then valid UTF-8, then a detector, then windows-1252 (which decodes any byte sequence).
 * A declaration that lies (says latin-1, bytes are valid multi-byte UTF-8) loses to the bytes.
 */
export function decodeBytes(bytes: Uint8Array, opts: { declared?: string | null } = {}): Decoded {
  for (const [bom, charset] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) {
      return { text: iconv.decode(Buffer.from(bytes.subarray(bom.length)), charset), encoding: { charset, evidence: 'bom' } };
    }
  }
  const declared = opts.declared ? canonicalCharset(opts.declared) : null;
  const valid = isValidUtf8(bytes);
  if (declared && declared !== 'utf-8' && !(valid && hasMultibyte(bytes))) {
    return { text: iconv.decode(Buffer.from(bytes), declared), encoding: { charset: declared, evidence: 'declared' } };
  }
  if (valid) return { text: utf8.decode(bytes), encoding: { charset: 'utf-8', evidence: declared === 'utf-8' ? 'declared' : 'utf8-valid' } };
  const guess = chardet.detect(bytes);
  const detected = guess ? canonicalCharset(guess) : null;
  if (detected && detected !== 'utf-8') {
    return { text: iconv.decode(Buffer.from(bytes), detected), encoding: { charset: detected, evidence: 'detected' } };
  }
  return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: { charset: 'windows-1252', evidence: 'fallback' } };
}

const hasMultibyte = (bytes: Uint8Array): boolean => {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
};

/** Share of bytes that are NUL or C0 controls other than whitespace, in the first 8 KB. */
export function binaryRatio(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b)) bad++;
  }
  return bad / n;
}
