#!/usr/bin/env node
// The CLI runs the TypeScript sources through tsx's loader: no build step, never a stale build.
import { register } from 'tsx/esm/api';

register();
// `sauber explain x | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
