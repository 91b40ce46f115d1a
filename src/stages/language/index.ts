import { francAll } from 'franc';
import { z } from 'zod';
import { bodyBlocks, type LanguageResult } from '../../core/doc.js';
import { defineStage } from '../../core/stage.js';
import { tagToIso6391, toIso6391 } from './iso.js';

const Options = z.object({
  /** Below this many characters of cleaned body, franc is not trusted: the page is `und`. */
  minChars: z.number().int().nonnegative().default(60),
  /** Only these ISO 639-3 codes are considered (faster, fewer wild guesses); empty = all. */
  only: z.array(z.string()).default([]),
});

export const languageStage = defineStage({
  id: 'language',
  version: '1',
  description: 'Detect the language of the cleaned body with franc (ISO 639-1 in the article, 639-3 and a confidence beside it).',
  options: Options,
  rules: [
    { id: 'language/franc', description: 'franc on the first 2,048 characters of the cleaned body text.' },
    { id: 'language/too-short', description: 'Too little body text to judge: `und`, or the page\'s declared language when it has one.' },
  ],
  run(doc, opts) {
    const text = bodyBlocks(doc)
      .map((b) => b.text)
      .join('\n')
      .slice(0, 2048);
    const declared = tagToIso6391(doc.declared.language);
    let language: LanguageResult;
    if (text.length < opts.minChars) {
      language = declared
        ? { code: declared, franc: 'und', confidence: 0, sample: text.length, source: 'declared' }
        : { code: 'und', franc: 'und', confidence: 0, sample: text.length, source: 'none' };
      doc.diagnostics.push({ stage: 'language', rule: 'language/too-short', severity: 'info', message: `${text.length} characters of body text` });
    } else {
      const ranked = francAll(text, { minLength: 10, ...(opts.only.length ? { only: opts.only } : {}) });
      const [top, second] = ranked;
      const code3 = top?.[0] ?? 'und';
      // francAll scores the winner 1 and the others relative to it: the gap is the confidence.
      const confidence = code3 === 'und' ? 0 : +(1 - (second?.[1] ?? 0)).toFixed(3);
      const code = toIso6391(code3);
      language = { code, franc: code3, confidence, sample: text.length, source: 'franc' };
      if (declared && declared !== code && confidence < 0.05) language = { ...language, code: declared, source: 'declared' };
    }
    return { ...doc, language };
  },
});
