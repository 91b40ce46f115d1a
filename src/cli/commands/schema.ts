import type { Command } from 'commander';
import { articleJsonSchema } from '../../stages/validate/schema.js';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('Print the article JSON Schema')
    .action(() => {
      process.stdout.write(JSON.stringify(articleJsonSchema(), null, 2) + '\n');
    });
}
