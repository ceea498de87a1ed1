import { createHash } from 'node:crypto';

/**
 * A file name from any string: [0-9A-Za-z-] is kept, every other UTF-8 byte becomes `_xx` (two
 * lowercase hex digits), so `.`, `/` and `\` can never appear and two different strings never
 * share a name. Very long results (codes in CJK) become a readable prefix plus a hash, and are
 * then longer than any unhashed name, so the two forms cannot meet.
 */
export function fileSafe(name: string): string {
  if (name === '') return '_';
  let out = '';
  for (const byte of new TextEncoder().encode(name)) {
    const isKept = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || byte === 0x2d;
    out += isKept ? String.fromCharCode(byte) : `_${byte.toString(16).padStart(2, '0')}`;
  }
  if (out.length <= 160) return out;
  return `${out.slice(0, 150)}_${createHash('sha256').update(name).digest('hex').slice(0, 16)}`;
}
