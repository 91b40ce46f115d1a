import type { Decision, SequenceRule } from '../types.js';
import { PICTURE_CREDIT_LABEL } from './media.js';

/**
 * A picture credit's label alone on its line, with its colon: "Foto:", "Фото:", "Photo:", "Bildquelle:" (the labels of
 * strip/photo-credit). Without the colon "Fotos" is a menu item.
 */
const CREDIT_LABEL_ALONE = new RegExp(String.raw`^${PICTURE_CREDIT_LABEL}\s*:$`, 'iu');
/** A longer line is no label alone: the pattern need not read it. */
const LABEL_MAX_CHARS = 16;

/**
 * The line under it, when it can be a credit: short, a few words, no sentence ("личный архив Олеси Куприн",
 * "Anna Muster / dpa", "privat"); not a line ending a sentence, nor a paragraph.
 */
const VALUE_MAX_CHARS = 80;
const VALUE_MAX_WORDS = 8;
const SENTENCE_END = /\p{Ll}{2}[.!?]["”»]?$/u;

export const splitCredit: SequenceRule = {
  kind: 'sequence',
  id: 'strip/split-credit',
  description:
    'A picture credit on two lines: its label alone with a colon ("Фото:", "Foto:", "Photo:") and the credit under it ("личный архив Олеси Куприн", "Anna Muster / dpa"), a few words and no sentence. Both are the credit, apart from the body; the label may already have gone as a repeated line.',
  examples: {
    matches: [
      'Олеся Куприн\n- Фото:\n- личный архив Олеси Куприн\n— Еда объединяет. Где бы мы ни оказались, за столом всегда находится тема для разговора, и это прекрасно.',
      'Der neue Radweg führt am Fluss entlang bis zum Hafen und soll im Mai eröffnet werden.\n- Foto:\n- Anna Muster\nDie Stadt zahlt zwei Drittel der Kosten, den Rest trägt das Land.',
      // The label over a credit a line rule knew already ("Anna Muster / dpa") is this rule's, the credit not.
      'Der neue Radweg führt am Fluss entlang bis zum Hafen und soll im Mai eröffnet werden.\n- Bild:\nAnna Muster / dpa\nDie Stadt zahlt zwei Drittel der Kosten, den Rest trägt das Land.',
    ],
    keeps: [
      // No colon: a menu's item. A sentence under the label: the text.
      'Startseite\nFotos\nVideos\nPodcasts',
      'Der neue Radweg führt am Fluss entlang bis zum Hafen und soll im Mai eröffnet werden.\nFoto:\nDas Bild zeigt den Radweg am Hafen im Winter.\nDie Stadt zahlt zwei Drittel der Kosten, den Rest trägt das Land.',
    ],
  },
  apply(blocks) {
    const out: Decision[] = [];
    for (let i = 0; i + 1 < blocks.length; i++) {
      const label = blocks[i]!;
      if (label.text.length > LABEL_MAX_CHARS || !CREDIT_LABEL_ALONE.test(label.text.trim())) continue;
      const value = blocks[i + 1]!;
      const text = value.text.trim();
      if (value.removed) continue;
      // A credit a line rule knew already ("Anna Muster / dpa"): the label over it is the credit's too.
      const known = value.role === 'credit' || value.role === 'caption';
      if (!known && (value.role !== 'unknown' || text.length > VALUE_MAX_CHARS || text.split(/\s+/).length > VALUE_MAX_WORDS || SENTENCE_END.test(text) || !/\p{L}/u.test(text))) continue;
      if (!label.removed && label.role === 'unknown') out.push({ index: label.index, action: 'credit' });
      if (!known) out.push({ index: value.index, action: 'credit' });
    }
    return out;
  },
};
