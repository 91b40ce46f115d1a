import fs from 'node:fs/promises';
import path from 'node:path';
import type { Doc } from '../core/doc.js';
import { explainDoc } from '../cli/explain-format.js';
import { articlePath } from '../runner/batch.js';
import { inside, writeFileAtomic } from '../runner/files.js';
import { maxBytesOf, type ResolvedPipeline } from '../runner/pipeline.js';
import { outputsSource, processRecord } from '../runner/process.js';
import { StateDir } from '../runner/state.js';
import { streamRecords } from '../stages/load/stream.js';
import type { PageJob, RejectedEntry } from './jobs.js';

export interface PageResult {
  documents: number;
  articles: number;
  rejected: RejectedEntry[];
}

export interface PageLimits {
  /** Time per page in ms, checked between stages (the queue worker runs stages on its main thread). */
  timeoutMs?: number;
}

/** A job no worker can ever do (its path leaves the input directory): no point in retrying it. */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}

/**
 * One input file through the pipeline, read and written as `sauber run` does: the same streaming
 * loader (so the same document ids), the article atomically at `<out>/<id>.json` (a stale one
 * removed when the page is now rejected), stage outputs in the state dir when the pipeline keeps
 * them. Throws only when the job itself cannot be done (file unreadable, disk full); documents the
 * pipeline refuses are results.
 */
export async function processPage(job: PageJob, pipeline: ResolvedPipeline, limits: PageLimits = {}): Promise<PageResult> {
  if (pipeline.hash !== job.pipelineHash) {
    // Another worker running the enqueuer's code may take it on the retry.
    throw new Error(`pipeline ${job.pipeline} resolves to ${pipeline.hash} on this worker but to ${job.pipelineHash} where it was enqueued: run the same sauber version and rules everywhere`);
  }
  let file: string;
  try {
    file = inside(job.input, job.file);
  } catch (e) {
    throw new PermanentJobError((e as Error).message);
  }
  // Fail the job (and so retry it) when the file is not there, rather than record a rejection.
  await fs.access(file);
  const state = new StateDir(job.state);
  const persist = pipeline.persist === 'all';
  const result: PageResult = { documents: 0, articles: 0, rejected: [] };
  for await (const rec of streamRecords(file, job.file, { maxBytes: maxBytesOf(pipeline) })) {
    result.documents++;
    const outputs = persist ? await state.outputs(rec.id, outputsSource(pipeline, rec), false) : undefined;
    const save = outputs ? async (i: number, d: Doc) => outputs.put(i, pipeline.steps[i]!, d) : undefined;
    const outcome = await processRecord(pipeline, rec, save, limits.timeoutMs !== undefined ? { timeoutMs: limits.timeoutMs } : {});
    await outputs?.write(pipeline.debug);
    const target = articlePath(job.out, rec.id);
    if (!outcome.ok) {
      result.rejected.push({ run: job.run, id: rec.id, path: rec.source.path, ...(rec.source.record !== undefined ? { record: rec.source.record } : {}), stage: outcome.stage, code: outcome.code, message: outcome.message });
      await fs.rm(target, { force: true });
      continue;
    }
    await writeFileAtomic(target, JSON.stringify(outcome.doc.article, null, 2) + '\n');
    if (pipeline.debug) await state.saveText(path.join('explain', `${rec.id}.txt`), explainDoc(outcome.doc));
    result.articles++;
  }
  return result;
}
