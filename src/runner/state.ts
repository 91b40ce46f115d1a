import fs from 'node:fs/promises';
import path from 'node:path';
import type { Doc } from '../core/doc.js';
import { inside, writeFileAtomic } from './files.js';
import type { ResolvedPipeline, ResolvedStep } from './pipeline.js';

/** One persisted stage output: the document after the stage, with what produced it. */
export interface StageOutput {
  stage: string;
  version: string;
  fingerprint: string;
  doc: Doc;
}

/** Where a run keeps what is not an article: stage outputs, the run report, explanations. */
export class StateDir {
  constructor(readonly root: string) {}

  stageFile(docId: string, position: number, stageId: string): string {
    return inside(this.root, path.join('stages', ...docId.split('/'), `${String(position).padStart(2, '0')}-${stageId}.json`));
  }

  async save(docId: string, position: number, step: ResolvedStep, doc: Doc, pretty: boolean): Promise<void> {
    const out: StageOutput = { stage: step.stage.id, version: step.stage.version, fingerprint: step.fingerprint, doc };
    await writeFileAtomic(this.stageFile(docId, position, step.stage.id), JSON.stringify(out, null, pretty ? 2 : undefined) + '\n');
  }

  /** The saved output of a step, or why it cannot be used (missing, or produced by other rules). */
  async load(docId: string, position: number, step: ResolvedStep): Promise<{ doc: Doc } | { missing: string }> {
    const file = this.stageFile(docId, position, step.stage.id);
    let raw: string;
    try {
      raw = await fs.readFile(file, 'utf8');
    } catch {
      return { missing: `no saved output of stage ${step.stage.id} for ${docId} (${file})` };
    }
    const out = JSON.parse(raw) as StageOutput;
    if (out.fingerprint !== step.fingerprint) {
      return { missing: `saved output of stage ${step.stage.id} for ${docId} is stale (made by version ${out.version}, fingerprint ${out.fingerprint}; now ${step.stage.version}, ${step.fingerprint})` };
    }
    return { doc: out.doc };
  }

  async saveText(rel: string, text: string): Promise<void> {
    await writeFileAtomic(inside(this.root, rel), text);
  }

  /** Stage outputs of a document that the pipeline no longer has are left; this lists the current ones. */
  stagePositions(p: ResolvedPipeline): Array<[number, string]> {
    return p.steps.map((s, i) => [i, s.stage.id]);
  }
}
