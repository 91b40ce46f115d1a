/**
 * The two benchmarks' metrics, ported from ../shared/eval/score.mjs (which follows trafilatura's
 * tests/eval_common.py and scrapinghub's evaluate.py) so that `sauber eval` gives the same numbers.
 */

// Python's str.isspace() set: what `re.sub(r"\s+", " ", t).strip()` collapses.
const PY_WS = '\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const PY_WS_RUN = new RegExp(`[${PY_WS}]+`, 'g');
const PY_WS_EDGE = new RegExp(`^[${PY_WS}]+|[${PY_WS}]+$`, 'g');
export const pyNorm = (t: string): string => t.replace(PY_WS_RUN, ' ').replace(PY_WS_EDGE, '');

export interface SnippetCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** One page: `with` snippets found are true positives, `without` snippets found false positives. */
export function countSnippets(gold: { with: readonly string[]; without: readonly string[] }, result: string | null): SnippetCounts & { missed: string[]; leaked: string[] } {
  const missed: string[] = [];
  const leaked: string[] = [];
  let tp = 0;
  let fp = 0;
  const res = result === null ? null : pyNorm(result);
  for (const w of gold.with) if (res !== null && res.includes(pyNorm(w))) tp++;
  else missed.push(w);
  for (const w of gold.without) if (res !== null && res.includes(pyNorm(w))) {
    fp++;
    leaked.push(w);
  }
  return { tp, fp, fn: gold.with.length - tp, tn: gold.without.length - fp, missed, leaked };
}

export interface SnippetScores extends SnippetCounts {
  precision: number;
  recall: number;
  accuracy: number;
  f1: number;
}

/** Micro-averaged over all snippets of all pages. */
export function snippetScores(pages: readonly SnippetCounts[]): SnippetScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const c of pages) {
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
    tn += c.tn;
  }
  const total = tp + tn + fp + fn;
  return {
    precision: tp + fp ? tp / (tp + fp) : 0,
    recall: tp + fn ? tp / (tp + fn) : 0,
    accuracy: total ? (tp + tn) / total : 0,
    f1: 2 * tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : 0,
    tp,
    fp,
    fn,
    tn,
  };
}

// evaluate.py: `\w+` tokens (letters, digits, underscore), 4-token shingles.
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;
const tokenize = (t: string | null): string[] => (t ?? '').match(TOKEN_RE) ?? [];

function shingles(tokens: readonly string[], n: number): Map<string, number> {
  const out = new Map<string, number>();
  const upto = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < upto; i++) {
    const sh = tokens.slice(i, i + n);
    if (!sh.length) continue;
    const k = sh.join('\u0000');
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

export interface ShingleCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** One page: shingle tp/fp/fn normalised to sum 1. */
export function shingleMatching(truth: string, pred: string, n = 4): ShingleCounts {
  const t = shingles(tokenize(truth), n);
  const p = shingles(tokenize(pred), n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const s = tp + fp + fn;
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp, fp, fn };
}

export const shinglePrecision = ({ tp, fp, fn }: ShingleCounts): number => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
export const shingleRecall = ({ tp, fp, fn }: ShingleCounts): number => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

export function tokensEqual(a: string, b: string): boolean {
  const x = tokenize(a);
  const y = tokenize(b);
  return x.length === y.length && x.every((t, i) => t === y[i]);
}

/** Macro precision and recall over pages, F1 of the two means; accuracy = share of exact pages. */
export function shingleScores(pages: ReadonlyArray<ShingleCounts & { exact: boolean }>): { f1: number; precision: number; recall: number; accuracy: number } {
  const precision = mean(pages.filter((x) => x.tp + x.fp > 0).map(shinglePrecision));
  const recall = mean(pages.filter((x) => x.tp + x.fn > 0).map(shingleRecall));
  return { f1: (2 * precision * recall) / (precision + recall), precision, recall, accuracy: mean(pages.map((p) => (p.exact ? 1 : 0))) };
}

const squash = (s: string): string => s.toLowerCase().replace(/\s+/g, '');

/** Title accuracy: the gold title equal to or inside the extracted one, ignoring case and spacing. */
export const titleMatches = (gold: string, extracted: string | null): boolean => !!extracted && squash(extracted).includes(squash(gold));

/** Where a gold author field lists several writers: "A, B", "A and B", "A und B", "A & B", "A / B", "A; B". */
const GOLD_AUTHOR_SEPARATOR = /\s*(?:[,;&/]|\band\b|\bund\b)\s*/iu;

/**
 * Author accuracy: every writer the gold names is among the extracted authors and agencies (equal
 * to or inside one of them, ignoring case and spacing). The gold's field may be a list or an array.
 */
export function authorMatches(gold: string | readonly string[], extracted: readonly string[]): boolean {
  const names = (typeof gold === 'string' ? [gold] : gold).flatMap((g) => g.split(GOLD_AUTHOR_SEPARATOR)).map(squash).filter(Boolean);
  const found = extracted.map(squash);
  return names.length > 0 && names.every((n) => found.some((f) => f.includes(n)));
}

/** Date accuracy: the same calendar day. */
export const sameDay = (gold: string, extracted: string | null): boolean => !!extracted && extracted.slice(0, 10) === gold.slice(0, 10);
