import { z } from 'zod';
import { docWith, newBlock, type Block, type Doc } from '../../core/doc.js';
import { defineStage } from '../../core/stage.js';
import { pageScripts, profileInScript, type TextProfile } from './features.js';
import { urlSlugStems, urlSlugWord } from './headline.js';
import { withoutIconNames } from './rules/icon-names.js';
import { STRIP_RULES } from './rules/index.js';
import { ownAddress } from './rules/site-ui.js';
import type { Decision, LineRule, StripContext, StripRule } from './types.js';

const Options = z.object({
  /** Rule ids to switch off, e.g. `["strip/repeated-line"]`. */
  disable: z.array(z.string()).default([]),
});

/**
 * Profiles made on first use: on an HTML page most blocks were already removed by the blocks
 * stage and no rule ever reads their profile. A method, not a Proxy over an array: a Proxy's trap
 * gets the index as a string and cost more than the look-up itself.
 */
function lazyProfiles(blocks: readonly Block[], scripts: readonly string[]): (index: number) => TextProfile | undefined {
  const memo: TextProfile[] = new Array<TextProfile>(blocks.length);
  return (i) => (Number.isInteger(i) && i >= 0 && i < blocks.length ? (memo[i] ??= profileInScript(blocks[i]!.text, scripts[i]!)) : undefined);
}

/** Long sentence-like Latin-script lines a page needs before its function words are judged. */
const UNKNOWN_LATIN_LINES = 3;
/** Median share of STOPWORDS in those lines below which the page's language is none the list knows (Finnish, Estonian …). */
const UNKNOWN_LATIN_DENSITY = 0.08;

/**
 * Whether the page is written in Latin letters in a language whose function words STOPWORDS lacks: its long lines
 * punctuated like sentences hold almost none of them. There prose is read as in the other scripts, by length and
 * sentence marks (see profileInScript). Only blocks still on the page are read.
 */
function unknownLatin(blocks: readonly Block[], profile: (index: number) => TextProfile | undefined): boolean {
  const densities: number[] = [];
  for (const b of blocks) {
    if (b.removed || b.text.length < 80) continue;
    const p = profile(b.index);
    if (p && p.script === 'Latin' && p.words >= 12 && (p.sentenceEnd || p.commas >= 2)) densities.push(p.stopwordDensity);
  }
  if (densities.length < UNKNOWN_LATIN_LINES) return false;
  densities.sort((a, b) => a - b);
  return densities[densities.length >> 1]! < UNKNOWN_LATIN_DENSITY;
}

/** Profiles where a long run of Latin words punctuated like sentences is prose, function words or not (unknownLatin). */
function withProseBySentences(profile: (index: number) => TextProfile | undefined): (index: number) => TextProfile | undefined {
  const memo = new Map<number, TextProfile | undefined>();
  return (i) => {
    if (memo.has(i)) return memo.get(i);
    const p = profile(i);
    const relaxed = p && !p.prose && p.script === 'Latin' && p.chars >= 50 && p.words >= 8 && (p.sentenceEnd || p.commas >= 2) ? { ...p, prose: true } : p;
    memo.set(i, relaxed);
    return relaxed;
  };
}

/** Lower-casing grows a text only by one code unit per İ (checked for every code point). */
const loweredLength = (text: string): number => {
  let n = text.length;
  for (let i = text.indexOf('İ'); i >= 0; i = text.indexOf('İ', i + 1)) n++;
  return n;
};

/**
 * How many blocks carry a lower-cased text. The rules ask about short lines only, so the blocks
 * are grouped by the length of their lower-cased text, and a group is lower-cased and counted
 * the first time a key of its length is asked about: linear in the page, however many keys.
 */
class RepeatCounts {
  private byLength: Map<number, number[]> | undefined;
  private readonly counted = new Map<number, Map<string, number>>();

  constructor(private readonly texts: readonly string[]) {}

  get(key: string): number | undefined {
    let counts = this.counted.get(key.length);
    if (!counts) {
      counts = new Map();
      for (const i of this.lengths().get(key.length) ?? []) {
        const lower = this.texts[i]!.toLowerCase();
        counts.set(lower, (counts.get(lower) ?? 0) + 1);
      }
      this.counted.set(key.length, counts);
    }
    return counts.get(key);
  }

