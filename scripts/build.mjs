// Runs `astro build` and fails when the log has an [ERROR] line. Astro only logs some
// content errors (such as a reference() to a missing entry) and still exits 0.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = ['build', ...process.argv.slice(2)];
// No telemetry: the build runs offline and sends nothing anywhere.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const child = spawn(process.execPath, [fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url)), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
const errors = [];
for (const stream of [child.stdout, child.stderr]) {
  stream.on('data', (chunk) => {
    const text = chunk.toString();
    (stream === child.stdout ? process.stdout : process.stderr).write(text);
    for (const line of text.split('\n')) if (/\[ERROR\]/.test(line)) errors.push(line.trim());
  });
}
child.on('close', (code) => {
  if (code !== 0) process.exit(code ?? 1);
  if (errors.length > 0) {
    console.error(`\nThe build logged ${errors.length} error line(s); treating the build as failed:\n${errors.join('\n')}`);
    process.exit(1);
  }
});
