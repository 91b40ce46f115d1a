// Shared by the runner tests: small generated pages (no real pages are copied into the project),
// and a byte-for-byte listing of an output tree.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const BIN = path.join(ROOT, 'bin/sauber.js');

export const tempDir = (name: string): string => fs.mkdtempSync(path.join(os.tmpdir(), `sauber-${name}-`));

const WORDS = 'Regierung Parlament Gemeinde Abstimmung Vorschlag Bericht Kanton Wirtschaft Verkehr Schule Spital Gericht Polizei Wetter Stadt Bahn Energie Preise Wahlen Umfrage'.split(' ');
const VERBS = 'beschloss kritisierte forderte bestätigte prüfte verschob lehnte begrüsste'.split(' ');

/** Deterministic pseudo-random numbers, so every generated batch is the same. */
const rng = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};

/** A plain-text page dump: headline, site chrome, a few paragraphs, a teaser list. */
export function generatedPage(n: number): string {
  const r = rng(n + 1);
  const w = (): string => WORDS[Math.floor(r() * WORDS.length)]!;
  const sentence = (): string => `Die ${w()} ${VERBS[Math.floor(r() * VERBS.length)]} am Dienstag den ${w()} zur ${w()}, wie die ${w()} mitteilte.`;
  const para = (): string => Array.from({ length: 3 + Math.floor(r() * 4) }, sentence).join(' ');
  return [
    `${w()} und ${w()}: Neue Pläne für die ${w()} Nummer ${n}`,
    '',
    'Startseite',
    'Mehr zum Thema',
    '',
    ...Array.from({ length: 3 + Math.floor(r() * 3) }, () => [para(), '']).flat(),
    'Weiterlesen',
    `${12 + n} Interaktionen`,
    '',
  ].join('\n');
}

/** `count` text pages in `dir/aa/…` subfolders, plus one JSONL file with a bad line. */
export function writeBatch(dir: string, count: number): void {
  for (let i = 0; i < count; i++) {
    const sub = path.join(dir, `p${String(i % 7)}`);
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `page-${String(i).padStart(4, '0')}.txt`), generatedPage(i));
  }
  const lines = [0, 1, 2].map((k) => JSON.stringify({ id: `rec-${k}`, url: `https://example.org/${k}`, text: generatedPage(10_000 + k) }));
  lines.splice(1, 0, '{"id": "broken", "text": ');
  fs.writeFileSync(path.join(dir, 'feed.jsonl'), lines.join('\n') + '\n');
}

/** Every file under `dir` (relative path → bytes), for byte-for-byte comparisons. */
export function treeOf(dir: string, skip: (rel: string) => boolean = () => false): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (rel: string): void => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else if (!skip(r)) out.set(r, fs.readFileSync(path.join(dir, r)));
    }
  };
  walk('');
  return out;
}

/** Files whose bytes differ between two trees, or that only one has. */
export function treeDiff(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const diff: string[] = [];
  for (const [k, v] of a) if (!b.get(k)?.equals(v)) diff.push(k);
  for (const k of b.keys()) if (!a.has(k)) diff.push(k);
  return diff.sort();
}

export const isReport = (rel: string): boolean => /^\.sauber\/report(\.[^/]+)?\.json$/.test(rel);

export const sauber = async (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === 'number' ? err.code : -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
};
