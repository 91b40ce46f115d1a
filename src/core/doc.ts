// The one document type every stage receives and returns (after unified's vfile): the text, its
// blocks, what each stage decided, and every decision as a diagnostic. It is plain JSON, so the
// runner can persist it between stages and re-run one stage from the saved output of the last.

export type SourceFormat = 'txt' | 'html' | 'json' | 'jsonl' | 'warc';
export type ContentType = 'text' | 'html';

export interface SourceInfo {
  /** Path of the input file, relative to the run's input directory (POSIX separators). */
  path: string;
  format: SourceFormat;
  /** Index of the record inside a JSONL/WARC file. */
  record?: number;
  url?: string;
  fetchedAt?: string;
  /** How the bytes were decoded: the charset and the evidence for it. */
  encoding?: { charset: string; evidence: 'bom' | 'declared' | 'utf8-valid' | 'detected' | 'fallback' | 'record' };
}

/** What a block is in the article, decided by strip (removal) and structure (roles). */
export type BlockRole =
  | 'unknown'
  | 'title'
  | 'kicker'
  | 'lead'
  | 'highlight'
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'quote'
  | 'table'
  | 'caption'
  | 'credit'
  | 'byline'
  | 'dateline'
  | 'meta';

export interface Removal {
  stage: string;
  rule: string;
  /** Why, in a few words, when the rule's description is not enough (e.g. the matched word). */
  detail?: string;
}

export interface Block {
  /** Position in the document's block list; stable across stages. */
  index: number;
  text: string;
  /** 1-based line of the input (text path) where the block starts. */
  line: number;
  /** Character offsets in `Doc.text` (text path) or in the visible text (HTML path). */
  start: number;
  end: number;
  role: BlockRole;
  /** The rule that gave the block its role (`strip/photo-credit`, `structure/heading`). */
  roleRule?: string;
  /** Set when a rule removed the block from the article; the text stays for `explain`. */
  removed?: Removal;
  /** HTML path only: the element path (`body>div.teaser-list>a`), tag and DOM signals. */
  path?: string;
  tag?: string;
  linkDensity?: number;
  /** Free-form per-block facts stages pass on (e.g. `bullet`, `caption-credit`). */
  flags?: string[];
}

/** The flag of an HTML block inside an <li>: an item of a list, whatever its shape. */
export const LIST_ITEM_FLAG = 'list-item';

/**
 * Gives a block its role and the rule that gave it. Two assignments, not a destructuring one
 * (`[b.role, b.roleRule] = [role, rule]`), which runs the iterator protocol: code the optimizing
 * compiler builds on the first pages (the structure stage's run took 91 ms to compile with nine
 * of them, 78 ms without).
 */
export function setRole(b: Block, role: BlockRole, rule: string): void {
  b.role = role;
  b.roleRule = rule;
}

/** Roles of lines that may close a text after its last paragraph without being text a heading could head (strip's trailing heading, structure's closing lines). */
export const CLOSING_ROLES: ReadonlySet<BlockRole> = new Set<BlockRole>(['meta', 'byline', 'credit', 'dateline']);

/** An HTML heading element (h1–h6), by its tag name. */
export const isHeadingTag = (tag: string | undefined): boolean => tag !== undefined && /^h[1-6]$/.test(tag);

/**
 * A block with every field present, unset ones undefined, always in this order; a stage copies
 * a block with it too (V8 gives a spread's copy, `{ ...b }`, a shape of its own). Every block of
 * every page then has one object shape: the stages' code reading blocks stays monomorphic instead
 * of being optimized again each time a page brings a block of another shape. JSON leaves the
 * undefined fields out, as before.
 */
export function newBlock(b: Pick<Block, 'index' | 'text' | 'line' | 'start' | 'end' | 'role'> & Partial<Block>): Block {
  return {
    index: b.index,
    text: b.text,
    line: b.line,
    start: b.start,
    end: b.end,
    role: b.role,
    path: b.path,
    tag: b.tag,
    linkDensity: b.linkDensity,
    flags: b.flags,
    // Last, where a stage that sets them later used to add them: state files keep their key order.
    roleRule: b.roleRule,
    removed: b.removed,
  };
}

