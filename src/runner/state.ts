import path from 'node:path';
import { docWith, newBlock, type Doc } from '../core/doc.js';
import { asyncIo, inside, type Io } from './files.js';
import type { ResolvedStep } from './pipeline.js';

/** One persisted stage output: the document after the stage, with what produced it. */
export interface StageOutput {
  stage: string;
  version: string;
  fingerprint: string;
  doc: Doc;
  /**
   * Set when `doc.content` was left out because it equals the content of an earlier output of
   * the same document (most stages never change it): that stage's position and id.
   */
  contentFrom?: SavedAt;
  /**
   * Set on the first step's output when `doc.content` was left out because it is the input as
   * that step decodes it (a copy of the page, a third of the saved bytes): made again from the
   * input, whose hash the file holds, when read back.
   */
  contentFromInput?: true;
  /**
   * Set when `doc.blocks` was left out because the stage kept the blocks of an earlier stage
   * (language, dates and validate add to a document, its blocks stay as they were): the position
   * and id of the output that holds them. A page's blocks are most of an output, and writing them
   * once instead of four times is what the disk notices.
   */
  blocksFrom?: SavedAt;
}

/** Where an earlier output of the same document holds what a later one leaves out. */
export interface SavedAt {
  position: number;
  stage: string;
}

/** A document's file: the hash of its input, and its outputs by step key. */
interface SavedFile {
  input?: string;
  [key: string]: StageOutput | string | undefined;
}

/** What a document's outputs are made from. */
export interface OutputsSource {
  /** Hash of the input (InputRecord.contentHash), saved with the outputs: those of another input are not used. */
  input?: string | undefined;
  /**
   * The first step's output content made again from the input, by the step with this fingerprint
   * (the content is not saved when the input's hash is known).
   */
  remake?: { fingerprint: string; content: () => Promise<string> } | undefined;
}

/** The key of a step's output in a document's file: `02-strip`. */
const outputKey = (position: number, stageId: string): string => `${String(position).padStart(2, '0')}-${stageId}`;

/**
 * The saved stage outputs of one document, as one file `stages/<doc id>.json` (an object from
 * `NN-stage` to its output). Read once when a run starts from a later stage, changed in memory,
 * written once when the document is done: one file to create per document instead of one per
 * stage and a folder (a million pages made eight million files and folders).
 */
export class DocOutputs {
  /** The latest outputs holding the full content and the full blocks: later ones point to them. */
  private contentAt: (SavedAt & { content: string }) | undefined;
  private blocksAt: (SavedAt & { blocks: Doc['blocks'] }) | undefined;

  constructor(
    readonly state: StateDir,
    readonly docId: string,
    readonly source: OutputsSource,
    private readonly outputs: Map<number, StageOutput> = new Map(),
    /** Set when the file holds outputs of another version of the input: none of them is used. */
    private readonly otherInput = false,
  ) {}

  /** The output of a step, whole again, or why it cannot be used (missing, made by other rules or from another input). */
  async load(position: number, step: ResolvedStep): Promise<{ doc: Doc } | { missing: string }> {
    const out = this.outputs.get(position);
    const file = this.state.docFile(this.docId);
    if (this.otherInput) return { missing: `the saved outputs of ${this.docId} were made from another version of its input (${file})` };
    if (!out || out.stage !== step.stage.id) return { missing: `no saved output of stage ${step.stage.id} for ${this.docId} (${file})` };
    if (out.fingerprint !== step.fingerprint) {
      return { missing: `saved output of stage ${step.stage.id} for ${this.docId} is stale (made by version ${out.version}, fingerprint ${out.fingerprint}; now ${step.stage.version}, ${step.fingerprint})` };
    }
    let { content, blocks } = out.doc;
    let contentOf: StageOutput = out;
    for (const [part, at] of [['content', out.contentFrom], ['blocks', out.blocksFrom]] as const) {
      if (!at) continue;
      const base = this.outputs.get(at.position);
      if (!base || base.stage !== at.stage) return { missing: `saved output of stage ${step.stage.id} for ${this.docId} refers to the ${part} saved by stage ${at.stage}, which is missing` };
      if (part === 'content') {
        content = base.doc.content;
        contentOf = base;
      } else blocks = base.doc.blocks;
    }
    if (contentOf.contentFromInput) {
      const { remake } = this.source;
      if (!remake) return { missing: `saved output of stage ${step.stage.id} for ${this.docId} needs the page's content made again from its input, which was not given` };
      // Made again by other code, it might not be the content the later outputs were made from.
      if (remake.fingerprint !== contentOf.fingerprint) return { missing: `saved output of stage ${step.stage.id} for ${this.docId} is stale (stage ${contentOf.stage}, whose content it reads, changed since)` };
      content = await remake.content();
    }
    // A document read back takes the shape of one made in a run (see docWith and newBlock), for the stages after.
    const doc = docWith(out.doc, { content, blocks: blocks.map((b) => newBlock(b)) });
    this.contentAt = { ...(out.contentFrom ?? { position, stage: step.stage.id }), content: doc.content };
    this.blocksAt = { ...(out.blocksFrom ?? { position, stage: step.stage.id }), blocks: doc.blocks };
    return { doc };
  }

