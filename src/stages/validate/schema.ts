import { z } from 'zod';

const Precision = z.enum(['year', 'month', 'day', 'minute', 'second']);

export const DateValueSchema = z
  .object({
    value: z.string().describe('ISO 8601 at its precision: 2021-12-30, 2021-12, --12-07, 2021-12-30T21:35:00+01:00'),
    precision: Precision,
    source: z.string().describe('The rule id or metadata field the date came from'),
    inferred: z.boolean().describe('True when part of the value (usually the year) was inferred from other evidence'),
  })
  .strict();

export const BlockKind = z.enum(['lead', 'highlight', 'heading', 'paragraph', 'list-item', 'quote', 'table']);

/** The clean article sauber writes for every page: the contract with its users. */
export const ArticleSchema = z
  .object({
    id: z.string().min(1),
    source: z
      .object({
        path: z.string(),
        format: z.enum(['txt', 'html', 'json', 'jsonl', 'warc']),
        record: z.number().int().optional(),
        url: z.string().optional(),
        fetchedAt: z.string().optional(),
        encoding: z.object({ charset: z.string(), evidence: z.string() }).strict().optional(),
      })
      .strict(),
    language: z.string().regex(/^([a-z]{2}|und)$/),
    languageDetail: z.object({ franc: z.string(), confidence: z.number().min(0).max(1), source: z.string() }).strict(),
    title: z.string().nullable(),
    kicker: z.string().nullable(),
    lead: z.string().nullable(),
    highlights: z.array(z.string()),
    published: DateValueSchema.nullable(),
    text: z.string().describe('The body as plain text: one paragraph per block, a blank line between'),
    blocks: z.array(z.object({ kind: BlockKind, text: z.string().min(1) }).strict()),
    captions: z.array(z.object({ text: z.string(), credit: z.string().nullable() }).strict()),
    authors: z.array(z.string()),
    agencies: z.array(z.string()),
    publisher: z.string().nullable(),
    dateline: z.object({ place: z.string(), date: z.string().optional(), agency: z.string().optional() }).strict().nullable(),
    dateMentions: z.array(
      z
        .object({
          text: z.string(),
          value: z.string(),
          precision: Precision,
          start: z.number().int().nonnegative().describe('Offset of the mention in `text` (or in the caption, see `caption`)'),
          end: z.number().int().nonnegative(),
          inferred: z.boolean(),
          caption: z.number().int().nonnegative().optional().describe('Index in `captions` when the mention is in a caption; `start`/`end` are then offsets in that caption'),
        })
        .strict(),
    ),
    stats: z.object({ blocks: z.number().int(), kept: z.number().int(), removed: z.number().int() }).strict(),
  })
  .strict();

export type Article = z.infer<typeof ArticleSchema>;

export const articleJsonSchema = (): Record<string, unknown> => z.toJSONSchema(ArticleSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
