import { BODY_ROLES, type Doc } from '../../core/doc.js';
import { CAPTION_LABEL } from '../../lexicon/caption-labels.js';
import type { Article } from './schema.js';

type Kind = Article['blocks'][number]['kind'];
const KIND: Partial<Record<string, Kind>> = { lead: 'lead', highlight: 'highlight', heading: 'heading', paragraph: 'paragraph', unknown: 'paragraph', 'list-item': 'list-item', quote: 'quote', table: 'table' };

/**
 * A caption with its picture's credit glued to its end, as sites print them: "… eine Nase-Mund-Bedeckung
 * tragen.Foto: Swen Pfoertner/Reuters", "… am Dienstag. (Foto: dpa)", "Ein Sazerac in New Orleans © dpa".
 */
const GLUED_CREDIT = /^(.*?[^\s])\s*((?:©|\(c\)|copyright\b)[^©]{2,80}|(?<=[.!?…"“”»)]\s*)\(?(?:fotos?|bild(?:er)?|photos?|image|credits?|quelle)\s*:\s*[^()]{2,80}\)?)$/iu;

/**
 * A credit before the caption, the space between them lost with the markup (the credit's element
 * comes first): "© SNA / Alexey Nikolsky / Zur BilddatenbankRusslands Präsident …". The glue is a
 * lower-case letter run into a capitalised word. A credit names its agency and photographer apart,
 * so it must hold a slash before the glue: camel-cased names ("© ScienceAlert Pty Ltd") are not cut.
 * Case-sensitive: under `i`, \p{Lu} and \p{Ll} would match every letter.
 */
const LEADING_GLUED_CREDIT = /^(?:©|\([cC]\)|[Cc]opyright\b|COPYRIGHT\b)[^©\n]{0,80}?\/[^©\n]{0,40}?\p{Ll}(?=\p{Lu}\p{Ll}+\s+\S+\s+\S)/u;

/**
 * A caption's text and credit: its label off, the credit glued to its end or start set apart, when
 * the caption has words beside it. `offset`: where the text begins in the block (after the label, or
 * a credit before it), for the offsets of the caption's date mentions.
 */
export function splitCaption(raw: string): { text: string; credit: string | null; offset: number } {
  const labelLength = CAPTION_LABEL.exec(raw)?.[0].length ?? 0;
  const text = raw.slice(labelLength);
  const leading = LEADING_GLUED_CREDIT.exec(text);
  if (leading) return { text: text.slice(leading[0].length), credit: leading[0].trim(), offset: labelLength + leading[0].length };
  const m = GLUED_CREDIT.exec(text);
  if (!m || !/\p{L}{2}.*\s.*\p{L}{2}/u.test(m[1]!) || m[2]!.trimEnd().endsWith(':')) return { text, credit: null, offset: labelLength };
  // The dash or bar that stood between them goes too ("Cyber-Attacken nehmen weiter zu. – © …").
  return { text: m[1]!.replace(/[\s–—|/-]+$/u, ''), credit: m[2]!.trim(), offset: labelLength };
}

/** The article a document becomes: body text, blocks, captions and metadata, offsets into `text`. */
export function toArticle(doc: Doc): Article {
  const s = doc.structure;
  const body = doc.blocks.filter((b) => !b.removed && BODY_ROLES.has(b.role));
  const offsets = new Map<number, number>();
  let text = '';
  for (const b of body) {
    if (text) text += '\n\n';
    offsets.set(b.index, text.length);
    text += b.text;
  }
  const { captions, captionOf, captionShift } = captionsOf(doc);
  const dateMentions = mentionsIn(doc, offsets, captions, captionOf, captionShift);
  // One count, no two filtered copies of the page's blocks: every block is kept or removed.
  let removed = 0;
  for (const b of doc.blocks) if (b.removed) removed++;
  const lang = doc.language ?? { code: 'und', franc: 'und', confidence: 0, source: 'none' };
  return {
    id: doc.id,
    source: doc.source,
    language: lang.code,
    languageDetail: { franc: lang.franc, confidence: lang.confidence, source: lang.source },
    title: s?.title ?? null,
    kicker: s?.kicker ?? null,
    lead: s?.lead ?? null,
    highlights: s?.highlights ?? [],
    published: doc.published ?? null,
    text,
    blocks: body.map((b) => ({ kind: KIND[b.role] ?? 'paragraph', text: b.text })),
    captions,
    authors: s?.authors ?? [],
    agencies: s?.agencies ?? [],
    publisher: s?.publisher ?? null,
    dateline: s?.dateline ?? null,
    dateMentions,
    stats: { blocks: doc.blocks.length, kept: doc.blocks.length - removed, removed },
  };
}

/** The page's captions with their credits, and where each caption block went (its index, the characters cut off its start). */
function captionsOf(doc: Doc): { captions: Article['captions']; captionOf: Map<number, number>; captionShift: Map<number, number> } {
  const captions: Article['captions'] = [];
  const captionOf = new Map<number, number>();
  /** Characters cut off a caption's start (a label, a credit): its mentions' offsets move back as far. */
  const captionShift = new Map<number, number>();
  for (const b of doc.blocks) {
    if (b.removed) continue;
    if (b.role === 'caption') {
      const { text: captionText, credit, offset } = splitCaption(b.text);
      captionOf.set(b.index, captions.length);
      captionShift.set(b.index, offset);
      captions.push({ text: captionText, credit });
    }
    else if (b.role === 'credit') {
      const last = captions.at(-1);
      const prev = doc.blocks[b.index - 1];
      if (last && last.credit === null && prev?.role === 'caption' && !prev.removed) last.credit = b.text;
      else captions.push({ text: '', credit: b.text });
    }
  }
  return { captions, captionOf, captionShift };
}

/** The date mentions of the article: one in the body has offsets in its text; one in a caption in that caption's text. */
function mentionsIn(doc: Doc, offsets: Map<number, number>, captions: Article['captions'], captionOf: Map<number, number>, captionShift: Map<number, number>): Article['dateMentions'] {
  return (doc.dateMentions ?? []).flatMap((m) => {
    const mention = { text: m.text, value: m.value, precision: m.precision, inferred: m.inferred };
    const base = offsets.get(m.block);
    if (base !== undefined) return [{ ...mention, start: base + m.start, end: base + m.end }];
    const caption = captionOf.get(m.block);
    if (caption === undefined) return [];
    const shift = captionShift.get(m.block) ?? 0;
    // A mention in the label or in the credit glued to a caption is no mention of the caption's text.
    if (m.start < shift || m.end - shift > captions[caption]!.text.length) return [];
    return [{ ...mention, start: m.start - shift, end: m.end - shift, caption }];
  });
}
