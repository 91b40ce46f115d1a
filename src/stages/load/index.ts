import { decodeHTML } from 'entities';
import { z } from 'zod';
import { docWith, type Doc } from '../../core/doc.js';
import { Rejection } from '../../core/errors.js';
import { defineStage } from '../../core/stage.js';
import { binaryRatio, binarySignature, decodeBytes, declaredCharset, utf16WithoutBom, wellFormedByConstruction } from './decode.js';
import { normalizeText, wellFormed } from './normalize.js';
import type { InputRecord } from './records.js';

const Options = z.object({
  /** Pages larger than this are rejected, not truncated: half a page is worse than none. */
  maxBytes: z.number().int().positive().default(50 * 1024 * 1024),
  /** Share of control bytes in the first 8 KB above which the input is binary, not a page. */
  maxBinaryRatio: z.number().min(0).max(1).default(0.02),
});

export const LOAD_RULES = [
  { id: 'load/empty', description: 'Reject input with no visible text.' },
  { id: 'load/too-large', description: 'Reject input above the size limit.' },
  { id: 'load/binary', description: 'Reject bytes that are not text: a file signature (PNG, PDF, gzip, …) or many control bytes.' },
  { id: 'load/charset', description: 'Decode by BOM, UTF-16 shape, declared charset unless the bytes are UTF-8, UTF-8 (stray cp1252 bytes kept as cp1252), detector, then windows-1252.' },
  { id: 'load/html-without-markup', description: 'An HTML record without a single tag, comment or doctype (plain text saved as .html) is read as text, a block a line.' },
] as const;

/** Anything a parser would read as markup: a tag, an end tag, a comment, a doctype or a processing instruction. */
const MARKUP = /<[a-zA-Z!/?]/;

/** Plain text saved as HTML: without a single tag the page's line breaks are its only structure, and a parser would fold them away. */
export const withoutMarkup = (content: string): boolean => !MARKUP.test(content);

/** A new document from an input record; the load stage then decodes and normalises it. */
export const docFromRecord = (rec: InputRecord): Doc & { raw?: InputRecord['raw'] } => ({
  id: rec.id,
  source: rec.source,
  contentType: rec.raw?.type ?? 'text',
  content: '',
  declared: rec.declared,
  blocks: [],
  diagnostics: [],
  ...(rec.raw ? { raw: rec.raw } : {}),
});

export const loadStage = defineStage({
  id: 'load',
  version: '3',
  description: 'Decode the bytes (BOM, charset, UTF-8, windows-1252) and normalise Unicode.',
  options: Options,
  rules: LOAD_RULES,
  run(input, opts) {
    const { raw, ...doc } = input as Doc & { raw?: InputRecord['raw'] };
    if (!raw) throw new Rejection('no-content', 'nothing to load');
    let text: string;
    let wellFormedText = false;
    if (raw.bytes) {
      const bytes = raw.bytes;
      if (bytes.length > opts.maxBytes) {
        throw new Rejection('too-large', `${bytes.length} bytes is above the limit of ${opts.maxBytes} (option load.maxBytes)`);
      }
      const signature = binarySignature(bytes);
      if (signature) throw new Rejection('binary', `binary content (${signature}), not a text or HTML page`);
      const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || utf16WithoutBom(bytes) !== null;
      if (!utf16 && binaryRatio(bytes) > opts.maxBinaryRatio) {
        throw new Rejection('binary', `binary content (${Math.round(binaryRatio(bytes) * 100)}% control bytes), not a text or HTML page`);
      }
      const declared = raw.charset ?? (raw.type === 'html' ? declaredCharset(bytes) : null);
      const decoded = decodeBytes(bytes, { declared });
      text = decoded.text;
      wellFormedText = wellFormedByConstruction(decoded.encoding);
      doc.source = { ...doc.source, encoding: decoded.encoding };
    } else {
      text = raw.text ?? '';
      if (text.length > opts.maxBytes) throw new Rejection('too-large', `${text.length} characters is above the limit of ${opts.maxBytes} (option load.maxBytes)`);
      doc.source = { ...doc.source, encoding: { charset: 'utf-8', evidence: 'record' } };
    }
    // An HTML page's text is made by the parser, which decodes `&shy;` or `&nbsp;` after any pass
    // over the source could see them: blocks normalise each text it makes (normalizeDecoded), so
    // the source itself only has to be well-formed (and is not scanned twice), which text decoded
    // from valid UTF-8 already is (the scan costs as much as a tenth of a millisecond a page).
    // Plain text saved as HTML (not a tag in it) is read as text; it may still write `&amp;` or `&nbsp;`, which a browser shows decoded.
    const plainHtml = raw.type === 'html' && withoutMarkup(text);
    const content = raw.type === 'html' && !plainHtml ? (wellFormedText ? text : wellFormed(text)) : normalizeText(plainHtml && text.includes('&') ? decodeHTML(text) : text);
    if (!content.trim()) throw new Rejection('empty', 'empty page: no visible text');
    if (plainHtml) {
      doc.diagnostics = [...doc.diagnostics, { stage: 'load', rule: 'load/html-without-markup', severity: 'info', message: 'no tag in the page: read as text, a block a line' }];
      return docWith(doc, { contentType: 'text', content });
    }
    return docWith(doc, { content });
  },
});
