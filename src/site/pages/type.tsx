import type { PublicPower } from '../public-data.js';
import { ABOLISHED_PATH, Breadcrumbs, byCode, PowerTable, type Root } from './common.js';

/** The current powers of one type, across departments; abolished ones are on abolished.html. */
export function TypePage({ root, label, powers, abolishedCount }: { root: Root; label: string; powers: readonly PublicPower[]; abolishedCount: number }) {
  return (
    <>
      <Breadcrumbs root={root} trail={[{ label: '权力类型', href: `${root}index.html#by-type` }, { label }]} />
      <h1>{label}</h1>
      <p class="lead">
        共 {powers.length} 项现行事项，按权力编码排列。
        {abolishedCount > 0 && (
          <>
            另有 {abolishedCount} 项已取消，见<a href={`${root}${ABOLISHED_PATH}`}>已取消事项</a>。
          </>
        )}
      </p>
      <PowerTable root={root} powers={byCode(powers)} label={`${label}事项列表`} columns={['department', 'status']} />
    </>
  );
}
