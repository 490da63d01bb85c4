import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../../src/lib/search/latest';

/** A promise with its resolve and reject exposed. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

describe('latestOnly', () => {
  it('reports a call that finishes after a newer one started as stale', async () => {
    const pending = new Map<string, ReturnType<typeof deferred<string>>>();
    const search = latestOnly((q: string) => {
      const d = deferred<string>();
      pending.set(q, d);
      return d.promise;
    });
    const first = search('o');
    const second = search('one');
    pending.get('one')?.resolve('results for one');
    pending.get('o')?.resolve('results for o');
    expect(await second).toEqual({ stale: false, value: 'results for one' });
    expect(await first).toEqual({ stale: true });
  });

  it('aborts the signal of the call a newer one overtakes', async () => {
    const signals: AbortSignal[] = [];
    const search = latestOnly(async (_q: string, signal) => {
      signals.push(signal);
      return 1;
    });
    await search('a');
    await search('b');
    expect(signals.map((s) => s.aborted)).toEqual([true, false]);
  });

  it('drops the error of a stale call and throws the current one', async () => {
    const calls: ReturnType<typeof deferred<number>>[] = [];
    const search = latestOnly(() => {
      const d = deferred<number>();
      calls.push(d);
      return d.promise;
    });
    const stale = search(undefined);
    const current = search(undefined);
    calls[0]?.reject(new Error('old'));
    calls[1]?.reject(new Error('new'));
    expect(await stale).toEqual({ stale: true });
    await expect(current).rejects.toThrow('new');
  });
});
