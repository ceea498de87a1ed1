import type { Comparison } from '../result.js';

/**
 * `{"added", "removed", "abolished", "superseded", "changed", "details", "burden"}`, every list
 * sorted by code unit: what the comparison holds, as it is, 2-space indented.
 */
export function diffJson(comparison: Comparison): string {
  const { added, removed, abolished, superseded, changed, details, burden } = comparison;
  return `${JSON.stringify({ added, removed, abolished, superseded, changed, details, burden }, null, 2)}\n`;
}