export type Severity = 'info' | 'warning' | 'fatal';

export interface Diagnostic {
  stage: string;
  rule: string;
  severity: Severity;
  message: string;
  block?: number;
}

export type Precision = 'year' | 'month' | 'day' | 'minute' | 'second';

export interface DateValue {
  /** ISO 8601 at its precision: `2021`, `2021-12`, `2021-12-30`, `--12-07`, `2021-12-30T21:35:00+01:00`. */
  value: string;
  precision: Precision;
  /** Where the value came from: a rule id or a metadata field. */
  source: string;
  /** True when part of the value (usually the year) was inferred from other evidence. */
  inferred: boolean;
}

export interface DateMention {
  text: string;
  value: string;
  precision: Precision;
  start: number;
  end: number;
  /** Index of the block the mention is in. */
  block: number;
  rule: string;
  inferred: boolean;
}

/** Metadata the input itself declares (record fields, HTML meta tags); evidence, not truth. */
export interface DeclaredMeta {
  title?: string;
  authors?: string[];
  published?: string;
  modified?: string;
  language?: string;
  siteName?: string;
  canonicalUrl?: string;
  description?: string;
  /** Extra record fields kept verbatim. */
  extra?: Record<string, unknown>;
}

export interface LanguageResult {
  /** ISO 639-1 (`de`), or `und`. */
  code: string;
  /** franc's ISO 639-3 code (`deu`), or `und`. */
  franc: string;
  /** 0..1: franc's score of the winner relative to the runner-up scale; 0 when `und`. */
  confidence: number;
  /** Number of characters of cleaned body text that were judged. */
  sample: number;
  source: 'franc' | 'declared' | 'script' | 'none';
}

export interface StructureResult {
  title: string | null;
  kicker: string | null;
  lead: string | null;
  highlights: string[];
  authors: string[];
  agencies: string[];
  publisher: string | null;
  dateline: { place: string; date?: string; agency?: string } | null;
  sourceLine: string | null;
}

export interface Doc {
  /** Stable id: derived from the source path (and record index). */
  id: string;
  source: SourceInfo;
  contentType: ContentType;
  /** The decoded, normalised input: plain text, or HTML for `contentType: 'html'`. */
  content: string;
  declared: DeclaredMeta;
  blocks: Block[];
  language?: LanguageResult;
  published?: DateValue | null;
  dateMentions?: DateMention[];
  structure?: StructureResult;
  /** The validated article (set by the validate stage); what the runner writes to `--out`. */
  article?: import('../stages/validate/schema.js').Article;
  diagnostics: Diagnostic[];
}

/**
 * `doc` with the fields of `patch` set: what a stage returns. Every field present, unset ones
 * undefined, always in this order, as newBlock does for blocks: a spread (`{ ...doc, language }`)
 * gave each page's document an object shape of its own (V8 copies the shape of a spread's source
 * instead of sharing it: 97 shapes for 100 pages after the language stage), so that code reading
 * documents was optimized again and again on the first pages. JSON leaves the undefined fields out.
 */
export function docWith(doc: Doc, patch: Partial<Doc>): Doc {
  const f = <K extends keyof Doc>(k: K): Doc[K] => (k in patch ? (patch[k] as Doc[K]) : doc[k]);
  return {
    id: f('id'),
    source: f('source'),
    contentType: f('contentType'),
    content: f('content'),
    declared: f('declared'),
    blocks: f('blocks'),
    language: f('language'),
    published: f('published'),
    dateMentions: f('dateMentions'),
    structure: f('structure'),
    article: f('article'),
    diagnostics: f('diagnostics'),
  };
}

/** Blocks that form the body text: kept and not set apart (captions, credits, metadata lines). */
export const BODY_ROLES: ReadonlySet<BlockRole> = new Set(['unknown', 'lead', 'highlight', 'heading', 'paragraph', 'list-item', 'quote', 'table']);
export const bodyBlocks = (doc: Doc): Block[] => doc.blocks.filter((b) => !b.removed && BODY_ROLES.has(b.role));
