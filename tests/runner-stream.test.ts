// Streaming loaders: JSONL (plain and gzip), gzip pages and WARC files are read record by record;
// a bad line or record rejects only itself.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputRecord } from '../src/stages/load/records.js';
import { inputKind, linesOf, streamIdFromPath, streamRecords } from '../src/stages/load/stream.js';
import { generatedPage, tempDir } from './runner-helpers.js';

let dir: string;
beforeAll(() => {
  dir = tempDir('stream');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const all = async (file: string, maxBytes = 1_000_000): Promise<InputRecord[]> => {
  const out: InputRecord[] = [];
  for await (const r of streamRecords(path.join(dir, file), file, { maxBytes })) out.push(r);
  return out;
};

describe('linesOf', () => {
  it('splits lines across chunk boundaries and flags lines over the limit', async () => {
    const chunks = ['ab', 'c\nde', 'f\n\nxxxxxxxxxx', 'xx\nlast'].map((s) => Buffer.from(s));
    const lines = [];
    for await (const l of linesOf(Readable.from(chunks), 8)) lines.push([l.n, l.line?.toString() ?? null]);
    expect(lines).toEqual([
      [1, 'abc'],
      [2, 'def'],
      [3, ''],
      [4, null],
      [5, 'last'],
    ]);
  });
});

describe('streamRecords', () => {
  it('names inputs by kind, .gz included', () => {
    expect(inputKind('a/b.jsonl.gz')).toEqual({ format: 'jsonl', gzip: true });
    expect(inputKind('x.WARC.gz')).toEqual({ format: 'warc', gzip: true });
    expect(inputKind('x.html')).toEqual({ format: 'html', gzip: false });
    expect(inputKind('x.pdf')).toBeNull();
    expect(streamIdFromPath('a/x.html.gz')).toBe('a/x');
  });

  it('reads a gzip JSONL file line by line; bad and over-long lines are rejected alone', async () => {
    const lines = [JSON.stringify({ id: 'a', text: 'first page text' }), '{oops', JSON.stringify({ id: 'b', text: 'x'.repeat(500) }), JSON.stringify({ id: 'c', html: '<p>third</p>' })];
    fs.writeFileSync(path.join(dir, 'feed.jsonl.gz'), gzipSync(lines.join('\n') + '\n'));
    const recs = await all('feed.jsonl.gz', 200);
    expect(recs.map((r) => [r.id, r.error?.code ?? null])).toEqual([
      ['feed/1-a', null],
      ['feed/2', 'invalid-json'],
      ['feed/3', 'too-large'],
      ['feed/4-c', null],
    ]);
    expect(recs[3]!.raw).toEqual({ text: '<p>third</p>', type: 'html' });
    expect(new Set(recs.map((r) => r.contentHash)).size).toBe(4);
  });

  it('keeps the records before a truncated gzip stream and rejects the rest once', async () => {
    const body = Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: i, text: generatedPage(i) })).join('\n');
    const gz = gzipSync(body);
    fs.writeFileSync(path.join(dir, 'cut.jsonl.gz'), gz.subarray(0, Math.floor(gz.length / 2)));
    const recs = await all('cut.jsonl.gz');
    const bad = recs.filter((r) => r.error);
    expect(bad).toHaveLength(1);
    expect(bad[0]!.error!.code).toBe('corrupt-gzip');
    expect(recs.length).toBeGreaterThan(10);
    expect(recs.at(-1)).toBe(bad[0]);
  });

  it('rejects a page above the limit without reading it, and a gzip bomb once past the limit', async () => {
    fs.writeFileSync(path.join(dir, 'big.txt'), 'a'.repeat(5000));
    fs.writeFileSync(path.join(dir, 'bomb.txt.gz'), gzipSync(Buffer.alloc(5_000_000, 'a')));
    expect((await all('big.txt', 1000))[0]!.error?.code).toBe('too-large');
    expect((await all('bomb.txt.gz', 100_000))[0]!.error?.code).toBe('too-large');
    const ok = await all('big.txt', 10_000);
    expect(ok[0]!.error).toBeUndefined();
    expect(ok[0]!.raw?.bytes?.length).toBe(5000);
  });

  it('reads pages out of a gzip WARC file, skipping records that are not pages', async () => {
    const rec = (url: string, type: 'response' | 'request' | 'warcinfo', headers: Record<string, string>, body: string, statusline = 'HTTP/1.1 200 OK') =>
      WARCRecord.create({ url, type, date: '2024-03-01T10:00:00Z', httpHeaders: headers, statusline, warcVersion: 'WARC/1.1' }, [new TextEncoder().encode(body)]);
    const records = [
      WARCRecord.createWARCInfo({ filename: 'x.warc.gz', warcVersion: 'WARC/1.1' }, { software: 'test' }),
      rec('https://example.org/a', 'request', {}, '', 'GET /a HTTP/1.1'),
      rec('https://example.org/a', 'response', { 'Content-Type': 'text/html; charset=ISO-8859-1' }, '<html><body><p>Grüsse aus Zürich</p></body></html>'),
      rec('https://example.org/logo.png', 'response', { 'Content-Type': 'image/png' }, 'PNG...'),
      rec('https://example.org/gone', 'response', { 'Content-Type': 'text/html' }, 'not here', 'HTTP/1.1 404 Not Found'),
      rec('https://example.org/b.txt', 'response', { 'Content-Type': 'text/plain' }, 'A plain text page.'),
    ];
    const parts = await Promise.all(records.map((r) => WARCSerializer.serialize(r, { gzip: true })));
    fs.writeFileSync(path.join(dir, 'crawl.warc.gz'), Buffer.concat(parts));
    const skipped: string[] = [];
    const recs: InputRecord[] = [];
    for await (const r of streamRecords(path.join(dir, 'crawl.warc.gz'), 'crawl.warc.gz', { maxBytes: 100_000, onSkip: (s) => skipped.push(s) })) recs.push(r);
    expect(recs.map((r) => [r.id, r.source.url, r.raw?.type, r.raw?.charset ?? null])).toEqual([
      ['crawl/3', 'https://example.org/a', 'html', 'ISO-8859-1'],
      ['crawl/6', 'https://example.org/b.txt', 'text', null],
    ]);
    expect(recs[0]!.source).toMatchObject({ format: 'warc', record: 3, fetchedAt: '2024-03-01T10:00:00Z' });
    expect(Buffer.from(recs[1]!.raw!.bytes!).toString()).toBe('A plain text page.');
    expect(skipped.sort()).toEqual(['http-status', 'not-a-page', 'warc-request', 'warc-warcinfo']);
  });

  it('turns a file that is not WARC into one rejection, not a crash', async () => {
    fs.writeFileSync(path.join(dir, 'junk.warc'), 'this is not a WARC file\r\n\r\nat all');
    const recs = await all('junk.warc');
    expect(recs).toHaveLength(1);
    expect(recs[0]!.error?.code).toBe('corrupt-warc');
  });
});
