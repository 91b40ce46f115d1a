import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { InputRecord } from '../stages/load/records.js';
import { inputKind, streamRecords } from '../stages/load/stream.js';
import { articleJsonSchema } from '../stages/validate/schema.js';
import { walkFiles, writeFileAtomic } from './files.js';
import { Manifest } from './manifest.js';
import { ConfigError, maxBytesOf, stageIndex, type ResolvedPipeline } from './pipeline.js';
import { inProcessExecutor, workerExecutor, type Executor } from './pool.js';
import { pruneUnseen } from './prune.js';
import { ReportBuilder, type Failure, type RunReport } from './report.js';
import { inShard, shardLabel, type Shard } from './shard.js';
import { StateDir } from './state.js';
import { articlePathIn, decide, docRefOf, isPageFile, pageDocRef, type DocOutcome, type DocRef, type FailureInfo, type FileTask, type WorkContext } from './work.js';

export interface RunOptions {
  input: string;
  out: string;
  /** Where stage outputs, the manifest and the report go; default `<out>/.sauber`. */
  state?: string;
  pipeline: ResolvedPipeline;
  /** Re-run from this stage, starting from the saved output of the stage before it. */
  from?: string;
  /** Documents in flight at once (reading, waiting for a thread, writing); default from the pipeline. */
  concurrency?: number;
  /**
   * Worker threads running the stages. Default: all cores when the pipeline was loaded from a
   * module (loadPipeline), else 0. 0 runs the stages on the main thread.
   */
  jobs?: number;
  /** Process every page again, even when nothing changed since the last run. */
  force?: boolean;
  /** Only this part of the batch (see shard.ts). */
  shard?: Shard;
  /** Time per page in ms (see pool.ts for worker threads, StepLimits for the main thread). */
  pageTimeoutMs?: number;
  /** Heap limit per worker thread in MB (default DEFAULT_WORKER_HEAP_MB). */
  workerHeapMb?: number;
  /** Only these input files (relative to `input`), e.g. one page. */
  only?: string[];
  /**
   * After a complete run, remove the articles and saved state of documents earlier runs wrote
   * whose input is gone (see prune.ts). Not after a stopped run, nor with `only`.
   */
  prune?: boolean;
  /** Stops the run cleanly: no new documents, the ones in flight finish, the report is written. */
  signal?: AbortSignal;
  onEvent?: (e: RunEvent) => void;
}

/** What a progress bar or a log needs to follow a run. */
export type RunEvent =
  | { type: 'start'; workers: number; shard: string | null }
  | { type: 'total'; files: number }
  | { type: 'file'; done: number }
  | { type: 'doc'; status: 'done' | 'failed' | 'unchanged'; failure?: Failure };

export const articlePath = articlePathIn;
export const defaultState = (out: string): string => path.join(out, '.sauber');
/** The run report's file name: one per shard, so shards can share a state directory. */
export const reportName = (shard?: Shard): string => (shard ? `report.${shardLabel(shard)}.json` : 'report.json');

/** Rejections of a file that could not be read further: its later records were not seen, not deleted. */
const UNREADABLE = new Set(['corrupt-gzip', 'corrupt-warc', 'unreadable']);

const defaultJobs = (p: ResolvedPipeline): number => (p.source ? os.availableParallelism() : 0);

