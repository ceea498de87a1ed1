/** Code-unit order, the same on every machine and locale (localeCompare is not): output stays byte-stable. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
