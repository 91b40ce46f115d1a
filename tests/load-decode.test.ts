import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadPipeline } from '../src/runner/pipeline.js';
import { processRecord } from '../src/runner/process.js';
import { recordsFromFile } from '../src/stages/load/records.js';
import type { Doc } from '../src/core/doc.js';
import { Rejection } from '../src/core/errors.js';
import { binarySignature, decodeBytes, decodeValidUtf8, declaredCharset, scanUtf8, utf16WithoutBom } from '../src/stages/load/decode.js';
import { docFromRecord, loadStage } from '../src/stages/load/index.js';
import { normalizeDecoded, normalizeText } from '../src/stages/load/normalize.js';
import type { InputRecord } from '../src/stages/load/records.js';

const GERMAN = '„Die Straße war naß“, sagte Müller – die Reparatur koste 5 000 €. Größere Schäden gab es nicht.';
const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
const cp1252 = (s: string): Uint8Array => new Uint8Array(iconv.encode(s, 'windows-1252'));

/** The load stage on bytes of a page file, with the stage's defaults unless given. */
function load(bytes: Uint8Array, type: 'html' | 'text' = 'text', options: Record<string, unknown> = {}): Doc {
  const rec: InputRecord = { id: 'x', source: { path: type === 'html' ? 'x.html' : 'x.txt', format: type === 'html' ? 'html' : 'txt' }, raw: { bytes, type }, declared: {} };
  return loadStage.run(docFromRecord(rec), loadStage.options.parse(options), { previous: [] }) as Doc;
}
function rejection(f: () => unknown): Rejection {
  try {
    f();
  } catch (e) {
    if (e instanceof Rejection) return e;
    throw e;
  }
  throw new Error('expected a rejection');
}

describe('decodeBytes: byte order marks', () => {
  it('strips a UTF-8 BOM', () => {
    const d = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(GERMAN)]));
    expect(d.text).toBe(GERMAN);
    expect(d.encoding).toEqual({ charset: 'utf-8', evidence: 'bom' });
  });
  it('decodes UTF-16LE and UTF-16BE by their BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GERMAN, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(GERMAN, 'utf16le').swap16()]);
    expect(decodeBytes(le)).toEqual({ text: GERMAN, encoding: { charset: 'utf-16le', evidence: 'bom' } });
    expect(decodeBytes(be)).toEqual({ text: GERMAN, encoding: { charset: 'utf-16be', evidence: 'bom' } });
  });
  it('recognises UTF-16 without a BOM by its NUL bytes, and the load stage does not call it binary', () => {
    const le = new Uint8Array(Buffer.from(GERMAN, 'utf16le'));
    expect(utf16WithoutBom(le)).toBe('utf-16le');
    expect(decodeBytes(le).text).toBe(GERMAN);
    expect(load(le).content).toBe(GERMAN);
  });
});

