// One document's whole unit of work, the same on the main thread and in a worker thread: run the
// steps (from a saved stage output when only later stages changed), persist each output, write
// the article or remove a stale one, and last the manifest entry that marks the work done.
//
// For a page file (one page a file, the common case) the unit of work starts earlier, with the
// file's path: read it, hash it, decide from the manifest whether anything changed, and only
// then process it (processFile). A worker thread does all of that, so that the main thread,
// which shares the cores with the workers, only walks the directory and adds up the results.
import path from 'node:path';
import type { Doc } from '../core/doc.js';
import { explainDoc } from '../cli/explain-format.js';
import { docFromRecord } from '../stages/load/index.js';
import type { InputRecord } from '../stages/load/records.js';
import { inputKind, posixOf, readPageRecords, streamIdFromPath, type InputKind } from '../stages/load/stream.js';
import { asyncIo, inside, type Io } from './files.js';
import { planFor, type Manifest } from './manifest.js';
import { maxBytesOf, type ResolvedPipeline } from './pipeline.js';
import { outputsSource, runSteps, type StepTiming } from './process.js';
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
  /** How files are read and written (see Io); asynchronously when not given. */
  io?: Io;
  /** Re-run every document from this step (`--from`), without asking the manifest. */
  from?: number;
  /** Process every document, even unchanged ones (`--force`). */
  force?: boolean;
}

/** What the main thread needs to know about a document: small, so it crosses threads cheaply. */
export type WorkResult =
  | { ok: true; timings: StepTiming[]; rules: Record<string, number>; startedAt: number; wanted: number }
  | { ok: false; stage: string; code: string; message: string; timings: StepTiming[]; startedAt: number; wanted: number };

export interface FailureInfo {
  stage: string;
  code: string;
  message: string;
}

/** How one document ended, for the run report: all the main thread counts. */
export type DocOutcome =
  /** The input could not be read as a page (too large, unreadable, invalid JSON): no manifest entry. */
  | { kind: 'rejected'; failure: FailureInfo }
  /** Input, pipeline and rules unchanged since the last run (and its article still there): skipped. */
  | { kind: 'unchanged'; ok: true; rules: Record<string, number> }
  | { kind: 'unchanged'; ok: false; failure: FailureInfo }
  /** Ran the steps from `start` (0, or the first changed step). */
  | { kind: 'processed'; start: number; result: WorkResult };

/** Which document an outcome is about, as the report names it. */
export interface DocRef {
  id: string;
  path: string;
  record?: number;
}

export const docRefOf = (rec: InputRecord): DocRef => ({ id: rec.id, path: rec.source.path, ...(rec.source.record !== undefined ? { record: rec.source.record } : {}) });

/** A page file's document, named from its path alone (as its record will be: without `.gz`). */
export const pageDocRef = (rel: string): DocRef => ({ id: streamIdFromPath(rel), path: posixOf(rel.replace(/\.gz$/i, '')) });

/**
 * A page file's document and its outcome, or `records` for a JSON file holding an array of
 * records: those are streamed and planned one by one like the records of a JSONL file.
 */
export type FileOutcome = { kind: 'doc'; doc: DocRef; outcome: DocOutcome } | { kind: 'records' };

/** A page or JSON file to read and process where the steps run. */
export interface FileTask {
  /** The file to read. */
  abs: string;
  /** Its path relative to the input directory: the document id and the path in the report. */
  rel: string;
}

export const articlePathIn = (out: string, docId: string): string => inside(out, `${docId}.json`);

/** Files the runner reads and processes in one piece (processFile); others are streamed record by record. */
const isPageKind = (kind: InputKind | null): kind is InputKind => kind !== null && (kind.format === 'html' || kind.format === 'txt' || kind.format === 'json');
export const isPageFile = (rel: string): boolean => isPageKind(inputKind(rel));

/**
 * What to do with a record: reject it (it could not be read), skip it (unchanged since the last
 * run, its entry says how it ended), or run it from a step. The hash of the input's bytes decides
 * whether it changed, never its size or modification time: a page rewritten with the same length
 * within the same second (or copied with its old time kept) is run again. There is deliberately
 * no stat-based shortcut: reading and hashing a page happen in the worker threads, in parallel,
 * and a re-run with nothing changed already takes a few per cent of a full run's time.
 */
