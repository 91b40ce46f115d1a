import path from 'node:path';
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { errorMessage } from '../core/errors.js';
import { writeFileAtomic } from '../runner/files.js';
import { loadPipeline, type ResolvedPipeline } from '../runner/pipeline.js';
import { assertRedisReachable, redisConnection } from './connection.js';
import { KEY_PREFIX, PageJobSchema, runKeys, type PageJob, type RejectedEntry } from './jobs.js';
import { PermanentJobError, processPage, type PageResult } from './process-page.js';

export interface WorkerOptions {
  redis: string;
  queue: string;
  concurrency?: number;
  /** Exit once no job is waiting, delayed (a retry) or active anywhere: for batch use and tests. */
  drain?: boolean;
  /** Time per page in ms, checked between stages. */
  pageTimeoutMs?: number;
  /** How often a draining worker looks whether the queue is empty. */
  pollMs?: number;
  log?: (line: string) => void;
}

export interface WorkerSummary {
  jobs: number;
  documents: number;
  articles: number;
  rejected: number;
  /** Jobs that threw on their last attempt (recorded as rejected too). */
  failedJobs: number;
  /** Runs this worker took part in, with the rejected.jsonl it wrote for each (drain only). */
  runs: Array<{ run: string; rejectedFile?: string }>;
}

export interface RunningWorker {
  /** Resolves when the worker stopped: drained, or closed. */
  done: Promise<WorkerSummary>;
  /** Stops taking jobs, lets the active ones finish. */
  close(): Promise<void>;
}

/**
 * Takes page jobs from the queue until closed (or, with `drain`, until the queue is empty). A job
 * that throws is retried with backoff; on its last attempt it is recorded as rejected. Each
 * finished file is counted in the run's `processed` hash, so a run can be audited.
 */
