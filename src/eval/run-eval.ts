import fs from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { recordsFromFile } from '../stages/load/records.js';
import type { ResolvedPipeline } from '../runner/pipeline.js';
import { processRecord } from '../runner/process.js';
import { writeFileAtomic } from '../runner/files.js';

export interface EvalOptions {
  dataset: string;
  out: string;
  pipeline: ResolvedPipeline;
  /** Read the `<id>.dump.txt` text dumps instead of the HTML pages. */
  dumps: boolean;
  /** Only pages whose gold `lang` is in this list. */
  langs?: string[];
}

export interface EvalPage {
  id: string;
  lang: string;
  ok: boolean;
  error?: string;
  title: string | null;
  published: string | null;
}

/** Runs the pipeline on every page of a benchmark folder, writing `<out>/<id>.txt` (the body text). */
export async function extractDataset(opts: EvalOptions): Promise<EvalPage[]> {
  const names = (await fs.readdir(opts.dataset)).filter((f) => f.endsWith('.json')).sort();
  const limit = pLimit(4);
  const pages: EvalPage[] = [];
  await fs.mkdir(opts.out, { recursive: true });
  await Promise.all(
    names.map((name) =>
      limit(async () => {
        const id = name.replace(/\.json$/, '');
        const gold = JSON.parse(await fs.readFile(path.join(opts.dataset, name), 'utf8')) as { lang?: string };
        const lang = gold.lang ?? 'und';
        if (opts.langs && !opts.langs.includes(lang)) return;
        const file = `${id}${opts.dumps ? '.dump.txt' : '.html'}`;
        const bytes = await fs.readFile(path.join(opts.dataset, file)).catch(() => null);
        if (!bytes) return;
        const [rec] = recordsFromFile(file, bytes);
        const outcome = await processRecord(opts.pipeline, rec!);
        const page: EvalPage = { id, lang, ok: outcome.ok, title: null, published: null };
        if (outcome.ok) {
          const a = outcome.doc.article!;
          page.title = a.title;
          page.published = a.published?.value ?? null;
          await writeFileAtomic(path.join(opts.out, `${id}.txt`), a.text);
        } else page.error = `${outcome.stage}/${outcome.code}: ${outcome.message}`;
        pages.push(page);
      }),
    ),
  );
  return pages.sort((a, b) => (a.id < b.id ? -1 : 1));
}
