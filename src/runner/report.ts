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
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  documents: { in: number; out: number; failed: number; skippedFiles: number; resumedFrom: number; rerunFromStart: number };
  stages: Record<string, { documents: number; ms: number }>;
  rules: Record<string, number>;
  failures: Failure[];
  throughput: { documentsPerSecond: number };
}

export class ReportBuilder {
  readonly report: RunReport;
  private readonly t0 = performance.now();

  constructor(pipeline: ResolvedPipeline, input: string, out: string, from: string | null) {
    this.report = {
      pipeline: { name: pipeline.name, hash: pipeline.hash, stages: pipeline.steps.map((s) => ({ id: s.stage.id, version: s.stage.version, fingerprint: s.fingerprint })) },
      input,
      out,
      from,
      startedAt: new Date().toISOString(),
      finishedAt: '',
      durationMs: 0,
      documents: { in: 0, out: 0, failed: 0, skippedFiles: 0, resumedFrom: 0, rerunFromStart: 0 },
      stages: {},
      rules: {},
      failures: [],
      throughput: { documentsPerSecond: 0 },
    };
  }

  timings(ts: StepTiming[]): void {
    for (const t of ts) {
      const s = (this.report.stages[t.stage] ??= { documents: 0, ms: 0 });
      s.documents++;
      s.ms += t.ms;
    }
  }

  /** Counts every rule that removed a block or gave it a role, and every diagnostic. */
  rules(doc: Doc): void {
    const r = this.report.rules;
    for (const b of doc.blocks) {
      if (b.removed) r[b.removed.rule] = (r[b.removed.rule] ?? 0) + 1;
      else if (b.roleRule) r[b.roleRule] = (r[b.roleRule] ?? 0) + 1;
    }
    for (const d of doc.diagnostics) r[d.rule] = (r[d.rule] ?? 0) + 1;
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
    r.throughput.documentsPerSecond = r.durationMs ? Math.round((r.documents.in / r.durationMs) * 1000 * 10) / 10 : 0;
    return r;
  }
}

export function summarize(r: RunReport): string {
  const lines = [
    `sauber ${r.pipeline.name}: ${r.documents.in} documents in, ${r.documents.out} articles out, ${r.documents.failed} failed` +
      (r.documents.skippedFiles ? `, ${r.documents.skippedFiles} files skipped (unknown type)` : '') +
      ` in ${(r.durationMs / 1000).toFixed(1)} s (${r.throughput.documentsPerSecond} docs/s)`,
  ];
  if (r.from) lines.push(`re-ran from stage ${r.from}: ${r.documents.resumedFrom} from saved outputs, ${r.documents.rerunFromStart} from the start (no usable saved output)`);
  for (const f of r.failures.slice(0, 20)) lines.push(`  FAILED ${f.path}${f.record !== undefined ? `#${f.record}` : ''} [${f.stage}/${f.code}] ${f.message}`);
  if (r.failures.length > 20) lines.push(`  … and ${r.failures.length - 20} more failures (see the report)`);
  return lines.join('\n');
}
