import { definePipeline } from '../src/runner/pipeline.js';

/** The default: every stage, every stage's output kept so one stage can be re-run on one page. */
export default definePipeline({
  name: 'nightly',
  description: 'Scraped pages to clean articles: load, blocks, strip, language, dates, structure, validate.',
  persist: 'all',
  concurrency: 8,
  stages: [
    { id: 'load', options: { maxBytes: 50 * 1024 * 1024 } },
    { id: 'blocks' },
    { id: 'strip', options: { disable: [] } },
    { id: 'language', options: { minChars: 60 } },
    { id: 'dates' },
    { id: 'structure' },
    { id: 'validate' },
  ],
});
