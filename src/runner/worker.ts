// The worker-thread side of the pool: loads the pipeline from its module once per thread (stages
// hold functions, which cannot cross threads), then runs one document per task: a page file from
// its path (read, hashed, planned and processed here), or a record the main thread streamed.
import { workerData, type MessagePort } from 'node:worker_threads';
import type { InputRecord } from '../stages/load/records.js';
import type { FileOutcome, FileTask, WorkContext, WorkResult } from './work.js';

/** What every thread of a run shares; passed as `workerData`. */
export interface WorkerSetup {
  pipelineSource: string;
  pipelineHash: string;
  out: string;
  state: string;
  stateTmp: string;
  outTmp: string;
  /** `--from` as a step index: every page file runs from there. */
  from?: number;
  /** `--force`: page files run even when unchanged. */
  force?: boolean;
}

/** A record and the step to start from, or a page file to read and plan here. */
export type WorkerTaskBody = { rec: InputRecord; from: number } | { file: FileTask };

export type WorkerTask = WorkerTaskBody & {
  /**
   * Told 'started' when the document starts (not when it was queued): the time limit counts from
   * there; then, for a page file, the step it starts from once planned (a number).
   */
  started?: MessagePort;
};

/** Answer of a thread that could not load the pipeline: the run stops, no page is blamed. */
export interface WorkerInitFailure {
  fatal: string;
}

// Everything that imports stage code is loaded here, not statically: a stage module that fails to
// load becomes a fatal answer to the first task instead of a thread that never starts.
type Work = typeof import('./work.js');
type Ready = WorkContext & Pick<Work, 'processOne' | 'processFile'>;

async function init(setup: WorkerSetup): Promise<Ready> {
  const [{ Manifest }, { loadPipeline }, { StateDir }, { processOne, processFile }, { syncIo }] = await Promise.all([
    import('./manifest.js'),
    import('./pipeline.js'),
    import('./state.js'),
    import('./work.js'),
    import('./files.js'),
  ]);
  const pipeline = await loadPipeline(setup.pipelineSource);
  if (pipeline.hash !== setup.pipelineHash) {
    // Stage code or rules changed on disk since the run started: one run never mixes two versions.
    throw new Error(`pipeline ${setup.pipelineSource} changed since the run started (hash ${pipeline.hash}, the run's ${setup.pipelineHash}); run again`);
  }
  // Blocking file calls: this thread runs one document at a time (see Io in files.ts).
  return {
    pipeline,
    out: setup.out,
    state: new StateDir(setup.state, setup.stateTmp, syncIo),
    manifest: new Manifest(setup.state, setup.stateTmp, syncIo),
    outTmp: setup.outTmp,
    io: syncIo,
    ...(setup.from !== undefined ? { from: setup.from } : {}),
    ...(setup.force ? { force: true } : {}),
    processOne,
    processFile,
  };
}

const ready: Promise<Ready | WorkerInitFailure> = init(workerData as WorkerSetup).catch((e: unknown) => ({ fatal: e instanceof Error ? e.message : String(e) }));

export default async function run(task: WorkerTask): Promise<WorkResult | FileOutcome | WorkerInitFailure> {
  const ctx = await ready;
  if ('fatal' in ctx) return ctx;
  const port = task.started;
  port?.postMessage('started');
  try {
    if ('file' in task) return await ctx.processFile(ctx, task.file, port ? { planned: (from) => port.postMessage(from) } : {});
    return await ctx.processOne(ctx, task.rec, task.from);
  } finally {
    port?.close();
  }
}
