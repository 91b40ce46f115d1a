// Sets the V8 flags of bin/v8-flags.json in the CLI's process (bin/sauber.js imports this first).
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';

/**
 * V8 flags that shorten the warm-up of a pipeline process (a pass over the 745 pages of the
 * trafilatura set spends a third of its time in it), and one that keeps a page's objects from
 * being allocated in the old generation (pretenuring). What each flag does and what it was measured
 * to gain: README, *Evaluation and speed*. Set once, as the first thing a process does: the CLI
 * imports this module first. Not from the pipeline's modules, which worker threads, tests and
 * tsx's loader thread run beside other threads: V8 flags belong to the whole process, and Node
 * warns that changing them while code runs is undefined behaviour. A test's child process that
 * set them on loading the pipeline, with tsx's loader thread running beside it, died of a signal
 * twice (SIGSEGV the second time, before its first page; tests/robustness-stream.test.ts).
 *
 * `--max-optimized-bytecode-size` keeps the optimizing compiler off functions of more bytecode:
 * the hot ones must stay under it, the large ones run once per page above it
 * (tests/v8-flags.test.ts reads their sizes).
 */
const V8_FLAGS = JSON.parse(readFileSync(new URL('./v8-flags.json', import.meta.url), 'utf8'));

// `sauber bench` gives its sauber process the same flags (v8-flags.json) on its command line
// instead, where V8 reads them before it starts: set at run time, even from a module preloaded with
// --import, a bench worker died of SIGSEGV once in a CI run (tests/cli.test.ts).
for (const flag of V8_FLAGS) v8.setFlagsFromString(flag);
