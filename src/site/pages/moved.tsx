import { HISTORY_ACTION } from '../../format/vocabulary.js';
import type { MovedCode } from '../changes.js';
import { t, Terms, type Root } from './common.js';

/**
 * The page at a superseded code's address (FORMAT §5: old codes stay reachable): where the item
 * went and how (合并/拆分/更名/编码调整), with links. Plain HTML: no script, no automatic redirect
 * (the reader sees why the address changed); the layout marks it noindex with the new page as
 * canonical.
 */
export function MovedPage({ root, moved }: { root: Root; moved: MovedCode }) {
  return (
    <>
      <h1 id="title">{t('事项已调整')}</h1>
      <p class="lead">
        {t('原权力编码')} <span class="code">{moved.code}</span>
        {t('（')}
        <Terms of={HISTORY_ACTION} values={moved.as} />
        {t('）')}
        {t('已不再使用，该事项现为：')}
      </p>
      <ul>
        {moved.to.map((to) => (
          <li key={to.code}>
            <a href={`${root}${to.path}`}>{to.name}</a> <span class="code">{to.code}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
