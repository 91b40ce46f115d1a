import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Write then rename: a reader (or a crash) never sees half a file. The temporary file goes to
 * `tmpDir` when given (a run's own scratch directory on the same file system, wiped when the run
 * starts again after a kill), else beside the target.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, tmpDir?: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const name = `${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const tmp = tmpDir ? path.join(tmpDir, name) : `${file}.${name.slice(path.basename(file).length + 1)}`;
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

/**
 * Every file below `dir`, relative, skipping dot-files, dot-directories and `exclude` (absolute
 * paths, e.g. an output directory inside the input). Streamed with `opendir`: a directory of
 * millions of files is never held in memory, so the order is the file system's, not sorted.
 */
export async function* walkFiles(dir: string, rel = '', exclude: ReadonlySet<string> = new Set()): AsyncGenerator<string> {
  const handle = await fs.opendir(path.join(dir, rel));
  const subdirs: string[] = [];
  for await (const e of handle) {
    if (e.name.startsWith('.')) continue;
    const r = rel ? path.join(rel, e.name) : e.name;
    if (e.isDirectory()) {
      if (!exclude.has(path.resolve(dir, r))) subdirs.push(r);
    } else if (e.isFile()) yield r;
  }
  // Directories after files: only the names of one directory's subdirectories are held.
  for (const s of subdirs) yield* walkFiles(dir, s, exclude);
}

/** `path` inside `root` and nowhere else; throws when a computed path would climb out. */
export function inside(root: string, relPath: string): string {
  const abs = path.resolve(root, relPath);
  const base = path.resolve(root);
  if (abs !== base && !abs.startsWith(base + path.sep)) throw new Error(`refusing to write outside ${base}: ${relPath}`);
  return abs;
}
