/**
 * Search as the reader types, with no delay: every keystroke starts a search at once, and a
 * search that a newer one overtakes is dropped, so stale results never replace fresh ones (a
 * debounce would instead make every search wait). The dropped search is told through its
 * AbortSignal, so it can skip work it has not started yet.
 */

/** The outcome of a call: its value, or `stale` when a newer call started before it finished. */
export type Latest<T> = { stale: false; value: T } | { stale: true };

/**
 * Wraps an async function so that only the most recent call's result is reported as current.
 * Each call aborts the signal of the call before it. A stale call's error is dropped with it;
 * the current call's error is thrown.
 */
export function latestOnly<A, T>(fn: (arg: A, signal: AbortSignal) => Promise<T>): (arg: A) => Promise<Latest<T>> {
  let previous: AbortController | undefined;
  return async (arg: A): Promise<Latest<T>> => {
    previous?.abort();
    const mine = new AbortController();
    previous = mine;
    try {
      const value = await fn(arg, mine.signal);
      return mine.signal.aborted ? { stale: true } : { stale: false, value };
    } catch (error) {
      if (mine.signal.aborted) return { stale: true };
      throw error;
    }
  };
}
