// One document's whole unit of work, the same on the main thread and in a worker thread: run the
// steps (from a saved stage output when only later stages changed), persist each output, write
// the article or remove a stale one, and last the manifest entry that marks the work done.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Doc } from '../core/doc.js';
import { explainDoc } from '../cli/explain-format.js';
import { docFromRecord } from '../stages/load/index.js';
import type { InputRecord } from '../stages/load/records.js';
import { inside, writeFileAtomic } from './files.js';
import type { Manifest } from './manifest.js';
import type { ResolvedPipeline } from './pipeline.js';
import { runSteps, type StepTiming } from './process.js';
import { ruleCounts } from './report.js';
import type { StateDir } from './state.js';

export interface WorkContext {
  pipeline: ResolvedPipeline;
  out: string;
  state: StateDir;
  manifest: Manifest;
  /** Scratch directory for atomic writes of articles (same file system as `out`). */
  outTmp?: string;
  /** Time per page, checked between stages (see StepLimits). */
  timeoutMs?: number;
}

/** What the main thread needs to know about a document: small, so it crosses threads cheaply. */
export type WorkResult =
  | { ok: true; timings: StepTiming[]; rules: Record<string, number>; startedAt: number; wanted: number }
  | { ok: false; stage: string; code: string; message: string; timings: StepTiming[]; startedAt: number; wanted: number };

export const articlePathIn = (out: string, docId: string): string => inside(out, `${docId}.json`);

/** Runs `rec` from step `from` (falling back to 0 without a usable saved output). */
export async function processOne(ctx: WorkContext, rec: InputRecord, from: number): Promise<WorkResult> {
  const { pipeline, state } = ctx;
  const persist = pipeline.persist === 'all';
  let start: Doc = docFromRecord(rec);
  let startedAt = 0;
  // The latest saved output holding the full content; later outputs with equal content point to it.
  let contentAt: { position: number; stage: string; content: string } | undefined;
  if (from > 0 && persist) {
    const saved = await state.load(rec.id, from - 1, pipeline.steps[from - 1]!);
    if ('doc' in saved) {
      start = saved.doc;
      startedAt = from;
      contentAt = { ...saved.contentAt, content: saved.doc.content };
    }
  }
  const save = persist
    ? async (i: number, d: Doc): Promise<void> => {
        const step = pipeline.steps[i]!;
        if (contentAt && d.content === contentAt.content) {
          await state.save(rec.id, i, step, d, pipeline.debug, { position: contentAt.position, stage: contentAt.stage });
        } else {
          await state.save(rec.id, i, step, d, pipeline.debug);
          contentAt = { position: i, stage: step.stage.id, content: d.content };
        }
      }
    : undefined;
  const outcome = await runSteps(pipeline, start, startedAt, save, ctx.timeoutMs !== undefined ? { timeoutMs: ctx.timeoutMs } : {});
  const target = articlePathIn(ctx.out, rec.id);
  const entryBase = { v: 1 as const, content: rec.contentHash ?? '', pipeline: pipeline.hash, steps: pipeline.steps.map((s) => s.fingerprint) };
  if (!outcome.ok) {
    // An article from an earlier run would now be a lie about this input.
    await fs.rm(target, { force: true });
    const failure = { stage: outcome.stage, code: outcome.code, message: outcome.message };
    if (rec.contentHash) await ctx.manifest.write(rec.id, { ...entryBase, ok: false, failure });
    return { ok: false, ...failure, timings: outcome.timings, startedAt, wanted: from };
  }
  const rules = ruleCounts(outcome.doc);
  await writeFileAtomic(target, JSON.stringify(outcome.doc.article, null, 2) + '\n', ctx.outTmp);
  if (pipeline.debug) await state.saveText(path.join('explain', `${rec.id}.txt`), explainDoc(outcome.doc));
  if (rec.contentHash) await ctx.manifest.write(rec.id, { ...entryBase, ok: true, rules });
  return { ok: true, timings: outcome.timings, rules, startedAt, wanted: from };
}
