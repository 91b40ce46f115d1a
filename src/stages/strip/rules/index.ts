import type { LineRule, StripRule } from '../types.js';
import { commentRules } from './comments.js';
import { domRules } from './dom.js';
import { mediaRules } from './media.js';
import { metaLineRules } from './meta-lines.js';
import { sequenceRules } from './sequence.js';
import { siteUiRules } from './site-ui.js';
import { teaserLineRules } from './teasers.js';

/** Line rules in order: the first that applies to a block decides it. */
export const LINE_RULES: LineRule[] = [...mediaRules, ...teaserLineRules, ...metaLineRules, ...commentRules, ...siteUiRules];

/** Every strip rule, line rules first, then the rules that read the sequence of blocks. */
export const STRIP_RULES: StripRule[] = [...LINE_RULES, ...sequenceRules, ...domRules];
