/**
 * The theme switch: applies and remembers the reader's choice. A stored choice was applied
 * before the first paint by the inline script in <head> (src/lib/theme-init.ts); the switch
 * starts from what that script found.
 */
import { parseTheme, THEME_KEY } from '../lib/theme';

const root = document.documentElement;
const select = document.querySelector<HTMLSelectElement>('[data-theme-choice]');

if (select) {
  select.value = root.dataset['theme'] ?? 'auto';
  select.addEventListener('change', () => {
    const choice = parseTheme(select.value);
    // Applied first, then stored: blocked storage throws, and the choice still holds for this page.
    try {
      if (choice === 'auto') {
        delete root.dataset['theme'];
        localStorage.removeItem(THEME_KEY);
      } else {
        root.dataset['theme'] = choice;
        localStorage.setItem(THEME_KEY, choice);
      }
    } catch {
      // Nothing to do: see above.
    }
  });
}
