// Where the code runs from: the TypeScript sources themselves (tsx, vitest), or the build that
// bin/build.js compiles from them into `dist/<hash>/` (the CLI). Paths to the project's files go
// through here, so that both find the same pipelines, sources and workers.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);

/** Running compiled JavaScript (`dist/<hash>/src/core/runtime.js`), not the TypeScript sources. */
export const COMPILED = here.endsWith('.js');

/** The directory that holds `src/` and `pipelines/` as they run (the build's, when compiled). */
export const CODE_ROOT = path.resolve(path.dirname(here), '../..');

/** The project: its TypeScript sources, package.json, raw/ and clean/. */
export const PROJECT_ROOT = COMPILED ? path.resolve(CODE_ROOT, '../..') : CODE_ROOT;

/** The extension of the project's modules as they run: `worker` → `worker.ts` or `worker.js`. */
export const MODULE_EXT = COMPILED ? '.js' : '.ts';
