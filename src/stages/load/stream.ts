// Streaming loaders for `sauber run`: one input file to its records, read as a stream, so memory
// is bounded by one record, not by the size of a JSONL or WARC file. A bad line or WARC record
// rejects only that record; a file that cannot be read any further rejects the rest of it once.
import fsSync, { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { WARCRecord } from 'warcio';
import type { SourceFormat, SourceInfo } from '../../core/doc.js';
import { errorMessage, Rejection } from '../../core/errors.js';
import { sha256 } from '../../core/hash.js';
import { FORMAT_BY_EXTENSION, idFromPath, recordFromJson, recordName, recordsFromFile, type InputRecord } from './records.js';

export interface InputKind {
  format: SourceFormat;
  /** The file is gzip-compressed (`.gz`); WARC readers detect gzip members themselves. */
  gzip: boolean;
}

/** `a.jsonl.gz` → jsonl, gzip; `a.warc` → warc; null for files that are not inputs. */
export function inputKind(relPath: string): InputKind | null {
  let name = relPath.toLowerCase();
  const gzip = name.endsWith('.gz');
  if (gzip) name = name.slice(0, -3);
  const ext = path.extname(name);
  if (ext === '.warc') return { format: 'warc', gzip };
  const format = FORMAT_BY_EXTENSION[ext];
  return format ? { format, gzip } : null;
}

/** The document id of a file: `a/x.html.gz` → `a/x`, like `a/x.html`. */
export const streamIdFromPath = (relPath: string): string => idFromPath(relPath.replace(/\.gz$/i, ''));

export interface StreamOptions {
  /** Bytes above which a page, line or WARC payload is rejected unread (load.maxBytes). */
  maxBytes: number;
  /** Called for records that are not pages (WARC requests, images, redirects): counted, not rejected. */
  onSkip?: (reason: string) => void;
}

const tooLarge = (what: string, size: number | string, max: number): Rejection =>
  new Rejection('too-large', `${what} of ${size} bytes is above the limit of ${max} (option load.maxBytes)`);

export const posixOf = (rel: string): string => rel.split(path.sep).join('/');

/** Every record of one input file, streamed. `abs` is read; `rel` names it in ids and reports. */
export async function* streamRecords(abs: string, rel: string, opts: StreamOptions): AsyncGenerator<InputRecord> {
  const kind = inputKind(rel);
  const id = streamIdFromPath(rel);
  const posix = posixOf(rel);
  if (!kind) {
    yield { id, source: { path: posix, format: 'txt' }, declared: {}, error: new Rejection('unsupported-format', `unsupported file type ${path.extname(rel) || '(none)'}`) };
    return;
  }
  if (kind.format === 'warc') yield* warcRecords(abs, id, posix, opts);
  else if (kind.format === 'jsonl') yield* jsonlRecords(abs, kind.gzip, id, posix, opts);
  else yield* pageRecords(abs, rel, kind, id, posix, opts);
}

/** A page or JSON file: read whole, up to the limit (a larger file is never read into memory). */
async function* pageRecords(abs: string, rel: string, kind: InputKind, id: string, posix: string, opts: StreamOptions): AsyncGenerator<InputRecord> {
  yield* await readPageRecords(abs, rel, kind, opts, id, posix);
}

export interface PageReadOptions extends StreamOptions {
  /**
   * Read an uncompressed file with blocking calls (in a worker thread, which has nothing else to
   * do meanwhile; see runner/files.ts Io). Compressed files are always streamed, so that a gzip
   * bomb is stopped at the limit.
   */
  sync?: boolean;
}

/** Why a file could not be read; for a symbolic link to nothing (the walk lists those), where it leads. */
async function readErrorMessage(abs: string, e: unknown): Promise<string> {
  if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
    const target = await fs.readlink(abs).catch(() => null);
    if (target !== null) return `a symbolic link to ${target}, which does not exist`;
  }
  return errorMessage(e);
}

/**
 * The records of a page or JSON file (`inputKind` html, txt or json, compressed or not), as
 * `streamRecords` gives them: one for a page, one per element of a JSON array. Reading errors are
 * rejections, never exceptions. Used by the runner to read a page where it processes it.
 */
