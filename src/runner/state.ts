import path from 'node:path';
import type { Doc } from '../core/doc.js';
import { asyncIo, inside, type Io } from './files.js';
import type { ResolvedStep } from './pipeline.js';

/** One persisted stage output: the document after the stage, with what produced it. */
export interface StageOutput {
  stage: string;
  version: string;
  fingerprint: string;
  doc: Doc;
  /**
   * Set when `doc.content` was left out because it equals the content saved by an earlier stage
   * of the same run (most stages never change it): that stage's position and id.
   */
  contentFrom?: { position: number; stage: string };
}

/** Where a run keeps what is not an article: stage outputs, the run report, explanations. */
export class StateDir {
  /** `tmpDir`: where atomic writes put their temporary files (see writeFileAtomic); `io`: see Io. */
  constructor(
    readonly root: string,
    readonly tmpDir?: string,
    readonly io: Io = asyncIo,
  ) {}

  stageFile(docId: string, position: number, stageId: string): string {
    return inside(this.root, path.join('stages', ...docId.split('/'), `${String(position).padStart(2, '0')}-${stageId}.json`));
  }

  async save(docId: string, position: number, step: ResolvedStep, doc: Doc, pretty: boolean, contentFrom?: { position: number; stage: string }): Promise<void> {
    const out: StageOutput = contentFrom
      ? { stage: step.stage.id, version: step.stage.version, fingerprint: step.fingerprint, doc: { ...doc, content: '' }, contentFrom }
      : { stage: step.stage.id, version: step.stage.version, fingerprint: step.fingerprint, doc };
    await this.io.writeFileAtomic(this.stageFile(docId, position, step.stage.id), JSON.stringify(out, null, pretty ? 2 : undefined) + '\n', this.tmpDir);
  }

  /** The saved output of a step, or why it cannot be used (missing, or produced by other rules). */
  async load(docId: string, position: number, step: ResolvedStep): Promise<{ doc: Doc; contentAt: { position: number; stage: string } } | { missing: string }> {
    const file = this.stageFile(docId, position, step.stage.id);
    let out: StageOutput;
    try {
      out = JSON.parse(await this.io.readText(file)) as StageOutput;
    } catch {
      return { missing: `no saved output of stage ${step.stage.id} for ${docId} (${file})` };
    }
    if (out.fingerprint !== step.fingerprint) {
      return { missing: `saved output of stage ${step.stage.id} for ${docId} is stale (made by version ${out.version}, fingerprint ${out.fingerprint}; now ${step.stage.version}, ${step.fingerprint})` };
    }
    if (out.contentFrom) {
      try {
        const base = JSON.parse(await this.io.readText(this.stageFile(docId, out.contentFrom.position, out.contentFrom.stage))) as StageOutput;
        out.doc.content = base.doc.content;
      } catch {
        return { missing: `saved output of stage ${step.stage.id} for ${docId} refers to the content saved by stage ${out.contentFrom.stage}, which is missing` };
      }
    }
    // Where the full content of this output is saved, for the outputs saved after it.
    return { doc: out.doc, contentAt: out.contentFrom ?? { position, stage: step.stage.id } };
  }

  async saveText(rel: string, text: string): Promise<void> {
    await this.io.writeFileAtomic(inside(this.root, rel), text, this.tmpDir);
  }
}
