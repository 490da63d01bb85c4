/**
 * Small caches for the citation index, so that rebuilding it after one edit (as the dev server
 * does) redoes only what the edit touched: the same seed text splits into the same passages, the
 * same MDX source scans the same way, and the same quote matches the same passages. Every cached
 * function is pure, so a cached answer is always the answer.
 */

/** A map that forgets its oldest entries beyond `max`, so a long dev session cannot grow it without bound. */
export class BoundedCache<K, V> {
  readonly #entries = new Map<K, V>();
  constructor(readonly max: number) {}

  /** The value for `key`, computing and keeping it on a miss. */
  get(key: K, compute: () => V): V {
    if (this.#entries.has(key)) return this.#entries.get(key) as V;
    const value = compute();
    this.#entries.set(key, value);
    if (this.#entries.size > this.max) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    return value;
  }

  /** How many entries it holds. */
  get size(): number {
    return this.#entries.size;
  }
}

/** Per passage list, a cache of its answers by key: the list's identity stands for its text. */
export function perList<L extends object, V>(): (list: L, key: string, compute: () => V) => V {
  const caches = new WeakMap<L, Map<string, V>>();
  return (list, key, compute) => {
    let cache = caches.get(list);
    if (!cache) caches.set(list, (cache = new Map()));
    if (cache.has(key)) return cache.get(key) as V;
    const value = compute();
    cache.set(key, value);
    return value;
  };
}
