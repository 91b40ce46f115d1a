import { randomBytes } from 'node:crypto';
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

// Temporary names unique to this process and thread: a random tag drawn once, then a counter
// (random bytes for every write showed in profiles: nine writes a page).
const tag = `${process.pid}.${threadId}.${randomBytes(4).toString('hex')}`;
let counter = 0;

const tmpName = (file: string, tmpDir?: string): string => {
  const name = `${path.basename(file)}.${tag}.${(counter++).toString(36)}.tmp`;
  return tmpDir ? path.join(tmpDir, name) : `${file}.${name.slice(path.basename(file).length + 1)}`;
};

const missing = (e: unknown): boolean => (e as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Write then rename: a reader (or a crash) never sees half a file. The temporary file goes to
 * `tmpDir` when given (a run's own scratch directory on the same file system, wiped when the run
 * starts again after a kill), else beside the target. The target's directory is made only when
 * the write or the rename finds it missing: most writes go to directories that exist already,
 * and a `mkdir -p` before every one of them is two system calls for nothing.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, tmpDir?: string): Promise<void> {
  const tmp = tmpName(file, tmpDir);
  try {
    try {
      await fs.writeFile(tmp, data);
    } catch (e) {
      if (tmpDir || !missing(e)) throw e;
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(tmp, data);
    }
    try {
      await fs.rename(tmp, file);
    } catch (e) {
      if (!missing(e)) throw e;
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.rename(tmp, file);
    }
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

/** writeFileAtomic with blocking calls, for worker threads (see Io). */
export function writeFileAtomicSync(file: string, data: string | Uint8Array, tmpDir?: string): void {
  const tmp = tmpName(file, tmpDir);
  try {
    try {
      fsSync.writeFileSync(tmp, data);
    } catch (e) {
      if (tmpDir || !missing(e)) throw e;
      fsSync.mkdirSync(path.dirname(file), { recursive: true });
      fsSync.writeFileSync(tmp, data);
    }
    try {
      fsSync.renameSync(tmp, file);
    } catch (e) {
      if (!missing(e)) throw e;
      fsSync.mkdirSync(path.dirname(file), { recursive: true });
      fsSync.renameSync(tmp, file);
    }
  } catch (e) {
    fsSync.rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * The file operations of one document's work. `asyncIo` on the main thread, where documents take
 * turns at the event loop while their files are read and written. `syncIo` in worker threads:
 * a thread runs one document at a time and has nothing else to do meanwhile, so a blocking call
 * costs it nothing, whereas each asynchronous one is a round trip through libuv's thread pool
 * (a hand-over, a wake-up, often a context switch) that competes with the workers for the cores.
 */
export interface Io {
  readonly sync: boolean;
  /** A file as UTF-8 text. */
  readText(file: string): Promise<string>;
  writeFileAtomic(file: string, data: string | Uint8Array, tmpDir?: string): Promise<void>;
  /** Removes a file; a missing one is fine. */
  rm(file: string): Promise<void>;
  exists(file: string): Promise<boolean>;
}

export const asyncIo: Io = {
  sync: false,
  readText: (file) => fs.readFile(file, 'utf8'),
  writeFileAtomic,
  rm: (file) => fs.rm(file, { force: true }),
  exists: (file) =>
    fs.access(file).then(
      () => true,
      () => false,
    ),
};

export const syncIo: Io = {
  sync: true,
  readText: async (file) => fsSync.readFileSync(file, 'utf8'),
  writeFileAtomic: async (file, data, tmpDir) => writeFileAtomicSync(file, data, tmpDir),
  rm: async (file) => fsSync.rmSync(file, { force: true }),
  exists: async (file) => fsSync.existsSync(file),
};

export interface WalkOptions {
  /** Absolute paths to leave out (e.g. an output directory inside the input). */
  exclude?: ReadonlySet<string>;
  /**
   * Follow symbolic links to files and directories (inputs: a `raw/` of links into a crawl store
   * is common). A directory reached twice, by a link or a cycle of links, is read once; a link
   * to nothing is listed, so that reading it fails for that one page instead of it vanishing.
   * Off where files are deleted (prune): a link there must not lead outside the tree.
   */
  followLinks?: boolean;
}

/**
 * Every file below `dir`, relative, skipping dot-files and dot-directories. Streamed with
 * `opendir`: a directory of millions of files is never held in memory, so the order is the file
 * system's, not sorted.
 */
export async function* walkFiles(dir: string, opts: WalkOptions = {}): AsyncGenerator<string> {
  let exclude = opts.exclude ?? new Set<string>();
  let seen: Set<string> | null = null;
  if (opts.followLinks) {
    seen = new Set([await fs.realpath(dir)]);
    // A link can lead into an excluded folder by another path: compare real paths too.
    const real = await Promise.all([...exclude].map((d) => fs.realpath(d).catch(() => d)));
    exclude = new Set([...exclude, ...real]);
  }
  yield* walkDirectory(dir, '', exclude, seen);
}

async function* walkDirectory(dir: string, rel: string, exclude: ReadonlySet<string>, seen: Set<string> | null): AsyncGenerator<string> {
  // Entries in batches of 256 (default 32): fewer round trips for a directory of many pages.
  const handle = await fs.opendir(path.join(dir, rel), { bufferSize: 256 });
  const subdirs: string[] = [];
  for await (const e of handle) {
    if (e.name.startsWith('.')) continue;
    const r = rel ? path.join(rel, e.name) : e.name;
    let kind: 'dir' | 'file' | null = e.isDirectory() ? 'dir' : e.isFile() ? 'file' : null;
    if (seen && e.isSymbolicLink()) {
      const target = await fs.stat(path.join(dir, r)).catch(() => null);
      kind = !target || target.isFile() ? 'file' : target.isDirectory() ? 'dir' : null;
    }
    if (kind === 'dir') {
      if (exclude.has(path.resolve(dir, r))) continue;
      if (seen) {
        const real = await fs.realpath(path.join(dir, r));
        if (seen.has(real) || exclude.has(real)) continue;
        seen.add(real);
      }
      subdirs.push(r);
    } else if (kind === 'file') yield r;
  }
  // Directories after files: only the names of one directory's subdirectories are held.
  for (const s of subdirs) yield* walkDirectory(dir, s, exclude, seen);
}

/** `path` inside `root` and nowhere else; throws when a computed path would climb out. */
export function inside(root: string, relPath: string): string {
  const abs = path.resolve(root, relPath);
  const base = path.resolve(root);
  if (abs !== base && !abs.startsWith(base + path.sep)) throw new Error(`refusing to write outside ${base}: ${relPath}`);
  return abs;
}
