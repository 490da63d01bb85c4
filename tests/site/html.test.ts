/** The Nu Html Checker (vnu.jar, Java 17) over every built page: no errors, no duplicate ids. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const vnu = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');

/** Runs the checker on a folder or file and returns its errors as "<file>:<line>: <message>". */
function check(target: string): string[] {
  const run = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', '--skip-non-html', target], { encoding: 'utf8' });
  if (run.error) throw new Error(`The Nu Html Checker needs Java 17: ${run.error.message}`);
  // vnu writes its JSON report to standard error.
  const report = JSON.parse(run.stderr) as { messages: { url: string; message: string; lastLine?: number }[] };
  return report.messages.map((m) => `${m.url.replace(/^.*\/(dist|tmp[^/]*)\//, '/')}:${m.lastLine ?? '?'}: ${m.message}`);
}

describe('HTML', () => {
  it('the checker reports errors in known-bad HTML (so a clean result means something)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
    writeFileSync(
      join(dir, 'bad.html'),
      '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div>x</div></p><a id="a"></a><a id="a"></a></body></html>',
    );
    const errors = check(dir);
    expect(errors.some((e) => e.includes('Duplicate ID'))).toBe(true);
    expect(errors.length).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it('every page of dist/ passes the Nu Html Checker with no errors', () => {
    expect(check(join(root, 'dist'))).toEqual([]);
  }, 120_000);
});
