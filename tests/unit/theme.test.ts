import { describe, expect, it } from 'vitest';
import { parseTheme, THEME_KEY } from '../../src/lib/theme';
import { THEME_INIT_SCRIPT } from '../../src/lib/theme-init';

describe('parseTheme', () => {
  it('reads a stored light or dark choice', () => {
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme('dark')).toBe('dark');
  });

  it('treats anything else, or nothing, as following the system', () => {
    for (const v of [null, undefined, '', 'Dark', 'sepia', 1]) expect(parseTheme(v)).toBe('auto');
  });
});

describe('THEME_INIT_SCRIPT', () => {
  /** Runs the inline script against a stand-in document and storage. */
  function run(stored: string | null, throws = false) {
    const classes = new Set<string>();
    const root = { classList: { add: (c: string) => classes.add(c) }, dataset: {} as Record<string, string> };
    const storage = {
      getItem: (key: string) => {
        if (throws) throw new Error('blocked');
        return key === THEME_KEY ? stored : null;
      },
    };
    new Function('document', 'localStorage', THEME_INIT_SCRIPT)({ documentElement: root }, storage);
    return { classes, theme: root.dataset['theme'] };
  }

  it('applies a stored choice and marks the document as scripted', () => {
    expect(run('dark')).toEqual({ classes: new Set(['js']), theme: 'dark' });
    expect(run('light').theme).toBe('light');
  });

  it('leaves the theme to the system when nothing valid is stored', () => {
    expect(run(null).theme).toBeUndefined();
    expect(run('<img>').theme).toBeUndefined();
  });

  it('survives storage that throws', () => {
    expect(run('dark', true)).toEqual({ classes: new Set(['js']), theme: undefined });
  });

  it('is short enough to inline on every page', () => {
    expect(THEME_INIT_SCRIPT.length).toBeLessThan(200);
  });
});
