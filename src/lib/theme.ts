/**
 * The reader's colour theme: "auto" follows the system, "light" and "dark" are the reader's own
 * choice, kept in localStorage (src/scripts/theme-switch.ts). theme-init.ts applies it before the first paint.
 */

/** The localStorage key that holds the reader's choice. */
export const THEME_KEY = 'theme';

/** The themes a reader can choose. */
export const THEME_CHOICES = ['auto', 'light', 'dark'] as const;

/** A reader's theme choice. */
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** Reads a stored value as a choice; anything unknown (or nothing) means "auto". */
export function parseTheme(value: unknown): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'auto';
}
