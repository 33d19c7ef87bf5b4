// The response cache keyed by the graph version: another instance's change (a new version) drops kept answers.
import { describe, expect, it } from 'vitest';
import { cachedResponse, ResponseCache } from '../src/http/route.js';

function counting() {
  let computed = 0;
  return {
    compute: async (version: number) => cachedResponse(JSON.stringify({ computed: ++computed }), version),
    get computed() {
      return computed;
    },
  };
}

describe('ResponseCache over a graph version', () => {
  it('keeps an answer while the version stays, computes it again at a new one, with an ETag naming the version', async () => {
    let version = 7;
    const cache = new ResponseCache(1024 * 1024, { read: async () => version, everyMs: 0 });
    const work = counting();
    const first = await cache.answer('k', work.compute);
    expect(first.etag).toMatch(/^"7-[A-Za-z0-9_-]{27}"$/);
    expect((await cache.answer('k', work.compute)).body.toString()).toBe('{"computed":1}');
    version = 8;
    const second = await cache.answer('k', work.compute);
    expect(second.body.toString()).toBe('{"computed":2}');
    expect(second.etag).toMatch(/^"8-/);
  });

  it('reads the version at most once per everyMs; invalidate() drops answers and reads it at the next request', async () => {
    let version = 1;
    let reads = 0;
    const cache = new ResponseCache(1024 * 1024, { read: async () => (reads++, version), everyMs: 3_600_000 });
    const work = counting();
    await cache.answer('k', work.compute);
    version = 2;
    expect((await cache.answer('k', work.compute)).etag).toMatch(/^"1-/);
    expect([reads, work.computed]).toEqual([1, 1]);
    cache.invalidate();
    expect((await cache.answer('k', work.compute)).etag).toMatch(/^"2-/);
    expect([reads, work.computed]).toEqual([2, 2]);
  });

  it('keeps serving kept answers when the store cannot say its version', async () => {
    let down = false;
    const cache = new ResponseCache(1024 * 1024, { read: async () => (down ? Promise.reject(new Error('down')) : 3), everyMs: 0 });
    const work = counting();
    await cache.answer('k', work.compute);
    down = true;
    expect((await cache.answer('k', work.compute)).body.toString()).toBe('{"computed":1}');
  });
});
