import type { CatalogueModel } from '../model/types.js';
import { textOf } from '../model/read.js';

/**
 * The date printed on the site and in its exports: from SOURCE_DATE_EPOCH when set (reproducible
 * builds), else the newest date the catalogue itself records (effective, abolishedOn) — never the
 * clock, so two builds of one catalogue are byte-identical.
 */
export function siteDate(model: CatalogueModel, env: Record<string, string | undefined>): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  const dates = model.powers.flatMap((p) => [textOf(p.data.effective), textOf(p.data.abolishedOn)]);
  const valid = dates.filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  return valid.at(-1) ?? '1970-01-01';
}
