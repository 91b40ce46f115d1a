import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Queue } from 'bullmq';
import { walkFiles } from '../runner/files.js';
import type { ResolvedPipeline } from '../runner/pipeline.js';
import { inputKind } from '../stages/load/stream.js';
import { assertRedisReachable, redisConnection } from './connection.js';
import { DEFAULT_ATTEMPTS, DEFAULT_BACKOFF_MS, jobIdFor, KEY_PREFIX, runKeys, type PageJob } from './jobs.js';

export interface EnqueueOptions {
  redis: string;
  queue: string;
  input: string;
  out: string;
  /** Default `<out>/.sauber`, as for `sauber run`. */
  state?: string;
  pipelineName: string;
  pipeline: ResolvedPipeline;
  /** Reuse a run id to finish an interrupted enqueue without adding any file twice. */
  run?: string;
  attempts?: number;
  backoffMs?: number;
}

export interface EnqueueResult {
  run: string;
  /** Input files with a known page type, one job each. */
  files: number;
  /** Files of unknown type, left out as `sauber run` leaves them out. */
  skipped: number;
}

const BULK = 500;

/** One job per page file under `input`; workers anywhere with the same file system process them. */
export async function enqueueDir(o: EnqueueOptions): Promise<EnqueueResult> {
  const run = o.run ?? `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`;
  const input = path.resolve(o.input);
  const out = path.resolve(o.out);
  const state = path.resolve(o.state ?? path.join(o.out, '.sauber'));
  await assertRedisReachable(o.redis);
  const connection = redisConnection(o.redis);
  const queue = new Queue<PageJob>(o.queue, { connection, prefix: KEY_PREFIX });
  const attempts = o.attempts ?? DEFAULT_ATTEMPTS;
  const opts = {
    attempts,
    backoff: { type: 'exponential' as const, delay: o.backoffMs ?? DEFAULT_BACKOFF_MS },
    // Results live in our run keys; finished jobs need not fill Redis.
    removeOnComplete: { age: 24 * 3600 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
  const keys = runKeys(o.queue, run);
  let files = 0;
  let skipped = 0;
  try {
    await connection.hset(keys.meta, { input, out, state, pipeline: o.pipelineName, pipelineHash: o.pipeline.hash, enqueuedAt: new Date().toISOString() });
    let batch: Array<{ name: string; data: PageJob; opts: typeof opts & { jobId: string } }> = [];
    const flush = async () => {
      if (batch.length) await queue.addBulk(batch);
      batch = [];
    };
    // Outputs inside the input directory are not inputs (as for `sauber run`).
    for await (const file of walkFiles(input, { exclude: new Set([out, state]), followLinks: true })) {
      if (!inputKind(file)) {
        skipped++;
        continue;
      }
      files++;
      const data: PageJob = { run, input, file, out, state, pipeline: o.pipelineName, pipelineHash: o.pipeline.hash };
      batch.push({ name: 'page', data, opts: { ...opts, jobId: jobIdFor(run, file) } });
      if (batch.length >= BULK) await flush();
    }
    await flush();
    await connection.hset(keys.meta, { files: String(files) });
  } finally {
    await queue.close();
    connection.disconnect();
  }
  return { run, files, skipped };
}
