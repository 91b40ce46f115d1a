// How a run shows itself: a one-line progress bar on a terminal, structured JSON logs (pino)
// otherwise, so an unattended nightly run leaves lines a log system can read.
import { pino, type Logger } from 'pino';
import type { RunEvent } from './batch.js';
import type { RunReport } from './report.js';

export interface Observer {
  onEvent(e: RunEvent): void;
  /** Free-form notes (e.g. "stopping…"). */
  note(message: string): void;
  finish(report: RunReport, reportFile: string): void;
}

/** Counts and rates shared by the bar and the log. */
class Tally {
  total: number | null = null;
  files = 0;
  done = 0;
  failed = 0;
  unchanged = 0;
  readonly t0 = performance.now();
  /** Recent (time, documents) samples for a rate that follows the last seconds, not the whole run. */
  private samples: Array<[number, number, number]> = [];

  update(e: RunEvent): void {
    if (e.type === 'total') this.total = e.files;
    else if (e.type === 'file') this.files = e.done;
    else if (e.type === 'doc') {
      if (e.status === 'failed') this.failed++;
      else if (e.status === 'unchanged') this.unchanged++;
      else this.done++;
    }
  }

  get documents(): number {
    return this.done + this.failed + this.unchanged;
  }

  /** Documents and files per second over the last ~10 s. */
  rates(): { docs: number; files: number } {
    const now = performance.now();
    this.samples.push([now, this.documents, this.files]);
    while (this.samples.length > 2 && now - this.samples[0]![0] > 10_000) this.samples.shift();
    const [t, d, f] = this.samples[0]!;
    const s = (now - t) / 1000;
    if (s < 0.5) {
      const all = (now - this.t0) / 1000;
      return { docs: all > 0 ? this.documents / all : 0, files: all > 0 ? this.files / all : 0 };
    }
    return { docs: (this.documents - d) / s, files: (this.files - f) / s };
  }

  eta(filesPerSecond: number): string {
    if (this.total === null || filesPerSecond <= 0) return '?';
    return duration(Math.max(0, this.total - this.files) / filesPerSecond);
  }
}

const duration = (s: number): string => {
  if (!Number.isFinite(s)) return '?';
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = Math.round(s % 60);
  return h ? `${h}h${String(m).padStart(2, '0')}m` : m ? `${m}m${String(sec).padStart(2, '0')}s` : `${sec}s`;
};

/** Redraws one line of stderr four times a second. */
export function terminalBar(stream: NodeJS.WriteStream = process.stderr): Observer {
  const t = new Tally();
  let last = '';
  const draw = (): void => {
    const r = t.rates();
    const width = 24;
    const frac = t.total ? Math.min(1, t.files / t.total) : 0;
    const bar = t.total ? '█'.repeat(Math.round(frac * width)).padEnd(width, '░') : '░'.repeat(width);
    const line =
      `${bar} ${t.files}/${t.total ?? '…'} files ${t.total ? `${Math.floor(frac * 100)}%` : ''}` +
      ` | ${t.documents} pages, ${r.docs.toFixed(1)} pages/s | ETA ${t.eta(r.files)}` +
      ` | failed ${t.failed}${t.unchanged ? ` | unchanged ${t.unchanged}` : ''}`;
    const cols = stream.columns || 120;
    last = line.length > cols - 1 ? line.slice(0, cols - 1) : line;
    stream.write(`\r\x1b[2K${last}`);
  };
  const timer = setInterval(draw, 250);
  timer.unref();
  return {
    onEvent: (e) => t.update(e),
    note: (m) => stream.write(`\r\x1b[2K${m}\n${last}`),
    finish(_report, file) {
      clearInterval(timer);
      draw();
      stream.write(`\nreport: ${file}\n`);
    },
  };
}

/** JSON lines on stderr (pino): start, progress every `everyMs`, each failure, the end. */
export function jsonLog(logger: Logger = pino({ name: 'sauber', base: { pid: process.pid } }, pino.destination({ dest: 2, sync: true })), everyMs = 10_000): Observer {
  const t = new Tally();
  const timer = setInterval(() => {
    const r = t.rates();
    logger.info({ event: 'progress', files: t.files, total: t.total, documents: t.documents, failed: t.failed, unchanged: t.unchanged, pagesPerSecond: Math.round(r.docs * 10) / 10, eta: t.eta(r.files) }, 'progress');
  }, everyMs);
  timer.unref();
  return {
    onEvent(e) {
      t.update(e);
      if (e.type === 'start') logger.info({ event: 'start', workers: e.workers, shard: e.shard }, 'run started');
      else if (e.type === 'total') logger.info({ event: 'total', files: e.files }, 'input files counted');
      else if (e.type === 'doc' && e.failure) logger.warn({ event: 'rejected', ...e.failure }, `rejected ${e.failure.path}: ${e.failure.message}`);
    },
    note: (m) => logger.info({ event: 'note' }, m),
    finish(r, file) {
      clearInterval(timer);
      logger.info(
        { event: 'finish', report: file, interrupted: r.interrupted, documents: r.documents, durationMs: r.durationMs, documentsPerSecond: r.throughput.documentsPerSecond, peakRssMB: r.resources.peakRssMB },
        r.interrupted ? 'run interrupted' : 'run finished',
      );
    },
  };
}

export const silent = (): Observer => ({ onEvent: () => {}, note: () => {}, finish: () => {} });
