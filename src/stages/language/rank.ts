/**
 * franc's `francAll`, computed from franc's own trigram models and script expressions, with the
 * same result to the last bit (tests/language-rank.test.ts holds it to franc on real and random
 * texts). franc looks every trigram of the sample up in every candidate's dictionary: trigrams ×
 * candidates hash lookups in some fifty tables that no longer sit in the CPU cache once the HTML
 * of the next page has been parsed. Here one lookup per trigram finds a row with the trigram's
 * rank in every candidate, side by side in one typed array.
 */
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

/** A language (ISO 639-3, or `und`) and its score: 1 for the best, less for the others. */
export type Ranked = Array<[string, number]>;

/** franc's constants: the longest sample it reads, and the distance of a trigram a model lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

interface ScriptModel {
  languages: string[];
  /** Trigram → offset of its row in `ranks`. */
  rows: Map<string, number>;
  /** One row per trigram: its rank in each language's model, -1 where the model lacks it. */
  ranks: Int16Array;
}

const models = new Map<string, ScriptModel | null>();

/** The candidates of one script, in franc's order, filtered by `only` (empty: all). */
function modelOf(script: string, only: readonly string[]): ScriptModel | null {
  const key = `${script}:${only.join(',')}`;
  const cached = models.get(key);
  if (cached !== undefined) return cached;
  const all = data[script]!;
  const languages = Object.keys(all).filter((l) => only.length === 0 || only.includes(l));
  let model: ScriptModel | null = null;
  if (languages.length > 0) {
    const rows = new Map<string, number>();
    const perLanguage = languages.map((l) => all[l]!.split('|'));
    for (const trigrams of perLanguage) for (const t of trigrams) if (!rows.has(t)) rows.set(t, rows.size * languages.length);
    const ranks = new Int16Array(rows.size * languages.length).fill(-1);
    perLanguage.forEach((trigrams, j) => {
      // franc keeps the first rank of a trigram a model lists twice.
      for (let rank = trigrams.length - 1; rank >= 0; rank--) ranks[rows.get(trigrams[rank]!)! + j] = rank;
    });
    model = { languages, rows, ranks };
  }
  models.set(key, model);
  return model;
}

/** The script whose expression matches most characters (franc's `getTopScript`, first wins ties). */
function topScript(value: string): [string | undefined, number] {
  let top: string | undefined;
  let topCount = -1;
  for (const script in expressions) {
    const count = (value.match(expressions[script]!)?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/**
 * trigram-utils' `asDictionary`: punctuation, symbols and digits (U+0021–U+0040) and runs of
 * white space become one space, trimmed, lower-cased, padded with a space on each side.
 */
function trigramCounts(value: string): Map<string, number> {
  const text = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= text.length; i++) {
    const t = text.slice(i, i + 3);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}

/** `francAll(value, { minLength, only })`, as franc 6 computes it. */
export function rankLanguages(value: string, only: readonly string[] = [], minLength = 10): Ranked {
  if (!value || value.length < minLength) return [['und', 1]];
  value = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  if (!script || !(script in data)) {
    // A script of one language: that language, unless nothing matched or it is not a candidate.
    if (!script || share === 0 || (only.length > 0 && !only.includes(script))) return [['und', 1]];
    return [[script, 1]];
  }
  const model = modelOf(script, only);
  if (!model) return [['und', 1]];
  const n = model.languages.length;
  const distance = new Int32Array(n);
  let missing = 0;
  for (const [trigram, count] of trigramCounts(value)) {
    const row = model.rows.get(trigram);
    if (row === undefined) {
      missing += MAX_DIFFERENCE;
      continue;
    }
    for (let j = 0; j < n; j++) {
      const rank = model.ranks[row + j]!;
      distance[j]! += rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
  }
  const ranked: Ranked = model.languages.map((l, j) => [l, distance[j]! + missing]);
  ranked.sort((a, b) => a[1] - b[1]); // stable: ties keep franc's order
  const min = ranked[0]![1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const r of ranked) r[1] = 1 - (r[1] - min) / max || 0;
  return ranked;
}
