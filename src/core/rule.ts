/**
 * What every rule shares, whatever its stage: a stable id (`strip/read-more-block`), a one-line
 * description, and examples that are its unit tests. Matching logic lives with the stage.
 */
export interface RuleExamples {
  /** Inputs the rule acts on (removes, labels, resolves). */
  matches: readonly string[];
  /** Inputs it must leave alone. */
  keeps: readonly string[];
  /** The address of the page the examples stand on, for a rule that reads the page's own address. */
  pageUrl?: string;
}

export interface RuleInfo {
  id: string;
  description: string;
  examples?: RuleExamples;
}

/**
 * Serialisable view of a rule's data, for hashing: ids, descriptions, examples, patterns. Its
 * matching functions are left out: their text depends on the TypeScript transform that loaded
 * them (tsx in workers, vite under vitest), and the stage's code hash covers them anyway.
 */
export const describeRule = (r: RuleInfo & Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) {
    if (typeof v === 'function') continue;
    out[k] = v instanceof RegExp ? v.toString() : v;
  }
  return out;
};