export async function readPageRecords(abs: string, rel: string, kind: InputKind, opts: PageReadOptions, id = streamIdFromPath(rel), posix = posixOf(rel)): Promise<InputRecord[]> {
  const source: SourceInfo = { path: posix, format: kind.format };
  let bytes: Buffer;
  try {
    bytes = kind.gzip ? await readCapped(createReadStream(abs).pipe(createGunzip()), opts.maxBytes) : opts.sync ? readFileCappedSync(abs, opts.maxBytes) : await readFileCapped(abs, opts.maxBytes);
  } catch (e) {
    return [{ id, source, declared: {}, error: e instanceof Rejection ? e : new Rejection(kind.gzip ? 'corrupt-gzip' : 'unreadable', await readErrorMessage(abs, e)) }];
  }
  const hash = sha256(bytes);
  const recs = recordsFromFile(kind.gzip ? rel.replace(/\.gz$/i, '') : rel, bytes);
  return recs.map((r, i) => ({ ...r, contentHash: recs.length > 1 ? `${hash}:${i}` : hash, ...(r.source.path !== posix ? { file: posix } : {}) }));
}

async function readFileCapped(abs: string, max: number): Promise<Buffer> {
  const stat = await fs.stat(abs);
  if (stat.size > max) throw tooLarge('file', stat.size, max);
  return fs.readFile(abs);
}

function readFileCappedSync(abs: string, max: number): Buffer {
  const stat = fsSync.statSync(abs);
  if (stat.size > max) throw tooLarge('file', stat.size, max);
  return fsSync.readFileSync(abs);
}

/** All bytes of a stream, or a too-large rejection as soon as it passes the limit (gzip bombs). */
async function readCapped(stream: Readable, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) {
      stream.destroy();
      throw tooLarge('decompressed page', `more than ${max}`, max);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Lines of a byte stream with their 1-based numbers; a line longer than `max` comes as `null`. */
export async function* linesOf(stream: AsyncIterable<Buffer>, max: number): AsyncGenerator<{ n: number; line: Buffer | null; size: number }> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let n = 0;
  const take = (piece: Buffer): void => {
    size += piece.length;
    if (overflow) return;
    if (size > max) {
      overflow = true;
      parts = [];
    } else if (piece.length) parts.push(piece);
  };
  for await (const chunk of stream) {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
      take(chunk.subarray(from, nl));
      n++;
      yield { n, line: overflow ? null : Buffer.concat(parts), size };
      parts = [];
      size = 0;
      overflow = false;
      from = nl + 1;
    }
    // Copy the tail: the chunk's buffer must not be kept alive by a partial line.
    if (from < chunk.length) take(Buffer.from(chunk.subarray(from)));
  }
  if (size > 0 || overflow) yield { n: n + 1, line: overflow ? null : Buffer.concat(parts), size };
}

/** One record a line, ids and sources as `recordsFromFile` gives them; bad lines reject alone. */
async function* jsonlRecords(abs: string, gzip: boolean, id: string, posix: string, opts: StreamOptions): AsyncGenerator<InputRecord> {
  const file = createReadStream(abs);
  const stream: Readable = gzip ? file.pipe(createGunzip()) : file;
  if (gzip) file.on('error', (e) => stream.destroy(e));
  let last = 0;
  try {
    for await (const { n, line, size } of linesOf(stream as AsyncIterable<Buffer>, opts.maxBytes)) {
      last = n;
      const source: SourceInfo = { path: posix, format: 'jsonl', record: n };
      if (line === null) {
        yield { id: `${id}/${n}`, source, declared: {}, error: tooLarge(`line ${n}`, size, opts.maxBytes) };
        continue;
      }
      let text = line.toString('utf8');
      if (n === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (!text.trim()) continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        yield { id: `${id}/${n}`, source, declared: {}, error: new Rejection('invalid-json', `line ${n}: invalid JSON: ${errorMessage(e)}`), contentHash: sha256(text) };
        continue;
      }
      yield { ...recordFromJson(value, { id: `${id}/${recordName(value, n)}`, source }), contentHash: sha256(text) };
    }
  } catch (e) {
    // A truncated gzip or a read error: what came before stands, the rest is one rejection.
    yield { id: `${id}/${last + 1}`, source: { path: posix, format: 'jsonl', record: last + 1 }, declared: {}, error: new Rejection(gzip ? 'corrupt-gzip' : 'unreadable', `unreadable after line ${last}: ${errorMessage(e)}`) };
  }
}