describe('decodeBytes: windows-1252 and lying charsets', () => {
  it('gets „ “ – € (bytes 0x80–0x9F) right in a windows-1252 page, which TextDecoder gets wrong', () => {
    const bytes = cp1252(GERMAN);
    expect([...bytes]).toEqual(expect.arrayContaining([0x84, 0x93, 0x96, 0x80]));
    expect(new TextDecoder('windows-1252').decode(bytes)).not.toBe(GERMAN); // why we use iconv-lite
    const d = decodeBytes(bytes);
    expect(d.text).toBe(GERMAN);
    expect(d.encoding.charset).toBe('windows-1252');
  });
  it('reads a page declaring iso-8859-1 as windows-1252, as browsers do', () => {
    const html = `<html><head><meta charset="iso-8859-1"></head><body><p>${GERMAN}</p></body></html>`;
    const bytes = cp1252(html);
    expect(declaredCharset(bytes)).toBe('windows-1252');
    const doc = load(bytes, 'html');
    expect(doc.content).toContain(GERMAN);
    expect(doc.source.encoding).toEqual({ charset: 'windows-1252', evidence: 'declared' });
  });
  it('believes the bytes over a declaration of latin-1 when they are UTF-8 (lying charset)', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body><p>${GERMAN}</p></body></html>`;
    const doc = load(utf8(html), 'html');
    expect(doc.content).toContain(GERMAN);
    expect(doc.source.encoding?.charset).toBe('utf-8');
  });
  it('does not trust a declared UTF-8 on windows-1252 bytes', () => {
    const html = `<meta charset="utf-8"><p>${GERMAN}</p>`;
    expect(load(cp1252(html), 'html').content).toContain(GERMAN);
  });
  it('treats a meta declaration of UTF-16 on a byte-oriented page as UTF-8 (WHATWG prescan)', () => {
    const html = `<meta charset="utf-16"><p>${GERMAN}</p>`;
    expect(declaredCharset(utf8(html))).toBe('utf-8');
    expect(load(utf8(html), 'html').content).toContain(GERMAN);
  });
  it('keeps the UTF-8 of a page with one stray windows-1252 dash pasted in', () => {
    const bytes = new Uint8Array([...utf8('Grüße aus Köln '), 0x96, ...utf8(' schöne Grüße, Ihr Müller')]);
    expect(scanUtf8(bytes)).toMatchObject({ invalid: 1, multibyte: 7 });
    expect(decodeBytes(bytes).text).toBe('Grüße aus Köln – schöne Grüße, Ihr Müller');
  });
  it('honours a charset declared outside the bytes (an HTTP header in a record)', () => {
    const bytes = new Uint8Array(iconv.encode('Zażółć gęślą jaźń, Łódź', 'iso-8859-2'));
    expect(decodeBytes(bytes, { declared: 'ISO-8859-2' })).toEqual({ text: 'Zażółć gęślą jaźń, Łódź', encoding: { charset: 'iso-8859-2', evidence: 'declared' } });
  });
  it('ignores a declared charset nobody knows', () => {
    expect(decodeBytes(utf8(GERMAN), { declared: 'x-klingon' })).toEqual({ text: GERMAN, encoding: { charset: 'utf-8', evidence: 'utf8-valid' } });
  });
});

describe('decodeBytes: truncated input', () => {
  it('drops a UTF-8 character cut off by the end of a truncated download instead of falling back to cp1252', () => {
    for (const cut of [1, 2]) {
      const bytes = utf8('Grüße aus Köln für 5 €').subarray(0, -cut); // € is three bytes
      const d = decodeBytes(bytes);
      expect(d.text).toBe('Grüße aus Köln für 5 ');
      expect(d.encoding.charset).toBe('utf-8');
    }
  });
  it('decodes a single lone lead byte without throwing', () => {
    expect(() => decodeBytes(new Uint8Array([0xe2]))).not.toThrow();
    expect(() => decodeBytes(new Uint8Array([0xff]))).not.toThrow();
  });
});

describe('decodeValidUtf8', () => {
  it('is what TextDecoder makes of valid UTF-8: characters across 1 KB chunks, a U+FEFF inside kept, a leading BOM dropped', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const piece = fc.oneof(fc.string({ maxLength: 1500 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('\ufeff', 'ä', '€', '𝄞'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const bytes = utf8(parts.join(''));
        return decodeValidUtf8(bytes) === strict.decode(bytes);
      }),
      { numRuns: 300 },
    );
    const bom = utf8('\ufeff' + 'x'.repeat(2000) + '€');
    expect(decodeValidUtf8(bom)).toBe(strict.decode(bom));
    expect(decodeValidUtf8(bom).startsWith('x')).toBe(true);
    // A U+FEFF opening the first non-ASCII chunk after an ASCII one is text, not a BOM.
    const inside = utf8('x'.repeat(1024) + '\ufeffä' + 'y'.repeat(1500));
    expect(decodeValidUtf8(inside)).toBe(strict.decode(inside));
    expect(decodeValidUtf8(inside)[1024]).toBe('\ufeff');
  });
});

describe('normalizeDecoded', () => {
  it('does what normalizeText does to text an HTML parser decoded, and returns other text as it is', () => {
    expect(normalizeDecoded('Gummi\u00adfische\u200b\u00a0cm Cafe\u0301')).toBe('Gummifische cm Café');
    const plain = 'Fünf Köder, 16 cm — „gut“';
    expect(normalizeDecoded(plain)).toBe(plain);
    expect(normalizeDecoded(plain)).toBe(normalizeText(plain));
  });
});

describe('normalizeText', () => {
  it('composes to NFC', () => {
    const decomposed = 'Mu\u0308ller, Ko\u0308ln, Cafe\u0301';
    expect(normalizeText(decomposed)).toBe('Müller, Köln, Café');
    expect(normalizeText(decomposed)).toBe(normalizeText(decomposed).normalize('NFC'));
  });
  it('turns no-break and other wide spaces into plain spaces', () => {
    expect(normalizeText('5\u00a0000\u202f€ am\u2009Montag\u3000x')).toBe('5 000 € am Montag x');
  });
  it('removes soft hyphens, zero-width characters and stray BOMs', () => {
    expect(normalizeText('Bundes\u00adverfassungs\u00adgericht\u200b ist\u200c\u200d da\ufeff\u2060')).toBe('Bundesverfassungsgericht ist da');
  });
  it('unifies line breaks and drops control characters but keeps tabs', () => {
    expect(normalizeText('a\r\nb\rc\u2028d\u0085e\u0000f\u0007g\th')).toBe('a\nb\nc\nd\nef' + 'g\th');
  });
  it('replaces lone surrogates so the text round-trips through UTF-8', () => {
    const out = normalizeText('a\ud800b\udc00c😀');
    expect(out).toBe('a\ufffdb\ufffdc😀');
    expect(Buffer.from(out, 'utf8').toString('utf8')).toBe(out);
  });
});

describe('load stage: clear rejections', () => {
  it('rejects empty and whitespace-only input as empty', () => {
    expect(rejection(() => load(new Uint8Array())).code).toBe('empty');
    expect(rejection(() => load(utf8(' \n\t\u00a0\u200b\r\n'))).code).toBe('empty');
  });
  it('rejects PNG, PDF, gzip, zip and JPEG bytes as binary, naming the kind', () => {
    const files: Array<[string, number[]]> = [
      ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]],
      ['PDF document', [...Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')]],
      ['gzip archive', [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]],
      ['zip archive (or Office document)', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]],
      ['JPEG image', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]],
    ];
    for (const [kind, bytes] of files) {
      expect(binarySignature(new Uint8Array(bytes))).toBe(kind);
      const r = rejection(() => load(new Uint8Array(bytes), 'html'));
      expect(r.code).toBe('binary');
      expect(r.message).toContain(kind);
    }
  });
  it('rejects bytes full of control characters without a known signature as binary', () => {
    const bytes = new Uint8Array(4000).map((_, i) => (i * 7919) % 256);
    expect(rejection(() => load(bytes)).code).toBe('binary');
  });
  it('rejects input above maxBytes with a message naming the option, and takes input at the limit', () => {
    const page = utf8('x'.repeat(1000));
    const r = rejection(() => load(page, 'text', { maxBytes: 999 }));
    expect(r.code).toBe('too-large');
    expect(r.message).toMatch(/1000 bytes is above the limit of 999 \(option load\.maxBytes\)/);
    expect(load(page, 'text', { maxBytes: 1000 }).content).toHaveLength(1000);
  });
  it('rejects a too-long text field of a record too', () => {
    const rec: InputRecord = { id: 'r', source: { path: 'r.json', format: 'json' }, raw: { text: 'y'.repeat(50), type: 'text' }, declared: {} };
    const r = rejection(() => loadStage.run(docFromRecord(rec), loadStage.options.parse({ maxBytes: 10 }), { previous: [] }));
    expect(r.code).toBe('too-large');
  });
  it('rejects a real page just over 50 MB through the nightly pipeline, before decoding it', async () => {
    const pipeline = await loadPipeline('nightly');
    const page = Buffer.alloc(50 * 1024 * 1024 + 1, 'Text ');
    const [rec] = recordsFromFile('huge.html', page);
    const outcome = await processRecord(pipeline, rec!);
    expect(outcome).toMatchObject({ ok: false, stage: 'load', code: 'too-large' });
    expect(outcome.ok ? '' : outcome.message).toContain('52428801 bytes is above the limit of 52428800');
  });
});
