// Golden files: the article of every seed page, reviewed as a diff when it changes on purpose.
// Update with `UPDATE_GOLDEN=1 npx vitest run tests/golden.test.ts`, then read `git diff tests/golden`.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RAW, ROOT, runFile } from './helpers/pipeline.js';

const GOLDEN = path.join(ROOT, 'tests/golden');
const update = process.env['UPDATE_GOLDEN'] === '1';

describe('golden articles of the seed pages', () => {
  for (const file of fs.readdirSync(RAW).filter((f) => f.endsWith('.txt')).sort()) {
    it(file, async () => {
      const doc = await runFile(path.join(RAW, file));
      const actual = JSON.stringify(doc.article, null, 2) + '\n';
      const target = path.join(GOLDEN, file.replace(/\.txt$/, '.json'));
      if (update) {
        fs.mkdirSync(GOLDEN, { recursive: true });
        fs.writeFileSync(target, actual);
      }
      expect(fs.existsSync(target), `missing golden file ${target}: run UPDATE_GOLDEN=1`).toBe(true);
      expect(actual).toBe(fs.readFileSync(target, 'utf8'));
    });
  }
});

describe('clean/ holds the current articles of raw/', () => {
  for (const file of fs.readdirSync(RAW).filter((f) => f.endsWith('.txt')).sort()) {
    it(file, async () => {
      const doc = await runFile(path.join(RAW, file));
      const committed = path.join(ROOT, 'clean', file.replace(/\.txt$/, '.json'));
      expect(fs.readFileSync(committed, 'utf8'), 'clean/ is stale: run `npm run clean:run`').toBe(JSON.stringify(doc.article, null, 2) + '\n');
    });
  }
});
