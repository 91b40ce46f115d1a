// The CLI as a user calls it: a bad page fails alone with a clear reason and exit code 1,
// usage mistakes exit 2, explain names the rule of every removed line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WARCRecord, WARCSerializer } from 'warcio';
import { RAW, ROOT } from './helpers/pipeline.js';

const sauber = (args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin/sauber.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
let tmp: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sauber-cli-'));
  fs.mkdirSync(path.join(tmp, 'in/a'), { recursive: true });
  fs.copyFileSync(path.join(RAW, '001_71db2df63f5cd903.txt'), path.join(tmp, 'in/a/x.txt'));
  fs.writeFileSync(path.join(tmp, 'in/broken.json'), '{"url": "https://example.org/", "text": ');
  fs.writeFileSync(path.join(tmp, 'in/empty.txt'), '');
  fs.writeFileSync(
    path.join(tmp, 'in/feed.jsonl'),
    [JSON.stringify({ id: 'r1', url: 'https://example.org/1', text: fs.readFileSync(path.join(RAW, '004_9f2cb45af6900b9b.txt'), 'utf8') }), 'not json', ''].join('\n'),
  );
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('sauber run', () => {
  it('writes every good page to <out>/<relative path>.json, reports the bad ones, exits 1', () => {
    const r = sauber(['run', '--in', path.join(tmp, 'in'), '--out', path.join(tmp, 'out')]);
    expect(r.status).toBe(1);
    const article = JSON.parse(fs.readFileSync(path.join(tmp, 'out/a/x.json'), 'utf8'));
    expect(article.title).toBe('Putin fordert von Biden Zusicherungen, dass die NATO-Erweiterung gestoppt wird');
    expect(fs.existsSync(path.join(tmp, 'out/feed/1-r1.json'))).toBe(true);
    const out = r.stdout + r.stderr;
    expect(out).toMatch(/broken\.json.*invalid JSON/);
    expect(out).toMatch(/empty\.txt.*empty/);
    expect(out).toMatch(/feed\.jsonl.*line 2.*invalid JSON/);
    expect(fs.existsSync(path.join(tmp, 'out/broken.json'))).toBe(false);
  });

  it('says so when --in holds no input at all (exit 0: a night with nothing new is no failure)', () => {
    fs.mkdirSync(path.join(tmp, 'only-pdf'));
    fs.writeFileSync(path.join(tmp, 'only-pdf/report.pdf'), 'not an input');
    const r = sauber(['run', '--in', path.join(tmp, 'only-pdf'), '--out', path.join(tmp, 'out-none'), '--progress', 'none']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/0 documents in.*1 files skipped/);
    expect(r.stdout).toMatch(/no documents found under .*only-pdf: inputs are \.txt, \.html/);
    // A run that found documents does not say it.
    expect(sauber(['run', '--in', path.join(tmp, 'in'), '--out', path.join(tmp, 'out-some'), '--progress', 'none']).stdout).not.toMatch(/no documents found/);
  });

  it('exits 2 on a usage mistake', () => {
    expect(sauber(['run', '--in', path.join(tmp, 'nope'), '--out', path.join(tmp, 'out2')]).status).toBe(2);
    expect(sauber(['run', '--in', path.join(tmp, 'in'), '--out', path.join(tmp, 'out3'), '--pipeline', 'no-such']).status).toBe(2);
    expect(sauber(['frobnicate']).status).toBe(2);
  });
});

describe('sauber explain', () => {
  it('shows each line with its fate and the rule that decided it', () => {
    const r = sauber(['explain', path.join(RAW, '002_5867e33a7680cb7d.txt')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/REMOVED\s+strip\/foreign-script.*Заголовок открываемого материала/);
    expect(r.stdout).toMatch(/REMOVED\s+strip\/registration-box\s+.*Registrierung erfolgreich abgeschlossen!/);
    expect(r.stdout).toMatch(/kept as title\s+\S+\s+Putin telefoniert mit Biden/);
  });

  it('takes the address of a text dump with --url: its slug names the headline, its path the date', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sauber-explain-url-'));
    const file = path.join(dir, 'dump.txt');
    const body = 'Der Sazerac gilt als einer der ältesten Cocktails Amerikas, und seine Geschichte beginnt in einer Bar in New Orleans, wo ein Apotheker seine Bitters verkaufte.';
    fs.writeFileSync(file, ['Startseite', 'Sazerac richtig mixen', 'Der Cocktail-Klassiker mit Whiskey, Bitters und Absinth aus New Orleans', body, body].join('\n\n'));
    const plain = sauber(['explain', file]);
    expect(plain.stdout).toMatch(/kept as title\s+\S+\s+Der Cocktail-Klassiker/);
    const r = sauber(['explain', file, '--url', 'https://example.com/2021/12/07/sazerac-richtig-mixen/']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/kept as title\s+\S+\s+Sazerac richtig mixen/);
    expect(r.stdout).toMatch(/published 2021-12-07/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('names the writers it read above the lines: authors and agencies', () => {
    const r = sauber(['explain', '000_9236ba442b4ff221']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[2]).toBe('authors []  agencies ["Keystone-SDA"]');
  });

  it('finds a page by its document id under --in', () => {
    const r = sauber(['explain', '000_9236ba442b4ff221', '--removed']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/REMOVED\s+strip\/interaction-counter\s+126 Interaktionen/);
    expect(r.stdout).not.toMatch(/kept as/);
  });
});

describe('sauber explain and stage on records of WARC, JSONL and gzip files', () => {
  // Pages packed the ways crawlers deliver them: the ids a run writes articles under must be
  // ids that explain and stage find again.
  const packed = (): { input: string; out: string } => {
    const input = path.join(tmp, 'packed/in');
    fs.mkdirSync(path.join(input, 'news'), { recursive: true });
    return { input, out: path.join(tmp, 'packed/out') };
  };
  const page = (title: string) =>
    `<html><head><title>${title}</title></head><body><nav><a href="/">Startseite</a> <a href="/p">Politik</a></nav><article><h1>${title}</h1>` +
    '<p>Der Stadtrat hat am Dienstag nach langer Debatte beschlossen, die Bibliothek im Zentrum zu erweitern. Die Kosten liegen bei rund zwei Millionen Euro.</p>' +
    '<p>Die Bauarbeiten sollen im Frühjahr beginnen und etwa ein Jahr dauern, teilte die Verwaltung mit.</p></article><footer>Impressum Datenschutz</footer></body></html>';

  beforeAll(async () => {
    const { input } = packed();
    const response = (url: string, body: string) =>
      WARCRecord.create({ url, type: 'response', date: '2024-03-01T10:00:00Z', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' }, statusline: 'HTTP/1.1 200 OK', warcVersion: 'WARC/1.1' }, [new TextEncoder().encode(body)]);
    const records = [
      WARCRecord.createWARCInfo({ filename: 'crawl.warc.gz', warcVersion: 'WARC/1.1' }, { software: 'test' }),
      response('https://example.org/a', page('Bibliothek wird erweitert')),
      response('https://example.org/b', page('Neue Radwege für die Innenstadt')),
    ];
    fs.writeFileSync(path.join(input, 'crawl.warc.gz'), Buffer.concat(await Promise.all(records.map((r) => WARCSerializer.serialize(r, { gzip: true })))));
    fs.writeFileSync(path.join(input, 'news/page.html.gz'), gzipSync(page('Schwimmbad öffnet wieder')));
    fs.writeFileSync(path.join(input, 'feed.jsonl.gz'), gzipSync(JSON.stringify({ id: 'r1', url: 'https://example.org/1', html: page('Markt zieht um') }) + '\n'));
  });

  it('finds every document a run wrote by the id it wrote it under', () => {
    const { input, out } = packed();
    expect(sauber(['run', '--in', input, '--out', out, '--progress', 'none']).status).toBe(0);
    const ids = fs
      .readdirSync(out, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.json') && !f.startsWith('.sauber'))
      .map((f) => f.replace(/\.json$/, '').split(path.sep).join('/'))
      .sort();
    expect(ids).toEqual(['crawl/2', 'crawl/3', 'feed/1-r1', 'news/page']);
    for (const id of ids) {
      const r = sauber(['explain', id, '--in', input, '--removed']);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout.split('\n')[0]).toMatch(new RegExp(`^${id} `));
      expect(r.stdout).toMatch(/REMOVED\s+html\/nav\b.*Startseite Politik/);
    }
    const r = sauber(['stage', 'strip', 'crawl/3', '--in', input, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).doc.source).toMatchObject({ format: 'warc', record: 3, url: 'https://example.org/b' });

    // A page deleted from the input: --prune removes its article too.
    fs.renameSync(path.join(input, 'news/page.html.gz'), path.join(tmp, 'packed/page.html.gz'));
    const pruned = sauber(['run', '--in', input, '--out', out, '--progress', 'none', '--prune']);
    fs.renameSync(path.join(tmp, 'packed/page.html.gz'), path.join(input, 'news/page.html.gz'));
    expect(pruned.status, pruned.stderr).toBe(0);
    expect(pruned.stdout).toMatch(/^pruned 1 documents whose input is gone/m);
    expect(fs.existsSync(path.join(out, 'news/page.json'))).toBe(false);
  });

  it('explains every page of a WARC file given by its path, and names an id that is not there', () => {
    const { input } = packed();
    const r = sauber(['explain', path.join(input, 'crawl.warc.gz'), '--removed']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.match(/^crawl\/\d /gm)).toEqual(['crawl/2 ', 'crawl/3 ']);
    const missing = sauber(['explain', 'crawl/9', '--in', input]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no page "crawl\/9"/);
  });
});

describe('sauber stage', () => {
  it('re-runs one stage of one page from the saved output of the stage before', () => {
    const out = path.join(tmp, 'out');
    const r = sauber(['stage', 'strip', 'a/x', '--in', path.join(tmp, 'in'), '--out', out]);
    expect(r.status).toBe(0);
    const res = JSON.parse(r.stdout);
    expect(res.stage).toBe('strip');
    expect(res.doc.blocks.length).toBeGreaterThan(5);
  });

  it('says what is missing when there is no saved output', () => {
    const r = sauber(['stage', 'strip', 'a/x', '--in', path.join(tmp, 'in'), '--out', path.join(tmp, 'never-ran')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no saved output of stage blocks/);
    expect(r.stderr).toMatch(/run `sauber run --pipeline nightly --force` over it first/);
  });
});

describe('sauber bench', () => {
  it('runs an extractor in turns and prints the median, the range and the warm figure', () => {
    // A benchmark folder of its own: pages with gold snippets the article has and the menu has not.
    const set = path.join(tmp, 'bench');
    fs.mkdirSync(set, { recursive: true });
    const story = 'Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke über den Fluss bis zum Herbst zu sanieren. Die Kosten trägt zum größten Teil das Land.';
    for (const id of ['a', 'b']) {
      fs.writeFileSync(path.join(set, `${id}.html`), `<html><body><nav><a href="/">Startseite</a> <a href="/x">Impressum</a></nav><article><h1>Brücke wird saniert</h1><p>${story}</p><p>${story.replace('Dienstag', 'Mittwoch')}</p></article></body></html>`);
      fs.writeFileSync(path.join(set, `${id}.json`), JSON.stringify({ with: ['die alte Brücke über den Fluss'], without: ['Impressum'] }));
    }
    const r = sauber(['bench', set, '--only', 'sauber', '--runs', '2', '--passes', '2']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const [header, row] = r.stdout.split('\n');
    expect(header!.split(/\s{2,}/)).toEqual(['extractor', 'pages', 'pages/s', 'pages/CPU-s', 'warm pages/s', 'MB/s', 'peak RSS MB', 'F1']);
    // Two runs: a median with the lowest and the highest run beside it; the snippets are all right.
    expect(row).toMatch(/^sauber\s+2\s+[\d.]+ \([\d.]+–[\d.]+\)/);
    expect(row).toMatch(/1\.000$/);
    expect(r.stdout).toContain('2 runs each, in turns');
  });

  it('refuses a number of runs that is none', () => {
    const r = sauber(['bench', tmp, '--runs', '0']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--runs must be a whole number of at least 1/);
  });
});

describe('the build the CLI runs', () => {
  it('runs the sources through tsx, saying why, where no build can be written, and builds its own where it can', () => {
    // A copy of the project whose dist/ is a file: no build can be written there.
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'sauber-nobuild-'));
    try {
      for (const d of ['src', 'pipelines', 'bin']) fs.cpSync(path.join(ROOT, d), path.join(copy, d), { recursive: true });
      fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(copy, 'package.json'));
      fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
      fs.writeFileSync(path.join(copy, 'dist'), '');
      const r = spawnSync(process.execPath, [path.join(copy, 'bin/sauber.js'), 'rules', 'strip'], { cwd: copy, encoding: 'utf8' });
      expect(r.stderr).toMatch(/no build of the sources \(ENOTDIR.*running them through tsx/);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/strip\/photo-credit/);
      // With a writable dist/, the same copy runs its own build.
      fs.rmSync(path.join(copy, 'dist'));
      const built = spawnSync(process.execPath, [path.join(copy, 'bin/sauber.js'), 'rules', 'strip'], { cwd: copy, encoding: 'utf8' });
      expect(built.stderr).toBe('');
      expect(built.stdout).toBe(r.stdout);
      expect(fs.readdirSync(path.join(copy, 'dist')).filter((n) => !n.startsWith('.'))).toHaveLength(1);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
