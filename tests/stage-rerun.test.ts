// Re-running one stage on one document from the saved output of the stage before it gives
// byte-identical output; `run --from` gives the same articles as a full run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../src/runner/batch.js';
import { outputsSource } from '../src/runner/process.js';
import { StateDir, type OutputsSource } from '../src/runner/state.js';
import { streamRecords } from '../src/stages/load/stream.js';
import { nightlyPipeline, RAW } from './helpers/pipeline.js';

let tmp: string;
const readTree = (dir: string): Record<string, string> => {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = fs.readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
};

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sauber-rerun-'));
  const report = await runBatch({ input: RAW, out: path.join(tmp, 'out'), pipeline: await nightlyPipeline() });
  expect(report.documents.failed).toBe(0);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** What the run made a seed's outputs from: its record's hash, and the load stage to make its content again. */
async function sourceOf(id: string): Promise<OutputsSource> {
  for await (const rec of streamRecords(path.join(RAW, `${id}.txt`), `${id}.txt`, { maxBytes: 1 << 20 })) return outputsSource(await nightlyPipeline(), rec);
  throw new Error(`no record in ${id}.txt`);
}

describe('one stage, one document, from the saved output before it', () => {
  const ids = fs.readdirSync(RAW).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')).sort();
  for (const id of ids) {
    it(`every stage of ${id} re-runs byte-identically`, async () => {
      const pipeline = await nightlyPipeline();
      const state = new StateDir(path.join(tmp, 'out', '.sauber'));
      const source = await sourceOf(id);
      for (let i = 1; i < pipeline.steps.length; i++) {
        const outputs = await state.outputs(id, source, true);
        const before = await outputs.load(i - 1, pipeline.steps[i - 1]!);
        const saved = await outputs.load(i, pipeline.steps[i]!);
        if (!('doc' in before) || !('doc' in saved)) throw new Error(`no saved output for ${id} at stage ${i}`);
        const step = pipeline.steps[i]!;
        const again = await step.stage.run(before.doc, step.options, { previous: [] });
        expect(JSON.stringify(again), `stage ${step.stage.id}`).toBe(JSON.stringify(saved.doc));
      }
    });
  }
});

describe('saved outputs', () => {
  it('are one file per document, keyed by step, writing a page\'s blocks once: a stage that kept them points to the output that holds them', async () => {
    const id = fs.readdirSync(RAW).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')).sort()[0]!;
    const { input, ...saved } = JSON.parse(fs.readFileSync(path.join(tmp, 'out', '.sauber', 'stages', `${id}.json`), 'utf8')) as Record<string, { doc: { blocks: unknown[]; content: string }; blocksFrom?: unknown; contentFrom?: unknown }>;
    // The hash of the page they were made from: a run --from after the page changed does not use them.
    expect(input).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(saved)).toEqual(['00-load', '01-blocks', '02-strip', '03-language', '04-dates', '05-structure', '06-validate']);
    expect(saved['02-strip']!.doc.blocks.length).toBeGreaterThan(0);
    // language and dates add to the document and keep strip's blocks; structure gives roles (new blocks); validate keeps those.
    for (const key of ['03-language', '04-dates']) expect(saved[key]).toMatchObject({ doc: { blocks: [] }, blocksFrom: { position: 2, stage: 'strip' } });
    expect(saved['05-structure']!.blocksFrom).toBeUndefined();
    expect(saved['06-validate']).toMatchObject({ doc: { blocks: [] }, blocksFrom: { position: 5, stage: 'structure' } });
    // Asked for with the hash of another input, none of them is used.
    const pipeline = await nightlyPipeline();
    const other = await (await new StateDir(path.join(tmp, 'out', '.sauber')).outputs(id, { ...(await sourceOf(id)), input: '0'.repeat(64) }, true)).load(2, pipeline.steps[2]!);
    expect(other).toEqual({ missing: expect.stringContaining('made from another version of its input') });
    // The page's content is not saved at all: the load stage makes it again from the page (whose hash is saved).
    expect(saved['00-load']).toMatchObject({ doc: { content: '' }, contentFromInput: true });
    for (const key of Object.keys(saved).slice(1)) expect(saved[key], key).toMatchObject({ doc: { content: '' }, contentFrom: { position: 0, stage: 'load' } });
    // Without the page to make it from, an output that reads the content cannot be used.
    const blind = await (await new StateDir(path.join(tmp, 'out', '.sauber')).outputs(id, { input: input as unknown as string }, true)).load(2, pipeline.steps[2]!);
    expect(blind).toEqual({ missing: expect.stringContaining('needs the page\'s content made again from its input') });
  });
});

