import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { loadPipeline } from '../../runner/pipeline.js';
import { parseRedisUrl, RedisUrlError } from '../../queue/redis-url.js';
import { DEFAULT_ATTEMPTS } from '../../queue/jobs.js';
import { UsageError } from '../shared.js';

export const DEFAULT_REDIS = process.env.SAUBER_REDIS ?? 'redis://127.0.0.1:6379';

/** A positive integer option, or a usage error naming the option. */
export const positiveInt = (name: string) => (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a positive integer, not "${v}"`);
  return n;
};

export const checkRedisUrl = (url: string): void => {
  parseRedisUrl(url);
};

/** A malformed or unreachable Redis is the caller's to fix: a message and exit code 2, no stack. */
export async function redisUsage<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (e instanceof RedisUrlError) throw new UsageError(e.message);
    throw e;
  }
}

export function registerEnqueue(program: Command): void {
  program
    .command('enqueue')
    .description('Add one queue job per page under --in; `sauber worker` processes them on any machine that sees the same paths')
    .option('--in <dir>', 'input directory (on a file system every worker sees at the same path)', 'raw')
    .option('--out <dir>', 'output directory for articles', 'clean')
    .option('--state <dir>', 'where stage outputs and rejected.jsonl go (default <out>/.sauber)')
    .option('--pipeline <name>', 'pipeline name (pipelines/<name>.ts) or path', 'nightly')
    .option('--redis <url>', 'Redis URL (or set $SAUBER_REDIS)', DEFAULT_REDIS)
    .option('--queue <name>', 'queue name', 'sauber')
    .option('--run <id>', 'run id; reuse one to finish an interrupted enqueue without adding a page twice')
    .option('--attempts <n>', `attempts per page before it is recorded as rejected (default ${DEFAULT_ATTEMPTS})`, positiveInt('--attempts'))
    .action(async (o: { in: string; out: string; state?: string; pipeline: string; redis: string; queue: string; run?: string; attempts?: number }) => {
      await redisUsage(Promise.resolve().then(() => checkRedisUrl(o.redis)));
      const stat = await fs.stat(o.in).catch(() => null);
      if (!stat?.isDirectory()) throw new UsageError(`--in ${o.in} is not a directory`);
      const pipeline = await loadPipeline(o.pipeline);
      // BullMQ and ioredis load only for the queue commands: `sauber run` never pays for them.
      const { enqueueDir } = await import('../../queue/enqueue.js');
      const r = await redisUsage(enqueueDir({
        redis: o.redis,
        queue: o.queue,
        input: o.in,
        out: o.out,
        // A pipeline given as a path is resolved here: workers run elsewhere, in another directory.
        pipelineName: /[/\\]|\.[cm]?[jt]s$/.test(o.pipeline) ? path.resolve(o.pipeline) : o.pipeline,
        pipeline,
        ...(o.state ? { state: o.state } : {}),
        ...(o.run ? { run: o.run } : {}),
        ...(o.attempts ? { attempts: o.attempts } : {}),
      }));
      process.stdout.write(`sauber enqueue: run ${r.run}: ${r.files} pages queued on ${o.queue}` + (r.skipped ? `, ${r.skipped} files skipped (unknown type)` : '') + '\n');
    });
}
