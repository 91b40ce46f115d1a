import { MENTION_RULES } from './mention-rules.js';
import type { Found, MentionRule } from './types.js';

/**
 * Every date expression in a text: all rules run, then overlapping matches are settled, the longer
 * match first (then the earlier rule), so "am 7. Dezember 2021" is one mention, not three.
 */
export function findMentions(text: string, rules: readonly MentionRule[] = MENTION_RULES): readonly Readonly<Found>[] {
  if (rules !== MENTION_RULES) return scan(text, rules);
  // The evidence rules and the mention pass read the same blocks: remember the last page's texts.
  // Callers only read what they get (hence readonly), so the remembered list itself is returned.
  let found = recent.get(text);
  if (!found) {
    if (recent.size >= RECENT_MAX) recent.clear();
    found = scan(text, rules);
    recent.set(text, found);
  }
  return found;
}

const RECENT_MAX = 4096;
const recent = new Map<string, Found[]>();

/** A rule list's quick tests, each once (rules share them by identity), and which of them each rule needs, in its order. */
interface QuickPlan {
  tests: RegExp[];
  needs: number[][];
}
const plans = new WeakMap<readonly MentionRule[], QuickPlan>();

function planOf(rules: readonly MentionRule[]): QuickPlan {
  let plan = plans.get(rules);
  if (!plan) {
    const tests: RegExp[] = [];
    const needs = rules.map((rule) =>
      rule.quick.map((test) => {
        const i = tests.indexOf(test);
        return i >= 0 ? i : tests.push(test) - 1;
      }),
    );
    if (tests.length > 31) throw new Error('findMentions: more than 31 distinct quick tests in one rule list');
    plans.set(rules, (plan = { tests, needs }));
  }
  return plan;
}

function scan(text: string, rules: readonly MentionRule[]): Found[] {
  const all: (Found & { order: number })[] = [];
  const { tests, needs } = planOf(rules);
  // Which quick tests ran on this text and which passed, as bits (a list has fewer than 32): each runs at most once.
  let ran = 0;
  let passed = 0;
  rules.forEach((rule, order) => {
    const need = needs[order]!;
    for (let k = 0; k < need.length; k++) {
      const bit = 1 << need[k]!;
      if (!(ran & bit)) {
        ran |= bit;
        if (tests[need[k]!]!.test(text)) passed |= bit;
      }
      if (!(passed & bit)) return;
    }
    // exec on the rule's own pattern, not matchAll: matchAll clones the regex on every call.
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      // As matchAll does: step past an empty match (by a code point, the pattern being unicode).
      if (!m[0]) pattern.lastIndex = advance(text, pattern.lastIndex);
      // A closing bracket belongs to the mention only with its opening one ("12.30 Uhr (MESZ)").
      // (trimEnd removes exactly what \s matches; a last ")" goes when there is no "(" before it.)
      const trimmed = m[0].trimEnd();
      const raw = trimmed.endsWith(')') && !trimmed.includes('(') ? trimmed.slice(0, -1) : trimmed;
      if (!raw) continue;
      const start = m.index;
      const end = start + raw.length;
      const reading = rule.read(m.groups ?? {}, raw, text.slice(end, end + 40), text.slice(Math.max(0, start - 40), start));
      if (reading) all.push({ rule: rule.id, start, end, text: raw, reading, order });
    }
  });
  // Most texts have no mention: no claims to settle, and no buffer the length of the text.
  if (!all.length) return [];
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  // Characters already claimed by a longer mention. A few matches are checked against the mentions
  // taken; many (a table of dates) mark the claimed characters, linear in the text however many.
  const claimed = all.length > 16 ? new Uint8Array(text.length) : undefined;
  const taken: Found[] = [];
  for (const f of all) {
    if (claimed ? claimed.subarray(f.start, f.end).includes(1) : taken.some((t) => t.start < f.end && f.start < t.end)) continue;
    claimed?.fill(1, f.start, f.end);
    const { order: _order, ...found } = f;
    taken.push(found);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** The index after the code point at `i`: how a global unicode regex steps past an empty match. */
function advance(text: string, i: number): number {
  const c = text.codePointAt(i);
  return i + (c !== undefined && c > 0xffff ? 2 : 1);
}
