/**
 * franc's `francAll`, computed from franc's own trigram models and script expressions, with the
 * same result to the last bit (tests/language-rank.test.ts holds it to franc on real and random
 * texts). franc looks every trigram of the sample up in every candidate's dictionary: trigrams ×
 * candidates hash lookups in some fifty tables that no longer sit in the CPU cache once the HTML
 * of the next page has been parsed. Here one lookup per trigram finds a row with the trigram's
 * rank in each candidate that lists it, side by side in typed arrays; the candidates that lack it
 * are not visited at all.
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
  /** Trigram → its row: the candidates whose model lists it, with its rank there. */
  rows: Map<string, number>;
  /** The same rows by smallKey, for the trigrams that have one (no strings to build or hash). */
  smallRows: IntTable;
  /** Row r's entries are `rowStart[r]` up to `rowStart[r + 1]`. */
  rowStart: Int32Array;
  /** Per entry: the candidate (index into `languages`) and the trigram's rank in its model. */
  language: Uint16Array;
  rank: Int16Array;
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
    // franc keeps the first rank of a trigram a model lists twice.
    const byTrigram = new Map<string, Array<[number, number]>>();
    languages.forEach((l, j) => {
      const trigrams = all[l]!.split('|');
      const seen = new Set<string>();
      trigrams.forEach((t, rank) => {
        if (seen.has(t)) return;
        seen.add(t);
        let list = byTrigram.get(t);
        if (!list) byTrigram.set(t, (list = []));
        list.push([j, rank]);
      });
    });
    const rows = new Map<string, number>();
    let smallCount = 0;
    for (const t of byTrigram.keys()) if (t.length === 3 && smallKey(t, 0) >= 0) smallCount++;
    const smallRows = intTable(smallCount);
    const rowStart = new Int32Array(byTrigram.size + 1);
    let entries = 0;
    for (const list of byTrigram.values()) entries += list.length;
    const language = new Uint16Array(entries);
    const rank = new Int16Array(entries);
    let e = 0;
    for (const [t, list] of byTrigram) {
      rowStart[rows.size] = e;
      const small = t.length === 3 ? smallKey(t, 0) : -1;
      if (small >= 0) smallRows.values[slotOf(smallRows, small, true)] = rows.size;
      rows.set(t, rows.size);
      for (const [j, r] of list) {
        language[e] = j;
        rank[e++] = r;
      }
    }
    rowStart[rows.size] = e;
    model = { languages, rows, smallRows, rowStart, language, rank };
  }
  models.set(key, model);
  return model;
}

