import type { HistoryEntry } from '../../../model/types.js';
import { compareStrings } from '../../../core/compare.js';
import { HISTORY_ACTION } from '../../../format/vocabulary.js';
import { DateText, t, Terms } from '../common.js';

/**
 * 调整记录 as a timeline, oldest first: the order FORMAT §5 records it in, so the page reads as
 * the item's story from its entry into the list to its present state (the last entry). Entries
 * are put in date order (stable, so one day's entries keep the catalogue's order) in case the
 * catalogue is out of order — history-consistency reports that; the page still shows a timeline.
 */
export function History({ entries }: { entries: readonly HistoryEntry[] }) {
  const ordered = [...entries].sort((a, b) => compareStrings(a.date, b.date));
  return (
    <>
      <p class="hint">{t('按时间先后排列，最后一条是最近的调整。')}</p>
      <ol class="history">
        {ordered.map((entry, i) => (
          <li key={i}>
            <p class="history-head">
              <DateText date={entry.date} />{' '}
              <span class="badge badge-history">
                <Terms of={HISTORY_ACTION} values={entry.action} />
              </span>
            </p>
            {entry.basis !== undefined && (
              <span class="sub">
                {t('调整依据：')}
                {entry.basis}
              </span>
            )}
            {entry.from !== undefined && entry.from.length > 0 && (
              <span class="sub">
                {t('原事项编码：')}
                <span class="code">{entry.from.join('、')}</span>
              </span>
            )}
            {entry.note !== undefined && <span class="sub prose">{entry.note}</span>}
          </li>
        ))}
      </ol>
    </>
  );
}
