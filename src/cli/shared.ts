import fs from 'node:fs/promises';
import path from 'node:path';
import { FORMAT_BY_EXTENSION, idFromPath, type InputRecord } from '../stages/load/records.js';
import { streamRecords } from '../stages/load/stream.js';

/** Exit codes: 0 all good, 1 some documents failed, 2 usage or configuration error. */
export const EXIT = { ok: 0, failures: 1, usage: 2 } as const;

/** A mistake in how sauber was called: printed without a stack, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** What commands report back to `main` (the exit code of the invocation). */
export const cliState = { code: EXIT.ok as number };

/** What a page or record file under `--in` may end in: the page formats and WARC, each also gzipped. */
const FILE_EXTENSIONS = [...Object.keys(FORMAT_BY_EXTENSION), '.warc'].flatMap((ext) => [ext, `${ext}.gz`]);
/** Files that hold many records, whose ids are `<file id>/<record>`. */
const CONTAINER_EXTENSIONS = ['.jsonl', '.ndjson', '.json', '.warc'].flatMap((ext) => [ext, `${ext}.gz`]);

const isFile = async (file: string): Promise<boolean> => (await fs.stat(file).catch(() => null))?.isFile() ?? false;

/**
 * The records of one page given as a file path, or as a document id under `--in`, read by the
 * loaders of `sauber run` (gzip, JSONL and WARC included, with the same size limit), so every
 * document a run wrote can be named by the id it was written under: `a/x`, `feed/3`, `crawl/12`.
 */
export async function* recordsFor(doc: string, input: string, maxBytes: number): AsyncGenerator<InputRecord> {
  for (const c of [doc, path.join(input, doc), ...FILE_EXTENSIONS.map((ext) => path.join(input, doc + ext))]) {
    if (!(await isFile(c))) continue;
    const rel = path.relative(input, path.resolve(c));
    const relPath = rel.startsWith('..') || path.isAbsolute(rel) ? path.basename(c) : rel;
    yield* streamRecords(c, relPath, { maxBytes });
    return;
  }
  // A record inside a JSON, JSONL or WARC file: `feed/3`, `feed/3-some-id`, `crawl/12`. Record ids
  // hold the record's number, so the first match is the only one: a large file is read no further.
  const dir = path.dirname(doc);
  for (const ext of CONTAINER_EXTENSIONS) {
    const file = path.join(input, dir + ext);
    if (!(await isFile(file))) continue;
    for await (const r of streamRecords(file, path.relative(input, file), { maxBytes })) {
      if (r.id === doc || r.id.startsWith(doc + '-') || r.id === idFromPath(doc)) {
        yield r;
        return;
      }
    }
  }
  throw new UsageError(`no page "${doc}" (looked for a file, and for a record under ${input})`);
}
