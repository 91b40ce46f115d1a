import { createHash } from 'node:crypto';
import { describeRule, type RuleInfo } from './rule.js';

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Stable JSON: object keys sorted, so equal values hash equally. */
export const stableJson = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) => {
    if (v instanceof RegExp) return v.toString();
    if (typeof v === 'function') return undefined;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });

/** Hash of a stage's rules as data; the runner adds the stage's code hash beside it. */
export const rulesHash = (rules: readonly RuleInfo[]): string =>
  sha256(stableJson(rules.map((r) => describeRule(r as RuleInfo & Record<string, unknown>)))).slice(0, 16);
