/** Builds a whole-line, case-insensitive matcher from alternatives (each a regex fragment). */
export const wholeLine = (alternatives: readonly string[], flags = 'iu'): RegExp =>
  new RegExp(`^(?:${alternatives.join('|')})$`, flags);

/**
 * Trailing punctuation and arrows that UI labels carry (`Weiterlesen »`, `Mehr ›`, `Teilen:`), icon-font glyphs
 * (private use characters: a dump keeps a button's icon as one) and emoji (`Keep Reading 🚀`). For `u` patterns only.
 */
export const UI_TAIL = String.raw`\s*[:.…»›>→▸▶+\p{Co}\p{Extended_Pictographic}\u{FE0F}\u{200D}]*\s*`;
export const UI_HEAD = String.raw`[«‹<←◂◀»›>→▸▶+•|\p{Co}]*\s*`;
