import fs from 'node:fs/promises';
import path from 'node:path';
import { recordsFromFile } from '../stages/load/records.js';
import type { ResolvedPipeline } from '../runner/pipeline.js';
import { processRecord } from '../runner/process.js';
import { hashClassNames } from './hash-class-names.js';
import { writeFileAtomic } from '../runner/files.js';
import { authorMatches, countSnippets, sameDay, shingleMatching, shinglePrecision, shingleRecall, shingleScores, snippetScores, titleMatches, tokensEqual, type ShingleCounts, type SnippetCounts } from './metrics.js';

export interface EvalOptions {
  dataset: string;
  /** Where `<id>.txt` (the body text) and `pages.jsonl` go; nothing is written without it. */
  out?: string;
  pipeline: ResolvedPipeline;
  /** Read the `<id>.dump.txt` text dumps instead of the HTML pages. */
  dumps: boolean;
  /** Only pages whose gold `lang` is in this list. */
  langs?: string[];
  /** Hash every class and id value of the HTML pages first (see hash-class-names.ts). */
  hashClassNames?: boolean;
}

interface Gold {
  id?: string;
  lang?: string;
  url?: string;
  with?: string[];
  without?: string[];
  gold_text?: string;
  meta?: { title?: string; date?: string; author?: string | string[] | null };
}

/** One page's outcome and score, for digging into misses (`pages.jsonl`). */
export interface EvalPage {
  id: string;
  lang: string;
  ok: boolean;
  error?: string;
  title: string | null;
  goldTitle?: string;
  titleOk?: boolean;
  published: string | null;
  goldDate?: string;
  dateOk?: boolean;
  /** The article's authors and agencies, where the gold names an author. */
  authors?: string[];
  goldAuthor?: string | string[];
  authorOk?: boolean;
  snippets?: SnippetCounts & { missed: string[]; leaked: string[] };
  shingles?: ShingleCounts & { precision: number; recall: number; exact: boolean };
}

export type Metrics = Record<string, number>;

export interface EvalReport {
  dataset: string;
  style: 'snippets' | 'body';
  pages: EvalPage[];
  failed: number;
  metrics: Metrics;
  byLang: Record<string, { n: number; metrics: Metrics }>;
  /** Share of pages with a gold title / date whose title / date is right, with the counts. */
  title: { n: number; ok: number; accuracy: number } | null;
  date: { n: number; ok: number; accuracy: number } | null;
  author: { n: number; ok: number; accuracy: number } | null;
}

const scoreOf = (style: EvalReport['style'], pages: readonly EvalPage[]): Metrics =>
  style === 'snippets' ? { ...snippetScores(pages.map((p) => p.snippets!)) } : shingleScores(pages.map((p) => p.shingles!));

const share = (pages: readonly EvalPage[], key: 'titleOk' | 'dateOk' | 'authorOk'): EvalReport['title'] => {
  const judged = pages.filter((p) => p[key] !== undefined);
  const ok = judged.filter((p) => p[key]).length;
  return judged.length ? { n: judged.length, ok, accuracy: ok / judged.length } : null;
};

