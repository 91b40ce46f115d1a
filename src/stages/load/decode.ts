import { isAscii, isUtf8 } from 'node:buffer';
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
const CP1252_ALIASES = new Set(['iso-8859-1', 'latin1', 'latin-1', 'l1', 'us-ascii', 'ascii', 'cp1252', 'windows-1252', 'iso8859-1', 'iso_8859-1', 'x-user-defined']);

export const canonicalCharset = (label: string): string | null => {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!l) return null;
  if (l === 'utf8' || l === 'utf-8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  if (CP1252_ALIASES.has(l)) return 'windows-1252';
  return iconv.encodingExists(l) ? l : null;
};

/**
 * The charset an HTML or XML document declares in its first 4 KB (meta charset, http-equiv, XML
 * declaration). A page that reached us as single bytes cannot be UTF-16 whatever it says, so, as
 * browsers do (WHATWG prescan), a declared UTF-16 means UTF-8.
 */
export const declaredCharset = (bytes: Uint8Array): string | null => {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  const charset = m?.[1] ? canonicalCharset(m[1]) : null;
  return charset && /^(utf-?16|ucs-?2)/.test(charset) ? 'utf-8' : charset;
};

/** Strict UTF-8 validity (the TextDecoder with fatal: true is correct for UTF-8 on Node 20). */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Length of the UTF-8 sequence starting at `i`, or 0 when the bytes there are not one (RFC 3629). */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const n = bytes.length;
  const c1 = i + 1 < n ? bytes[i + 1]! : -1;
  if (b >= 0xc2 && b <= 0xdf) return c1 >= 0x80 && c1 <= 0xbf ? 2 : 0;
  const c2 = i + 2 < n ? bytes[i + 2]! : -1;
  if (b >= 0xe0 && b <= 0xef) {
    const lo = b === 0xe0 ? 0xa0 : 0x80;
    const hi = b === 0xed ? 0x9f : 0xbf;
    return c1 >= lo && c1 <= hi && c2 >= 0x80 && c2 <= 0xbf ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const c3 = i + 3 < n ? bytes[i + 3]! : -1;
    const lo = b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xf4 ? 0x8f : 0xbf;
    return c1 >= lo && c1 <= hi && c2 >= 0x80 && c2 <= 0xbf && c3 >= 0x80 && c3 <= 0xbf ? 4 : 0;
  }
  return 0;
}

export interface Utf8Scan {
  /** Well-formed sequences of two bytes or more (on valid UTF-8 only whether there is one: 0 or 1). */
  multibyte: number;
  /** Bytes that start no well-formed sequence. */
  invalid: number;
  /** Bytes of a sequence cut off by the end of the input (a truncated download), 0..3. */
  truncatedTail: number;
}

/** Counts what UTF-8 makes of the bytes; a cut-off last character is not held against them. */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const tail = truncatedTail(bytes);
  const end = bytes.length - tail;
  const body = bytes.subarray(0, end);
  // Native checks first: on a 50 MB page the byte loop below is what takes time.
  if (isAscii(body)) return { multibyte: 0, invalid: 0, truncatedTail: tail };
  // Valid and not ASCII: there is a multi-byte sequence, and with no invalid byte their number
  // decides nothing (see mostlyUtf8 in decodeBytes), so it is not counted.
  if (isUtf8(body)) return { multibyte: 1, invalid: 0, truncatedTail: tail };
  let multibyte = 0;
  let invalid = 0;
  for (let i = 0; i < end; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceAt(bytes, i);
    if (n > 1 && i + n <= end) {
      multibyte++;
      i += n;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid, truncatedTail: tail };
}

/** Number of bytes at the end that begin a multi-byte sequence the input ends in the middle of. */
function truncatedTail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back]!;
    if (b >= 0x80 && b <= 0xbf) continue; // a continuation byte: look further back for the lead
    const need = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 0;
    return need > back ? back : 0;
  }
  return 0;
}

/** Stretch of a page checked for ASCII at once (see decodeValidUtf8). */
const ASCII_CHUNK = 1024;

/**
 * What `utf8.decode` makes of bytes known to be valid UTF-8, faster: V8 runs every byte after the
 * first non-ASCII one through its UTF-8 state machine twice (to measure, then to decode), while a
 * page is mostly ASCII markup. Stretches of ASCII (most 1 KB chunks of a page) are copied as
 * Latin-1 instead; the rest is decoded by Buffer, which, unlike TextDecoder, keeps a U+FEFF at the
 * start of a piece; a BOM at the very start (which TextDecoder drops) goes the old way.
 */
export function decodeValidUtf8(bytes: Uint8Array): string {
  const n = bytes.length;
  if (n <= ASCII_CHUNK || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) return utf8.decode(bytes);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, n);
  const parts: string[] = [];
  let runStart = 0;
  let runAscii = false;
  for (let start = 0; start < n; ) {
    let end = Math.min(n, start + ASCII_CHUNK);
    // Never cut a character: a chunk ends before a lead or ASCII byte.
    while (end < n && (buf[end]! & 0xc0) === 0x80) end++;
    const ascii = isAscii(buf.subarray(start, end));
    if (start > runStart && ascii !== runAscii) {
      parts.push(buf.toString(runAscii ? 'latin1' : 'utf8', runStart, start));
      runStart = start;
    }
    runAscii = ascii;
    start = end;
  }
  parts.push(buf.toString(runAscii ? 'latin1' : 'utf8', runStart, n));
  return parts.length === 1 ? parts[0]! : parts.join('');
}

