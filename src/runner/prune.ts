// `run --prune`: the articles and state of documents whose input is gone. An incremental run
// only ever adds and replaces; a page deleted from the input (or a line removed from a JSONL
// file) would otherwise leave its article in `--out` for good.
import fs from 'node:fs/promises';
import path from 'node:path';
import { inside, walkFiles } from './files.js';
import type { Manifest } from './manifest.js';
import { inShard, type Shard } from './shard.js';
import type { StateDir } from './state.js';

/** A stage output's file name in a document's state directory (`03-strip.json`): how runs before one file per document saved them. */
const STAGE_FILE = /^\d\d-[\w-]+\.json$/;

/**
 * Removes what earlier runs wrote for every document in the manifest that this run did not see
 * (the ids of those removed are returned):
 * its article, stage outputs and explanation, then its manifest entry (last, so a prune that is
 * killed halfway is finished by the next one). A sharded run prunes only documents of its shard,
 * as their entries name their input file; documents of a file that could not be read to its end
 * stay.
 */
export async function pruneUnseen(o: {
  out: string;
  state: StateDir;
  manifest: Manifest;
  seen: ReadonlySet<string>;
  /** Input files (as entries name them) read only in part this run: their documents stay. */
  damaged: ReadonlySet<string>;
  shard?: Shard | undefined;
}): Promise<string[]> {
  const pruned: string[] = [];
  const dir = path.join(o.manifest.root, 'manifest');
  if (!(await fs.stat(dir).catch(() => null))?.isDirectory()) return pruned;
  for await (const rel of walkFiles(dir)) {
    if (!rel.endsWith('.json')) continue;
    const id = rel.slice(0, -'.json'.length).split(path.sep).join('/');
    if (o.seen.has(id)) continue;
    const file = (await o.manifest.read(id))?.file;
    if (file !== undefined && o.damaged.has(file)) continue;
    // An entry written before entries named their file cannot be placed in a shard: it stays.
    if (o.shard && (file === undefined || !inShard(file, o.shard))) continue;
    await removeFile(o.out, `${id}.json`);
    await removeFile(o.state.root, path.relative(o.state.root, o.state.docFile(id)));
    await removeStageFiles(o.state.root, path.join('stages', ...id.split('/')));
    await removeFile(o.state.root, path.join('explain', `${id}.txt`));
    await removeFile(o.manifest.root, path.join('manifest', `${id}.json`));
    pruned.push(id);
  }
  return pruned;
}

/** Removes `root/rel`, then the directories up to `root` that this leaves empty. */
async function removeFile(root: string, rel: string): Promise<void> {
  const file = inside(root, rel);
  await fs.rm(file, { force: true });
  await removeEmptyDirs(root, path.dirname(file));
}

/**
 * The stage outputs that runs of earlier versions saved as files of their own, directly in a
 * document's state directory (`root/rel`): `stages/a/` also
 * holds the directories of documents `a/x` and `a/y`, which stay.
 */
async function removeStageFiles(root: string, rel: string): Promise<void> {
  const dir = inside(root, rel);
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  for (const n of names) if (STAGE_FILE.test(n)) await fs.rm(path.join(dir, n), { force: true });
  await removeEmptyDirs(root, dir);
}

/** `dir` and its parents below `root`, as long as they are empty. */
async function removeEmptyDirs(root: string, dir: string): Promise<void> {
  for (const base = path.resolve(root) + path.sep; dir.startsWith(base); dir = path.dirname(dir)) {
    if (!(await fs.rmdir(dir).then(() => true, () => false))) return;
  }
}
