import type { Command } from 'commander';
import { loadPipeline, maxBytesOf } from '../../runner/pipeline.js';
import { processRecord } from '../../runner/process.js';
import { explainDoc, explainRows } from '../explain-format.js';
import { cliState, EXIT, recordsFor } from '../shared.js';

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('Show every line of a page with its fate: kept as what, or removed by which rule')
    .argument('<doc>', 'a page file, or a document id under --in')
    .option('--in <dir>', 'input directory the document id is relative to', 'raw')
    .option('--pipeline <name>', 'pipeline name or path', 'nightly')
    .option('--removed', 'only the removed lines')
    .option('--json', 'one JSON object per line')
    .option('--url <url>', "the page's address where the file does not carry it (a text dump): its date and slug are evidence")
    .action(async (doc: string, o: { in: string; pipeline: string; removed?: boolean; json?: boolean; url?: string }) => {
      const pipeline = await loadPipeline(o.pipeline);
      for await (const rec of recordsFor(doc, o.in, maxBytesOf(pipeline))) {
        // A record's own address (JSON, WARC) wins: --url is for files that have none.
        if (o.url && !rec.source.url) rec.source.url = o.url;
        const outcome = await processRecord(pipeline, rec);
        if (!outcome.ok) {
          process.stdout.write(`${rec.id}: rejected at stage ${outcome.stage} [${outcome.code}]: ${outcome.message}\n`);
          cliState.code = EXIT.failures;
          continue;
        }
        if (o.json) for (const r of explainRows(outcome.doc)) process.stdout.write(JSON.stringify({ doc: rec.id, ...r }) + '\n');
        else process.stdout.write(explainDoc(outcome.doc, { onlyRemoved: !!o.removed }));
      }
    });
}
