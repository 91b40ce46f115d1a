import type { RuleExamples, RuleInfo } from '../../core/rule.js';
import type { Direction, Zone } from './calendar.js';

/** What a date expression says before it is resolved against the publication date. */
export type Reading =
  | { kind: 'date'; year?: number; month: number; day: number; weekday?: number }
  | { kind: 'month'; year?: number; month: number }
  | { kind: 'year'; year: number }
  | { kind: 'weekday'; weekday: number; direction: Direction }
  | { kind: 'relative'; days: number }
  /** A time of day; `zone` undefined means the page's default zone. */
  | { kind: 'time'; hour: number; minute: number; zone?: Zone };

export type Groups = Readonly<Record<string, string | undefined>>;

/** A date-mention rule: a pattern with named parts and how to read them. Examples are its tests. */
export interface MentionRule extends RuleInfo {
  examples: RuleExamples;
  /** Global, case-insensitive, unicode. */
  pattern: RegExp;
  /**
   * Cheap tests a text must all pass for the pattern to have a chance (most blocks have no date),
   * cheapest first; not global. Rules share them by identity, so each runs once per text.
   */
  quick: readonly RegExp[];
  /** `before`/`rest`: the text right before and after the match, for context checks a case-insensitive pattern cannot make. */
  read(groups: Groups, match: string, rest: string, before: string): Reading | null;
}

/** One mention found in a text, before resolution. */
export interface Found {
  rule: string;
  start: number;
  end: number;
  text: string;
  reading: Reading;
}
