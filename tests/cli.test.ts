// The CLI as a user calls it: a bad page fails alone with a clear reason and exit code 1,
// usage mistakes exit 2, explain names the rule of every removed line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  it('finds a page by its document id under --in', () => {
    const r = sauber(['explain', '000_9236ba442b4ff221', '--removed']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/REMOVED\s+strip\/interaction-counter\s+126 Interaktionen/);
    expect(r.stdout).not.toMatch(/kept as/);
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
