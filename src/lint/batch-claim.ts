/*
 * The files to check form one list that every thread knows (the main thread makes it, the workers
 * are sent it as it grows); the first index no thread has taken yet sits in shared memory. Each
 * thread takes its next batch itself, so no thread waits for another to hand it work — the main
 * thread least of all, which checks files too and reads the upstream lists meanwhile.
 */

/** Files a thread takes at a time while the list is still growing. */
const BATCH = 16;

/** The shared counter of the files taken: slot 0 of a one-slot Int32Array over a SharedArrayBuffer. */
export function newClaims(shared: boolean): Int32Array {
  return new Int32Array(shared ? new SharedArrayBuffer(4) : new ArrayBuffer(4));
}

/**
 * Takes the next batch among the `known` files this thread has been told of: [start, end), or
 * undefined when there is none yet (or none left, once the list is `complete`). Toward the end of
 * a complete list the batches shrink, so that the threads finish together.
 */
export function claimBatch(claims: Int32Array, known: number, complete: boolean, threads: number): [number, number] | undefined {
  for (;;) {
    const start = Atomics.load(claims, 0);
    const left = known - start;
    const size = complete ? Math.max(1, Math.min(BATCH, Math.ceil(left / (threads * 4)))) : BATCH;
    if (left <= 0 || left < size) return undefined;
    if (Atomics.compareExchange(claims, 0, start, start + size) === start) return [start, start + size];
  }
}
