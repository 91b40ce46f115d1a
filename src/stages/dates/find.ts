import { MENTION_RULES } from './mention-rules.js';
import type { Found, MentionRule } from './types.js';

/**
 * Every date expression in a text: all rules run, then overlapping matches are settled, the longer
 * match first (then the earlier rule), so "am 7. Dezember 2021" is one mention, not three.
 */
export function findMentions(text: string, rules: readonly MentionRule[] = MENTION_RULES): Found[] {
  if (rules !== MENTION_RULES) return scan(text, rules);
  // The evidence rules and the mention pass read the same blocks: remember the last page's texts.
  let found = recent.get(text);
  if (!found) {
    if (recent.size >= RECENT_MAX) recent.clear();
    found = scan(text, rules);
    recent.set(text, found);
  }
  return found.map((f) => ({ ...f }));
}

const RECENT_MAX = 4096;
const recent = new Map<string, Found[]>();

function scan(text: string, rules: readonly MentionRule[]): Found[] {
  const all: (Found & { order: number })[] = [];
  rules.forEach((rule, order) => {
    if (!rule.quick.test(text)) return;
    rule.pattern.lastIndex = 0;
    for (const m of text.matchAll(rule.pattern)) {
      // A closing bracket belongs to the mention only with its opening one ("12.30 Uhr (MESZ)").
      const raw = m[0].replace(/\s+$/, '').replace(/^([^(]*)\)$/, '$1');
      if (!raw) continue;
      const start = m.index;
      const end = start + raw.length;
      const reading = rule.read(m.groups ?? {}, raw, text.slice(end, end + 40), text.slice(Math.max(0, start - 40), start));
      if (reading) all.push({ rule: rule.id, start, end, text: raw, reading, order });
    }
  });
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  // Characters already claimed by a longer mention: linear in the text, however many matches.
  const claimed = new Uint8Array(text.length);
  const taken: Found[] = [];
  for (const f of all) {
    if (claimed.subarray(f.start, f.end).includes(1)) continue;
    claimed.fill(1, f.start, f.end);
    const { order: _order, ...found } = f;
    taken.push(found);
  }
  return taken.sort((a, b) => a.start - b.start);
}
