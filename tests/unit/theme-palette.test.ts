/**
 * The reader's theme switch repeats the site's light and dark colours under
 * :root[data-theme='light'] and :root[data-theme='dark'] (src/styles/reading.css, and code.css for code samples). These tests
 * fail when a colour is added or changed for the system's light or dark mode and not for the
 * switch, so a reader who chose a theme never sees a mix of the two.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Palette = Map<string, string>;

/** Custom properties declared directly in each rule, keyed by the rule's at-rule context and selector. */
function rules(css: string): { context: string; selector: string; props: Palette }[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const found: { context: string; selector: string; props: Palette }[] = [];
  const stack: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') {
      stack.push(text.slice(start, i).trim());
      start = i + 1;
    } else if (c === '}') {
      const selector = stack.pop() ?? '';
      const body = text.slice(start, i);
      const props: Palette = new Map();
      for (const m of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);?/g)) props.set(m[1] ?? '', (m[2] ?? '').trim());
      found.push({ context: stack.filter((s) => s.startsWith('@')).join(' '), selector, props });
      start = i + 1;
    } else if (c === ';' && stack.length === 0) {
      start = i + 1;
    }
  }
  return found;
}

const read = (name: string) => readFileSync(new URL(`../../src/styles/${name}`, import.meta.url), 'utf8');
const all = ['global.css', 'reading.css', 'code.css'].flatMap((name) => rules(read(name)));
const collect = (pick: (r: { context: string; selector: string }) => boolean): Palette =>
  new Map(all.filter(pick).flatMap((r) => [...r.props]));

const systemLight = collect((r) => r.selector === ':root' && r.context === '');
const systemDark = collect((r) => r.selector === ':root' && r.context === '@media (prefers-color-scheme: dark)');
const chosenLight = collect((r) => r.selector === ":root[data-theme='light']");
const chosenDark = collect((r) => r.selector === ":root[data-theme='dark']");

describe('the theme switch palettes', () => {
  it('finds both the system palettes and the chosen ones', () => {
    expect(systemDark.size).toBeGreaterThan(5);
    expect(chosenDark.size).toBeGreaterThan(5);
  });

  it('gives a chosen dark theme every dark colour the system dark mode has, with the same value', () => {
    for (const [name, value] of systemDark) expect(chosenDark.get(name), `${name} in :root[data-theme='dark']`).toBe(value);
  });

  it('gives a chosen light theme the light value of every colour that dark mode changes', () => {
    for (const name of systemDark.keys()) expect(chosenLight.get(name), `${name} in :root[data-theme='light']`).toBe(systemLight.get(name));
  });

  it('declares nothing in the chosen themes that the system themes lack', () => {
    expect([...chosenDark.keys()].filter((n) => !systemDark.has(n))).toEqual([]);
    expect([...chosenLight.keys()].filter((n) => !systemDark.has(n))).toEqual([]);
  });
});
