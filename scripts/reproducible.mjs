// Builds the site twice from the same commit and compares every file: the build must be
// reproducible (same input, same bytes), or caches, diffs and reviews all lie.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outs = ['.repro/a', '.repro/b'].map((d) => join(root, d));

function hashes(dir) {
  const map = new Map();
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else map.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return map;
}

for (const out of outs) {
  rmSync(out, { recursive: true, force: true });
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--outDir', out], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status !== 0) {
    console.error(`Build into ${out} failed.`);
    process.exit(1);
  }
}
const [a, b] = outs.map(hashes);
const differ = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
rmSync(join(root, '.repro'), { recursive: true, force: true });
if (differ.length > 0) {
  console.error(`The two builds differ in ${differ.length} file(s):\n${differ.map((f) => `  ${f}`).join('\n')}`);
  console.log(`reproducible: 0 passed, 1 failed`);
  process.exit(1);
}
console.log(`Two builds from the same sources are identical: ${a.size} files.`);
console.log(`reproducible: 1 passed, 0 failed`);
