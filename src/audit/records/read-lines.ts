import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { decode } from '../../load/decode.js';

/** A byte range of a records file; `end` is exclusive. A range other than the first starts right after a line break. */
export interface ByteRange {
  path: string;
  start: number;
  end: number;
}

export type BadBytes = { reason: 'gb18030' | 'notUtf8'; column: number };

/**
 * Called for each line: its text (without the line break), its 1-based number within the range,
 * and, when its bytes are not UTF-8, what they look like. Returning `false` stops the reading.
 */
export type OnLine = (text: string, line: number, bad: BadBytes | undefined) => boolean | void;

const LF = 0x0a;
const CR = 0x0d;
const CHUNK_BYTES = 1 << 20;

/**
 * Reads a range line by line, never whole: a megabyte at a time, lines cut at LF (CRLF accepted),
 * a UTF-8 BOM at the start of the file skipped. Returns how many line breaks the range holds, so
 * the next range's line numbers can follow on.
 */
export async function forEachLine(range: ByteRange, onLine: OnLine): Promise<number> {
  let carry: Buffer | undefined;
  let line = 0;
  let breaks = 0;
  let first = range.start === 0;
  const emit = (bytes: Buffer): boolean => {
    line++;
    let text = bytes.toString('utf8');
    let bad: BadBytes | undefined;
    if (text.includes('\uFFFD') && !isUtf8(bytes)) {
      const decoded = decode(bytes);
      bad = decoded.ok ? undefined : { reason: decoded.failure.reason === 'gb18030' ? 'gb18030' : 'notUtf8', column: decoded.failure.column };
      if (bad) text = '';
    }
    return onLine(text, line, bad) !== false;
  };
  if (range.end <= range.start) return 0;
  for await (const chunk of createReadStream(range.path, { start: range.start, end: range.end - 1, highWaterMark: CHUNK_BYTES })) {
    let buffer = chunk as Buffer;
    if (first) {
      first = false;
      if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) buffer = buffer.subarray(3);
    }
    if (carry) buffer = Buffer.concat([carry, buffer]);
    let from = 0;
    for (let at = buffer.indexOf(LF, from); at >= 0; at = buffer.indexOf(LF, from)) {
      breaks++;
      const to = at > from && buffer[at - 1] === CR ? at - 1 : at;
      if (!emit(buffer.subarray(from, to))) return breaks;
      from = at + 1;
    }
    carry = from < buffer.length ? Buffer.from(buffer.subarray(from)) : undefined;
  }
  if (carry && carry.length > 0) emit(carry[carry.length - 1] === CR ? carry.subarray(0, -1) : carry);
  return breaks;
}
