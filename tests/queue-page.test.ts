import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPipeline, type ResolvedPipeline } from '../src/runner/pipeline.js';
import { jobIdFor, PageJobSchema, type PageJob } from '../src/queue/jobs.js';
import { PermanentJobError, processPage } from '../src/queue/process-page.js';

// What a queue worker does with one job, without Redis: the job-level failures (retried or
// permanent) and the document-level rejections (results, never retried).

describe('queue: one page job', () => {
  let root: string;
  let pipeline: ResolvedPipeline;
  let job: (file: string) => PageJob;
  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sauber-qpage-'));
    fs.mkdirSync(path.join(root, 'in'));
    fs.writeFileSync(path.join(root, 'secret.txt'), 'Nicht lesen: diese Datei liegt ausserhalb des Eingabeverzeichnisses.');
    fs.writeFileSync(path.join(root, 'in', 'feed.jsonl'), '{"id":"x","text":"Berlin (dpa) – Der Bundestag hat am Dienstag den Haushalt beschlossen, nach langer Debatte."}\n{oops\n');
    pipeline = await loadPipeline('nightly');
    job = (file) => ({ run: 'r1', input: path.join(root, 'in'), file, out: path.join(root, 'out'), state: path.join(root, 'out', '.sauber'), pipeline: 'nightly', pipelineHash: pipeline.hash });
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('writes the articles of a file and returns its rejected documents as results', async () => {
    const r = await processPage(job('feed.jsonl'), pipeline);
    expect(r.documents).toBe(2);
    expect(r.articles).toBe(1);
    expect(r.rejected).toEqual([expect.objectContaining({ run: 'r1', id: 'feed/2', path: 'feed.jsonl', record: 2, stage: 'load', code: 'invalid-json' })]);
    const article = JSON.parse(fs.readFileSync(path.join(root, 'out', 'feed', '1-x.json'), 'utf8')) as { id: string };
    expect(article.id).toBe('feed/1-x');
  });

  it('refuses for good a job whose file lies outside its input directory', async () => {
    await expect(processPage(job('../secret.txt'), pipeline)).rejects.toBeInstanceOf(PermanentJobError);
    await expect(processPage(job('/etc/passwd'), pipeline)).rejects.toBeInstanceOf(PermanentJobError);
    expect(fs.existsSync(path.join(root, 'secret.json'))).toBe(false);
  });

  it('fails (to be retried) when the file is missing or the pipeline differs from the enqueuer’s', async () => {
    await expect(processPage(job('missing.txt'), pipeline)).rejects.toThrow(/ENOENT/);
    await expect(processPage({ ...job('feed.jsonl'), pipelineHash: 'another' }, pipeline)).rejects.toThrow(/same sauber version/);
  });

  it('checks the shape of job data and gives one job id per run and file', () => {
    expect(PageJobSchema.safeParse({ ...job('a.txt'), extra: 1 }).success).toBe(false);
    expect(PageJobSchema.safeParse({ ...job('a.txt'), file: '' }).success).toBe(false);
    expect(jobIdFor('r1', 'a.txt')).toBe(jobIdFor('r1', 'a.txt'));
    expect(jobIdFor('r1', 'a.txt')).not.toBe(jobIdFor('r2', 'a.txt'));
    expect(jobIdFor('r1', 'a.txt')).toMatch(/^[0-9a-f]{32}$/);
  });
});