  /** Forgets the outputs from `position` on: a run from there replaces them, and any it does not reach are stale. */
  dropFrom(position: number): void {
    for (const p of [...this.outputs.keys()]) if (p >= position) this.outputs.delete(p);
  }

  /**
   * Sets a step's output, leaving out the content and the blocks when an earlier output holds
   * them: equal content, or the very same blocks array (a stage that keeps the blocks hands on
   * that array, unchanged; strip and structure copy the blocks they change).
   */
  put(position: number, step: ResolvedStep, doc: Doc): void {
    const here = { position, stage: step.stage.id };
    const out: StageOutput = { stage: step.stage.id, version: step.stage.version, fingerprint: step.fingerprint, doc };
    const sameContent = this.contentAt !== undefined && doc.content === this.contentAt.content;
    const sameBlocks = this.blocksAt !== undefined && doc.blocks === this.blocksAt.blocks;
    // The first step's content is the input decoded: with the input's hash saved, it can be made again.
    const fromInput = position === 0 && this.source.input !== undefined && this.source.remake !== undefined;
    if (sameContent || fromInput || sameBlocks) out.doc = docWith(doc, { ...(sameContent || fromInput ? { content: '' } : {}), ...(sameBlocks ? { blocks: [] } : {}) });
    if (sameContent) out.contentFrom = { position: this.contentAt!.position, stage: this.contentAt!.stage };
    else this.contentAt = { ...here, content: doc.content };
    if (fromInput) out.contentFromInput = true;
    if (sameBlocks) out.blocksFrom = { position: this.blocksAt!.position, stage: this.blocksAt!.stage };
    else this.blocksAt = { ...here, blocks: doc.blocks };
    this.outputs.set(position, out);
  }

  /**
   * Writes the file (write then rename), the outputs in step order. With none (the first step
   * failed), an earlier run's file goes: its outputs were made from another input.
   */
  async write(pretty: boolean): Promise<void> {
    if (this.outputs.size === 0) return this.state.io.rm(this.state.docFile(this.docId));
    const file: SavedFile = this.source.input !== undefined ? { input: this.source.input } : {};
    for (const [p, out] of [...this.outputs].sort((a, b) => a[0] - b[0])) file[outputKey(p, out.stage)] = out;
    await this.state.io.writeFileAtomic(this.state.docFile(this.docId), JSON.stringify(file, null, pretty ? 2 : undefined) + '\n', this.state.tmpDir);
  }
}

/** Where a run keeps what is not an article: stage outputs, the run report, explanations. */
export class StateDir {
  /** `tmpDir`: where atomic writes put their temporary files (see writeFileAtomic); `io`: see Io. */
  constructor(
    readonly root: string,
    readonly tmpDir?: string,
    readonly io: Io = asyncIo,
  ) {}

  /** The file of a document's stage outputs. */
  docFile(docId: string): string {
    return inside(this.root, path.join('stages', ...docId.split('/')) + '.json');
  }

  /**
   * A document's saved outputs, read from its file (`read`), or none to start from. `input`: the
   * hash of the input now (undefined: not known, any is taken); outputs saved from another are
   * not used, and a write replaces them.
   */
  async outputs(docId: string, source: OutputsSource, read: boolean): Promise<DocOutputs> {
    const { input } = source;
    const outputs = new Map<number, StageOutput>();
    let otherInput = false;
    if (read) {
      let saved: SavedFile = {};
      try {
        saved = JSON.parse(await this.io.readText(this.docFile(docId))) as SavedFile;
      } catch {
        // None saved yet (or unreadable): every load reports it missing.
      }
      otherInput = input !== undefined && saved.input !== undefined && saved.input !== input;
      // Outputs of another input are not kept either: a write then holds only this input's.
      const entries = otherInput ? [] : Object.entries(saved);
      for (const [key, out] of entries) {
        const position = Number.parseInt(key, 10);
        if (Number.isInteger(position) && out && typeof out === 'object' && out.doc) outputs.set(position, out);
      }
    }
    return new DocOutputs(this, docId, source, outputs, otherInput);
  }

  async saveText(rel: string, text: string): Promise<void> {
    await this.io.writeFileAtomic(inside(this.root, rel), text, this.tmpDir);
  }
}
