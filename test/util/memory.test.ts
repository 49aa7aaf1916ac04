import { describe, expect, it } from 'vitest';
import { releaseMemory } from '../../src/util/memory.js';

describe('releaseMemory', () => {
  it('collects the garbage of a big heap without a node flag, and leaves a small one alone', () => {
    let garbage: number[][] | undefined = Array.from({ length: 40 }, () => new Array<number>(1_000_000).fill(0.5));
    const held = process.memoryUsage().heapUsed;
    expect(held).toBeGreaterThan(300 * 1024 * 1024);
    garbage = undefined;
    releaseMemory();
    expect(garbage).toBeUndefined();
    expect(process.memoryUsage().heapUsed).toBeLessThan(held - 250 * 1024 * 1024);
    // below the threshold it returns at once: no pause for a small run
    const started = performance.now();
    for (let i = 0; i < 100; i++) releaseMemory();
    expect(performance.now() - started).toBeLessThan(100);
  });
});
