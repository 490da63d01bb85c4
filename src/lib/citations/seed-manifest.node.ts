/**
 * The seeds are the site's evidence: `seeds/SHA256SUMS` pins each file byte for byte.
 * This checks a set of seed files against that manifest.
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

/** Compares seed files with the manifest; returns one readable problem per mismatch. */
export function checkSeeds(manifest: Map<string, string>, files: Map<string, Uint8Array | string>): string[] {
  const problems: string[] = [];
  if (manifest.size === 0) problems.push('seeds/SHA256SUMS lists no seeds: it must hold one "<sha256>  <file>" line per seed.');
  for (const [file, expected] of manifest) {
    const bytes = files.get(file);
    if (bytes === undefined) {
      problems.push(`seeds/${file} is missing. It is listed in seeds/SHA256SUMS; copy it back from ../shared/seeds/${file}.`);
      continue;
    }
    const actual = sha256(bytes);
    if (actual !== expected) {
      problems.push(
        `seeds/${file} has changed (sha256 ${actual.slice(0, 12)}…, expected ${expected.slice(0, 12)}…). ` +
          `Seeds must stay byte for byte as received: restore it from ../shared/seeds/${file}.`,
      );
    }
  }
  for (const file of files.keys()) {
    if (!manifest.has(file)) problems.push(`seeds/${file} is not listed in seeds/SHA256SUMS. Add its checksum, or remove the file.`);
  }
  return problems;
}