  private lengths(): Map<number, number[]> {
    if (!this.byLength) {
      this.byLength = new Map();
      this.texts.forEach((t, i) => {
        const len = loweredLength(t);
        const same = this.byLength!.get(len);
        if (same) same.push(i);
        else this.byLength!.set(len, [i]);
      });
    }
    return this.byLength;
  }
}

export function stripContext(doc: Doc): StripContext {
  const texts = doc.blocks.map((b) => b.text);
  // One count of letters per script a block: the page's script and the block's profile share it.
  const scripts = pageScripts(texts);
  // The slug is evidence for a text dump's headline only: an HTML page's comes from its markup.
  const url = doc.contentType === 'text' ? (doc.source?.url ?? doc.declared?.canonicalUrl) : undefined;
  const addresses = [doc.source?.url, doc.declared?.canonicalUrl].filter((u): u is string => !!u).map(ownAddress);
  const profiles = lazyProfiles(doc.blocks, scripts.own);
  const profile = scripts.page === 'Latin' && unknownLatin(doc.blocks, profiles) ? withProseBySentences(profiles) : profiles;
  return { script: scripts.page, profile, repeats: new RepeatCounts(texts), contentType: doc.contentType, slug: url ? urlSlugStems(url) : [], slugWord: url ? urlSlugWord(url) : null, addresses };
}

/**
 * The page's blocks as the rules see them. A block is copied the first time a rule changes it; the
 * others stay shared with the input (no stage writes to a block it did not copy): on an HTML page
 * most blocks were already removed by the blocks stage and no rule touches them.
 */
class StripBlocks {
  readonly list: Block[];
  private readonly copied: boolean[];

  constructor(blocks: readonly Block[]) {
    this.list = blocks.slice();
    this.copied = new Array<boolean>(blocks.length).fill(false);
  }

  writable(i: number): Block {
    if (!this.copied[i]) {
      this.list[i] = newBlock(this.list[i]!);
      this.copied[i] = true;
    }
    return this.list[i]!;
  }

  /** Applies one rule's decisions: a removal wins over everything, a role only goes to an undecided block. */
  apply(rule: StripRule, decisions: Decision[]): void {
    for (const d of decisions) {
      let b = this.list[d.index];
      if (!b) continue;
      if (b.removed && d.restore && d.action !== 'remove') {
        b = this.writable(d.index);
        // Unset, not deleted: every block keeps one shape (see newBlock).
        b.removed = undefined;
        b.role = 'unknown';
      }
      if (b.removed) continue;
      if (d.action === 'remove') this.writable(d.index).removed = { stage: 'strip', rule: rule.id, ...(d.detail ? { detail: d.detail } : {}) };
      else if (b.role === 'unknown') {
        b = this.writable(d.index);
        b.role = d.action;
        b.roleRule = rule.id;
      }
    }
  }
}

export function runStripRules(doc: Doc, rules: readonly StripRule[]): Block[] {
  const page = new StripBlocks(doc.blocks);
  const blocks = page.list;
  const ctx = stripContext(doc);
  const lineRules = rules.filter((r) => r.kind === 'line');
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.removed || b.role !== 'unknown') continue;
    // Rules read the line as the page showed it: an icon's name the dump spells out is no word of it.
    const text = withoutIconNames(b.text);
    for (const rule of lineRules) {
      const hit = rule.test(text, ctx, b);
      if (!hit) continue;
      applyHit(page, rule, b, hit);
      break;
    }
  }
  for (const rule of rules) if (rule.kind === 'sequence') page.apply(rule, rule.apply(blocks, ctx));
  return blocks;
}

/** A line rule's decision on the block it matched (apart from runStripRules' loop, which V8 then compiles once less). */
function applyHit(page: StripBlocks, rule: LineRule, b: Block, hit: true | string): void {
  page.apply(rule, [{ index: b.index, action: rule.action, ...(typeof hit === 'string' ? { detail: hit } : {}) }]);
}

export const stripStage = defineStage({
  id: 'strip',
  version: '1',
  description: 'Remove boilerplate (menus, teasers, counters, ads, forms, credits) and set captions and bylines apart; every removal names its rule.',
  options: Options,
  rules: STRIP_RULES,
  run(doc, opts) {
    const off = new Set(opts.disable);
    const blocks = runStripRules(doc, STRIP_RULES.filter((r) => !off.has(r.id)));
    return docWith(doc, { blocks });
  },
});
