import { Command, CommanderError } from 'commander';
import { ConfigError } from '../runner/pipeline.js';
import { registerEnqueue } from './commands/enqueue.js';
import { registerBench } from './commands/bench.js';
import { registerEval } from './commands/eval.js';
import { registerExplain } from './commands/explain.js';
import { registerRules } from './commands/rules.js';
import { registerRun } from './commands/run.js';
import { registerSchema } from './commands/schema.js';
import { registerStage } from './commands/stage.js';
import { registerWorker } from './commands/worker.js';
import { cliState, EXIT, UsageError } from './shared.js';

export { EXIT } from './shared.js';

/** One registration per command file in ./commands. */
const COMMANDS = [registerRun, registerStage, registerExplain, registerEval, registerBench, registerRules, registerSchema, registerEnqueue, registerWorker];

export async function main(argv: string[]): Promise<number> {
  cliState.code = EXIT.ok;
  const program = new Command()
    .name('sauber')
    .description('Scraped pages in, clean structured articles out, with the rule id of every removal.')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of COMMANDS) register(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (e instanceof UsageError || e instanceof ConfigError) {
      process.stderr.write(`sauber: ${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
  return cliState.code;
}
