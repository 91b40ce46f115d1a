import path from 'node:path';
import { newBlock, type Doc } from '../core/doc.js';
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
  /**
   * Set when `doc.blocks` was left out because the stage kept the blocks of an earlier stage of
   * the same run (language, dates and validate add to a document, its blocks stay as they were):
   * the position and id of the stage whose output holds them. A page's blocks are most of an
   * output, and writing them once instead of four times is what the disk notices.
   */
  blocksFrom?: { position: number; stage: string };
}

/** Where an earlier output of the same run holds what this one leaves out. */
export interface SavedAt {
  position: number;
  stage: string;
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

  async save(docId: string, position: number, step: ResolvedStep, doc: Doc, pretty: boolean, from: { content?: SavedAt; blocks?: SavedAt } = {}): Promise<void> {
    const out: StageOutput = { stage: step.stage.id, version: step.stage.version, fingerprint: step.fingerprint, doc };
    if (from.content || from.blocks) out.doc = { ...doc, ...(from.content ? { content: '' } : {}), ...(from.blocks ? { blocks: [] } : {}) };
    if (from.content) out.contentFrom = from.content;
    if (from.blocks) out.blocksFrom = from.blocks;
    await this.io.writeFileAtomic(this.stageFile(docId, position, step.stage.id), JSON.stringify(out, null, pretty ? 2 : undefined) + '\n', this.tmpDir);
  }

  /** The saved output of a step, or why it cannot be used (missing, or produced by other rules). */
  async load(docId: string, position: number, step: ResolvedStep): Promise<{ doc: Doc; contentAt: SavedAt; blocksAt: SavedAt } | { missing: string }> {
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
    // What this output left out, from the earlier outputs that hold it (read once each).
    const earlier = new Map<string, Promise<StageOutput>>();
    const read = (at: SavedAt): Promise<StageOutput> => {
      const f = this.stageFile(docId, at.position, at.stage);
      let p = earlier.get(f);
      if (!p) earlier.set(f, (p = this.io.readText(f).then((t) => JSON.parse(t) as StageOutput)));
      return p;
    };
    for (const [part, at] of [['content', out.contentFrom], ['blocks', out.blocksFrom]] as const) {
      if (!at) continue;
      try {
        const base = await read(at);
        if (part === 'content') out.doc.content = base.doc.content;
        else out.doc.blocks = base.doc.blocks;
      } catch {
        return { missing: `saved output of stage ${step.stage.id} for ${docId} refers to the ${part} saved by stage ${at.stage}, which is missing` };
      }
    }
    // Blocks read back take the shape of blocks made in a run (see newBlock), for the stages after.
    out.doc.blocks = out.doc.blocks.map((b) => newBlock(b));
    // Where the full content and blocks of this output are saved, for the outputs saved after it.
    return { doc: out.doc, contentAt: out.contentFrom ?? { position, stage: step.stage.id }, blocksAt: out.blocksFrom ?? { position, stage: step.stage.id } };
  }

  async saveText(rel: string, text: string): Promise<void> {
    await this.io.writeFileAtomic(inside(this.root, rel), text, this.tmpDir);
  }
}
