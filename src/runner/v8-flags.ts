import v8 from 'node:v8';

/**
 * V8 flags that shorten the warm-up of a pipeline process: a pass over the 745 pages of the
 * trafilatura set spends a third of its time in it (README, *Evaluation and speed*). Both are read
 * when code is compiled (a regex on its first run, a function when it gets hot), so setting them
 * while the modules load is in time; imported first by the pipeline.
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
 */
v8.setFlagsFromString('--no-regexp-tier-up');
v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=100');
