import { closeSync, openSync, readSync } from 'node:fs';
import type { RecordsJob } from './audit-range.js';

/** Below this, a file is one range: a worker's start-up costs more than it saves. */
export const MIN_RANGE_BYTES = 1 << 20;
const PROBE_BYTES = 1 << 16;

/**
 * Cuts each JSON Lines file into about `pieces` ranges at line breaks (a CSV file stays whole: a
 * case's rows and quoted fields span lines). Ranges come in file order, each file's in byte order.
 */
export function splitRanges(files: readonly { path: string; format: RecordsJob['format']; size: number }[], pieces: number): RecordsJob[] {
  const total = files.reduce((n, f) => n + f.size, 0);
  const target = Math.max(MIN_RANGE_BYTES, Math.ceil(total / Math.max(1, pieces)));
  return files.flatMap(({ path, format, size }) => {
    if (format !== 'jsonl' || size <= target) return [{ path, format, start: 0, end: size }];
    const cuts = [0];
    const fd = openSync(path, 'r');
    try {
      for (let at = target; at < size; at += target) {
        const cut = lineStartAtOrAfter(fd, at, size);
        if (cut > cuts.at(-1)! && cut < size) cuts.push(cut);
      }
    } finally {
      closeSync(fd);
    }
    cuts.push(size);
    return cuts.slice(0, -1).map((start, i) => ({ path, format, start, end: cuts[i + 1]! }));
  });
}

/** The first offset ≥ `at` where a line begins (just after a line break), or `size`. */
function lineStartAtOrAfter(fd: number, at: number, size: number): number {
  const buffer = Buffer.alloc(PROBE_BYTES);
  for (let from = at - 1; from < size; from += PROBE_BYTES) {
    const read = readSync(fd, buffer, 0, PROBE_BYTES, from);
    const lf = buffer.subarray(0, read).indexOf(0x0a);
    if (lf >= 0) return from + lf + 1;
    if (read === 0) break;
  }
  return size;
}
