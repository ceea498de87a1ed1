import { describe, expect, it } from 'vitest';
import { claimBatch, newClaims } from '../src/lint/batch-claim.js';

/** Takes batches as `threads` threads would, in turn, until none is left; the batches taken. */
function takeAll(known: number, complete: boolean, threads: number): [number, number][] {
  const claims = newClaims(false);
  const taken: [number, number][] = [];
  for (let batch; (batch = claimBatch(claims, known, complete, threads)); ) taken.push(batch);
  return taken;
}

describe('claimBatch: the threads take the files of one shared list', () => {
  it('takes every file once, in order, when the list is complete', () => {
    for (const [known, threads] of [[1, 1], [15, 2], [16, 2], [1000, 2], [1001, 3], [52711, 2]]) {
      const taken = takeAll(known!, true, threads!);
      expect(taken[0]![0]).toBe(0);
      expect(taken.at(-1)![1]).toBe(known);
      for (let i = 1; i < taken.length; i++) expect(taken[i]![0]).toBe(taken[i - 1]![1]);
    }
  });

  it('takes whole batches of 16 while the list grows, and leaves the rest for later', () => {
    expect(takeAll(40, false, 2)).toEqual([[0, 16], [16, 32]]);
    const claims = newClaims(false);
    claimBatch(claims, 40, false, 2);
    claimBatch(claims, 40, false, 2);
    expect(claimBatch(claims, 40, false, 2)).toBeUndefined();
    expect(claimBatch(claims, 40, true, 2)).toEqual([32, 33]); // the last 8 files, in batches that spread over the threads
  });

  it('shrinks the batches toward the end of a complete list, so that the threads finish together', () => {
    const sizes = takeAll(1000, true, 2).map(([start, end]) => end - start);
    expect(sizes[0]).toBe(16);
    expect(sizes.at(-1)).toBe(1);
    expect(sizes.every((size, i) => i === 0 || size <= sizes[i - 1]!)).toBe(true);
  });

  it('never gives one file to two threads, even when one knows fewer files yet', () => {
    const claims = newClaims(true);
    expect(claims.buffer).toBeInstanceOf(SharedArrayBuffer);
    const counts = new Array<number>(500).fill(0);
    // a worker told of 480 files so far and the main thread that knows all 500, taking in turn
    for (let turn = 0, idle = 0; idle < 2; turn++) {
      const batch = claimBatch(claims, turn % 2 ? 500 : 480, true, 2);
      idle = batch ? 0 : idle + 1;
      if (batch) for (let i = batch[0]; i < batch[1]; i++) counts[i]!++;
    }
    expect(counts.every((n) => n === 1)).toBe(true);
  });
});
