// Sets the V8 flags of bin/v8-flags.json in the CLI's process (bin/sauber.js imports this first).
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';

/**
 * V8 flags that shorten the warm-up of a pipeline process: a pass over the 745 pages of the
 * trafilatura set spends a third of its time in it (README, *Evaluation and speed*). Set once, as
 * the first thing a process does: the CLI imports this module first. Not from the pipeline's
 * modules, which worker threads, tests and tsx's loader thread run beside other threads: V8 flags
 * belong to the whole process, and Node warns that changing them while code runs is undefined
 * behaviour. A test's child process that
 * set them on loading the pipeline, with tsx's loader thread running beside it, died of a signal
 * twice (SIGSEGV the second time, before its first page; tests/robustness-stream.test.ts).
 *
 * - `--no-regexp-tier-up`: a regex compiles straight to machine code on its first use. By default
 *   V8 first compiles it to bytecode for its interpreter and again to machine code once it runs a
 *   second time; each of the pipeline's some 470 expressions runs on thousands of blocks, so that
 *   bytecode is always thrown away after a use or two.
 * - `--max-inlined-bytecode-size-cumulative=100` (V8's default: 920): the optimizing compiler
 *   inlines less into a hot function. Its compile time is the larger part of the warm-up (about
 *   2.0 s of a 7 s first pass, traced with `--trace-opt`), and a function that inlined much
 *   (the strip loop, the article builder) recompiled again and again as new pages broke the
 *   assumptions of what it had inlined. With the cap, a first pass compiled for about 1 s, and a
 *   warm pass runs as fast as before.
 * - `--max-optimized-bytecode-size=1600` (V8's default: 60 KB): a function of more bytecode than
 *   this is never compiled by the optimizing compiler. The ones above it run once per page
 *   (pageMetadata, the structure stage's run, htmlPage, zod's object parse) and took it 45 to
 *   110 ms each to compile; their loops call small functions, which are still optimized. The
 *   largest functions a page runs hot, the walk's open (about 1,060 bytes) and rankLanguages
 *   (about 1,370), stay under it: a function grown past it is no longer optimized.
 */
const V8_FLAGS = JSON.parse(readFileSync(new URL('./v8-flags.json', import.meta.url), 'utf8'));

// `sauber bench` gives its sauber process the same flags (v8-flags.json) on its command line
// instead, where V8 reads them before it starts: set at run time, even from a module preloaded with
// --import, a bench worker died of SIGSEGV once in a CI run (tests/cli.test.ts).
for (const flag of V8_FLAGS) v8.setFlagsFromString(flag);
