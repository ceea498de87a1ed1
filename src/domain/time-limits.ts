import { TIME_UNIT, type TimeUnit } from '../format/vocabulary.js';
import type { Limit } from '../model/types.js';

/*
 * Exact comparison of time limits (FORMAT §3 process-time): like units compare directly; between
 * workday and day, 5 workdays = 7 days, compared by cross-multiplying integers. Decimal values
 * are scaled to integers first, so 7 ≤ 7 can never become 7.000000001 > 7.
 */

/** Only units of one scale group (TIME_UNIT's `group`) are comparable. */
export function comparable(a: TimeUnit, b: TimeUnit): boolean {
  return TIME_UNIT[a].group === TIME_UNIT[b].group;
}

/** Digits after the decimal point, as the value would be written. */
export function decimals(value: number): number {
  if (Number.isInteger(value)) return 0; // most limits: no text to look at
  const text = String(value);
  const exponent = /e-(\d+)$/.exec(text);
  if (exponent) return Number(exponent[1]) + (text.split('e')[0]!.split('.')[1]?.length ?? 0);
  return text.split('.')[1]?.length ?? 0;
}

/** A common power of ten that turns every given value into an integer. */
export function scaleFor(values: readonly number[]): bigint {
  return scaleOfDecimals(Math.max(0, ...values.map(decimals)));
}

export function scaleOfDecimals(digits: number): bigint {
  return 10n ** BigInt(Math.min(12, digits));
}

/** A limit as an integer on the common scale of its unit group. */
export function scaled(limit: Limit, scale: bigint): bigint {
  return BigInt(Math.round(limit.value * Number(scale))) * BigInt(TIME_UNIT[limit.unit].weight);
}

/** `a > b`, exactly; undefined when the units cannot be compared. */
export function exceeds(a: Limit, b: Limit): boolean | undefined {
  if (!comparable(a.unit, b.unit)) return undefined;
  const scale = scaleFor([a.value, b.value]);
  return scaled(a, scale) > scaled(b, scale);
}
