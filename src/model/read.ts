/*
 * Rules run on documents with schema errors too (FORMAT §3), so they read fields through these
 * guards: a value of the wrong type reads as absent and the rule skips it.
 */

export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Text with something in it: `''` and `'  '` count as missing. */
export function filledText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function recordOf(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** A list that is present and has at least one entry. */
export function hasEntries(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}
