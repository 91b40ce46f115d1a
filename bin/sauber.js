#!/usr/bin/env node
// The CLI runs the JavaScript that bin/build.js compiles from the TypeScript sources (built on the
// first run after a change: no build step to forget, never a stale build).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt } from './build.js';

const build = await ensureBuilt();
// Error stacks point into the TypeScript sources through the build's inline source maps.
process.setSourceMapsEnabled(true);
// `sauber explain x | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
const { main } = await import(pathToFileURL(path.join(build, 'src/cli/main.js')).href);
process.exitCode = await main(process.argv.slice(2));
