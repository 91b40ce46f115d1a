import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../src/runner/batch.js';
import { walkFiles } from '../src/runner/files.js';
import { loadPipeline, type ResolvedPipeline } from '../src/runner/pipeline.js';
import type { RunReport } from '../src/runner/report.js';
import { enqueueDir } from '../src/queue/enqueue.js';
import { runKeys, type RejectedEntry } from '../src/queue/jobs.js';
import { exportRejected, startWorker, type WorkerSummary } from '../src/queue/worker.js';
import { Queue, UnrecoverableError, Worker } from 'bullmq';
import { KEY_PREFIX, type PageJob } from '../src/queue/jobs.js';

// A real redis-server (Debian package `redis-server`) on a free port of 127.0.0.1, started and
// stopped by this file. Without the binary the suite is skipped, saying so.
const hasRedis = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasRedis) {
  // CI installs redis-server and sets SAUBER_REQUIRE_REDIS: there, a missing binary is an error, not a skip.
  if (process.env.SAUBER_REQUIRE_REDIS) throw new Error('queue-bullmq: SAUBER_REQUIRE_REDIS is set but there is no redis-server binary on PATH');
  console.warn('queue-bullmq: SKIPPED, no redis-server binary on PATH (apt-get install -y redis-server)');
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RAW = path.join(ROOT, 'raw');
const BIN = path.join(ROOT, 'bin/sauber.js');
/** A PNG saved as a page: the load stage must reject it. */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function startRedis(): Promise<{ url: string; proc: ChildProcess }> {
  const port = await freePort();
  const proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const probe = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
    probe.on('error', () => {});
    const up = await probe
      .connect()
      .then(() => probe.ping())
      .then(() => true, () => false);
    probe.disconnect();
    if (up) return { url, proc };
    await new Promise((r) => setTimeout(r, 50));
  }
  proc.kill();
  throw new Error(`redis-server did not answer on ${url}`);
}

/** Every file under `dir` (articles and rejected.jsonl, not stage outputs) with its bytes. */
async function articles(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for await (const rel of walkFiles(dir)) out.set(rel, await fs.readFile(path.join(dir, rel)));
  return out;
}

