import type { Doc } from '../core/doc.js';
import { errorCode, errorMessage } from '../core/errors.js';
import { docFromRecord } from '../stages/load/index.js';
import type { InputRecord } from '../stages/load/records.js';
import type { ResolvedPipeline } from './pipeline.js';
import type { OutputsSource } from './state.js';

export interface StepTiming {
  stage: string;
  ms: number;
}

export type Outcome =
  | { ok: true; doc: Doc; timings: StepTiming[] }
  | { ok: false; stage: string; code: string; message: string; timings: StepTiming[] };

export interface StepLimits {
  /**
   * Time per page. Checked between stages only: a synchronous stage cannot be interrupted on the
   * thread it runs on (worker threads are stopped from outside instead, see pool.ts).
   */
  timeoutMs?: number;
}

/**
 * Runs the pipeline's steps `from`..end on one document. A stage that throws rejects this
 * document only; the error names the stage. `afterStep` persists each output.
 */
export async function runSteps(
  pipeline: ResolvedPipeline,
  start: Doc,
  from: number,
  afterStep?: (position: number, doc: Doc) => Promise<void>,
  limits: StepLimits = {},
): Promise<Outcome> {
  let doc = start;
  const timings: StepTiming[] = [];
  // Time spent in this document's stages only: on the main thread, other documents' stages run
  // while this one waits for its writes, and that time is not this page's.
  let spent = 0;
  for (let i = from; i < pipeline.steps.length; i++) {
    const step = pipeline.steps[i]!;
    const ts = performance.now();
    try {
      doc = await step.stage.run(doc, step.options, { previous: pipeline.steps.slice(0, i).map((s) => s.stage.id) });
    } catch (e) {
      timings.push({ stage: step.stage.id, ms: performance.now() - ts });
      return { ok: false, stage: step.stage.id, code: errorCode(e), message: errorMessage(e), timings };
    }
    const ms = performance.now() - ts;
    timings.push({ stage: step.stage.id, ms });
    spent += ms;
    if (limits.timeoutMs !== undefined && spent > limits.timeoutMs) {
      const total = Math.round(spent);
      return { ok: false, stage: step.stage.id, code: 'timeout', message: `page took ${total} ms, above the limit of ${limits.timeoutMs} ms per page (--page-timeout; checked after stage ${step.stage.id})`, timings };
    }
    if (afterStep) await afterStep(i, doc);
  }
  return { ok: true, doc, timings };
}

/** A record from a loader, through the whole pipeline. */
export async function processRecord(pipeline: ResolvedPipeline, rec: InputRecord, afterStep?: (position: number, doc: Doc) => Promise<void>, limits?: StepLimits): Promise<Outcome> {
  if (rec.error) return { ok: false, stage: 'load', code: rec.error.code, message: rec.error.message, timings: [] };
  return runSteps(pipeline, docFromRecord(rec), 0, afterStep, limits);
}

/** What a record's saved outputs are made from: its hash, and how its first step's content is made again. */
export function outputsSource(pipeline: ResolvedPipeline, rec: InputRecord): OutputsSource {
  const first = pipeline.steps[0]!;
  return {
    input: rec.contentHash,
    remake: { fingerprint: first.fingerprint, content: async () => (await first.stage.run(docFromRecord(rec), first.options, { previous: [] })).content },
  };
}
