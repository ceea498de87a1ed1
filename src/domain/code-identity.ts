/*
 * Two codes that look the same are the same code. A zero-width space or a bidi override hidden in
 * a code (pasted from a web page or a spreadsheet, or planted) would otherwise make a duplicate
 * pass unnoticed and publish two powers under what reads as one code.
 */

/** Characters that take no visible place: format characters (zero-width, bidi controls, BOM, soft hyphen), controls, line separators. */
const INVISIBLE = /[\p{Cf}\p{Cc}\u2028\u2029]/gu;

/** The invisible characters in a code, as `U+200B`, in order of first appearance. */
export function invisibleCharacters(code: string): string[] {
  const found = code.match(INVISIBLE) ?? [];
  return [...new Set(found.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`))];
}

/** The code as a reader sees it: without its invisible characters. */
export function withoutInvisible(code: string): string {
  return code.replace(INVISIBLE, '');
}

/** Printable ASCII, which NFKC leaves as it is and which holds nothing invisible: nearly every code (NFKC is slow). */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Equal for codes that look the same: NFKC (full-width digits and letters are the ASCII ones), without invisible characters. */
export function codeIdentity(code: string): string {
  return PRINTABLE_ASCII.test(code) ? code : withoutInvisible(code.normalize('NFKC'));
}
