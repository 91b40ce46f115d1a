// Where documents run: a piscina pool of worker threads (all cores), or the main thread. Both
// take the same task and give the same small result; only the pool can enforce the time limit
// on a stage that never yields, by stopping the thread it runs on.
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { InputRecord } from '../stages/load/records.js';
import { processOne, type WorkContext, type WorkResult } from './work.js';
import type { WorkerInitFailure, WorkerSetup, WorkerTask } from './worker.js';

export interface Executor {
  /** Worker threads, 0 for the main thread. */
  readonly threads: number;
  /** Set when the threads cannot run at all (the pipeline fails to load in them): the run stops. */
  readonly fatal?: Error;
  run(rec: InputRecord, from: number): Promise<WorkResult>;
  close(): Promise<void>;
}

export function inProcessExecutor(ctx: WorkContext): Executor {
  return { threads: 0, run: (rec, from) => processOne(ctx, rec, from), close: async () => {} };
}

/**
 * Heap per worker thread. V8 lets a heap grow toward its limit over a long run, so the limit, not
 * the batch, sets the peak (2 workers, eval pages: 748 MB peak RSS on 20,000 pages with 320 MB,
 * 489 MB on 3,000 pages with 128 MB). The largest eval pages (1.4 MB of HTML) fit in 128 MB; a
 * page that needs more fails alone with a clear message (raise it with --worker-heap-mb).
 */
export const DEFAULT_WORKER_HEAP_MB = 128;

export interface PoolOptions {
  threads: number;
  /** Time per page: a task still running after it has its worker thread terminated. */
  timeoutMs?: number;
  /** Heap limit per worker: a page that exhausts it kills only its thread, not the batch. */
  maxOldGenerationSizeMb?: number;
}

export function workerExecutor(setup: WorkerSetup, opts: PoolOptions): Executor {
  // Started on the first document: a run with nothing to do never pays for starting threads.
  let pool: Piscina<WorkerTask, WorkResult | WorkerInitFailure> | undefined;
  const start = (): Piscina<WorkerTask, WorkResult | WorkerInitFailure> => {
    const p = new Piscina<WorkerTask, WorkResult | WorkerInitFailure>({
      filename: new URL('./worker-entry.mjs', import.meta.url).href,
      minThreads: opts.threads,
      maxThreads: opts.threads,
      idleTimeout: 60_000,
      workerData: setup,
      resourceLimits: { maxOldGenerationSizeMb: opts.maxOldGenerationSizeMb ?? DEFAULT_WORKER_HEAP_MB, maxYoungGenerationSizeMb: 8 },
    });
    // A thread that fails outside a task (its module does not load) is the run's problem, not a page's.
    p.on('error', (e: unknown) => {
      fatal ??= e instanceof Error ? e : new Error(String(e));
      // Queued documents would wait for threads that are not coming: end them now.
      void p.destroy();
    });
    return p;
  };
  let fatal: Error | undefined;
  const fail = (code: string, message: string, from: number): WorkResult => ({ ok: false, stage: 'runner', code, message, timings: [], startedAt: 0, wanted: from });
  return {
    threads: opts.threads,
    get fatal() {
      return fatal;
    },
    async run(rec, from) {
      if (fatal) throw fatal;
      // The clock starts when a thread takes the document, not while it waits in the queue or
      // for a thread to start.
      const stop = opts.timeoutMs !== undefined ? new AbortController() : undefined;
      const signal = stop?.signal;
      const channel = stop ? new MessageChannel() : undefined;
      let timer: NodeJS.Timeout | undefined;
      channel?.port1.once('message', () => {
        timer = setTimeout(() => stop!.abort(), opts.timeoutMs);
      });
      try {
        pool ??= start();
        const task: WorkerTask = channel ? { rec, from, started: channel.port2 } : { rec, from };
        const result = await pool.run(task, stop ? { signal: stop.signal, transferList: [channel!.port2] } : {});
        if ('fatal' in result) {
          fatal ??= new Error(result.fatal);
          throw fatal;
        }
        return result;
      } catch (e) {
        if (fatal) throw fatal;
        if (signal?.aborted) return fail('timeout', `page took longer than ${opts.timeoutMs} ms (--page-timeout); its worker thread was stopped`, from);
        const err = e as { code?: string; message?: string };
        if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') return fail('out-of-memory', `page exhausted the worker's heap (${opts.maxOldGenerationSizeMb ?? DEFAULT_WORKER_HEAP_MB} MB, --worker-heap-mb); its worker thread was stopped`, from);
        return fail('worker-crashed', `worker thread failed: ${err.message ?? String(e)}`, from);
      } finally {
        clearTimeout(timer);
        channel?.port1.close();
      }
    },
    close: async () => {
      // After a fatal error the threads may never become idle: stop them instead of waiting.
      if (fatal) await pool?.destroy();
      else await pool?.close();
    },
  };
}
