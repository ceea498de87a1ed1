import type { PublicPower } from '../public-data.js';
import { compareStrings } from '../../core/compare.js';
import { Breadcrumbs, PowerTable, t, type Root } from './common.js';

/** Newest cancellation first; undated ones last; ties by code. */
export function byAbolishedDate(powers: readonly PublicPower[]): PublicPower[] {
  return [...powers].sort(
    (a, b) =>
      (a.abolishedOn === undefined ? 1 : 0) - (b.abolishedOn === undefined ? 1 : 0) ||
      compareStrings(b.abolishedOn ?? '', a.abolishedOn ?? '') ||
      compareStrings(a.code, b.code),
  );
}

/** Abolished powers, listed apart from the current list, each with its date and reason. */
export function AbolishedPage({ root, powers }: { root: Root; powers: readonly PublicPower[] }) {
  return (
    <>
      <Breadcrumbs root={root} trail={[{ label: t('已取消事项') }]} />
      <h1 id="title">{t('已取消的权力事项')}</h1>
      {powers.length === 0 ? (
        <p class="lead">{t('目前没有已取消的权力事项。')}</p>
      ) : (
        <>
          <p class="lead">{t('以下 {n} 项权力事项已经取消，不再实施，按取消日期由近及远排列。', { n: powers.length })}</p>
          <PowerTable root={root} powers={byAbolishedDate(powers)} labelledBy="title" columns={['type', 'department', 'abolished']} />
        </>
      )}
    </>
  );
}
