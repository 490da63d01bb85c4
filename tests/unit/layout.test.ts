/**
 * Where code runs, as the file names say: a module that needs Node is named *.node.ts (or lives in
 * src/integrations/, which only the build runs), and no module the browser loads reaches one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const src = join(root, 'src');

/** Every source file under src/, as paths relative to the project root. */
const files = readdirSync(src, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.(ts|mjs|astro)$/.test(e.name))
  .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'))
  .sort();

/** The import specifiers of a file (static imports, re-exports and dynamic imports). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
}

/** The project file a relative specifier names, or undefined for a package or a missing file. */
function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(root, dirname(from), spec.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`]) {
    const rel = relative(root, candidate).split('\\').join('/');
    if (files.includes(rel)) return rel;
  }
  return undefined;
}

const needsNode = (file: string) => file.endsWith('.node.ts') || file.startsWith('src/integrations/');

describe('where code runs', () => {
  it('finds the tree to check', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files).toContain('src/scripts/actions.ts');
  });

  it('names every module that imports a Node built-in *.node.ts, unless only the build runs it', () => {
    const offenders = files.filter((f) => importsOf(f).some((s) => s.startsWith('node:')) && !needsNode(f));
    expect(offenders).toEqual([]);
  });

  it('spells an import of a *.node module with its .ts ending, which Node would otherwise take for a native addon', () => {
    const offenders = files.flatMap((f) =>
      importsOf(f)
        .filter((s) => /\.node$/.test(s))
        .map((s) => `${f}: ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps every module the browser loads (src/scripts/) clear of Node: no *.node.ts and no node: import, however indirect', () => {
    const seen = new Set<string>();
    const stack = files.filter((f) => f.startsWith('src/scripts/'));
    const reached: string[] = [];
    while (stack.length > 0) {
      const file = stack.pop() ?? '';
      if (seen.has(file)) continue;
      seen.add(file);
      for (const spec of importsOf(file)) {
        if (spec.startsWith('node:')) reached.push(`${file} imports ${spec}`);
        const target = resolveImport(file, spec);
        if (!target) continue;
        if (needsNode(target)) reached.push(`${file} imports ${target}`);
        stack.push(target);
      }
    }
    expect(seen.size).toBeGreaterThan(10);
    expect(reached).toEqual([]);
  });
});
