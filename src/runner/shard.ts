import path from 'node:path';
import { sha256 } from '../core/hash.js';
import { ConfigError } from './pipeline.js';

/** One of `count` disjoint parts of a batch, for batch schedulers (Kubernetes indexed jobs, Slurm arrays). */
export interface Shard {
  index: number;
  count: number;
}

/** `i/n` with 0 ≤ i < n (0-based, like JOB_COMPLETION_INDEX); anything else is a usage error. */
export function parseShard(spec: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || !(count >= 1) || !(index >= 0 && index < count)) {
    throw new ConfigError(`--shard ${spec}: expected i/n with 0 <= i < n, e.g. 0/4 (shards are numbered from 0)`);
  }
  return { index, count };
}

/**
 * The shard an input file belongs to: a hash of its relative path (POSIX separators), so every
 * machine agrees without talking to the others, and all records of one JSONL/WARC file go together.
 */
export function shardOf(relPath: string, count: number): number {
  const h = sha256(relPath.split(path.sep).join('/'));
  return Number.parseInt(h.slice(0, 12), 16) % count;
}

export const inShard = (relPath: string, shard: Shard | undefined): boolean => !shard || shardOf(relPath, shard.count) === shard.index;

export const shardLabel = (shard: Shard | undefined): string => (shard ? `shard-${shard.index}-of-${shard.count}` : 'all');
