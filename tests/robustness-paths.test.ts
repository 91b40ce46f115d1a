import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../src/runner/batch.js';
import { loadPipeline } from '../src/runner/pipeline.js';
import type { RunReport } from '../src/runner/report.js';

// Record ids come from the input: whatever they say, sauber writes only inside --out (and its
// state directory). The run goes through runBatch, as `sauber run` does.

const HOSTILE_IDS = ['../../etc/x', '../../../../../../tmp/sauber-escape', '/etc/passwd', '/tmp/abs', '..', '.', 'a/../../b', 'C:\\Windows\\x', '..\\..\\y', '%2e%2e%2fz', '\u0000nul', '~/home', 'x'.repeat(5000), '../'.repeat(300) + 'deep'];
const TEXT = 'Berlin (dpa) – Der Bundestag hat am Dienstag den Haushalt für das kommende Jahr beschlossen, nach einer langen Debatte.';

/** Every file below `dir`, as paths relative to it. */
function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

describe('record ids cannot make sauber write outside --out', () => {
  let root: string;
  let out: string;
  let report: RunReport;
  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sauber-paths-'));
    const input = path.join(root, 'deep', 'in');
    out = path.join(root, 'deep', 'er', 'out');
    fs.mkdirSync(path.join(input, 'feeds'), { recursive: true });
    fs.writeFileSync(path.join(input, 'feeds', 'hostile.jsonl'), HOSTILE_IDS.map((id) => JSON.stringify({ id, url: `file:///${id}`, text: TEXT })).join('\n') + '\n');
    fs.writeFileSync(path.join(input, 'hostile.json'), JSON.stringify(HOSTILE_IDS.map((id) => ({ id, text: TEXT }))));
    report = await runBatch({ input, out, pipeline: await loadPipeline('nightly'), jobs: 0 });
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('processed every hostile record', () => {
    expect(report.documents.in).toBe(2 * HOSTILE_IDS.length);
  });

  it('wrote nothing outside the input and output directories', () => {
    const outside = listFiles(root).filter((f) => !f.startsWith(path.join('deep', 'in') + path.sep) && !f.startsWith(path.join('deep', 'er', 'out') + path.sep));
    expect(outside).toEqual([]);
    expect(fs.existsSync('/tmp/sauber-escape.json')).toBe(false);
    expect(fs.existsSync('/tmp/abs.json')).toBe(false);
  });

  it('wrote each hostile record that became an article as a file inside --out', () => {
    const articles = listFiles(out).filter((f) => !f.startsWith('.sauber'));
    expect(articles.length).toBe(report.documents.out);
    expect(report.documents.out).toBeGreaterThan(0);
    for (const f of articles) {
      expect(path.resolve(out, f).startsWith(out + path.sep)).toBe(true);
      expect(f.split(path.sep)).not.toContain('..');
    }
  });
});
