import fs from 'node:fs';
import path from 'node:path';
import type { Doc } from '../../src/core/doc.js';
import { loadPipeline, type ResolvedPipeline } from '../../src/runner/pipeline.js';
import { processRecord } from '../../src/runner/process.js';
import { recordsFromFile } from '../../src/stages/load/records.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SHARED = path.resolve(ROOT, '../shared');
export const RAW = path.join(ROOT, 'raw');

let nightly: Promise<ResolvedPipeline> | undefined;
export const nightlyPipeline = (): Promise<ResolvedPipeline> => (nightly ??= loadPipeline('nightly'));

/** One page file through the nightly pipeline, in memory; throws if it is rejected. */
export async function runFile(file: string, relPath = path.basename(file)): Promise<Doc> {
  const [rec] = recordsFromFile(relPath, fs.readFileSync(file));
  const outcome = await processRecord(await nightlyPipeline(), rec!);
  if (!outcome.ok) throw new Error(`${file} rejected at ${outcome.stage}: ${outcome.message}`);
  return outcome.doc;
}

/** A string of page text through the nightly pipeline. */
export async function runText(text: string, name = 'page.txt'): Promise<Doc> {
  const [rec] = recordsFromFile(name, Buffer.from(text, 'utf8'));
  const outcome = await processRecord(await nightlyPipeline(), rec!);
  if (!outcome.ok) throw new Error(`rejected at ${outcome.stage}: ${outcome.message}`);
  return outcome.doc;
}

/** Whitespace folded and NFC, as the seed scorer compares. */
export const norm = (s: string | null | undefined): string => (s ?? '').normalize('NFC').replace(/[\s\u00a0\u200b\u00ad]+/g, ' ').trim();
