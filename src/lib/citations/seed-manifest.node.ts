/**
 * The seeds are the site's evidence, pinned byte for byte by their hashes (seed-pins.ts). This
 * checks a set of seed files against the pins, and reads `seeds/SHA256SUMS`, the same hashes
 * written for `sha256sum -c`.
 */
import { createHash } from 'node:crypto';

/** The hex SHA-256 of some bytes. */
export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Parses `sha256sum` output: one `<hex>  <file>` line per seed. */
export function parseManifest(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.trim());
    if (m?.[1] && m[2]) entries.set(m[2], m[1]);
  }
  return entries;
}

/**
 * Compares the seed files with their pins (file name → SHA-256); returns one readable problem per
 * changed, missing or added file. The seeds never change, so every message says to restore them.
 */
export function checkSeeds(pins: ReadonlyMap<string, string>, files: ReadonlyMap<string, Uint8Array | string>): string[] {
  const problems: string[] = [];
  if (pins.size === 0) problems.push('no seed is pinned: every source must be pinned by its SHA-256 in src/lib/citations/seed-pins.ts.');
  for (const [file, expected] of pins) {
    const bytes = files.get(file);
    if (bytes === undefined) {
      problems.push(
        `seeds/${file} is missing. It is one of the site's sources: copy it back, byte for byte, from the copy received (../shared/seeds/${file}).`,
      );
      continue;
    }
    const actual = sha256(bytes);
    if (actual !== expected) {
      problems.push(
        `seeds/${file} has changed (sha256 ${actual.slice(0, 12)}…, expected ${expected.slice(0, 12)}…). ` +
          `Seeds must stay byte for byte as received: restore it from ../shared/seeds/${file}. The expected hashes are fixed in the site's code.`,
      );
    }
  }
  for (const file of files.keys()) {
    if (!pins.has(file)) problems.push(`seeds/${file} is not one of the site's sources, which are fixed in its code: remove the file.`);
  }
  return problems;
}
