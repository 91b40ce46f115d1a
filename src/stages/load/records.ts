import path from 'node:path';
import { z } from 'zod';
import type { ContentType, DeclaredMeta, SourceFormat, SourceInfo } from '../../core/doc.js';
import { Rejection } from '../../core/errors.js';

/** What a loader hands the load stage: undecoded bytes (files) or text (JSON fields). */
export interface RawContent {
  bytes?: Uint8Array;
  text?: string;
  type: ContentType;
  /** A charset declared outside the bytes (HTTP header in a record). */
  charset?: string;
}

export interface InputRecord {
  id: string;
  source: SourceInfo;
  raw?: RawContent;
  declared: DeclaredMeta;
  /** Set when the record could not even be read (invalid JSON line, missing content field). */
  error?: Rejection;
  /** Hash of what the record was made from (bytes, JSON line): unchanged input, unchanged output. */
  contentHash?: string;
  /**
   * The input file as the run walked it, where `source.path` names it otherwise (a gzipped page:
   * `a/x.html.gz`, whose source is `a/x.html`). Shards are placed by this path.
   */
  file?: string;
}

export const FORMAT_BY_EXTENSION: Record<string, SourceFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

export const formatOf = (file: string): SourceFormat | null => FORMAT_BY_EXTENSION[path.extname(file).toLowerCase()] ?? null;

/** A scraped page as a JSON record. Field aliases cover the common scraper outputs. */
export const PageRecord = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    url: z.string().optional(),
    fetchedAt: z.string().optional(),
    fetched_at: z.string().optional(),
    html: z.string().optional(),
    text: z.string().optional(),
    content: z.string().optional(),
    charset: z.string().optional(),
    title: z.string().optional(),
    published: z.string().optional(),
    date: z.string().optional(),
    language: z.string().optional(),
    lang: z.string().optional(),
    author: z.union([z.string(), z.array(z.string())]).optional(),
    authors: z.array(z.string()).optional(),
  })
  .loose();
export type PageRecord = z.infer<typeof PageRecord>;

/** `raw/a/x.txt` → `a/x`: the document id and the article's path under `--out` without `.json`. */
export const idFromPath = (relPath: string): string => relPath.split(path.sep).join('/').replace(/\.[^./]+$/, '');

/** A record id made safe as one path segment: it can never climb out of `--out`. */
export const safeSegment = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/^[._]+/, '')
    .slice(0, 80);

const looksLikeHtml = (s: string): boolean => /^\s*(<!doctype html|<html|<head|<body|<div|<p[\s>]|<article)/i.test(s);

export function recordFromJson(value: unknown, base: { id: string; source: SourceInfo }): InputRecord {
  const parsed = PageRecord.safeParse(value);
  if (!parsed.success) {
    return { ...base, declared: {}, error: new Rejection('invalid-record', `not a page record: ${parsed.error.issues[0]?.message ?? 'wrong shape'}`) };
  }
  const r = parsed.data;
  const url = r.url;
  const fetchedAt = r.fetchedAt ?? r.fetched_at;
  const source: SourceInfo = { ...base.source, ...(url ? { url } : {}), ...(fetchedAt ? { fetchedAt } : {}) };
  const authors = r.authors ?? (typeof r.author === 'string' ? [r.author] : r.author);
  const known = new Set(['id', 'url', 'fetchedAt', 'fetched_at', 'html', 'text', 'content', 'charset', 'title', 'published', 'date', 'language', 'lang', 'author', 'authors']);
  const extra = Object.fromEntries(Object.entries(r).filter(([k]) => !known.has(k)));
  const declared: DeclaredMeta = {
    ...(r.title ? { title: r.title } : {}),
    ...(authors?.length ? { authors } : {}),
    ...((r.published ?? r.date) ? { published: r.published ?? r.date } : {}),
    ...((r.language ?? r.lang) ? { language: r.language ?? r.lang } : {}),
    ...(Object.keys(extra).length ? { extra } : {}),
  };
  const body = r.html ?? r.text ?? r.content;
  if (body === undefined) {
    return { ...base, source, declared, error: new Rejection('no-content', 'record has none of the fields html, text or content') };
  }
  const type: ContentType = r.html !== undefined || (r.content !== undefined && looksLikeHtml(r.content)) ? 'html' : 'text';
  return { ...base, source, declared, raw: { text: body, type, ...(r.charset ? { charset: r.charset } : {}) } };
}

/**
 * One input file to its records: a page file is one record; a `.json` file is one record (or an
 * array of them); a `.jsonl` file is one record a line, and a bad line rejects only that record.
 */
export function recordsFromFile(relPath: string, bytes: Uint8Array): InputRecord[] {
  const format = formatOf(relPath);
  const id = idFromPath(relPath);
  const posix = relPath.split(path.sep).join('/');
  if (format === 'txt' || format === 'html') {
    return [{ id, source: { path: posix, format }, raw: { bytes, type: format === 'html' ? 'html' : 'text' }, declared: {} }];
  }
  if (format === 'json') {
    const source: SourceInfo = { path: posix, format };
    let value: unknown;
    try {
      value = JSON.parse(Buffer.from(bytes).toString('utf8'));
    } catch (e) {
      return [{ id, source, declared: {}, error: new Rejection('invalid-json', `invalid JSON: ${(e as Error).message}`) }];
    }
    if (Array.isArray(value)) return value.map((v, i) => recordFromJson(v, { id: `${id}/${recordName(v, i)}`, source: { ...source, record: i } }));
    return [recordFromJson(value, { id, source })];
  }
  if (format === 'jsonl') {
    const out: InputRecord[] = [];
    const lines = Buffer.from(bytes).toString('utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const source: SourceInfo = { path: posix, format, record: i + 1 };
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (e) {
        out.push({ id: `${id}/${i + 1}`, source, declared: {}, error: new Rejection('invalid-json', `line ${i + 1}: invalid JSON: ${(e as Error).message}`) });
        return;
      }
      out.push(recordFromJson(value, { id: `${id}/${recordName(value, i + 1)}`, source }));
    });
    return out;
  }
  return [{ id, source: { path: posix, format: 'txt' }, declared: {}, error: new Rejection('unsupported-format', `unsupported file type ${path.extname(relPath) || '(none)'}`) }];
}

/** `<n>` or `<n>-<record id>`: the position keeps it unique, the id makes it findable. */
export const recordName = (value: unknown, n: number): string => {
  const rid = value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : undefined;
  const seg = typeof rid === 'string' || typeof rid === 'number' ? safeSegment(String(rid)) : '';
  return seg ? `${n}-${seg}` : String(n);
};
