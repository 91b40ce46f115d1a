import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { rulesHash, sha256, stableJson } from '../core/hash.js';
import { CODE_ROOT, COMPILED, MODULE_EXT } from '../core/runtime.js';
import type { AnyStage } from '../core/stage.js';
import { stageCodeHash } from './code-hash.js';
import { STAGES } from './registry.js';

export const PipelineDefSchema = z
  .object({
    name: z.string().min(1),
    description: z.string().default(''),
    /** Persist every stage's output per document (needed by `--from` and `sauber stage`), or none. */
    persist: z.enum(['all', 'none']).default('all'),
    /** Pretty-print persisted stage outputs and write a plain-text explanation per document. */
    debug: z.boolean().default(false),
    /** Documents in flight at once (see RunOptions.concurrency). */
    concurrency: z.number().int().positive().default(8),
    stages: z.array(z.object({ id: z.string(), enabled: z.boolean().default(true), options: z.record(z.string(), z.unknown()).default({}) }).strict()).min(1),
  })
  .strict();
export type PipelineDef = z.input<typeof PipelineDefSchema>;

export const definePipeline = (def: PipelineDef): PipelineDef => def;

export interface ResolvedStep {
  stage: AnyStage;
  options: unknown;
  /** Fingerprint of stage version, rules, options and code: a persisted output with another is stale. */
  fingerprint: string;
}

export interface ResolvedPipeline {
  name: string;
  description: string;
  persist: 'all' | 'none';
  debug: boolean;
  concurrency: number;
  steps: ResolvedStep[];
  hash: string;
  /** The module it was loaded from (set by loadPipeline): worker threads load it again from there. */
  source?: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function resolvePipeline(def: PipelineDef): ResolvedPipeline {
  const parsed = PipelineDefSchema.safeParse(def);
  if (!parsed.success) throw new ConfigError(`pipeline definition: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const p = parsed.data;
  const steps: ResolvedStep[] = [];
  for (const s of p.stages) {
    const stage = STAGES.get(s.id);
    if (!stage) throw new ConfigError(`pipeline ${p.name}: unknown stage "${s.id}" (known: ${[...STAGES.keys()].join(', ')})`);
    if (!s.enabled) continue;
    const opts = stage.options.safeParse(s.options);
    if (!opts.success) throw new ConfigError(`pipeline ${p.name}, stage ${s.id}: ${opts.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const code = stageCodeHash(stage.id);
    const fingerprint = sha256(stableJson({ id: stage.id, version: stage.version, rules: rulesHash(stage.rules), options: opts.data, ...(code ? { code } : {}) })).slice(0, 16);
    steps.push({ stage, options: opts.data, fingerprint });
  }
  if (steps[0]?.stage.id !== 'load') throw new ConfigError(`pipeline ${p.name}: the first enabled stage must be "load"`);
  if (steps.at(-1)?.stage.id !== 'validate') throw new ConfigError(`pipeline ${p.name}: the last enabled stage must be "validate"`);
  const hash = sha256(steps.map((s) => s.fingerprint).join(',')).slice(0, 16);
  return { name: p.name, description: p.description, persist: p.persist, debug: p.debug, concurrency: p.concurrency, steps, hash };
}

export const PIPELINES_DIR = path.join(CODE_ROOT, 'pipelines');

/** tsx's loader, registered once however many pipelines are loaded. */
let tsxRegistered: Promise<void> | undefined;
const registerTsx = (): Promise<void> => (tsxRegistered ??= import('tsx/esm/api').then((m) => void m.register()));

/** A pipeline by name (`nightly` → `pipelines/nightly.ts`, compiled or not) or by path to a module exporting one. */
export async function loadPipeline(nameOrPath = 'nightly'): Promise<ResolvedPipeline> {
  const file = /[/\\]|\.[cm]?[jt]s$/.test(nameOrPath) ? path.resolve(nameOrPath) : path.join(PIPELINES_DIR, `${nameOrPath}${MODULE_EXT}`);
  // A pipeline of the user's own in TypeScript, beside the compiled CLI: tsx loads it.
  if (COMPILED && /\.[cm]?ts$/.test(file)) await registerTsx();
  let mod: { default?: PipelineDef };
  try {
    mod = (await import(pathToFileURL(file).href)) as { default?: PipelineDef };
  } catch (e) {
    throw new ConfigError(`pipeline "${nameOrPath}" not found or broken (${file}): ${(e as Error).message.split('\n')[0]}`);
  }
  if (!mod.default) throw new ConfigError(`pipeline module ${file} has no default export`);
  return { ...resolvePipeline(mod.default), source: file };
}

/** load.maxBytes: the loaders reject a page, line or record above it unread. */
export const maxBytesOf = (pipeline: ResolvedPipeline): number =>
  (pipeline.steps.find((s) => s.stage.id === 'load')?.options as { maxBytes?: number } | undefined)?.maxBytes ?? 50 * 1024 * 1024;

export const stageIndex = (p: ResolvedPipeline, id: string): number => {
  const i = p.steps.findIndex((s) => s.stage.id === id);
  if (i < 0) throw new ConfigError(`stage "${id}" is not in pipeline ${p.name} (stages: ${p.steps.map((s) => s.stage.id).join(', ')})`);
  return i;
};
