import type { PublicCatalogue } from './public-data.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The date printed on the site and in its exports: the reproducible-build date when one is given
 * (SOURCE_DATE_EPOCH), else the newest date the public catalogue shows (生效日期, 取消日期, 调整日期)
 * — read from the public projection, so a withheld or non-public date cannot surface as the site's
 * date — else none: never the clock, and never 1970-01-01.
 */
export function siteDate(catalogue: PublicCatalogue, sourceDate: string | undefined): string | undefined {
  if (sourceDate !== undefined) return sourceDate;
  const dates = catalogue.powers.flatMap((p) => [p.effective, p.abolishedOn, ...(p.history ?? []).map((h) => h.date)]);
  return dates.filter((d): d is string => d !== undefined && DATE.test(d)).sort().at(-1);
}
