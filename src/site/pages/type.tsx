import type { UiText } from '../i18n.js';
import type { PublicPower } from '../public-data.js';
import { ABOLISHED_PATH, Breadcrumbs, byCode, PowerTable, T, t, type Root } from './common.js';

/** The current powers of one type, across departments; abolished ones are on abolished.html. */
export function TypePage({ root, label, powers, abolishedCount }: { root: Root; label: UiText; powers: readonly PublicPower[]; abolishedCount: number }) {
  return (
    <>
      <Breadcrumbs root={root} trail={[{ label: t('权力类型'), href: `${root}index.html#by-type` }, { label: <T text={label} /> }]} />
      <h1 id="title">
        <T text={label} />
      </h1>
      <p class="lead">
        {t('共 {n} 项现行事项，按权力编码排列。', { n: powers.length })}
        {abolishedCount > 0 && (
          <>
            {t('另有 {n} 项已取消，见', { n: abolishedCount })}
            <a href={`${root}${ABOLISHED_PATH}`}>{t('已取消事项')}</a>
            {t('。')}
          </>
        )}
      </p>
      <PowerTable root={root} powers={byCode(powers)} labelledBy="title" columns={['department', 'status']} />
    </>
  );
}
