import type { Command } from 'commander';
import type { Doc } from '../../core/doc.js';
import { articlePath, defaultState } from '../../runner/batch.js';
import { writeFileAtomic } from '../../runner/files.js';
import { loadPipeline, maxBytesOf, stageIndex } from '../../runner/pipeline.js';
import { outputsSource } from '../../runner/process.js';
import { StateDir } from '../../runner/state.js';
import { docFromRecord } from '../../stages/load/index.js';
import { recordsFor, UsageError } from '../shared.js';

export function registerStage(program: Command): void {
  program
    .command('stage')
    .description('Run one stage on one page, from the saved output of the stage before it; print the result')
    .argument('<stage>', 'stage id (load, blocks, strip, language, dates, structure, validate)')
    .argument('<doc>', 'a page file, or a document id under --in')
    .option('--in <dir>', 'input directory the document id is relative to', 'raw')
    .option('--out <dir>', 'output directory of the run whose saved outputs to use', 'clean')
    .option('--state <dir>', 'state directory (default <out>/.sauber)')
    .option('--pipeline <name>', 'pipeline name or path', 'nightly')
    .option('--write', 'save the stage output (and the article, for the last stage) as a run would')
    .action(async (stageId: string, doc: string, o: { in: string; out: string; state?: string; pipeline: string; write?: boolean }) => {
      const pipeline = await loadPipeline(o.pipeline);
      const i = stageIndex(pipeline, stageId);
      const state = new StateDir(o.state ?? defaultState(o.out));
      for await (const rec of recordsFor(doc, o.in, maxBytesOf(pipeline))) {
        if (rec.error) throw new UsageError(`${rec.id}: ${rec.error.message}`);
        // Read when there is an output to start from or to keep beside the one --write saves.
        const outputs = await state.outputs(rec.id, outputsSource(pipeline, rec), i > 0 || !!o.write);
        let input: Doc;
        if (i === 0) input = docFromRecord(rec);
        else {
          const saved = await outputs.load(i - 1, pipeline.steps[i - 1]!);
          // A run skips a page it has seen unchanged, saved outputs or not (the lean pipeline saves none).
          if (!('doc' in saved)) throw new UsageError(`${saved.missing}; run \`sauber run --pipeline ${pipeline.name} --force\` over it first (without --force an unchanged page is skipped)`);
          input = saved.doc;
        }
        const step = pipeline.steps[i]!;
        const out = await step.stage.run(input, step.options, { previous: pipeline.steps.slice(0, i).map((s) => s.stage.id) });
        if (o.write) {
          // The other stages' outputs stay as they were, as a run from this stage would not leave them.
          outputs.put(i, step, out);
          await outputs.write(pipeline.debug);
          if (i === pipeline.steps.length - 1 && out.article) await writeFileAtomic(articlePath(o.out, rec.id), JSON.stringify(out.article, null, 2) + '\n');
        }
        process.stdout.write(JSON.stringify({ stage: step.stage.id, version: step.stage.version, fingerprint: step.fingerprint, doc: out }, null, 2) + '\n');
      }
    });
}
