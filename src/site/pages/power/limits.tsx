import { timeAmount } from '../../../format/time-amount.js';
import type { PlainLabel } from '../../i18n.js';
import type { PublicLimitValue, PublicTimeLimit } from '../../public-data.js';
import { T, t } from '../common.js';

/** `7 个工作日（不含听证时间）`; `none` as 无法定时限 / 无承诺时限. */
export function LimitText({ value, none }: { value: PublicLimitValue; none: PlainLabel }) {
  if (value === 'none') return t(none);
  const note = value.note !== undefined ? `（${value.note}）` : '';
  return (
    <>
      <T text={timeAmount(value.value, value.unit)} />
      {note}
    </>
  );
}

/** The 承诺时限 of a power, sub-item or handling item: 即办件 when it is one (FORMAT §2: no promised limit is then written). */
export function PromisedText({ limit }: { limit: PublicTimeLimit }) {
  if (limit.immediate) return t('即办件（当场办结）');
  return limit.promised === undefined ? null : <LimitText value={limit.promised} none="无承诺时限" />;
}

/** A sub-item's or handling item's own time limits in one table cell, one line each. */
export function LimitSummary({ limit }: { limit: PublicTimeLimit | undefined }) {
  if (limit === undefined) return null;
  return (
    <>
      {limit.statutory !== undefined && (
        <span class="line">
          {t('法定时限：')}
          <LimitText value={limit.statutory} none="无法定时限" />
        </span>
      )}
      {(limit.immediate || limit.promised !== undefined) && (
        <span class="line">
          {!limit.immediate && t('承诺时限：')}
          <PromisedText limit={limit} />
        </span>
      )}
    </>
  );
}
