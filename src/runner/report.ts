import type { Doc } from '../core/doc.js';
import type { ResolvedPipeline } from './pipeline.js';
import type { StepTiming } from './process.js';

export interface Failure {
  id: string;
  path: string;
  record?: number;
  stage: string;
  code: string;
  message: string;
}

/** What a run did: written to `<state>/report.json` and summarised on the terminal. */
export interface RunReport {
  pipeline: { name: string; hash: string; stages: Array<{ id: string; version: string; fingerprint: string }> };
  input: string;
  out: string;
  from: string | null;
  /** `i/n` when the run was one shard of a batch. */
  shard: string | null;
  /** Worker threads, or 0 when the stages ran on the main thread. */
  workers: number;
  /** True when SIGINT/SIGTERM stopped the run early: run it again to finish the rest. */
  interrupted: boolean;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  /** Input files read, files skipped as not inputs, WARC records that are not pages (requests, images). */
  files: { read: number; skipped: number; nonPageRecords: number };
  documents: {
    in: number;
    out: number;
    failed: number;
    skippedFiles: number;
    /** Unchanged since the last run (input, pipeline, stages and rules): not processed again. */
    unchanged: number;
    processed: number;
    resumedFrom: number;
    rerunFromStart: number;
    /** Documents of earlier runs whose input is gone, removed by `--prune`. */
    pruned: number;
  };
  stages: Record<string, { documents: number; ms: number }>;
  rules: Record<string, number>;
  failures: Failure[];
  throughput: { documentsPerSecond: number; processedPerSecond: number };
  resources: { peakRssMB: number; cpuUserMs: number; cpuSystemMs: number };
}

/** Every rule that removed a block or gave it a role, and every diagnostic, counted. */
export function ruleCounts(doc: Doc): Record<string, number> {
  const r: Record<string, number> = {};
  for (const b of doc.blocks) {
    if (b.removed) r[b.removed.rule] = (r[b.removed.rule] ?? 0) + 1;
    else if (b.roleRule) r[b.roleRule] = (r[b.roleRule] ?? 0) + 1;
  }
  for (const d of doc.diagnostics) r[d.rule] = (r[d.rule] ?? 0) + 1;
  return r;
}

export class ReportBuilder {
  readonly report: RunReport;
  private readonly t0 = performance.now();

  constructor(pipeline: ResolvedPipeline, input: string, out: string, from: string | null, extra: { shard?: string | null; workers?: number } = {}) {
    this.report = {
      pipeline: { name: pipeline.name, hash: pipeline.hash, stages: pipeline.steps.map((s) => ({ id: s.stage.id, version: s.stage.version, fingerprint: s.fingerprint })) },
      input,
      out,
      from,
      shard: extra.shard ?? null,
      workers: extra.workers ?? 0,
      interrupted: false,
      startedAt: new Date().toISOString(),
      finishedAt: '',
      durationMs: 0,
      files: { read: 0, skipped: 0, nonPageRecords: 0 },
      documents: { in: 0, out: 0, failed: 0, skippedFiles: 0, unchanged: 0, processed: 0, resumedFrom: 0, rerunFromStart: 0, pruned: 0 },
      stages: {},
      rules: {},
      failures: [],
      throughput: { documentsPerSecond: 0, processedPerSecond: 0 },
      resources: { peakRssMB: 0, cpuUserMs: 0, cpuSystemMs: 0 },
    };
  }

  timings(ts: StepTiming[]): void {
    for (const t of ts) {
      const s = (this.report.stages[t.stage] ??= { documents: 0, ms: 0 });
      s.documents++;
      s.ms += t.ms;
    }
  }

  rules(doc: Doc): void {
    this.addRules(ruleCounts(doc));
  }

  addRules(counts: Record<string, number>): void {
    const r = this.report.rules;
    for (const [k, n] of Object.entries(counts)) r[k] = (r[k] ?? 0) + n;
  }

  failure(f: Failure): void {
    this.report.documents.failed++;
    this.report.failures.push(f);
  }

  finish(): RunReport {
    const r = this.report;
    r.finishedAt = new Date().toISOString();
    r.durationMs = Math.round(performance.now() - this.t0);
    for (const s of Object.values(r.stages)) s.ms = Math.round(s.ms * 10) / 10;
    r.rules = Object.fromEntries(Object.entries(r.rules).sort(([a], [b]) => (a < b ? -1 : 1)));
    r.failures.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const perSecond = (n: number): number => (r.durationMs ? Math.round((n / r.durationMs) * 1000 * 10) / 10 : 0);
    r.throughput = { documentsPerSecond: perSecond(r.documents.in), processedPerSecond: perSecond(r.documents.processed) };
    // maxRSS covers the whole process, worker threads included.
    const u = process.resourceUsage();
    r.resources = { peakRssMB: Math.round(u.maxRSS / 1024), cpuUserMs: Math.round(u.userCPUTime / 1000), cpuSystemMs: Math.round(u.systemCPUTime / 1000) };
    return r;
  }
}

export function summarize(r: RunReport): string {
  const d = r.documents;
  const lines = [
    `sauber ${r.pipeline.name}${r.shard ? ` shard ${r.shard}` : ''}: ${d.in} documents in, ${d.out} articles out, ${d.failed} failed` +
      (d.unchanged ? ` (${d.unchanged} unchanged since the last run, not processed again)` : '') +
      (d.skippedFiles ? `, ${d.skippedFiles} files skipped (unknown type)` : '') +
      ` in ${(r.durationMs / 1000).toFixed(1)} s (${r.throughput.documentsPerSecond} docs/s, ${r.workers ? `${r.workers} worker threads` : 'main thread'}, peak RSS ${r.resources.peakRssMB} MB)`,
  ];
  // An empty or mistyped --in is not an error (a night with nothing new), but should not pass unnoticed.
  if (d.in === 0 && !r.interrupted) lines.push(`no documents found under ${r.input}${r.shard ? ` in shard ${r.shard}` : ''}: inputs are .txt, .html, .json, .jsonl and .warc files (each also .gz), dot-files and dot-folders are skipped`);
  if (r.from) lines.push(`re-ran from stage ${r.from}: ${d.resumedFrom} from saved outputs, ${d.rerunFromStart} from the start (no usable saved output)`);
  else if (d.resumedFrom || d.rerunFromStart) lines.push(`stages changed since the last run: ${d.resumedFrom} documents re-run from the changed stage, ${d.rerunFromStart} from the start (no usable saved output)`);
  if (d.pruned) lines.push(`pruned ${d.pruned} documents whose input is gone (their articles and saved stage outputs)`);
  for (const f of r.failures.slice(0, 20)) lines.push(`  FAILED ${f.path}${f.record !== undefined ? `#${f.record}` : ''} [${f.stage}/${f.code}] ${f.message}`);
  if (r.failures.length > 20) lines.push(`  … and ${r.failures.length - 20} more failures (see the report)`);
  if (r.interrupted) lines.push('INTERRUPTED: the run stopped early. Run the same command again to finish the rest; finished pages are skipped.');
  return lines.join('\n');
}
