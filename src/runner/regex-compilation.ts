import v8 from 'node:v8';

/**
 * Regular expressions compile straight to machine code on their first use. By default V8 first
 * compiles a regex to bytecode for its interpreter and compiles it again to machine code once it
 * runs a second time; the pipeline runs each of its some 470 expressions on thousands of blocks,
 * so the bytecode is always thrown away after a use or two. Skipping it cut the first 75 pages of
 * the trafilatura set from about 1.9 to 1.6 s (README, *Evaluation and speed*). A V8 flag, read
 * when a regex is compiled (lazily, on its first run), so setting it while the modules load is in
 * time; imported first by the pipeline.
 */
v8.setFlagsFromString('--no-regexp-tier-up');