/** The script whose expression matches most characters (franc's `getTopScript`, first wins ties). */
function topScript(value: string): [string | undefined, number] {
  // The scripts' expressions share no character with Latin (only Han's and Japanese's overlap): a
  // Latin share above one half leaves every other script below it, so the other 29 scans over the
  // sample (most pages are Latin) cannot change the answer.
  const latin = (value.match(expressions['Latin']!)?.length ?? 0) / value.length || 0;
  if (latin > 0.5) return ['Latin', latin];
  let top: string | undefined;
  let topCount = -1;
  for (const script in expressions) {
    const count = script === 'Latin' ? latin : (value.match(expressions[script]!)?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/**
 * The trigram at `text[i]` as one integer when its three code units are below U+0400 (Latin,
 * Greek and their punctuation: most samples), else -1. Ten bits each: a key for an IntTable, with
 * no string to build.
 */
function smallKey(text: string, i: number): number {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  const c = text.charCodeAt(i + 2);
  return (a | b | c) < 0x400 ? (a << 20) | (b << 10) | c : -1;
}

/**
 * A hash table from smallKey integers (never negative) to integers, in two typed arrays: Maps
 * hashed and probed these keys in their builtin, 1.5% of a first pass over the eval pages (perf).
 * Open addressing, at most half full; -1 marks a free slot.
 */
interface IntTable {
  keys: Int32Array;
  values: Int32Array;
  /** Bits of the slot index: the table has 2^bits slots. */
  bits: number;
}

function intTable(capacity: number): IntTable {
  let bits = 4;
  while (1 << bits < 2 * capacity) bits++;
  return { keys: new Int32Array(1 << bits).fill(-1), values: new Int32Array(1 << bits), bits };
}

/** The slot of key `k`, or -1 when the table lacks it (with `claim`: the free slot it then takes). */
function slotOf(table: IntTable, k: number, claim = false): number {
  const { keys } = table;
  const mask = keys.length - 1;
  // Fibonacci hashing: the top bits of k times 2^32/φ.
  for (let i = Math.imul(k, 0x9e3779b1) >>> (32 - table.bits); ; i = (i + 1) & mask) {
    const at = keys[i]!;
    if (at === k) return i;
    if (at === -1) {
      if (!claim) return -1;
      keys[i] = k;
      return i;
    }
  }
}

/** How often each trigram occurs: by smallKey where it has one (`smallSlots` of `small`), by the string where not. */
interface TrigramCounts {
  small: IntTable;
  smallSlots: number[];
  other: Map<string, number>;
}

/** One table serves every sample (at most MAX_LENGTH characters, unless lowercasing lengthened it). */
let sampleCounts = intTable(MAX_LENGTH + 2);

/**
 * trigram-utils' `asDictionary`: punctuation, symbols and digits (U+0021–U+0040) and runs of
 * white space become one space, trimmed, lower-cased, padded with a space on each side.
 */
function trigramCounts(value: string): TrigramCounts {
  const text = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  if (2 * text.length > sampleCounts.keys.length) sampleCounts = intTable(text.length);
  const small = sampleCounts;
  small.keys.fill(-1);
  small.values.fill(0);
  const smallSlots: number[] = [];
  const other = new Map<string, number>();
  for (let i = 0; i + 3 <= text.length; i++) {
    const k = smallKey(text, i);
    if (k >= 0) {
      const slot = slotOf(small, k, true);
      if (small.values[slot] === 0) smallSlots.push(slot);
      small.values[slot]!++;
    } else {
      const t = text.slice(i, i + 3);
      other.set(t, (other.get(t) ?? 0) + 1);
    }
  }
  return { small, smallSlots, other };
}

/** `francAll(value, { minLength, only })`, as franc 6 computes it. */
export function rankLanguages(value: string, only: readonly string[] = [], minLength = 10): Ranked {
  if (!value || value.length < minLength) return [['und', 1]];
  value = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  if (!script || !SCRIPTS_WITH_MODELS.has(script)) {
    // A script of one language: that language, unless nothing matched or it is not a candidate.
    if (!script || share === 0 || (only.length > 0 && !only.includes(script))) return [['und', 1]];
    return [[script, 1]];
  }
  const model = modelOf(script, only);
  if (!model) return [['und', 1]];
  return rankedBy(model, distancesTo(model, value), value.length);
}

/** Scripts franc has trigram models for (a Set: `script in data` made V8 compile rankLanguages again for each new script). */
const SCRIPTS_WITH_MODELS: ReadonlySet<string> = new Set(Object.keys(data));

/**
 * Each candidate's distance from the text. Every trigram counts MAX_DIFFERENCE against a candidate whose model lacks it,
 * |count - rank - 1| against one that has it: so start from the first for all, and correct where a model has it.
 */
function distancesTo(model: ScriptModel, value: string): Int32Array {
  const { small, smallSlots, other } = trigramCounts(value);
  const distance = new Int32Array(model.languages.length).fill((smallSlots.length + other.size) * MAX_DIFFERENCE);
  const { rows, smallRows, rowStart, language, rank } = model;
  const correct = (row: number, count: number): void => {
    for (let e = rowStart[row]!, end = rowStart[row + 1]!; e < end; e++) distance[language[e]!]! += Math.abs(count - rank[e]! - 1) - MAX_DIFFERENCE;
  };
  for (const slot of smallSlots) {
    const row = slotOf(smallRows, small.keys[slot]!);
    if (row >= 0) correct(smallRows.values[row]!, small.values[slot]!);
  }
  for (const [trigram, count] of other) {
    const row = rows.get(trigram);
    if (row !== undefined) correct(row, count);
  }
  return distance;
}

/** The candidates by distance, scored 1 for the nearest down to 0, as franc scores them. */
function rankedBy(model: ScriptModel, distance: Int32Array, length: number): Ranked {
  const ranked: Ranked = model.languages.map((l, j) => [l, distance[j]!]);
  ranked.sort((a, b) => a[1] - b[1]); // stable: ties keep franc's order
  const min = ranked[0]![1];
  const max = length * MAX_DIFFERENCE - min;
  for (const r of ranked) r[1] = 1 - (r[1] - min) / max || 0;
  return ranked;
}
