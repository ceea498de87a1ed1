/** Why a file's bytes are not UTF-8 text, with where the first bad byte sits. */
export interface DecodeFailure {
  reason: 'binary' | 'gb18030' | 'utf16' | 'notUtf8';
  line: number;
  column: number;
}

export type Decoded = { ok: true; text: string } | { ok: false; failure: DecodeFailure };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 with an optional BOM is accepted; anything else is described well enough to fix. */
export function decode(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, failure: { reason: 'utf16', line: 1, column: 1 } };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, failure: { reason: 'binary', ...byteLocation(bytes, nul) } };
  // Buffer's decoder is several times faster than TextDecoder; it marks bad bytes with U+FFFD,
  // which a real file rarely contains, and only then is the strict decoder asked.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (!text.includes('\uFFFD')) return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const reason = looksLikeGb18030(bytes) ? 'gb18030' : 'notUtf8';
    return { ok: false, failure: { reason, ...byteLocation(bytes, bad) } };
  }
}

function looksLikeGb18030(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return /[\u4e00-\u9fff]/.test(text);
  } catch {
    return false;
  }
}

function byteLocation(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    // LF, CRLF or a lone CR ends a line, as the parser reads them
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = bytes.subarray(lineStart, offset);
  const column = new TextDecoder('utf-8').decode(prefix).length + 1;
  return { line, column };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    if (length > 1) {
      try {
        utf8.decode(bytes.subarray(i, i + length));
      } catch {
        return i;
      }
    }
    i += length;
  }
  return i;
}
