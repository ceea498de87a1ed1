import type { PowerData } from '../model/types.js';

/*
 * Shared by the accountability and disclosure rules (penalty-discretion, risk-controls,
 * disclosure-exception, status-abolished, supervision-contact).
 */

/**
 * Whether a field counts as written: absent, `null` (`key:` with nothing after it) and blank
 * text count as missing. A value of the wrong type counts as written: the schema reports it, and
 * a rule that also called it missing would give the clerk two findings for one slip.
 */
export function isWritten(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  return typeof value !== 'string' || value.trim() !== '';
}

/**
 * An abolished power is no longer exercised: checks about exercising it (裁量基准, 监督电话) do
 * not apply, while its record (依据, 责任事项, 追责情形, 取消日期和理由) must stay complete.
 */
export function isAbolished(power: Partial<PowerData>): boolean {
  return power.status === 'abolished';
}
