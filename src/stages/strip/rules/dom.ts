import type { StripRule } from '../types.js';

/**
 * Rules that use DOM signals (element path, tag, link density) of HTML blocks. On text dumps
 * these signals are absent and the rules do nothing.
 */
export const domRules: StripRule[] = [];
