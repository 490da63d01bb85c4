/**
 * The real seeds on disk: they must match seeds/SHA256SUMS byte for byte. (The comparison with
 * the copies received in ../shared/seeds/ is .ci/run's: a unit test reads nothing outside the
 * repository.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSeeds, parseManifest, sha256 } from '../../../src/lib/citations/seed-manifest.node.ts';
import { SEED_PINS } from '../../../src/lib/citations/seed-pins';

const seedDir = fileURLToPath(new URL('../../../seeds/', import.meta.url));

const manifest = parseManifest(readFileSync(`${seedDir}SHA256SUMS`, 'utf8'));
const seedFiles = readdirSync(seedDir)
  .filter((name) => name.endsWith('.txt'))
  .sort();
const seeds = new Map(seedFiles.map((name) => [name, readFileSync(`${seedDir}${name}`)]));

describe('checkSeeds on the project seeds', () => {
  it('finds every seed listed in SHA256SUMS present and unchanged, and none unlisted', () => {
    expect(checkSeeds(manifest, seeds)).toEqual([]);
  });

  it('finds exactly five seeds, all listed in the manifest', () => {
    expect(seedFiles).toHaveLength(5);
    expect(manifest.size).toBe(5);
    expect([...manifest.keys()].sort()).toEqual(seedFiles);
  });

  it('finds each seed hashing to its manifest entry', () => {
    for (const [name, bytes] of seeds) expect(sha256(bytes), name).toBe(manifest.get(name));
  });

  it('finds seeds/SHA256SUMS listing exactly the hashes the code pins', () => {
    expect(Object.fromEntries(manifest)).toEqual(SEED_PINS);
  });

  it('finds the seeds on disk matching the pins in the code', () => {
    expect(checkSeeds(new Map(Object.entries(SEED_PINS)), seeds)).toEqual([]);
  });
});
