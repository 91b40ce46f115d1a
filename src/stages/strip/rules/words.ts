/** Builds a whole-line, case-insensitive matcher from alternatives (each a regex fragment). */
export const wholeLine = (alternatives: readonly string[], flags = 'iu'): RegExp =>
  new RegExp(`^(?:${alternatives.join('|')})$`, flags);

/** Trailing punctuation and arrows that UI labels carry (`Weiterlesen »`, `Mehr ›`, `Teilen:`). */
export const UI_TAIL = String.raw`\s*[:.…»›>→▸▶+]*\s*`;
export const UI_HEAD = String.raw`[«‹<←◂◀»›>→▸▶+•|]*\s*`;