describe('saved outputs of an input that changed', () => {
  it('go when the new input fails its first stage: they were made from the old one', async () => {
    const input = path.join(tmp, 'changing');
    fs.mkdirSync(input);
    const page = fs.readdirSync(RAW).filter((f) => f.endsWith('.txt')).sort()[0]!;
    fs.copyFileSync(path.join(RAW, page), path.join(input, 'p.txt'));
    const out = path.join(tmp, 'changing-out');
    const saved = path.join(out, '.sauber', 'stages', 'p.json');
    expect((await runBatch({ input, out, pipeline: await nightlyPipeline() })).documents.out).toBe(1);
    expect(Object.keys(JSON.parse(fs.readFileSync(saved, 'utf8')) as object)).toContain('06-validate');
    fs.writeFileSync(path.join(input, 'p.txt'), '');
    const report = await runBatch({ input, out, pipeline: await nightlyPipeline() });
    expect(report.failures.map((f) => `${f.stage}/${f.code}`)).toEqual(['load/empty']);
    expect(fs.existsSync(saved)).toBe(false);
  });
});

describe('run --from a stage on a page that changed since its outputs were saved', () => {
  it('runs it from the start: outputs of the old page would make an article of the old page', async () => {
    const pages = fs.readdirSync(RAW).filter((f) => f.endsWith('.txt')).sort();
    const input = path.join(tmp, 'swapped');
    fs.mkdirSync(input);
    fs.copyFileSync(path.join(RAW, pages[0]!), path.join(input, 'p.txt'));
    const out = path.join(tmp, 'swapped-out');
    await runBatch({ input, out, pipeline: await nightlyPipeline() });
    fs.copyFileSync(path.join(RAW, pages[1]!), path.join(input, 'p.txt'));
    const report = await runBatch({ input, out, pipeline: await nightlyPipeline(), from: 'strip' } as Parameters<typeof runBatch>[0]);
    expect(report.documents).toMatchObject({ resumedFrom: 0, rerunFromStart: 1, failed: 0 });
    // The article is the one the second page makes, byte for byte.
    const fresh = path.join(tmp, 'swapped-fresh');
    await runBatch({ input, out: fresh, pipeline: await nightlyPipeline() });
    expect(fs.readFileSync(path.join(out, 'p.json'), 'utf8')).toBe(fs.readFileSync(path.join(fresh, 'p.json'), 'utf8'));
    expect(fs.readFileSync(path.join(out, '.sauber', 'stages', 'p.json'), 'utf8')).toBe(fs.readFileSync(path.join(fresh, '.sauber', 'stages', 'p.json'), 'utf8'));
  });
});

describe('run --from a stage', () => {
  it('gives the same articles as the full run, from saved outputs', async () => {
    const full = readTree(path.join(tmp, 'out'));
    const saved = readTree(path.join(tmp, 'out', '.sauber', 'stages'));
    const report = await runBatch({ input: RAW, out: path.join(tmp, 'out'), pipeline: await nightlyPipeline(), from: 'strip', force: true } as Parameters<typeof runBatch>[0]);
    expect(report.documents.failed).toBe(0);
    // Every document started from its saved strip input, none fell back to the start.
    expect(report.documents).toMatchObject({ resumedFrom: report.documents.in, rerunFromStart: 0 });
    expect(report.documents.in).toBeGreaterThan(0);
    expect(readTree(path.join(tmp, 'out'))).toEqual(full);
    // The saved outputs too: those before strip kept, the rest made again, the same bytes.
    expect(readTree(path.join(tmp, 'out', '.sauber', 'stages'))).toEqual(saved);
  });
});
