import { z } from 'zod';
import { bodyBlocks, docWith, type LanguageResult } from '../../core/doc.js';
import { defineStage } from '../../core/stage.js';
import { tagToIso6391, toIso6391 } from './iso.js';
import { rankLanguages } from './rank.js';

/** Languages with a large written web: the default candidates for franc (ISO 639-3). */
export const NEWS_LANGUAGES = [
  'deu', 'eng', 'fra', 'spa', 'ita', 'por', 'nld', 'pol', 'ces', 'slk', 'slv', 'hrv', 'srp', 'bos', 'hun', 'ron', 'bul', 'rus', 'ukr', 'bel',
  'ell', 'tur', 'swe', 'dan', 'nob', 'fin', 'est', 'lvs', 'lit', 'cat', 'glg', 'eus', 'ara', 'arb', 'heb', 'pes', 'urd', 'hin', 'ben', 'cmn', 'jpn',
  'kor', 'vie', 'tha', 'ind', 'zlm', 'tgl', 'swh', 'afr', 'als', 'mkd', 'kat', 'hye', 'kaz', 'uzn', 'azj',
];

/**
 * franc scores the winner 1 and every other candidate relative to it, all close to 1 on long
 * texts. The confidence is the winner's lead over the runner-up as a share of its lead over the
 * worst candidate: near 0 when two languages are neck and neck, 1 when nothing comes close.
 */
export function francConfidence(ranked: ReadonlyArray<readonly [string, number]>): number {
  const second = ranked[1]?.[1];
  const last = ranked.at(-1)?.[1];
  if (second === undefined || last === undefined || last >= 1) return 1;
  return +Math.min(1, Math.max(0, (1 - second) / (1 - last))).toFixed(3);
}

const Options = z.object({
  /** Below this many characters of cleaned body, franc is not trusted: the page is `und`. */
  minChars: z.number().int().nonnegative().default(60),
  /**
   * Only these ISO 639-3 codes are considered: faster, and no wild guesses of close minority
   * languages (franc calls plain English "Scots" and German "Low German" surprisingly often).
   * Empty = all of franc's languages.
   */
  only: z.array(z.string()).default(NEWS_LANGUAGES),
  /**
   * Characters of body text franc reads. franc's cost grows with the distinct trigrams of the
   * sample. On the 880 HTML pages of ../shared/eval, 1,536 characters gave the same language as
   * franc's own cap of 2,048 on every page in about 20% less time; 1,024 changed three pages (two
   * for the worse: a confidence near zero let a wrong declared language win).
   */
  sampleChars: z.number().int().positive().max(2048).default(1536),
});

export const languageStage = defineStage({
  id: 'language',
  version: '2',
  description: 'Detect the language of the cleaned body with franc (ISO 639-1 in the article, 639-3 and a confidence beside it).',
  options: Options,
  rules: [
    { id: 'language/franc', description: 'franc on the first characters of the cleaned body text (1,536 unless the option sampleChars says otherwise).' },
    { id: 'language/too-short', description: 'Too little body text to judge: `und`, or the page\'s declared language when it has one.' },
  ],
  run(doc, opts) {
    // The body's first characters, without joining the rest.
    let text = '';
    for (const b of bodyBlocks(doc)) {
      text += text ? `\n${b.text}` : b.text;
      if (text.length >= opts.sampleChars) break;
    }
    text = text.slice(0, opts.sampleChars);
    const declared = tagToIso6391(doc.declared.language);
    let language: LanguageResult;
    if (text.length < opts.minChars) {
      language = declared
        ? { code: declared, franc: 'und', confidence: 0, sample: text.length, source: 'declared' }
        : { code: 'und', franc: 'und', confidence: 0, sample: text.length, source: 'none' };
      doc.diagnostics.push({ stage: 'language', rule: 'language/too-short', severity: 'info', message: `${text.length} characters of body text` });
    } else {
      // franc's ranking, computed faster from its own models (rank.ts).
      const ranked = rankLanguages(text, opts.only, 10);
      const code3 = ranked[0]?.[0] ?? 'und';
      const confidence = code3 === 'und' ? 0 : francConfidence(ranked);
      const code = toIso6391(code3);
      language = { code, franc: code3, confidence, sample: text.length, source: 'franc' };
      if (declared && declared !== code && confidence < 0.05) language = { ...language, code: declared, source: 'declared' };
    }
    return docWith(doc, { language });
  },
});
