import fs from 'node:fs/promises';
import path from 'node:path';
import { FORMAT_BY_EXTENSION, idFromPath, recordsFromFile, type InputRecord } from '../stages/load/records.js';

/** Exit codes: 0 all good, 1 some documents failed, 2 usage or configuration error. */
export const EXIT = { ok: 0, failures: 1, usage: 2 } as const;

/** A mistake in how sauber was called: printed without a stack, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** What commands report back to `main` (the exit code of the invocation). */
export const cliState = { code: EXIT.ok as number };

/** The records of one page given as a file path, or as a document id under `--in`. */
export async function recordsFor(doc: string, input: string): Promise<InputRecord[]> {
  const byId = Object.keys(FORMAT_BY_EXTENSION).map((ext) => path.join(input, doc + ext));
  for (const c of [doc, path.join(input, doc), ...byId]) {
    const stat = await fs.stat(c).catch(() => null);
    if (stat?.isFile()) {
      const rel = path.relative(input, path.resolve(c));
      const relPath = rel.startsWith('..') || path.isAbsolute(rel) ? path.basename(c) : rel;
      return recordsFromFile(relPath, await fs.readFile(c));
    }
  }
  // A record inside a JSON/JSONL file: `feed/3` or `feed/3-some-id`.
  const dir = path.dirname(doc);
  for (const ext of ['.jsonl', '.ndjson', '.json']) {
    const file = path.join(input, dir + ext);
    const stat = await fs.stat(file).catch(() => null);
    if (stat?.isFile()) {
      const recs = recordsFromFile(path.relative(input, file), await fs.readFile(file));
      const hit = recs.filter((r) => r.id === doc || r.id.startsWith(doc + '-') || r.id === idFromPath(doc));
      if (hit.length) return hit;
    }
  }
  throw new UsageError(`no page "${doc}" (looked for a file, and for a record under ${input})`);
}
