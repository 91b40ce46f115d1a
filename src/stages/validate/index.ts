import { z } from 'zod';
import { docWith } from '../../core/doc.js';
import { Rejection } from '../../core/errors.js';
import { defineStage } from '../../core/stage.js';
import { toArticle } from './article.js';
import { ArticleSchema } from './schema.js';

export const validateStage = defineStage({
  id: 'validate',
  version: '1',
  description: 'Build the article from the document and check it against the zod schema.',
  options: z.object({
    /** Reject articles whose body is empty (nothing survived the strip stage). */
    rejectEmpty: z.boolean().default(false),
  }),
  rules: [
    { id: 'validate/schema', description: 'The article must match ArticleSchema.' },
    { id: 'validate/empty-body', description: 'Warn (or, with rejectEmpty, reject) when no body text survived.' },
  ],
  run(doc, opts) {
    const article = toArticle(doc);
    const parsed = ArticleSchema.safeParse(article);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Rejection('invalid-article', `article does not match the schema at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
    }
    const diagnostics = [...doc.diagnostics];
    if (!article.text) {
      if (opts.rejectEmpty) throw new Rejection('empty-body', 'no body text survived the strip stage');
      diagnostics.push({ stage: 'validate', rule: 'validate/empty-body', severity: 'warning', message: 'no body text survived the strip stage' });
    }
    return docWith(doc, { diagnostics, article: parsed.data });
  },
});
