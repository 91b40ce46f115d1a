// The CLI runs JavaScript compiled from the TypeScript sources, built here when the sources change.
//
// Why compiled: through tsx's loader the same code ran slower and larger (on the trafilatura eval
// pages, one core: about 7 % fewer pages/s on a first pass, 11 % on the second, 40 % more peak
// RSS; see the README). Why built here: no build step to forget, and never a stale build. The
// build's directory is named by a hash of the sources' contents, so a changed file makes a new
// build and two processes starting at once build the same thing (the first rename wins).
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Raised when the compiled form changes for the same sources (esbuild options, this file). */
const BUILD_FORMAT = '2';
/**
 * What esbuild may leave as written for Node 20. Its table has Node 20 without Unicode property
 * escapes (`\p{L}`), so it turned every such regex literal into a `new RegExp(…)` call made again
 * each time the code ran: in a line rule's test, once per block. Node 20 reads them (a property it
 * did not know would fail as the module loads, in every test run).
 */
const SUPPORTED = { 'regexp-unicode-property-escapes': true };
/** Directories whose TypeScript is compiled, relative to the project root (nothing else there is run from a build). */
const SOURCE_DIRS = ['src', 'pipelines'];
/** Builds kept, the newest among them: a process still running may load modules from an older one. */
const KEEP = 3;

const defaultRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(root) {
  const out = [];
  for (const dir of SOURCE_DIRS) {
    const abs = path.join(root, dir);
    if (!fs.existsSync(abs)) continue;
    for (const rel of fs.readdirSync(abs, { recursive: true })) {
      const file = path.join(dir, rel);
      if (file.endsWith('.ts') && !file.endsWith('.d.ts') && fs.statSync(path.join(root, file)).isFile()) out.push(file);
    }
  }
  return out.sort();
}

/**
 * The directory of the build of the sources under `root` (`dist/<hash>`), built first when there is
 * none yet. Throws when the sources do not compile (the message names the file).
 */
export async function ensureBuilt(root = defaultRoot) {
  const files = sourceFiles(root);
  const { transform, version } = await import('esbuild');
  const hash = createHash('sha256').update(`${BUILD_FORMAT}\0${version}\0`);
  const contents = new Map();
  for (const f of files) {
    const text = fs.readFileSync(path.join(root, f), 'utf8');
    contents.set(f, text);
    hash.update(`${f}\0${text.length}\0${text}\0`);
  }
  const id = hash.digest('hex').slice(0, 16);
  const distDir = path.join(root, 'dist');
  const target = path.join(distDir, id);
  if (fs.existsSync(path.join(target, '.complete'))) return target;

  const tmp = path.join(distDir, `.tmp-${id}-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await Promise.all(
      files.map(async (f) => {
        const out = path.join(tmp, f.replace(/\.ts$/, '.js'));
        fs.mkdirSync(path.dirname(out), { recursive: true });
        // Inline source maps: error stacks name the TypeScript line (bin/sauber.js enables them).
        const r = await transform(contents.get(f), { loader: 'ts', format: 'esm', platform: 'node', target: 'node20', supported: SUPPORTED, sourcemap: 'inline', sourcefile: path.join(root, f) });
        fs.writeFileSync(out, r.code);
      }),
    );
    fs.writeFileSync(path.join(tmp, '.complete'), `${new Date().toISOString()}\n`);
    try {
      fs.renameSync(tmp, target);
    } catch (e) {
      // Another process finished the same build first: its copy is as good as ours.
      if (!fs.existsSync(path.join(target, '.complete'))) throw e;
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  } catch (e) {
    // The build's own error is the one to report, not one from cleaning up after it.
    try {
      fs.rmSync(tmp, { recursive: true, force: true });
    } catch {}
    throw e;
  }
  prune(distDir, target);
  return target;
}

/** Drops all but the newest builds (and temporary directories older than an hour). */
function prune(distDir, keep) {
  const now = Date.now();
  const builds = [];
  for (const name of fs.readdirSync(distDir)) {
    const dir = path.join(distDir, name);
    const stat = fs.statSync(dir);
    if (name.startsWith('.tmp-')) {
      if (now - stat.mtimeMs > 3_600_000) fs.rmSync(dir, { recursive: true, force: true });
    } else if (dir !== keep && stat.isDirectory()) builds.push({ dir, t: stat.mtimeMs });
  }
  builds.sort((a, b) => b.t - a.t);
  for (const { dir } of builds.slice(KEEP - 1)) fs.rmSync(dir, { recursive: true, force: true });
}
