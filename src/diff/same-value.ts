/** Structural equality of JSON values; a member whose value is undefined counts as absent, key order does not count. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let defined = 0;
  for (const key in ra) {
    if (ra[key] === undefined) continue;
    defined++;
    if (!sameValue(ra[key], rb[key])) return false;
  }
  for (const key in rb) if (rb[key] !== undefined) defined--;
  return defined === 0;
}

/** A value change, with only the sides that have a value. */
export function valueChange(old: unknown, next: unknown): { old?: unknown; new?: unknown } {
  return { ...(old === undefined ? {} : { old }), ...(next === undefined ? {} : { new: next }) };
}
