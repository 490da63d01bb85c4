/** SHA256SUMS: the checksum of every file, in the format `sha256sum -c` reads. */
import { createHash } from 'node:crypto';

/** The SHA256SUMS text of `files`: "<hex>  <path>" a line, sorted by path so the text is reproducible. */
export function sha256Sums(files: readonly { path: string; data: Uint8Array }[]): string {
  return [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => `${createHash('sha256').update(f.data).digest('hex')}  ${f.path}\n`)
    .join('');
}

/**
 * The lines of a SHA256SUMS text that `read` does not match: a file missing or different. Empty
 * when every file verifies, as `sha256sum -c` would say.
 */
export function failedSums(sums: string, read: (path: string) => Uint8Array | undefined): string[] {
  const failed: string[] = [];
  for (const line of sums.split('\n')) {
    if (line === '') continue;
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!m) {
      failed.push(`unreadable line: ${line}`);
      continue;
    }
    const data = read(m[2]!);
    if (data === undefined) failed.push(`${m[2]}: missing`);
    else if (createHash('sha256').update(data).digest('hex') !== m[1]) failed.push(`${m[2]}: differs`);
  }
  return failed;
}
