/**
 * One extractor over the pages of a benchmark folder, in its own process so that its peak RSS
 * is its own: `node --import tsx src/eval/bench-worker.ts <sauber|readability> <dataset> [limit] [passes]`.
 * Prints one JSON line: pages, bytes, seconds of extraction (reading files excluded) in wall and CPU
 * time, peak RSS, F1, all of the first pass over the pages; with more passes, the wall seconds of
 * each pass (the later ones run on code the JIT has compiled by then, as in a long batch).
 */
import fs from 'node:fs';
import path from 'node:path';
import { countSnippets, shingleMatching, shingleScores, snippetScores, tokensEqual } from './metrics.js';

interface Gold {
  url?: string;
  with?: string[];
  without?: string[];
  gold_text?: string;
}

/**
 * A page as each extractor takes it: sauber reads bytes (it decodes them itself), Readability a
 * string. The process holds only its own extractor's form: hundreds of MB of strings held beside
 * the pipeline made each of its young-generation collections about 3.5 times as costly (1.7 → 5.7 ms
 * of pause per scavenge), which a batch worker, holding one page at a time, does not pay.
 */
type Input = Buffer | string;
type Extract = (input: Input, url: string | undefined) => Promise<string> | string;

/** Milliseconds per pipeline stage, summed over the pages (sauber only). */
const stageMs = new Map<string, number>();

async function sauberExtractor(): Promise<Extract> {
  const { loadPipeline } = await import('../runner/pipeline.js');
  const { processRecord } = await import('../runner/process.js');
  const { recordsFromFile } = await import('../stages/load/records.js');
  const pipeline = await loadPipeline('lean');
  return async (bytes, url) => {
    const [rec] = recordsFromFile('page.html', bytes as Buffer);
    if (url) rec!.source.url = url;
    const out = await processRecord(pipeline, rec!);
    for (const t of out.timings) stageMs.set(t.stage, (stageMs.get(t.stage) ?? 0) + t.ms);
    return out.ok ? out.doc.article!.text : '';
  };
}

async function readabilityExtractor(): Promise<Extract> {
  const { Readability } = await import('@mozilla/readability');
  const { parseHTML } = await import('linkedom');
  return (html) => {
    const { document } = parseHTML(html as string);
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    return article?.textContent ?? '';
  };
}

async function main(): Promise<void> {
  const [which, dataset, limitArg, passesArg] = process.argv.slice(2);
  if (!which || !dataset) throw new Error('usage: bench-worker <sauber|readability> <dataset> [limit] [passes]');
  const passes = Math.max(1, Number(passesArg ?? 1) || 1);
  const names = fs.readdirSync(dataset).filter((f) => f.endsWith('.json') && f !== '_index.json').sort();
  const pages: Array<{ input: Input; size: number; gold: Gold }> = [];
  for (const n of names.slice(0, limitArg && limitArg !== 'all' ? Number(limitArg) : undefined)) {
    const file = path.join(dataset, n.replace(/\.json$/, '.html'));
    if (!fs.existsSync(file)) continue;
    const bytes = fs.readFileSync(file);
    const gold = JSON.parse(fs.readFileSync(path.join(dataset, n), 'utf8')) as Gold;
    pages.push({ input: which === 'readability' ? bytes.toString('utf8') : bytes, size: bytes.length, gold });
  }
  const extract = which === 'readability' ? await readabilityExtractor() : await sauberExtractor();
  const run = async (): Promise<string[]> => {
    const texts: string[] = [];
    for (const p of pages) {
      let text = '';
      try {
        text = await extract(p.input, p.gold.url);
      } catch {
        // A page the extractor fails on extracts nothing.
      }
      texts.push(text);
    }
    return texts;
  };
  const bytes = pages.reduce((n, p) => n + p.size, 0);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const texts = await run();
  const seconds = (performance.now() - t0) / 1000;
  // CPU time of this process (GC threads included): on a busy machine wall time also counts waiting for a core.
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const perStage = Object.fromEntries([...stageMs].map(([k, v]) => [k, +(v / pages.length).toFixed(2)]));
  const passSeconds = [seconds];
  for (let k = 1; k < passes; k++) {
    const t = performance.now();
    const again = await run();
    passSeconds.push((performance.now() - t) / 1000);
    // The same pages must give the same texts: a difference is state leaking from page to page.
    const differs = again.findIndex((x, i) => x !== texts[i]);
    if (differs >= 0) throw new Error(`pass ${k + 1} extracted another text from page ${differs} than pass 1`);
  }
  let f1: number;
  if (pages[0]?.gold.with) f1 = snippetScores(pages.map((p, i) => countSnippets({ with: p.gold.with ?? [], without: p.gold.without ?? [] }, texts[i]!))).f1;
  else f1 = shingleScores(pages.map((p, i) => ({ ...shingleMatching(p.gold.gold_text ?? '', texts[i]!), exact: tokensEqual(p.gold.gold_text ?? '', texts[i]!) }))).f1;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ extractor: which, pages: pages.length, bytes, seconds, cpuSeconds, rssMb, f1, ...(stageMs.size ? { msPerPage: perStage } : {}), ...(passes > 1 ? { passSeconds } : {}) }) + '\n');
}

await main();
