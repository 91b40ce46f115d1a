import { definePipeline } from '../src/runner/pipeline.js';
import nightly from './nightly.js';

/** The nightly stages, with readable stage outputs and a plain-text explanation per document. */
export default definePipeline({ ...nightly, name: 'debug', description: 'nightly, plus pretty stage outputs and an explain file per document', debug: true, concurrency: 2 });
