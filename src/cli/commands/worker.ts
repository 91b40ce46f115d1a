import type { Command } from 'commander';
import { cliState, EXIT } from '../shared.js';
import { checkRedisUrl, DEFAULT_REDIS, positiveInt, redisUsage } from './enqueue.js';

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('Process the pages `sauber enqueue` queued; run as many as you like, on as many machines')
    .option('--redis <url>', 'Redis URL (or set $SAUBER_REDIS)', DEFAULT_REDIS)
    .option('--queue <name>', 'queue name', 'sauber')
    .option('--concurrency <n>', 'jobs processed at once by this worker', positiveInt('--concurrency'), 1)
    .option('--page-timeout <ms>', 'time limit per page, checked between stages; a page over it is rejected (code timeout)', positiveInt('--page-timeout'), 60_000)
    .option('--drain', 'exit when the queue is empty, writing <state>/rejected.jsonl of each run it worked on')
    .action(async (o: { redis: string; queue: string; concurrency: number; pageTimeout: number; drain?: boolean }) => {
      await redisUsage(Promise.resolve().then(() => checkRedisUrl(o.redis)));
      const { startWorker } = await import('../../queue/worker.js');
      const w = startWorker({ redis: o.redis, queue: o.queue, concurrency: o.concurrency, pageTimeoutMs: o.pageTimeout, drain: !!o.drain });
      // Ctrl-C or a scheduler's SIGTERM: finish the pages in hand, take no more.
      const stop = () => void w.close();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      let s;
      try {
        s = await redisUsage(w.done);
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      }
      process.stdout.write(
        `sauber worker: ${s.jobs + s.failedJobs} pages, ${s.documents} documents, ${s.articles} articles, ${s.rejected} rejected` +
          (s.failedJobs ? ` (${s.failedJobs} pages failed every attempt)` : '') +
          '\n' +
          s.runs.filter((r) => r.rejectedFile).map((r) => `  run ${r.run}: rejected documents in ${r.rejectedFile}\n`).join(''),
      );
      cliState.code = s.rejected > 0 ? EXIT.failures : EXIT.ok;
    });
}
