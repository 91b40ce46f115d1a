import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Failure } from '../runner/report.js';

/** Prefix of every Redis key sauber's queues use (BullMQ's own keys and ours). */
export const KEY_PREFIX = 'sauber';

/**
 * One job is one input file. Paths are absolute as the enqueuing machine saw them: every worker
 * must see the same shared file system at the same paths.
 */
export const PageJobSchema = z
  .object({
    /** Run this job belongs to: ties the job id and the result keys together. */
    run: z.string().min(1).max(200),
    input: z.string().min(1),
    /** Input file relative to `input` (as the run's walker lists it). */
    file: z.string().min(1),
    out: z.string().min(1),
    state: z.string().min(1),
    /** Pipeline name or path, and the hash the enqueuer resolved it to: workers must agree. */
    pipeline: z.string().min(1),
    pipelineHash: z.string().min(1),
  })
  .strict();
export type PageJob = z.infer<typeof PageJobSchema>;

/** Deterministic: enqueuing the same file for the same run twice adds one job, not two. */
export const jobIdFor = (run: string, file: string): string => createHash('sha256').update(`${run}\0${file}`).digest('hex').slice(0, 32);

/** Redis keys of one run's results, next to BullMQ's keys of the queue. */
export const runKeys = (queue: string, run: string) => ({
  /** Hash: where the run reads and writes (input, out, state), its pipeline, its number of files. */
  meta: `${KEY_PREFIX}:${queue}:run:${run}:meta`,
  /** Hash: input file → how many times a worker finished it (1 when every page ran once). */
  processed: `${KEY_PREFIX}:${queue}:run:${run}:processed`,
  /** List of JSON rejections: documents the pipeline refused and jobs that failed every attempt. */
  rejected: `${KEY_PREFIX}:${queue}:run:${run}:rejected`,
});

/** What a rejected entry says; the same fields as a failure in `sauber run`'s report, plus the run. */
export interface RejectedEntry extends Failure {
  run: string;
  /** Attempts the job took when the whole job failed (file unreadable, output not writable). */
  attempts?: number;
}

export const DEFAULT_ATTEMPTS = 3;
export const DEFAULT_BACKOFF_MS = 2000;
