#!/usr/bin/env node
// The CLI runs the JavaScript that bin/build.js compiles from the TypeScript sources (built on the
// first run after a change: no build step to forget, never a stale build). Where no build can be
// written (a read-only checkout), it runs the sources through tsx's loader, as it did before.
// First, before any other code runs and before any other thread starts (see the module).
import './v8-flags.js';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt } from './build.js';

let entry;
try {
  const build = await ensureBuilt();
  entry = pathToFileURL(path.join(build, 'src/cli/main.js')).href;
  // Error stacks point into the TypeScript sources through the build's inline source maps.
  process.setSourceMapsEnabled(true);
} catch (e) {
  process.stderr.write(`sauber: no build of the sources (${e instanceof Error ? e.message.split('\n')[0] : e}); running them through tsx\n`);
  const { register } = await import('tsx/esm/api');
  register();
  entry = new URL('../src/cli/main.ts', import.meta.url).href;
}
// `sauber explain x | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
const { main } = await import(entry);
process.exitCode = await main(process.argv.slice(2));