/** Runs the pipeline on every page of a benchmark folder and scores it as the benchmark does. */
export async function runEval(opts: EvalOptions): Promise<EvalReport> {
  const names = (await fs.readdir(opts.dataset)).filter((f) => f.endsWith('.json') && f !== '_index.json').sort();
  if (opts.out) await fs.mkdir(opts.out, { recursive: true });
  const pages: EvalPage[] = [];
  let style: EvalReport['style'] = 'snippets';
  for (const name of names) {
    const gold = JSON.parse(await fs.readFile(path.join(opts.dataset, name), 'utf8')) as Gold;
    if (!gold.with && gold.gold_text === undefined) continue;
    style = gold.with ? 'snippets' : 'body';
    const id = name.replace(/\.json$/, '');
    const lang = gold.lang ?? 'unknown';
    if (opts.langs && !opts.langs.includes(lang)) continue;
    const file = `${id}${opts.dumps ? '.dump.txt' : '.html'}`;
    const read = await fs.readFile(path.join(opts.dataset, file)).catch(() => null);
    const bytes = read && opts.hashClassNames && !opts.dumps ? hashClassNames(read) : read;
    let text: string | null = null;
    let writers: string[] = [];
    const page: EvalPage = { id, lang, ok: false, title: null, published: null };
    if (bytes) {
      const [rec] = recordsFromFile(file, bytes);
      // The crawler knows the address it fetched: dates in URLs are evidence.
      if (gold.url && rec) rec.source.url = gold.url;
      const outcome = await processRecord(opts.pipeline, rec!);
      page.ok = outcome.ok;
      if (outcome.ok) {
        const a = outcome.doc.article!;
        text = a.text;
        page.title = a.title;
        page.published = a.published?.value ?? null;
        writers = [...a.authors, ...a.agencies];
        if (opts.out) await writeFileAtomic(path.join(opts.out, `${id}.txt`), a.text);
      } else page.error = `${outcome.stage}/${outcome.code}: ${outcome.message}`;
    } else page.error = `missing ${file}`;
    if (gold.with) page.snippets = countSnippets({ with: gold.with, without: gold.without ?? [] }, text);
    else {
      const c = shingleMatching(gold.gold_text!, text ?? '');
      page.shingles = { ...c, precision: shinglePrecision(c), recall: shingleRecall(c), exact: tokensEqual(gold.gold_text!, text ?? '') };
    }
    if (gold.meta?.title) [page.goldTitle, page.titleOk] = [gold.meta.title, titleMatches(gold.meta.title, page.title)];
    if (gold.meta?.date) [page.goldDate, page.dateOk] = [gold.meta.date, sameDay(gold.meta.date, page.published)];
    if (gold.meta?.author?.length) [page.goldAuthor, page.authors, page.authorOk] = [gold.meta.author, writers, authorMatches(gold.meta.author, writers)];
    pages.push(page);
  }
  const byLang: EvalReport['byLang'] = {};
  for (const l of [...new Set(pages.map((p) => p.lang))].sort()) {
    const sub = pages.filter((p) => p.lang === l);
    byLang[l] = { n: sub.length, metrics: scoreOf(style, sub) };
  }
  if (opts.out) await writeFileAtomic(path.join(opts.out, 'pages.jsonl'), pages.map((p) => JSON.stringify(p)).join('\n') + '\n');
  return {
    dataset: path.basename(path.resolve(opts.dataset)),
    style,
    pages,
    failed: pages.filter((p) => !p.ok).length,
    metrics: scoreOf(style, pages),
    byLang,
    title: share(pages, 'titleOk'),
    date: share(pages, 'dateOk'),
    author: share(pages, 'authorOk'),
  };
}

const f3 = (x: number | undefined): string => (x === undefined || Number.isNaN(x) ? '  n/a' : x.toFixed(3));

/** The report as score.mjs prints its tables, plus title and date accuracy. */
export function formatReport(r: EvalReport, dumps: boolean): string {
  const out: string[] = [];
  const rows: Array<[string, number, Metrics]> = [[r.dataset + (dumps ? ' (dumps)' : ''), r.pages.length, r.metrics], ...Object.entries(r.byLang).map(([l, s]) => [`  ${r.dataset}:${l}`, s.n, s.metrics] as [string, number, Metrics])];
  if (r.style === 'snippets') {
    out.push(`${r.dataset} — trafilatura snippet metric (micro over chunks, whitespace-normalised) — docs ${r.pages.length}, failed ${r.failed}`);
    out.push(`${'subset'.padEnd(30)} ${'docs'.padStart(5)}  precision  recall  accuracy  f1      tp/fp/fn/tn`);
    for (const [label, n, m] of rows) out.push(`${label.padEnd(30)} ${String(n).padStart(5)}  ${f3(m.precision)}      ${f3(m.recall)}   ${f3(m.accuracy)}     ${f3(m.f1)}   ${m.tp}/${m.fp}/${m.fn}/${m.tn}`);
  } else {
    out.push(`${r.dataset} — scrapinghub shingle metric (4-token shingles, per-doc normalised, macro P/R, F1 of the means) — docs ${r.pages.length}, failed ${r.failed}`);
    out.push(`${'subset'.padEnd(30)} ${'docs'.padStart(5)}  F1              precision       recall          accuracy`);
    for (const [label, n, m] of rows) out.push(`${label.padEnd(30)} ${String(n).padStart(5)}  ${f3(m.f1).padEnd(15)} ${f3(m.precision).padEnd(15)} ${f3(m.recall).padEnd(15)} ${f3(m.accuracy)}`);
  }
  if (r.title) out.push(`title: ${r.title.ok}/${r.title.n} = ${f3(r.title.accuracy)} (gold title equal to or inside the extracted one, ignoring case and spacing)`);
  if (r.date) out.push(`publication date: ${r.date.ok}/${r.date.n} = ${f3(r.date.accuracy)} (same day, pages with a gold date)`);
  if (r.author) out.push(`author: ${r.author.ok}/${r.author.n} = ${f3(r.author.accuracy)} (every writer of the gold among the extracted authors and agencies, ignoring case and spacing)`);
  return out.join('\n') + '\n';
}