/** UTF-8 where it is well-formed, windows-1252 for the stray bytes of a page mixed from both. */
function decodeMixed(bytes: Uint8Array): string {
  const parts: string[] = [];
  let runStart = 0;
  for (let i = 0; i < bytes.length; ) {
    const n = bytes[i]! < 0x80 ? 1 : utf8SequenceAt(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    if (i > runStart) parts.push(utf8.decode(bytes.subarray(runStart, i)));
    parts.push(iconv.decode(Buffer.from(bytes.subarray(i, i + 1)), 'windows-1252'));
    runStart = ++i;
  }
  if (runStart < bytes.length) parts.push(utf8.decode(bytes.subarray(runStart)));
  return parts.join('');
}

/**
 * UTF-16 without a BOM: in Latin text every other byte is NUL. Read from the first 4 KB; true only
 * when one side is nearly all NUL and the other nearly never, which binary formats rarely are.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.9 && evenNul === 0) return 'utf-16le';
  if (evenNul >= pairs * 0.9 && oddNul === 0) return 'utf-16be';
  return null;
}

export interface Decoded {
  text: string;
  encoding: Encoding;
}

/** The detector reads a sample: on the whole of a 50 MB page it takes seconds. */
const DETECT_SAMPLE = 64 * 1024;
/** chardet's confidence (0..100) below which its guess is no better than windows-1252. */
const DETECT_MIN_CONFIDENCE = 50;

/**
 * Bytes to text: BOM, then a declared charset (HTTP header or meta) when the bytes agree with it,
 * then valid UTF-8 (a character cut off at the very end is dropped), then UTF-8 with a few stray
 * windows-1252 bytes, then a detector, then windows-1252 (which decodes any byte sequence).
 * A declaration that lies (says latin-1, bytes are valid multi-byte UTF-8) loses to the bytes.
 */
export function decodeBytes(bytes: Uint8Array, opts: { declared?: string | null } = {}): Decoded {
  for (const [bom, charset] of BOMS) {
    if (bytes.length >= bom.length && bom.every((b, i) => bytes[i] === b)) {
      return { text: iconv.decode(Buffer.from(bytes.subarray(bom.length)), charset), encoding: { charset, evidence: 'bom' } };
    }
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: iconv.decode(Buffer.from(bytes), utf16), encoding: { charset: utf16, evidence: 'detected' } };

  const declared = opts.declared ? canonicalCharset(opts.declared) : null;
  const scan = scanUtf8(bytes);
  const valid = scan.invalid === 0;
  // Mostly UTF-8, with at most an odd cp1252 byte pasted in (a "–" from a word processor). Text
  // really in cp1252 has an invalid byte at nearly every umlaut and almost never a valid sequence.
  const mostlyUtf8 = scan.multibyte > 0 && scan.invalid <= scan.multibyte / 4;
  if (declared && declared !== 'utf-8' && !mostlyUtf8) {
    return { text: iconv.decode(Buffer.from(bytes), declared), encoding: { charset: declared, evidence: 'declared' } };
  }
  if (valid) {
    const text = decodeValidUtf8(bytes.subarray(0, bytes.length - scan.truncatedTail));
    return { text, encoding: { charset: 'utf-8', evidence: declared === 'utf-8' ? 'declared' : 'utf8-valid' } };
  }
  if (mostlyUtf8) {
    return { text: decodeMixed(bytes.subarray(0, bytes.length - scan.truncatedTail)), encoding: { charset: 'utf-8+windows-1252', evidence: 'detected' } };
  }
  const guess = chardet.analyse(bytes.subarray(0, DETECT_SAMPLE))[0];
  const detected = guess && guess.confidence >= DETECT_MIN_CONFIDENCE ? canonicalCharset(guess.name) : null;
  if (detected && detected !== 'utf-8') {
    return { text: iconv.decode(Buffer.from(bytes), detected), encoding: { charset: detected, evidence: 'detected' } };
  }
  return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: { charset: 'windows-1252', evidence: 'fallback' } };
}

/**
 * True when decodeBytes made the text from strict UTF-8 (with, at most, single windows-1252
 * bytes): such text cannot hold a lone surrogate, so it is well-formed without a scan.
 */
export const wellFormedByConstruction = (e: Encoding): boolean => (e.charset === 'utf-8' && e.evidence !== 'bom') || e.charset === 'utf-8+windows-1252';

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

/** File signatures of the non-text files scrapers save by mistake (images, PDFs, archives, fonts). */
const MAGIC: Array<[string, number[] | string, number?]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', 'GIF8'],
  ['WebP image', 'WEBP', 8],
  ['PDF document', '%PDF-'],
  ['gzip archive', [0x1f, 0x8b]],
  ['zip archive (or Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['bzip2 archive', 'BZh'],
  ['xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['zstd archive', [0x28, 0xb5, 0x2f, 0xfd]],
  ['7z archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['WOFF font', 'wOF'],
  ['MP4 video', 'ftyp', 4],
  ['OLE document (old Office)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
];

/** What kind of non-text file the bytes are, by signature, or null when none matches. */
export function binarySignature(bytes: Uint8Array): string | null {
  for (const [name, sig, at = 0] of MAGIC) {
    const expected = typeof sig === 'string' ? [...sig].map((c) => c.charCodeAt(0)) : sig;
    if (bytes.length >= at + expected.length && expected.every((b, i) => bytes[at + i] === b)) return name;
  }
  return null;
}
