import { z } from 'zod';
import { defineStage } from '../../core/stage.js';

// Placeholder until the German date grammar lands: publication date from declared metadata only.
export const datesStage = defineStage({
  id: 'dates',
  version: '0',
  description: 'Find the publication date and normalise the date mentions of the body.',
  options: z.object({}),
  rules: [{ id: 'dates/declared', description: 'The publication date the record or page declares.' }],
  run(doc) {
    const v = doc.declared.published;
    const m = v ? /^(\d{4}-\d{2}-\d{2})/.exec(v) : null;
    return { ...doc, published: m?.[1] ? { value: m[1], precision: 'day', source: 'dates/declared', inferred: false } : null, dateMentions: [] };
  },
});
