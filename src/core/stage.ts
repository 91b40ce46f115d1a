import type { z } from 'zod';
import type { Doc } from './doc.js';
import type { RuleInfo } from './rule.js';

/** Passed to every stage run; stages never touch the file system or the clock through it. */
export interface StageContext {
  /** Ids of the stages that ran before this one in the current pipeline. */
  previous: readonly string[];
}

/**
 * One transform of the pipeline (after datatrove's PipelineStep): pure per document.
 * `rules` lists the stage's rules as data; their hash marks persisted outputs as stale.
 */
export interface Stage<O = unknown> {
  id: string;
  version: string;
  description: string;
  options: z.ZodType<O>;
  rules: readonly RuleInfo[];
  run(doc: Doc, options: O, ctx: StageContext): Doc | Promise<Doc>;
}

/** Type-erased stage for registries and pipelines. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStage = Stage<any>;

export const defineStage = <O>(stage: Stage<O>): Stage<O> => stage;
