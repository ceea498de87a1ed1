import type { Limit, TimeUnit } from '../model/types.js';

/** How a time unit is written after a number in Chinese: `7 个工作日`. */
export const UNIT_ZH: Readonly<Record<TimeUnit, string>> = { day: '天', workday: '个工作日', month: '个月', year: '年', hour: '小时' };

/*
 * Exact comparison of time limits (FORMAT §3 process-time): like units compare directly; between
 * workday and day, 5 workdays = 7 days, compared by cross-multiplying integers. Decimal values
 * are scaled to integers first, so 7 ≤ 7 can never become 7.000000001 > 7.
 */

/** Each unit's weight on a common scale; only units with the same scale group are comparable. */
const SCALE: Record<TimeUnit, { group: string; weight: bigint }> = {
  day: { group: 'day', weight: 5n },
  workday: { group: 'day', weight: 7n },
  hour: { group: 'hour', weight: 1n },
  month: { group: 'month', weight: 1n },
  year: { group: 'year', weight: 1n },
};

export function comparable(a: TimeUnit, b: TimeUnit): boolean {
  return SCALE[a].group === SCALE[b].group;
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
  return BigInt(Math.round(limit.value * Number(scale))) * SCALE[limit.unit].weight;
}

/** `a > b`, exactly; undefined when the units cannot be compared. */
export function exceeds(a: Limit, b: Limit): boolean | undefined {
  if (!comparable(a.unit, b.unit)) return undefined;
  const scale = scaleFor([a.value, b.value]);
  return scaled(a, scale) > scaled(b, scale);
}