describe.skipIf(!hasRedis)('queue mode: sauber enqueue + two workers on a real redis-server', () => {
  let redis: { url: string; proc: ChildProcess };
  let tmp: string;
  let pipeline: ResolvedPipeline;
  let reference: RunReport;
  let run: string;
  let files: number;
  let summaries: WorkerSummary[];
  let seeds: number;
  let client: Redis;
  const queue = 'test-pages';

  beforeAll(async () => {
    redis = await startRedis();
    client = new Redis(redis.url);
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'sauber-queue-'));
    const input = path.join(tmp, 'in');
    await fs.mkdir(path.join(input, 'feeds'), { recursive: true });
    const seedFiles = await fs.readdir(RAW);
    seeds = seedFiles.length;
    for (const f of seedFiles) await fs.copyFile(path.join(RAW, f), path.join(input, f));
    await fs.writeFile(path.join(input, 'bad.html'), PNG);
    await fs.writeFile(path.join(input, 'feeds', 'night.jsonl'), '{"id":"a1","text":"Berlin (dpa) - Der Bundestag hat am Dienstag über den Haushalt beraten, die Debatte dauerte bis in den Abend."}\nnot json at all\n');
    pipeline = await loadPipeline('nightly');
    // What `sauber run` makes of the same input: the queue must write the same bytes.
    reference = await runBatch({ input, out: path.join(tmp, 'run-out'), pipeline, jobs: 0 });

    // A page that disappears between enqueue and processing: every attempt throws.
    await fs.writeFile(path.join(input, 'gone.txt'), 'Dieser Text wird gelöscht, bevor ein Worker ihn liest.');
    const opts = { redis: redis.url, queue, input, out: path.join(tmp, 'queue-out'), pipelineName: 'nightly', pipeline, attempts: 2, backoffMs: 50, run: 'test-run' };
    ({ run, files } = await enqueueDir(opts));
    // Enqueuing the same run again (an interrupted enqueue, resumed) must not add any page twice.
    expect((await enqueueDir(opts)).files).toBe(files);
    await fs.rm(path.join(input, 'gone.txt'));

    const log = () => {};
    const workers = [startWorker({ redis: redis.url, queue, drain: true, pollMs: 100, log }), startWorker({ redis: redis.url, queue, drain: true, pollMs: 100, concurrency: 2, log })];
    summaries = await Promise.all(workers.map((w) => w.done));
  });

  afterAll(async () => {
    client?.disconnect();
    redis?.proc.kill();
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  });

  it('queued one job per page file', () => {
    expect(files).toBe(seeds + 3); // the seeds, bad.html, feeds/night.jsonl, gone.txt
  });

  it('processed every page exactly once across both workers', async () => {
    const processed = await client.hgetall(runKeys(queue, run).processed);
    expect(Object.keys(processed).sort()).toHaveLength(files);
    expect(Object.values(processed).every((n) => n === '1')).toBe(true);
    const jobs = summaries.reduce((n, s) => n + s.jobs + s.failedJobs, 0);
    expect(jobs).toBe(files);
  });

  it('wrote articles byte-identical to those of `sauber run` on the same input', async () => {
    const queued = await articles(path.join(tmp, 'queue-out'));
    const ran = await articles(path.join(tmp, 'run-out'));
    expect([...queued.keys()].sort()).toEqual([...ran.keys()].sort());
    expect(queued.size).toBe(reference.documents.out);
    for (const [rel, bytes] of ran) expect(queued.get(rel)?.equals(bytes), rel).toBe(true);
  });

  it('recorded the bad page and the bad JSONL line as rejected, as `sauber run` does', async () => {
    const lines = (await fs.readFile(path.join(tmp, 'queue-out', '.sauber', 'rejected.jsonl'), 'utf8')).trim().split('\n');
    const rejected = lines.map((l) => JSON.parse(l) as RejectedEntry);
    const documentRejections = rejected.filter((r) => r.stage !== 'queue').map(({ id, stage, code }) => ({ id, stage, code }));
    expect(documentRejections).toEqual(reference.failures.map(({ id, stage, code }) => ({ id, stage, code })));
    expect(documentRejections).toContainEqual({ id: 'bad', stage: 'load', code: 'binary' });
    expect(documentRejections).toContainEqual({ id: 'feeds/night/2', stage: 'load', code: 'invalid-json' });
  });

  it('retried the job whose file vanished, then recorded it as rejected after the last attempt', async () => {
    const entries = (await client.lrange(runKeys(queue, run).rejected, 0, -1)).map((s) => JSON.parse(s) as RejectedEntry);
    const gone = entries.filter((e) => e.path === 'gone.txt');
    expect(gone).toHaveLength(1);
    expect(gone[0]).toMatchObject({ stage: 'queue', code: 'job-failed', attempts: 2 });
    expect(gone[0]!.message).toMatch(/ENOENT/);
    expect(summaries.reduce((n, s) => n + s.failedJobs, 0)).toBe(1);
  });

  it('records as rejected, once, a job BullMQ failed without the processor seeing it (stalled too often)', async () => {
    const q = 'unseen';
    const keys = runKeys(q, 'u1');
    await client.hset(keys.meta, { state: path.join(tmp, 'unseen-state') });
    const data: PageJob = { run: 'u1', input: tmp, file: 'lost.txt', out: tmp, state: path.join(tmp, 'unseen-state'), pipeline: 'nightly', pipelineHash: pipeline.hash };
    const connections = [new Redis(redis.url, { maxRetriesPerRequest: null }), new Redis(redis.url, { maxRetriesPerRequest: null })];
    const queue = new Queue<PageJob>(q, { connection: connections[0]!, prefix: KEY_PREFIX });
    await queue.add('page', data, { jobId: 'lost' });
    // A bare BullMQ worker stands in for the stalled-job checker: the job ends failed, unrecorded.
    await new Promise<void>((resolve) => {
      const w = new Worker(q, async () => { throw new UnrecoverableError('job stalled more than allowable limit'); }, { connection: connections[1]!, prefix: KEY_PREFIX });
      w.on('failed', () => void w.close().then(resolve));
    });
    await queue.close();
    for (const c of connections) c.disconnect();
    const file = await exportRejected(client, q, 'u1');
    await exportRejected(client, q, 'u1'); // a second draining worker adds nothing
    const lines = (await fs.readFile(file!, 'utf8')).trim().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual([{ run: 'u1', id: 'lost.txt', path: 'lost.txt', stage: 'queue', code: 'job-failed', message: 'job stalled more than allowable limit', attempts: 1 }]);
    expect(await client.hget(keys.processed, 'lost.txt')).toBe('1');
  });

  it('left nothing waiting, active or delayed', async () => {
    const keys = await client.keys(`sauber:${queue}:wait`);
    expect(keys.length === 0 || (await client.llen(keys[0]!)) === 0).toBe(true);
    expect(await client.zcard(`sauber:${queue}:delayed`)).toBe(0);
    expect(await client.llen(`sauber:${queue}:active`)).toBe(0);
  });
});

