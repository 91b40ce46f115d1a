import type { Doc } from '../core/doc.js';
import { errorCode, errorMessage, Rejection } from '../core/errors.js';
import { docFromRecord } from '../stages/load/index.js';
import type { InputRecord } from '../stages/load/records.js';
import type { ResolvedPipeline } from './pipeline.js';

export interface StepTiming {
  stage: string;
  ms: number;
}

export type Outcome =
  | { ok: true; doc: Doc; timings: StepTiming[] }
  | { ok: false; stage: string; code: string; message: string; timings: StepTiming[] };

/**
 * Runs the pipeline's steps `from`..end on one document. A stage that throws rejects this
 * document only; the error names the stage. `afterStep` persists each output.
 */
export async function runSteps(
  pipeline: ResolvedPipeline,
  start: Doc,
  from: number,
  afterStep?: (position: number, doc: Doc) => Promise<void>,
): Promise<Outcome> {
  let doc = start;
  const timings: StepTiming[] = [];
  for (let i = from; i < pipeline.steps.length; i++) {
    const step = pipeline.steps[i]!;
    const t0 = performance.now();
    try {
      doc = await step.stage.run(doc, step.options, { previous: pipeline.steps.slice(0, i).map((s) => s.stage.id) });
    } catch (e) {
      timings.push({ stage: step.stage.id, ms: performance.now() - t0 });
      return { ok: false, stage: step.stage.id, code: errorCode(e), message: errorMessage(e), timings };
    }
    timings.push({ stage: step.stage.id, ms: performance.now() - t0 });
    if (afterStep) await afterStep(i, doc);
  }
  return { ok: true, doc, timings };
}

/** A record from a loader, through the whole pipeline. */
export async function processRecord(pipeline: ResolvedPipeline, rec: InputRecord, afterStep?: (position: number, doc: Doc) => Promise<void>): Promise<Outcome> {
  if (rec.error) return { ok: false, stage: 'load', code: rec.error.code, message: rec.error.message, timings: [] };
  return runSteps(pipeline, docFromRecord(rec), 0, afterStep);
}

export { Rejection };
