/**
 * Search as the reader types, with no delay: every keystroke starts a search at once, and a
 * search that finishes after a newer one started is dropped, so stale results never replace
 * fresh ones (a debounce would instead make every search wait).
 */

/** The outcome of a call: its value, or `stale` when a newer call started before it finished. */
export type Latest<T> = { stale: false; value: T } | { stale: true };

/**
 * Wraps an async function so that only the most recent call's result is reported as current.
 * A stale call's error is dropped with it; the current call's error is thrown.
 */
export function latestOnly<A extends unknown[], T>(fn: (...args: A) => Promise<T>): (...args: A) => Promise<Latest<T>> {
  let current = 0;
  return async (...args: A): Promise<Latest<T>> => {
    const mine = ++current;
    try {
      const value = await fn(...args);
      return mine === current ? { stale: false, value } : { stale: true };
    } catch (error) {
      if (mine !== current) return { stale: true };
      throw error;
    }
  };
}
