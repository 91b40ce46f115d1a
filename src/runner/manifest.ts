// The incremental manifest: one small entry per document under `<state>/manifest/`, written after
// the document's article (write then rename), so an entry always describes finished work. A
// killed run leaves no entry for a document it did not finish, and the next run redoes it.
import path from 'node:path';
import { asyncIo, inside, type Io } from './files.js';
import type { ResolvedPipeline } from './pipeline.js';

export interface ManifestEntry {
  v: 1;
  /** Hash of the input the document was made from (InputRecord.contentHash). */
  content: string;
  pipeline: string;
  /** The input file it came from (relative, POSIX), so that a sharded `run --prune` can place it. */
  file?: string;
  /** Fingerprint of every step (stage version, rules, options), in pipeline order. */
  steps: string[];
  ok: boolean;
  failure?: { stage: string; code: string; message: string };
  /** Rule counts of the document, so a skipped document still counts in the run report. */
  rules?: Record<string, number>;
}

/** Failures that may not happen again (a slow machine, a crashed worker): never taken as final. */
const TRANSIENT = new Set(['timeout', 'worker-crashed', 'out-of-memory', 'internal-error']);

export type Plan = { run: false; entry: ManifestEntry } | { run: true; from: number; reason: 'new' | 'forced' | 'changed' | 'pipeline' | 'retry' };

/**
 * What to do with a document given its last entry: nothing (input, stages and rules unchanged),
 * or run it from the first step whose fingerprint changed (the steps before it are unchanged, and
 * their saved output is the input of that step).
 */
export function planFor(entry: ManifestEntry | null, contentHash: string | undefined, pipeline: ResolvedPipeline, force = false): Plan {
  if (force) return { run: true, from: 0, reason: 'forced' };
  if (!entry || entry.v !== 1 || !contentHash) return { run: true, from: 0, reason: 'new' };
  if (entry.content !== contentHash) return { run: true, from: 0, reason: 'changed' };
  if (entry.failure && TRANSIENT.has(entry.failure.code)) return { run: true, from: 0, reason: 'retry' };
  let k = 0;
  while (k < pipeline.steps.length && entry.steps[k] === pipeline.steps[k]!.fingerprint) k++;
  if (k === pipeline.steps.length && entry.steps.length === k) return { run: false, entry };
  // A document rejected by an unchanged stage before the first changed one is rejected again.
  const failedAt = entry.failure ? pipeline.steps.findIndex((s) => s.stage.id === entry.failure!.stage) : -1;
  if (failedAt >= 0 && failedAt < k) return { run: false, entry };
  return { run: true, from: k, reason: 'pipeline' };
}

export class Manifest {
  constructor(
    readonly root: string,
    readonly tmpDir?: string,
    readonly io: Io = asyncIo,
  ) {}

  file(docId: string): string {
    return inside(this.root, path.join('manifest', ...docId.split('/')) + '.json');
  }

  async read(docId: string): Promise<ManifestEntry | null> {
    try {
      return JSON.parse(await this.io.readText(this.file(docId))) as ManifestEntry;
    } catch {
      return null;
    }
  }

  async write(docId: string, entry: ManifestEntry): Promise<void> {
    await this.io.writeFileAtomic(this.file(docId), JSON.stringify(entry) + '\n', this.tmpDir);
  }

  async remove(docId: string): Promise<void> {
    await this.io.rm(this.file(docId));
  }
}
