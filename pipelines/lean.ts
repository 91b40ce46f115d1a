import { definePipeline } from '../src/runner/pipeline.js';
import nightly from './nightly.js';

/** The nightly stages without persisting stage outputs: the fastest way to fill `clean/`. */
export default definePipeline({ ...nightly, name: 'lean', description: 'nightly without persisted stage outputs', persist: 'none' });