const PAGE_TYPES: Record<string, 'html' | 'text'> = { 'text/html': 'html', 'application/xhtml+xml': 'html', 'text/plain': 'text' };

/**
 * Reads a skipped record's payload to its end ourselves: warcio's own skipping loops forever on
 * a record cut off by the end of the file (and blocks the event loop, so no timeout helps).
 */
async function drainRecord(r: WARCRecord): Promise<void> {
  for await (const chunk of r.reader) void chunk;
  r.consumed = 'skipped';
}

/** Response and resource records that hold pages; ids are `<file id>/<record number>`. */
async function* warcRecords(abs: string, id: string, posix: string, opts: StreamOptions): AsyncGenerator<InputRecord> {
  // warcio loads on the first WARC file: most batches have none, and every worker thread would carry it.
  const { WARCParser } = await import('warcio');
  const parser = new WARCParser(createReadStream(abs));
  let n = 0;
  try {
    for await (const r of parser) {
      n++;
      const url = r.warcTargetURI ?? undefined;
      const fetchedAt = r.warcDate ?? undefined;
      const source: SourceInfo = { path: posix, format: 'warc', record: n, ...(url ? { url } : {}), ...(fetchedAt ? { fetchedAt } : {}) };
      const recId = `${id}/${n}`;
      if (!r.warcType) throw new Error(`record ${n} has no WARC-Type: not a WARC record`);
      if (r.warcType !== 'response' && r.warcType !== 'resource') {
        opts.onSkip?.(`warc-${r.warcType}`);
        await drainRecord(r);
        continue;
      }
      const status = r.warcType === 'response' ? Number(r.httpHeaders?.statusCode ?? 0) : 200;
      if (status < 200 || status > 299) {
        opts.onSkip?.('http-status');
        await drainRecord(r);
        continue;
      }
      const ctype = (r.warcType === 'response' ? r.httpHeaders?.headers.get('content-type') : r.warcContentType) ?? '';
      const type = PAGE_TYPES[ctype.split(';')[0]!.trim().toLowerCase()];
      if (!type) {
        opts.onSkip?.('not-a-page');
        await drainRecord(r);
        continue;
      }
      if (r.warcContentLength > opts.maxBytes) {
        yield { id: recId, source, declared: {}, error: tooLarge('WARC record', r.warcContentLength, opts.maxBytes) };
        await drainRecord(r);
        continue;
      }
      let bytes: Uint8Array;
      try {
        bytes = await r.readFully(true);
      } catch (e) {
        yield { id: recId, source, declared: {}, error: new Rejection('invalid-record', `WARC record ${n}: payload unreadable: ${errorMessage(e)}`) };
        continue;
      }
      const charset = /charset=["']?([\w.:-]+)/i.exec(ctype)?.[1];
      yield { id: recId, source, declared: {}, raw: { bytes, type, ...(charset ? { charset } : {}) }, contentHash: sha256(`${url ?? ''}\n${ctype}\n${sha256(bytes)}`) };
    }
  } catch (e) {
    yield { id: `${id}/${n + 1}`, source: { path: posix, format: 'warc', record: n + 1 }, declared: {}, error: new Rejection('corrupt-warc', `WARC file unreadable after record ${n}: ${errorMessage(e)}`) };
    return;
  }
  // warcio ends quietly on bytes that are not WARC at all.
  if (n === 0) yield { id, source: { path: posix, format: 'warc' }, declared: {}, error: new Rejection('corrupt-warc', 'no WARC record found: not a WARC file, or an empty one') };
}
