// Inputs reached through symbolic links: a `raw/` of links into a crawl store is a common layout,
// and a walk that skipped them ended a run with "0 documents in" and exit 0, as if all were done.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkFiles, type WalkOptions } from '../src/runner/files.js';
import type { RunReport } from '../src/runner/report.js';
import { generatedPage, sauber, tempDir } from './runner-helpers.js';

let base: string;
let input: string;

/**
 * store/ holds the pages; in/ has one page of its own, a link to a page, a link to a folder, two
 * links to one folder (one set of documents), a link back up to in/ (a cycle), a link to nothing
 * and a link to a link.
 */
beforeAll(() => {
  base = tempDir('links');
  const store = path.join(base, 'store');
  input = path.join(base, 'in');
  fs.mkdirSync(path.join(store, 'day'), { recursive: true });
  fs.mkdirSync(input);
  fs.writeFileSync(path.join(store, 'single.txt'), generatedPage(1));
  fs.writeFileSync(path.join(store, 'day', 'a.txt'), generatedPage(2));
  fs.writeFileSync(path.join(store, 'day', 'b.txt'), generatedPage(3));
  fs.writeFileSync(path.join(input, 'own.txt'), generatedPage(4));
  fs.symlinkSync(path.join(store, 'single.txt'), path.join(input, 'linked.txt'));
  fs.symlinkSync(path.join(store, 'day'), path.join(input, 'today'));
  fs.symlinkSync(path.join(store, 'day'), path.join(input, 'again'));
  fs.symlinkSync('..', path.join(input, 'up'));
  fs.symlinkSync(path.join(store, 'gone.txt'), path.join(input, 'dangling.txt'));
  fs.symlinkSync(path.join(input, 'linked.txt'), path.join(input, 'chain.txt'));
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const list = async (dir: string, opts?: WalkOptions): Promise<string[]> => {
  const out: string[] = [];
  for await (const rel of walkFiles(dir, opts)) out.push(rel);
  return out.sort();
};

describe('walkFiles with followLinks', () => {
  it('lists linked files and the files of linked folders, each folder once, a cycle ending, a dangling link kept', async () => {
    // The run below writes to base/out, which `up` leads into: excluded by its real path too.
    fs.mkdirSync(path.join(base, 'out'), { recursive: true });
    fs.writeFileSync(path.join(base, 'out', 'article.json'), '{}');
    const files = await list(input, { followLinks: true, exclude: new Set([path.join(base, 'out')]) });
    fs.rmSync(path.join(base, 'out', 'article.json'));
    // `today` and `again` are one folder: which name it is listed under is the file system's order.
    const day = files.filter((f) => /^(today|again)\//.test(f));
    expect(day.map((f) => path.basename(f)).sort()).toEqual(['a.txt', 'b.txt']);
    expect(new Set(day.map((f) => path.dirname(f))).size).toBe(1);
    // `up` leads to in/'s parent, which holds store/ (read already through the links) and in/ itself (a cycle).
    expect(files.filter((f) => !/^(today|again)\//.test(f))).toEqual(['chain.txt', 'dangling.txt', 'linked.txt', 'own.txt', 'up/store/single.txt']);
  });

  it('without it (prune: never delete through a link), lists only real files', async () => {
    expect(await list(input)).toEqual(['own.txt']);
  });
});

describe('sauber run over linked inputs', () => {
  let report: RunReport;
  let code: number;
  beforeAll(async () => {
    const r = await sauber(['run', '--in', input, '--out', path.join(base, 'out'), '--progress', 'none', '--report-json', '--jobs', '0']);
    code = r.code;
    report = JSON.parse(r.stdout) as RunReport;
  }, 120_000);

  it('makes an article of every readable linked page', () => {
    const articles = fs.readdirSync(path.join(base, 'out'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json') && !f.startsWith('.sauber'));
    expect(articles.map((f) => path.basename(f)).sort()).toEqual(['a.json', 'b.json', 'chain.json', 'linked.json', 'own.json', 'single.json']);
    expect(report.documents).toMatchObject({ in: 7, out: 6, failed: 1 });
  });

  it('fails the dangling link alone, by name, with a non-zero exit (and never reads its own output through a link)', () => {
    expect(code).toBe(1);
    expect(report.failures, JSON.stringify(report.failures)).toHaveLength(1);
    expect(report.failures[0]).toMatchObject({ path: 'dangling.txt', stage: 'load', code: 'unreadable', message: `a symbolic link to ${path.join(base, 'store', 'gone.txt')}, which does not exist` });
  });
});
