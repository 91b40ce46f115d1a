import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pLimit from 'p-limit';
import type { InputRecord } from '../stages/load/records.js';
import { inputKind, streamRecords } from '../stages/load/stream.js';
import { articleJsonSchema } from '../stages/validate/schema.js';
import { walkFiles, writeFileAtomic } from './files.js';
import { Manifest, planFor } from './manifest.js';
import { ConfigError, stageIndex, type ResolvedPipeline } from './pipeline.js';
import { inProcessExecutor, workerExecutor, type Executor } from './pool.js';
import { ReportBuilder, type Failure, type RunReport } from './report.js';
import { inShard, shardLabel, type Shard } from './shard.js';
import { StateDir } from './state.js';
import { articlePathIn, type WorkContext } from './work.js';

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
  if (jobs > 0 && !pipeline.source) throw new Error('worker threads need a pipeline loaded from a module (loadPipeline); use jobs: 0');
  const ctx: WorkContext = { pipeline, out, state, manifest, outTmp, ...(opts.pageTimeoutMs !== undefined ? { timeoutMs: opts.pageTimeoutMs } : {}) };
  const executor: Executor =
    jobs > 0
      ? workerExecutor({ pipelineSource: pipeline.source!, pipelineHash: pipeline.hash, out, state: stateRoot, stateTmp, outTmp }, { threads: jobs, ...(opts.pageTimeoutMs !== undefined ? { timeoutMs: opts.pageTimeoutMs } : {}), ...(opts.workerHeapMb !== undefined ? { maxOldGenerationSizeMb: opts.workerHeapMb } : {}) })
      : inProcessExecutor(ctx);
  const shardText = opts.shard ? `${opts.shard.index}/${opts.shard.count}` : null;
  const report = new ReportBuilder(pipeline, opts.input, opts.out, opts.from ?? null, { shard: shardText, workers: executor.threads });
  const docs = report.report.documents;
  const emit = opts.onEvent ?? (() => {});
  emit({ type: 'start', workers: executor.threads, shard: shardText });

  const loadStep = pipeline.steps.find((s) => s.stage.id === 'load');
  const maxBytes = (loadStep?.options as { maxBytes?: number } | undefined)?.maxBytes ?? 50 * 1024 * 1024;
  // Outputs inside the input directory are not inputs.
  const exclude = new Set([out, stateRoot]);
  const selected = (rel: string): boolean => inputKind(rel) !== null && inShard(rel, opts.shard);

  // The total for the progress bar comes from a second walk, so the first never waits for it.
  if (!opts.only) {
    void (async () => {
      let n = 0;
      for await (const rel of walkFiles(opts.input, '', exclude)) if (selected(rel)) n++;
      emit({ type: 'total', files: n });
    })().catch(() => {});
  } else emit({ type: 'total', files: opts.only.filter(selected).length });

  const fail = (rec: InputRecord, f: { stage: string; code: string; message: string }): Failure => {
    const failure: Failure = { id: rec.id, path: rec.source.path, ...(rec.source.record !== undefined ? { record: rec.source.record } : {}), ...f };
    report.failure(failure);
    return failure;
  };

  const handle = async (rec: InputRecord): Promise<void> => {
    docs.in++;
    if (rec.error) {
      await fs.rm(articlePathIn(out, rec.id), { force: true }).catch(() => {});
      emit({ type: 'doc', status: 'failed', failure: fail(rec, { stage: 'load', code: rec.error.code, message: rec.error.message }) });
      return;
    }
    let start = 0;
    if (from !== undefined) start = from;
    else {
      const plan = planFor(await manifest.read(rec.id), rec.contentHash, pipeline, opts.force);
      if (!plan.run && (!plan.entry.ok || (await exists(articlePathIn(out, rec.id))))) {
        docs.unchanged++;
        if (plan.entry.ok) {
          docs.out++;
          report.addRules(plan.entry.rules ?? {});
          emit({ type: 'doc', status: 'unchanged' });
        } else emit({ type: 'doc', status: 'failed', failure: fail(rec, plan.entry.failure!) });
        return;
      }
      if (plan.run) start = plan.from;
    }
    if (executor.fatal) return;
    const result = await executor.run(rec, start);
    docs.processed++;
    report.timings(result.timings);
    if (start > 0) {
      if (result.startedAt === start) docs.resumedFrom++;
      else docs.rerunFromStart++;
    }
    if (!result.ok) {
      if (result.stage === 'runner') {
        // The thread was stopped mid-document: nothing it wrote for this document stands.
        await fs.rm(articlePathIn(out, rec.id), { force: true });
        await manifest.remove(rec.id);
      }
      emit({ type: 'doc', status: 'failed', failure: fail(rec, { stage: result.stage, code: result.code, message: result.message }) });
      return;
    }
    docs.out++;
    report.addRules(result.rules);
    emit({ type: 'doc', status: 'done' });
  };

  // Backpressure: the walk waits while this many documents are in flight, so memory is bounded
  // by them, not by the batch.
  const inFlight = Math.max(opts.concurrency ?? pipeline.concurrency, executor.threads * 2 + 2);
  const limit = pLimit(inFlight);
  const running = new Set<Promise<void>>();
  let filesDone = 0;
  const onSkip = (): void => {
    report.report.files.nonPageRecords++;
  };

  const files = opts.only ?? walkFiles(opts.input, '', exclude);
  outer: for await (const rel of files) {
    if (opts.signal?.aborted || executor.fatal) break;
    if (!inputKind(rel)) {
      docs.skippedFiles++;
      report.report.files.skipped++;
      continue;
    }
    if (!inShard(rel, opts.shard)) continue;
    report.report.files.read++;
    const filePending = new Set<Promise<void>>();
    for await (const rec of streamRecords(path.join(opts.input, rel), rel, { maxBytes, onSkip })) {
      if (opts.signal?.aborted || executor.fatal) break outer;
      while (running.size >= inFlight) await Promise.race(running);
      const p: Promise<void> = limit(() => handle(rec))
        .catch((e: unknown) => {
          if (executor.fatal) return;
          // A bug in the runner itself: still only this document's failure.
          fail(rec, { stage: 'runner', code: 'internal-error', message: e instanceof Error ? e.message : String(e) });
        })
        .finally(() => {
          running.delete(p);
          filePending.delete(p);
        });
      running.add(p);
      filePending.add(p);
    }
    void Promise.all([...filePending]).then(() => emit({ type: 'file', done: ++filesDone }));
  }
  await Promise.all([...running]);
  await executor.close();
  if (executor.fatal) {
    await fs.rm(stateTmp, { recursive: true, force: true });
    await fs.rm(outTmp, { recursive: true, force: true });
    throw new ConfigError(`worker threads could not run the pipeline ${pipeline.name}: ${executor.fatal.message.split('\n')[0]}`);
  }

  report.report.interrupted = opts.signal?.aborted ?? false;
  const final = report.finish();
  await writeFileAtomic(path.join(stateRoot, reportName(opts.shard)), JSON.stringify(final, null, 2) + '\n', stateTmp);
  await writeFileAtomic(path.join(stateRoot, 'article.schema.json'), JSON.stringify(articleJsonSchema(), null, 2) + '\n', stateTmp);
  for (const d of new Set([stateTmp, outTmp])) {
    await fs.rm(d, { recursive: true, force: true });
    await fs.rmdir(path.dirname(d)).catch(() => {}); // only when no other shard is using it
  }
  return final;
}

const exists = (file: string): Promise<boolean> =>
  fs.access(file).then(
    () => true,
    () => false,
  );