export function startWorker(o: WorkerOptions): RunningWorker {
  const log = o.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const pipelines = new Map<string, Promise<ResolvedPipeline>>();
  const summary: WorkerSummary = { jobs: 0, documents: 0, articles: 0, rejected: 0, failedJobs: 0, runs: [] };
  const runs = new Set<string>();
  // A Redis outage repeats one error many times a second: say it once, and again when it changes.
  let lastError = '';
  const onError = (e: Error): void => {
    if (e.message !== lastError) log(`redis: ${e.message} (retrying)`);
    lastError = e.message;
  };

  const pipelineFor = (name: string): Promise<ResolvedPipeline> => {
    let p = pipelines.get(name);
    if (!p) pipelines.set(name, (p = loadPipeline(name)));
    return p;
  };

  let worker: Worker<PageJob, PageResult> | undefined;
  let closing: Promise<void> | undefined;
  let closed = false;
  const close = (): Promise<void> => {
    closed = true;
    return (closing ??= worker ? worker.close() : Promise.resolve());
  };

  const done = (async (): Promise<WorkerSummary> => {
    await assertRedisReachable(o.redis);
    const connection = redisConnection(o.redis, onError);
    const processor = async (job: Job<PageJob>): Promise<PageResult> => {
      lastError = '';
      const parsed = PageJobSchema.safeParse(job.data);
      if (!parsed.success) throw new UnrecoverableError(`not a sauber page job: ${parsed.error.issues[0]?.message ?? 'wrong shape'}`);
      const data = parsed.data;
      runs.add(data.run);
      const keys = runKeys(o.queue, data.run);
      let result: PageResult;
      try {
        result = await processPage(data, await pipelineFor(data.pipeline), o.pageTimeoutMs !== undefined ? { timeoutMs: o.pageTimeoutMs } : {});
      } catch (e) {
        const final = e instanceof PermanentJobError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
        if (final) {
          const entry: RejectedEntry = { run: data.run, id: data.file, path: data.file, stage: 'queue', code: 'job-failed', message: errorMessage(e), attempts: job.attemptsMade + 1 };
          await connection.multi().rpush(keys.rejected, JSON.stringify(entry)).hincrby(keys.processed, data.file, 1).exec();
          summary.failedJobs++;
          summary.rejected++;
          log(`REJECTED ${data.file} [queue/job-failed] after ${entry.attempts} attempt(s): ${entry.message}`);
          throw new UnrecoverableError(entry.message);
        }
        log(`retrying ${data.file} (attempt ${job.attemptsMade + 1} of ${job.opts.attempts ?? 1} failed): ${errorMessage(e)}`);
        throw e;
      }
      const multi = connection.multi().hincrby(keys.processed, data.file, 1);
      if (result.rejected.length) multi.rpush(keys.rejected, ...result.rejected.map((r) => JSON.stringify(r)));
      await multi.exec();
      summary.jobs++;
      summary.documents += result.documents;
      summary.articles += result.articles;
      summary.rejected += result.rejected.length;
      for (const r of result.rejected) log(`REJECTED ${r.path}${r.record !== undefined ? `#${r.record}` : ''} [${r.stage}/${r.code}] ${r.message}`);
      return result;
    };

    if (closed) {
      connection.disconnect();
      return summary;
    }
    // Stages run on this thread and can hold it for a while: the job's lock must outlast the page
    // time limit, or another worker would think the job stalled and take it a second time.
    const lockDuration = Math.max(30_000, 2 * (o.pageTimeoutMs ?? 60_000));
    worker = new Worker<PageJob, PageResult>(o.queue, processor, { connection, prefix: KEY_PREFIX, concurrency: o.concurrency ?? 1, autorun: true, lockDuration, maxStalledCount: 2 });
    // Connection trouble is logged and retried by ioredis; it must not crash the process.
    worker.on('error', onError);
    await worker.waitUntilReady();
    if (o.drain) {
      const queue = new Queue(o.queue, { connection, prefix: KEY_PREFIX });
      try {
        while (!closed && !(await isEmpty(queue))) await sleep(o.pollMs ?? 500);
      } finally {
        await queue.close();
      }
    }
    await close();
    if (o.drain) for (const run of [...runs].sort()) summary.runs.push({ run, rejectedFile: await exportRejected(connection, o.queue, run) });
    else summary.runs.push(...[...runs].sort().map((run) => ({ run })));
    connection.disconnect();
    return summary;
  })();
  return { done, close };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function isEmpty(queue: Queue): Promise<boolean> {
  const counts = await queue.getJobCounts('wait', 'active', 'delayed', 'prioritized', 'waiting-children');
  return Object.values(counts).every((n) => n === 0);
}

/**
 * Jobs BullMQ failed without our processor seeing the last attempt (a job that stalled too often,
 * its worker killed each time) are recorded as rejected here, once: HSETNX on the processed hash
 * decides which worker writes the entry.
 */
export async function recordUnseenFailures(connection: Redis, queue: string, run: string): Promise<number> {
  const keys = runKeys(queue, run);
  const q = new Queue<PageJob>(queue, { connection, prefix: KEY_PREFIX });
  let added = 0;
  try {
    for (const job of await q.getFailed(0, -1)) {
      const parsed = PageJobSchema.safeParse(job?.data);
      if (!job || !parsed.success || parsed.data.run !== run) continue;
      if ((await connection.hsetnx(keys.processed, parsed.data.file, '1')) === 0) continue;
      const entry: RejectedEntry = { run, id: parsed.data.file, path: parsed.data.file, stage: 'queue', code: 'job-failed', message: job.failedReason || 'failed in the queue', attempts: job.attemptsMade };
      await connection.rpush(keys.rejected, JSON.stringify(entry));
      added++;
    }
  } finally {
    await q.close();
  }
  return added;
}

/**
 * The run's rejected list as `<state>/rejected.jsonl`, sorted, written atomically: each draining
 * worker writes the whole list, so the last one to finish leaves the complete file.
 */
export async function exportRejected(connection: Redis, queue: string, run: string): Promise<string | undefined> {
  const keys = runKeys(queue, run);
  const state = await connection.hget(keys.meta, 'state');
  if (!state) return undefined;
  await recordUnseenFailures(connection, queue, run);
  const entries = (await connection.lrange(keys.rejected, 0, -1)).map((s) => JSON.parse(s) as RejectedEntry);
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const file = path.join(state, 'rejected.jsonl');
  await writeFileAtomic(file, entries.map((e) => JSON.stringify(e) + '\n').join(''));
  return file;
}
