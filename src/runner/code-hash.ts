// A stage's code, hashed: its module and every module it imports (relative imports, followed
// recursively). In the step fingerprint, so that editing a stage's code (not only its rules or
// version) makes its saved outputs and the articles made from them stale.
import fs from 'node:fs';
import path from 'node:path';
import { sha256 } from '../core/hash.js';
import { PROJECT_ROOT } from '../core/runtime.js';

// The TypeScript sources, also when the compiled build runs: the hash is the same either way.
const STAGES_DIR = path.join(PROJECT_ROOT, 'src/stages');
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
const cache = new Map<string, string | null>();

/** `./x.js` in TypeScript sources means `./x.ts`. */
const resolveImport = (from: string, spec: string): string | null => {
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, path.join(base, 'index.ts')]) if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  return null;
};

/** Hash of the files reachable from `entry`; null when the entry does not exist (no sources). */
export function closureHash(entry: string): string | null {
  if (cache.has(entry)) return cache.get(entry)!;
  if (!fs.existsSync(entry)) {
    cache.set(entry, null);
    return null;
  }
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const dep = resolveImport(file, m[1]!);
      if (dep && !seen.has(dep)) queue.push(dep);
    }
  }
  const files = [...seen].sort();
  const h = sha256(files.map((f) => `${path.relative(STAGES_DIR, f)}\n${sha256(fs.readFileSync(f))}`).join('\n')).slice(0, 16);
  cache.set(entry, h);
  return h;
}

/** The code hash of stage `id` (`src/stages/<id>/index.ts` and its imports), or null. */
export const stageCodeHash = (id: string): string | null => closureHash(path.join(STAGES_DIR, id, 'index.ts'));
