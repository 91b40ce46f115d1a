import { describe, expect, it } from 'vitest';
import { ConfigError, loadPipeline, resolvePipeline } from '../src/runner/pipeline.js';
import nightly from '../pipelines/nightly.js';

describe('pipelines as data', () => {
  it('resolves the nightly pipeline with every stage in order', async () => {
    const p = await loadPipeline('nightly');
    expect(p.steps.map((s) => s.stage.id)).toEqual(['load', 'blocks', 'strip', 'language', 'dates', 'structure', 'validate']);
    expect(p.persist).toBe('all');
  });

  it('has other pipelines by name (debug keeps explanations, lean persists nothing)', async () => {
    expect((await loadPipeline('debug')).debug).toBe(true);
    expect((await loadPipeline('lean')).persist).toBe('none');
  });

  it('switches a stage off', () => {
    const p = resolvePipeline({ ...nightly, stages: nightly.stages.map((s) => (s.id === 'dates' ? { ...s, enabled: false } : s)) });
    expect(p.steps.map((s) => s.stage.id)).not.toContain('dates');
  });

  it('rejects an unknown stage, bad options and a pipeline that does not start with load', async () => {
    expect(() => resolvePipeline({ ...nightly, stages: [...nightly.stages, { id: 'nope' }] })).toThrow(ConfigError);
    expect(() => resolvePipeline({ ...nightly, stages: nightly.stages.map((s) => (s.id === 'load' ? { ...s, options: { maxBytes: -1 } } : s)) })).toThrow(/maxBytes/);
    expect(() => resolvePipeline({ ...nightly, stages: nightly.stages.slice(1) })).toThrow(/first enabled stage/);
    await expect(loadPipeline('no-such-pipeline')).rejects.toThrow(ConfigError);
  });

  it('changes the fingerprint of a stage, and only of that stage, when its options change', () => {
    const a = resolvePipeline(nightly);
    const b = resolvePipeline({ ...nightly, stages: nightly.stages.map((s) => (s.id === 'strip' ? { ...s, options: { disable: ['strip/repeated-line'] } } : s)) });
    const changed = a.steps.filter((s, i) => s.fingerprint !== b.steps[i]!.fingerprint).map((s) => s.stage.id);
    expect(changed).toEqual(['strip']);
    expect(a.hash).not.toBe(b.hash);
  });
});
