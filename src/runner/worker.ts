// The worker-thread side of the pool: loads the pipeline from its module once per thread (stages
// hold functions, which cannot cross threads), then runs one document per task.
import { workerData, type MessagePort } from 'node:worker_threads';
import type { InputRecord } from '../stages/load/records.js';
import type { WorkContext, WorkResult } from './work.js';

/** What every thread of a run shares; passed as `workerData`. */
export interface WorkerSetup {
  pipelineSource: string;
  pipelineHash: string;
  out: string;
  state: string;
  stateTmp: string;
  outTmp: string;
}

export interface WorkerTask {
  rec: InputRecord;
  from: number;
  /** Told when the document starts (not when it was queued): the time limit counts from there. */
  started?: MessagePort;
}

/** Answer of a thread that could not load the pipeline: the run stops, no page is blamed. */
export interface WorkerInitFailure {
  fatal: string;
}

// Everything that imports stage code is loaded here, not statically: a stage module that fails to
// load becomes a fatal answer to the first task instead of a thread that never starts.
type Ready = WorkContext & { processOne: typeof import('./work.js').processOne };

async function init(setup: WorkerSetup): Promise<Ready> {
  const [{ Manifest }, { loadPipeline }, { StateDir }, { processOne }] = await Promise.all([import('./manifest.js'), import('./pipeline.js'), import('./state.js'), import('./work.js')]);
  const pipeline = await loadPipeline(setup.pipelineSource);
  if (pipeline.hash !== setup.pipelineHash) {
    // Stage code or rules changed on disk since the run started: one run never mixes two versions.
    throw new Error(`pipeline ${setup.pipelineSource} changed since the run started (hash ${pipeline.hash}, the run's ${setup.pipelineHash}); run again`);
  }
  return {
    pipeline,
    out: setup.out,
    state: new StateDir(setup.state, setup.stateTmp),
    manifest: new Manifest(setup.state, setup.stateTmp),
    outTmp: setup.outTmp,
    processOne,
  };
}

const ready: Promise<Ready | WorkerInitFailure> = init(workerData as WorkerSetup).catch((e: unknown) => ({ fatal: e instanceof Error ? e.message : String(e) }));

export default async function run(task: WorkerTask): Promise<WorkResult | WorkerInitFailure> {
  const ctx = await ready;
  if ('fatal' in ctx) return ctx;
  task.started?.postMessage('started');
  task.started?.close();
  return ctx.processOne(ctx, task.rec, task.from);
}
