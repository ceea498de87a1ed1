import { HISTORY_ACTION } from '../../format/vocabulary.js';
import type { ChangeEntry } from '../changes.js';
import { FEED_PATH } from '../feed.js';
import { Breadcrumbs, StackTable, t, Terms, type Root } from './common.js';

export const CHANGES_PATH = 'changes.html';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** 调整记录: every public history entry of the catalogue, newest first, with a link to the feed (when there is one: src/site/feed.ts). */
export function ChangelogPage({ root, entries, feed }: { root: Root; entries: readonly ChangeEntry[]; feed: boolean }) {
  return (
    <>
      <Breadcrumbs root={root} trail={[{ label: t('事项调整') }]} />
      <h1 id="title">{t('事项调整记录')}</h1>
      {entries.length === 0 ? (
        <p class="lead">{t('目前没有调整记录。')}</p>
      ) : (
        <>
          <p class="lead">{t('以下为本清单权力事项的调整记录，按日期由近及远排列。')}</p>
          <StackTable
            rows={entries}
            labelledBy="title"
            columns={[
              { label: '调整日期', cellClass: 'date', cell: (e) => (ISO_DATE.test(e.date) ? <time datetime={e.date}>{e.date}</time> : e.date) },
              { label: '调整类型', cell: (e) => <Terms of={HISTORY_ACTION} values={e.action} /> },
              {
                label: '权力事项',
                rowHeader: true,
                cell: (e) => (
                  <>
                    <a href={`${root}${e.power.path}`}>{e.power.name}</a> <span class="code">{e.power.code}</span>
                  </>
                ),
              },
              { label: '调整依据', cell: (e) => e.basis ?? t('未填写') },
              { label: '原事项编码', optional: (e) => (e.from?.length ?? 0) > 0, cellClass: 'code', cell: (e) => (e.from ?? []).join('、') },
              { label: '备注', optional: (e) => e.note !== undefined, cell: (e) => e.note },
            ]}
          />
        </>
      )}
      {feed && (
        <p>
          <a href={`${root}${FEED_PATH}`} type="application/atom+xml">
            {t('订阅调整记录（Atom）')}
          </a>
        </p>
      )}
    </>
  );
}