/** Every page under `input` becomes `<out>/<same relative path>.json`; failures never stop the batch. */
export async function runBatch(opts: RunOptions): Promise<RunReport> {
  const { pipeline } = opts;
  const stateRoot = path.resolve(opts.state ?? defaultState(opts.out));
  const out = path.resolve(opts.out);
  // Scratch directories for write-then-rename, one per shard: a killed run leaves its temporary
  // files there, and the next run of the same shard removes them before it starts.
  const label = shardLabel(opts.shard);
  const stateTmp = path.join(stateRoot, 'tmp', label);
  const outTmp = stateRoot.startsWith(out + path.sep) ? stateTmp : path.join(out, '.sauber-tmp', label);
  for (const d of new Set([stateTmp, outTmp])) {
    await fs.rm(d, { recursive: true, force: true });
    await fs.mkdir(d, { recursive: true });
  }
  const state = new StateDir(stateRoot, stateTmp);
  const manifest = new Manifest(stateRoot, stateTmp);
  const from = opts.from ? stageIndex(pipeline, opts.from) : undefined;
  const jobs = opts.jobs ?? defaultJobs(pipeline);
  if (opts.prune && opts.only) throw new ConfigError('prune needs the whole input: it cannot be combined with only');
  if (jobs > 0 && !pipeline.source) throw new Error('worker threads need a pipeline loaded from a module (loadPipeline); use jobs: 0');
  const plan = { ...(from !== undefined ? { from } : {}), ...(opts.force ? { force: true } : {}) };
  const ctx: WorkContext = { pipeline, out, state, manifest, outTmp, ...(opts.pageTimeoutMs !== undefined ? { timeoutMs: opts.pageTimeoutMs } : {}), ...plan };
  const executor: Executor =
    jobs > 0
      ? workerExecutor({ pipelineSource: pipeline.source!, pipelineHash: pipeline.hash, out, state: stateRoot, stateTmp, outTmp, ...plan }, { threads: jobs, ...(opts.pageTimeoutMs !== undefined ? { timeoutMs: opts.pageTimeoutMs } : {}), ...(opts.workerHeapMb !== undefined ? { maxOldGenerationSizeMb: opts.workerHeapMb } : {}) })
      : inProcessExecutor(ctx);
  const shardText = opts.shard ? `${opts.shard.index}/${opts.shard.count}` : null;
  const report = new ReportBuilder(pipeline, opts.input, opts.out, opts.from ?? null, { shard: shardText, workers: executor.threads });
  const docs = report.report.documents;
  const emit = opts.onEvent ?? (() => {});
  emit({ type: 'start', workers: executor.threads, shard: shardText });

  const maxBytes = maxBytesOf(pipeline);
  // Outputs inside the input directory are not inputs.
  const exclude = new Set([out, stateRoot]);
  const selected = (rel: string): boolean => inputKind(rel) !== null && inShard(rel, opts.shard);
  const walk = { exclude, followLinks: true };

  // The total for the progress bar comes from a second walk, so the first never waits for it.
  if (!opts.only) {
    void (async () => {
      let n = 0;
      for await (const rel of walkFiles(opts.input, walk)) if (selected(rel)) n++;
      emit({ type: 'total', files: n });
    })().catch(() => {});
  } else emit({ type: 'total', files: opts.only.filter(selected).length });

  const fail = (doc: DocRef, f: FailureInfo): Failure => {
    const failure: Failure = { ...doc, ...f };
    report.failure(failure);
    return failure;
  };

  /** Ids of the documents of this run's input, for prune (kept only when pruning). */
  const seen = new Set<string>();
  /** Files that could not be read to their end: documents past the damage are not gone. */
  const damaged = new Set<string>();

  /** Counts one document's outcome in the report, wherever it was decided and processed. */
  const settle = async (doc: DocRef, o: DocOutcome): Promise<void> => {
    docs.in++;
    if (opts.prune) {
      seen.add(doc.id);
      if (o.kind === 'rejected' && UNREADABLE.has(o.failure.code)) damaged.add(doc.path);
    }
    if (o.kind === 'rejected') {
      emit({ type: 'doc', status: 'failed', failure: fail(doc, o.failure) });
      return;
    }
    if (o.kind === 'unchanged') {
      docs.unchanged++;
      if (o.ok) {
        docs.out++;
        report.addRules(o.rules);
        emit({ type: 'doc', status: 'unchanged' });
      } else emit({ type: 'doc', status: 'failed', failure: fail(doc, o.failure) });
      return;
    }
    const { start, result } = o;
    docs.processed++;
    report.timings(result.timings);
    if (start > 0) {
      if (result.startedAt === start) docs.resumedFrom++;
      else docs.rerunFromStart++;
    }
    if (!result.ok) {
      if (result.stage === 'runner') {
        // The thread was stopped mid-document: nothing it wrote for this document stands.
        await fs.rm(articlePathIn(out, doc.id), { force: true });
        await manifest.remove(doc.id);
      }
      emit({ type: 'doc', status: 'failed', failure: fail(doc, { stage: result.stage, code: result.code, message: result.message }) });
      return;
    }
    docs.out++;
    report.addRules(result.rules);
    emit({ type: 'doc', status: 'done' });
  };

  /** One document's work, then its outcome counted; a bug in the runner is still only its failure. */
  const track = (doc: () => DocRef, work: () => Promise<{ doc: DocRef; outcome: DocOutcome } | undefined>): Promise<void> => {
    let counted = false;
    return (async () => {
      const r = await work();
      if (!r) return;
      counted = true;
      await settle(r.doc, r.outcome);
    })().catch((e: unknown) => {
      if (executor.fatal) return;
      if (opts.prune) seen.add(doc().id);
      if (!counted) docs.in++;
      fail(doc(), { stage: 'runner', code: 'internal-error', message: e instanceof Error ? e.message : String(e) });
    });
  };

  /** A record the main thread read (JSONL, WARC, JSON arrays): planned here, processed by the executor. */
  const handleRecord = async (rec: InputRecord): Promise<{ doc: DocRef; outcome: DocOutcome } | undefined> => {
    const doc = docRefOf(rec);
    const d = await decide(ctx, rec);
    if (d.kind !== 'run') return { doc, outcome: d };
    if (executor.fatal) return undefined;
    return { doc, outcome: { kind: 'processed', start: d.from, result: await executor.run(rec, d.from) } };
  };

  // Backpressure: the walk waits while this many documents are in flight, so memory is bounded
  // by them, not by the batch.
  const inFlight = Math.max(opts.concurrency ?? pipeline.concurrency, executor.threads * 2 + 2);
  const running = new Set<Promise<void>>();
  const stopped = (): boolean => (opts.signal?.aborted ?? false) || executor.fatal !== undefined;
  const slot = async (): Promise<void> => {
    while (running.size >= inFlight) await Promise.race(running);
  };
  const spawn = (p: Promise<void>): Promise<void> => {
    running.add(p);
    void p.finally(() => running.delete(p));
    return p;
  };
  let filesDone = 0;
  const fileDone = (): void => emit({ type: 'file', done: ++filesDone });
  const onSkip = (): void => {
    report.report.files.nonPageRecords++;
  };
  /** JSON files that turned out to hold arrays: their records are streamed like a JSONL file's. */
  const deferred: string[] = [];

  /** Streams a file's records into the run; false when the run was stopped meanwhile. */
  const streamFile = async (rel: string): Promise<boolean> => {
    const pending: Array<Promise<void>> = [];
    for await (const rec of streamRecords(path.join(opts.input, rel), rel, { maxBytes, onSkip })) {
      if (stopped()) return false;
      await slot();
      pending.push(spawn(track(() => docRefOf(rec), () => handleRecord(rec))));
    }
    void Promise.all(pending).then(fileDone);
    return true;
  };

  /**
   * A page file goes to the executor as a path: where the steps run, it is read, hashed, checked
   * against the manifest and processed. The main thread, which shares the cores with the worker
   * threads, neither reads, hashes nor copies the page.
   */
  const pageFile = (rel: string): void => {
    const task: FileTask = { abs: path.resolve(opts.input, rel), rel };
    let isContainer = false;
    void spawn(
      track(() => pageDocRef(rel), async () => {
        const o = await executor.runFile(task);
        if (o.kind === 'doc') return o;
        isContainer = true;
        deferred.push(rel);
        return undefined;
      }),
    ).then(() => {
      if (!isContainer) fileDone();
    });
  };

  const files = opts.only ?? walkFiles(opts.input, walk);
  outer: for await (const rel of files) {
    if (stopped()) break;
    if (!inputKind(rel)) {
      docs.skippedFiles++;
      report.report.files.skipped++;
      continue;
    }
    if (!inShard(rel, opts.shard)) continue;
    report.report.files.read++;
    if (isPageFile(rel)) {
      await slot();
      if (stopped()) break;
      pageFile(rel);
    } else if (!(await streamFile(rel))) break;
    while (deferred.length) if (!(await streamFile(deferred.shift()!))) break outer;
  }
  // Page files still in flight may turn out to be JSON arrays, to be streamed after them.
  while (!stopped()) {
    if (deferred.length) {
      if (!(await streamFile(deferred.shift()!))) break;
    } else if (running.size) await Promise.race(running);
    else break;
  }
  await Promise.all([...running]);
  await executor.close();
  if (executor.fatal) {
    await fs.rm(stateTmp, { recursive: true, force: true });
    await fs.rm(outTmp, { recursive: true, force: true });
    throw new ConfigError(`worker threads could not run the pipeline ${pipeline.name}: ${executor.fatal.message.split('\n')[0]}`);
  }

  report.report.interrupted = opts.signal?.aborted ?? false;
  // A run that found no document at all is more likely an unmounted or mistyped input than an
  // input whose every page was deleted: it prunes nothing.
  if (opts.prune && !report.report.interrupted && seen.size > 0) {
    docs.pruned = (await pruneUnseen({ out, state, manifest, seen, damaged, shard: opts.shard })).length;
  }
  const final = report.finish();
  await writeFileAtomic(path.join(stateRoot, reportName(opts.shard)), JSON.stringify(final, null, 2) + '\n', stateTmp);
  await writeFileAtomic(path.join(stateRoot, 'article.schema.json'), JSON.stringify(articleJsonSchema(), null, 2) + '\n', stateTmp);
  for (const d of new Set([stateTmp, outTmp])) {
    await fs.rm(d, { recursive: true, force: true });
    await fs.rmdir(path.dirname(d)).catch(() => {}); // only when no other shard is using it
  }
  return final;
}
