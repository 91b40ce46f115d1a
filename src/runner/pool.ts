// Where documents run: a piscina pool of worker threads (all cores), or the main thread. Both
// take the same task and give the same small result; only the pool can enforce the time limit
// on a stage that never yields, by stopping the thread it runs on.
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { COMPILED } from '../core/runtime.js';
import type { InputRecord } from '../stages/load/records.js';
import { pageDocRef, processFile, processOne, type FileOutcome, type FileTask, type WorkContext, type WorkResult } from './work.js';
import type { WorkerInitFailure, WorkerSetup, WorkerTask, WorkerTaskBody } from './worker.js';

export interface Executor {
  /** Worker threads, 0 for the main thread. */
  readonly threads: number;
  /** Set when the threads cannot run at all (the pipeline fails to load in them): the run stops. */
  readonly fatal?: Error;
  /** A record the main thread has read and planned (from a JSONL, WARC or JSON-array file). */
  run(rec: InputRecord, from: number): Promise<WorkResult>;
  /** A page file, read, planned and processed where the steps run (see processFile). */
  runFile(task: FileTask): Promise<FileOutcome>;
  close(): Promise<void>;
}

export function inProcessExecutor(ctx: WorkContext): Executor {
  return { threads: 0, run: (rec, from) => processOne(ctx, rec, from), runFile: (task) => processFile(ctx, task), close: async () => {} };
}

/**
 * Heap per worker thread. V8 lets a heap grow toward its limit over a long run, so the limit, not
 * the batch, sets the peak (2 workers, eval pages: 748 MB peak RSS on 20,000 pages with 320 MB,
 * 489 MB on 3,000 pages with 128 MB). The largest eval pages (1.4 MB of HTML) fit in 128 MB; a
 * page that needs more fails alone with a clear message (raise it with --worker-heap-mb).
 */
export const DEFAULT_WORKER_HEAP_MB = 128;

/**
 * Young generation per worker thread. A page's element table, texts and parse garbage die with the page; a
 * young generation that holds them lets them die there, instead of being copied by scavenges and
 * promoted into the old generation for the (partly concurrent, other-core) mark-compact to find.
 * V8 splits it in three (two semi-spaces and as much for new large objects): 48 MB gives the 16 MB
 * semi-space of a main thread's default. On 20,115 pages (the 745 trafilatura pages 27 times) with
 * 2 workers, `--pipeline lean --force`: 48 MB against 24 MB ran 99.4 and 98.5 s against 118.6 and
 * 133.3 s (175 and 159 against 213 and 219 CPU-s), peaking at 489 and 483 against 449 and 454 MB RSS.
 * One worker on one core, 745 pages: 96 MB was no faster than 48 and 30 MB larger.
 */
const WORKER_YOUNG_GENERATION_MB = 48;

export interface PoolOptions {
  threads: number;
  /** Time per page: a task still running after it has its worker thread terminated. */
  timeoutMs?: number;
  /** Heap limit per worker: a page that exhausts it kills only its thread, not the batch. */
  maxOldGenerationSizeMb?: number;
}

type WorkerAnswer = WorkResult | FileOutcome | WorkerInitFailure;

export function workerExecutor(setup: WorkerSetup, opts: PoolOptions): Executor {
  // Started on the first document: a run with nothing to do never pays for starting threads.
  let pool: Piscina<WorkerTask, WorkerAnswer> | undefined;
  const start = (): Piscina<WorkerTask, WorkerAnswer> => {
    const p = new Piscina<WorkerTask, WorkerAnswer>({
      // The compiled worker loads as it is; the TypeScript one through an entry that registers tsx.
      filename: new URL(COMPILED ? './worker.js' : './worker-entry.mjs', import.meta.url).href,
      minThreads: opts.threads,
      maxThreads: opts.threads,
      idleTimeout: 60_000,
      workerData: setup,
      resourceLimits: { maxOldGenerationSizeMb: opts.maxOldGenerationSizeMb ?? DEFAULT_WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
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
  /**
   * One task through the pool. A thread stopped mid-task (time limit, heap, crash) answers with
   * a runner failure; `wanted` says which step the document was to start from (for a page file,
   * as far as the thread got to say it before it was stopped).
   */
  const submit = async (task: WorkerTaskBody, wanted: (planned: number | undefined) => number): Promise<{ answer: WorkResult | FileOutcome } | { stopped: WorkResult }> => {
    if (fatal) throw fatal;
    // The clock starts when a thread takes the document, not while it waits in the queue or
    // for a thread to start. The thread also says where a page file's document starts, once
    // it has read and planned it, for the report should the thread be stopped.
    const stop = opts.timeoutMs !== undefined ? new AbortController() : undefined;
    const signal = stop?.signal;
    const channel = stop ? new MessageChannel() : undefined;
    let timer: NodeJS.Timeout | undefined;
    let planned: number | undefined;
    channel?.port1.on('message', (m: unknown) => {
      if (m === 'started') timer = setTimeout(() => stop!.abort(), opts.timeoutMs);
      else if (typeof m === 'number') planned = m;
    });
    try {
      pool ??= start();
      const full: WorkerTask = channel ? { ...task, started: channel.port2 } : task;
      const result = await pool.run(full, stop ? { signal: stop.signal, transferList: [channel!.port2] } : {});
      if ('fatal' in result) {
        fatal ??= new Error(result.fatal);
        throw fatal;
      }
      return { answer: result };
    } catch (e) {
      if (fatal) throw fatal;
      const from = wanted(planned);
      if (signal?.aborted) return { stopped: fail('timeout', `page took longer than ${opts.timeoutMs} ms (--page-timeout); its worker thread was stopped`, from) };
      const err = e as { code?: string; message?: string };
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') return { stopped: fail('out-of-memory', `page exhausted the worker's heap (${opts.maxOldGenerationSizeMb ?? DEFAULT_WORKER_HEAP_MB} MB, --worker-heap-mb); its worker thread was stopped`, from) };
      return { stopped: fail('worker-crashed', `worker thread failed: ${err.message ?? String(e)}`, from) };
    } finally {
      clearTimeout(timer);
      channel?.port1.close();
    }
  };
  return {
    threads: opts.threads,
    get fatal() {
      return fatal;
    },
    async run(rec, from) {
      const r = await submit({ rec, from }, () => from);
      return 'stopped' in r ? r.stopped : (r.answer as WorkResult);
    },
    async runFile(file) {
      const r = await submit({ file }, (planned) => planned ?? 0);
      if (!('stopped' in r)) return r.answer as FileOutcome;
      // Named as the page the thread had read (a stopped thread was processing it); stopped
      // before it said where the document starts, it counts as run from the start.
      return { kind: 'doc', doc: pageDocRef(file.rel), outcome: { kind: 'processed', start: r.stopped.wanted, result: r.stopped } };
    },
    close: async () => {
      // After a fatal error the threads may never become idle: stop them instead of waiting.
      if (fatal) await pool?.destroy();
      else await pool?.close();
    },
  };
}
