import { UsageError } from './errors.js';

/** 9999-12-31T23:59:59Z: the last second whose date still has four digits. */
export const MAX_SOURCE_DATE_EPOCH = 253_402_300_799;

/**
 * The UTC date (YYYY-MM-DD) of `SOURCE_DATE_EPOCH` — seconds since 1970-01-01T00:00:00Z, the
 * reproducible-builds convention — or undefined when it is not set (or empty). A value that is
 * not such a number is a usage error, as the convention asks, never a date made up or a crash.
 */
export function sourceDate(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const seconds = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(seconds <= MAX_SOURCE_DATE_EPOCH)) {
    const shown = value.length > 40 ? `${value.slice(0, 39)}…` : value;
    throw new UsageError({
      en: `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, at most ${MAX_SOURCE_DATE_EPOCH} (9999-12-31); it is ${JSON.stringify(shown)}`,
      'zh-CN': `环境变量 SOURCE_DATE_EPOCH 应是自 1970-01-01（UTC）起的整秒数，最大 ${MAX_SOURCE_DATE_EPOCH}（9999-12-31）；现在是 ${JSON.stringify(shown)}`,
    });
  }
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}