export async function decide(ctx: WorkContext, rec: InputRecord): Promise<DocOutcome | { kind: 'run'; from: number }> {
  const io = ctx.io ?? asyncIo;
  if (rec.error) {
    // An article from an earlier run would now be a lie about this input (best effort).
    await io.rm(articlePathIn(ctx.out, rec.id)).catch(() => {});
    return { kind: 'rejected', failure: { stage: 'load', code: rec.error.code, message: rec.error.message } };
  }
  if (ctx.from !== undefined) return { kind: 'run', from: ctx.from };
  const plan = planFor(await ctx.manifest.read(rec.id), rec.contentHash, ctx.pipeline, ctx.force);
  if (!plan.run) {
    const { entry } = plan;
    if (!entry.ok) return { kind: 'unchanged', ok: false, failure: entry.failure! };
    // A deleted article is made again, even though its page did not change.
    if (await io.exists(articlePathIn(ctx.out, rec.id))) return { kind: 'unchanged', ok: true, rules: entry.rules ?? {} };
    return { kind: 'run', from: 0 };
  }
  return { kind: 'run', from: plan.from };
}

export interface FileHooks {
  /** Told the step the document will start from, once decided (before the steps run). */
  planned?(from: number): void;
}

/**
 * A page file from its path to its outcome: read (size limit, gzip), hash, decide, process. The
 * same function on the main thread and in worker threads, so the report counts the same.
 */
export async function processFile(ctx: WorkContext, task: FileTask, hooks: FileHooks = {}): Promise<FileOutcome> {
  const kind = inputKind(task.rel);
  if (!isPageKind(kind)) return { kind: 'records' };
  const recs = await readPageRecords(task.abs, task.rel, kind, { maxBytes: maxBytesOf(ctx.pipeline), sync: (ctx.io ?? asyncIo).sync });
  // A JSON array (of any length) is a container: its records are streamed like a JSONL file's.
  const rec = recs.length === 1 && recs[0]!.source.record === undefined ? recs[0]! : undefined;
  if (!rec) return { kind: 'records' };
  const doc = docRefOf(rec);
  const d = await decide(ctx, rec);
  if (d.kind !== 'run') return { kind: 'doc', doc, outcome: d };
  hooks.planned?.(d.from);
  return { kind: 'doc', doc, outcome: { kind: 'processed', start: d.from, result: await processOne(ctx, rec, d.from) } };
}

/** Runs `rec` from step `from` (falling back to 0 without a usable saved output). */
export async function processOne(ctx: WorkContext, rec: InputRecord, from: number): Promise<WorkResult> {
  const { pipeline, state } = ctx;
  const io = ctx.io ?? asyncIo;
  const persist = pipeline.persist === 'all';
  let start: Doc = docFromRecord(rec);
  let startedAt = 0;
  const outputs = persist ? await state.outputs(rec.id, outputsSource(pipeline, rec), from > 0) : undefined;
  if (outputs && from > 0) {
    const saved = await outputs.load(from - 1, pipeline.steps[from - 1]!);
    if ('doc' in saved) {
      start = saved.doc;
      startedAt = from;
    }
  }
  // The outputs of the steps run now replace those of an earlier run; later ones it does not reach are stale.
  outputs?.dropFrom(startedAt);
  const save = outputs ? async (i: number, d: Doc): Promise<void> => outputs.put(i, pipeline.steps[i]!, d) : undefined;
  const outcome = await runSteps(pipeline, start, startedAt, save, ctx.timeoutMs !== undefined ? { timeoutMs: ctx.timeoutMs } : {});
  // Before the article and the manifest entry: an entry always describes finished work.
  await outputs?.write(pipeline.debug);
  const target = articlePathIn(ctx.out, rec.id);
  const entryBase = { v: 1 as const, content: rec.contentHash ?? '', pipeline: pipeline.hash, file: rec.file ?? rec.source.path, steps: pipeline.steps.map((s) => s.fingerprint) };
  if (!outcome.ok) {
    // An article from an earlier run would now be a lie about this input.
    await io.rm(target);
    const failure = { stage: outcome.stage, code: outcome.code, message: outcome.message };
    if (rec.contentHash) await ctx.manifest.write(rec.id, { ...entryBase, ok: false, failure });
    return { ok: false, ...failure, timings: outcome.timings, startedAt, wanted: from };
  }
  const rules = ruleCounts(outcome.doc);
  await io.writeFileAtomic(target, JSON.stringify(outcome.doc.article, null, 2) + '\n', ctx.outTmp);
  if (pipeline.debug) await state.saveText(path.join('explain', `${rec.id}.txt`), explainDoc(outcome.doc));
  if (rec.contentHash) await ctx.manifest.write(rec.id, { ...entryBase, ok: true, rules });
  return { ok: true, timings: outcome.timings, rules, startedAt, wanted: from };
}
