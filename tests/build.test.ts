// bin/build.js: the CLI's build of the TypeScript sources, made when they change and only then.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../bin/build.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A project of two modules, one importing the other, and a pipeline. */
function project(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sauber-build-'));
  dirs.push(root);
  fs.mkdirSync(path.join(root, 'src/core'), { recursive: true });
  fs.mkdirSync(path.join(root, 'pipelines'));
  fs.writeFileSync(path.join(root, 'src/core/value.ts'), 'export const value: number = 1;\n');
  fs.writeFileSync(path.join(root, 'src/main.ts'), "import { value } from './core/value.js';\nexport const twice = (): number => value * 2;\n");
  fs.writeFileSync(path.join(root, 'pipelines/lean.ts'), "import type { X } from '../src/x.js';\nexport default { name: 'lean' } satisfies Partial<X>;\n");
  return root;
}

const load = async (dir: string, file: string): Promise<Record<string, unknown>> => import(`${pathToFileURL(path.join(dir, file)).href}?t=${Date.now()}`);

describe('ensureBuilt', () => {
  it('compiles src/ and pipelines/ into dist/<hash>, imports and types resolved', async () => {
    const root = project();
    const dir = await ensureBuilt(root);
    expect(path.dirname(dir)).toBe(path.join(root, 'dist'));
    expect(((await load(dir, 'src/main.js')).twice as () => number)()).toBe(2);
    expect((await load(dir, 'pipelines/lean.js')).default).toEqual({ name: 'lean' });
  });

  it('keeps regular expressions with Unicode properties as literals, not a RegExp made on every call', async () => {
    const root = project();
    fs.writeFileSync(path.join(root, 'src/main.ts'), 'export const upper = (t: string): boolean => /^\\p{Lu}\\p{L}*$/u.test(t);\n');
    const dir = await ensureBuilt(root);
    const code = fs.readFileSync(path.join(dir, 'src/main.js'), 'utf8');
    expect(code).toContain('/^\\p{Lu}\\p{L}*$/u');
    expect(code).not.toContain('new RegExp');
    expect(((await load(dir, 'src/main.js')).upper as (t: string) => boolean)('Émile')).toBe(true);
  });

  it('reuses the build while the sources are unchanged, and makes a new one when one changes', async () => {
    const root = project();
    const first = await ensureBuilt(root);
    const stamp = fs.statSync(path.join(first, '.complete')).mtimeMs;
    expect(await ensureBuilt(root)).toBe(first);
    expect(fs.statSync(path.join(first, '.complete')).mtimeMs).toBe(stamp);
    fs.writeFileSync(path.join(root, 'src/core/value.ts'), 'export const value: number = 21;\n');
    const second = await ensureBuilt(root);
    expect(second).not.toBe(first);
    expect(((await load(second, 'src/main.js')).twice as () => number)()).toBe(42);
  });

  it('leaves no half-written build when a source does not compile, and names the file', async () => {
    const root = project();
    const good = await ensureBuilt(root);
    fs.writeFileSync(path.join(root, 'src/main.ts'), 'export const broken = (;\n');
    await expect(ensureBuilt(root)).rejects.toThrow(/main\.ts/);
    expect(fs.readdirSync(path.join(root, 'dist'))).toEqual([path.basename(good)]);
  });

  it('keeps the three newest builds', async () => {
    const root = project();
    const built: string[] = [];
    for (let v = 0; v < 5; v++) {
      fs.writeFileSync(path.join(root, 'src/core/value.ts'), `export const value: number = ${v};\n`);
      built.push(path.basename(await ensureBuilt(root)));
    }
    expect(fs.readdirSync(path.join(root, 'dist')).sort()).toEqual(built.slice(-3).sort());
  });

  it('builds once when processes start at the same time', async () => {
    const root = project();
    const dirsBuilt = await Promise.all([ensureBuilt(root), ensureBuilt(root), ensureBuilt(root)]);
    expect(new Set(dirsBuilt).size).toBe(1);
    expect(fs.readdirSync(path.join(root, 'dist'))).toEqual([path.basename(dirsBuilt[0]!)]);
  });
});
