import type { Command } from 'commander';
import { STAGES } from '../../runner/registry.js';

export function registerRules(program: Command): void {
  program
    .command('rules')
    .description('List the rules of every stage (or one) with their ids and descriptions')
    .argument('[stage]', 'only this stage')
    .action((stageId?: string) => {
      for (const s of STAGES.values()) {
        if (stageId && s.id !== stageId) continue;
        process.stdout.write(`${s.id} (v${s.version}): ${s.description}\n`);
        for (const r of s.rules) process.stdout.write(`  ${r.id.padEnd(34)} ${r.description}\n`);
      }
    });
}