/** `sauber <args>`: exit code and output, never a throw. */
async function sauber(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

describe.skipIf(!hasRedis)('queue mode from the command line: sauber enqueue, two sauber worker --drain processes', () => {
  let redis: { url: string; proc: ChildProcess };
  let tmp: string;
  beforeAll(async () => {
    redis = await startRedis();
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'sauber-queue-cli-'));
    await fs.mkdir(path.join(tmp, 'in'));
    const seeds = (await fs.readdir(RAW)).sort().slice(0, 2);
    for (const f of seeds) await fs.copyFile(path.join(RAW, f), path.join(tmp, 'in', f));
    await fs.writeFile(path.join(tmp, 'in', 'bad.html'), PNG);
  });
  afterAll(async () => {
    redis?.proc.kill();
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  });

  it('processes the batch like `sauber run` and reports the bad page', async () => {
    const input = path.join(tmp, 'in');
    const ran = await sauber(['run', '--in', input, '--out', path.join(tmp, 'run-out'), '--progress', 'none']);
    expect(ran.code, ran.stderr).toBe(1); // one page rejected
    const enq = await sauber(['enqueue', '--in', input, '--out', path.join(tmp, 'q-out'), '--redis', redis.url, '--queue', 'cli', '--run', 'cli-run']);
    expect(enq.code, enq.stderr).toBe(0);
    expect(enq.stdout).toContain('run cli-run: 3 pages queued on cli');
    const workers = await Promise.all([0, 1].map(() => sauber(['worker', '--redis', redis.url, '--queue', 'cli', '--drain'])));
    for (const w of workers) expect([0, 1], w.stderr).toContain(w.code);
    expect(workers.map((w) => w.code)).toContain(1); // the worker that met the bad page says so
    expect(workers.map((w) => w.stderr).join('')).toContain('REJECTED bad.html [load/binary]');
    const queued = await articles(path.join(tmp, 'q-out'));
    const reference = await articles(path.join(tmp, 'run-out'));
    expect([...queued.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [rel, bytes] of reference) expect(queued.get(rel)?.equals(bytes), rel).toBe(true);
    const rejected = (await fs.readFile(path.join(tmp, 'q-out', '.sauber', 'rejected.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as RejectedEntry);
    expect(rejected).toEqual([expect.objectContaining({ run: 'cli-run', id: 'bad', stage: 'load', code: 'binary' })]);
  }, 120_000);

  it('says clearly when Redis cannot be reached, with exit code 2', async () => {
    const port = await freePort();
    const r = await sauber(['worker', '--redis', `redis://127.0.0.1:${port}`, '--drain']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cannot reach Redis at redis://127.0.0.1:${port}`);
  }, 60_000);
});
