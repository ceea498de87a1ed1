import { RISK_LEVEL } from '../../../format/vocabulary.js';
import type { PlainLabel } from '../../i18n.js';
import type { PublicPower } from '../../public-data.js';
import { StackTable, t, type Column } from '../common.js';

/* What the power costs and binds its holders to: 收费, 责任事项, 追责情形, 廉政风险点. */

type Fee = NonNullable<PublicPower['fees']>[number];
const FEE_COLUMNS: Column<Fee>[] = [
  { label: '收费项目', cell: (f) => f.name, rowHeader: true },
  { label: '收费标准', cell: (f) => f.standard },
  { label: '收费依据', cell: (f) => f.basis },
];

export function Fees({ fees }: { fees: readonly Fee[] }) {
  return <StackTable rows={fees} columns={FEE_COLUMNS} labelledBy="fees" />;
}

type Responsibility = NonNullable<PublicPower['responsibilities']>[number];
const RESPONSIBILITY_COLUMNS: Column<Responsibility>[] = [
  { label: '环节', cell: (r) => r.stage, rowHeader: true, class: 'col-stage' },
  { label: '责任事项内容', cell: (r) => r.text },
  { label: '依据', cell: (r) => r.basis ?? '', optional: (r) => r.basis !== undefined },
];

export function Responsibilities({ items }: { items: readonly Responsibility[] }) {
  return <StackTable rows={items} columns={RESPONSIBILITY_COLUMNS} labelledBy="responsibilities" />;
}

export function Accountability({ items }: { items: NonNullable<PublicPower['accountability']> }) {
  return (
    <ol class="accountability">
      {items.map((a, i) => (
        <li key={i}>
          {a.text}
          {a.basis !== undefined && (
            <span class="sub">
              {t('追责依据：')}
              {a.basis}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}

/** 廉政风险点: one card per step, the level in words (高/中/低), never by colour alone. */
export function Risks({ risks }: { risks: NonNullable<PublicPower['risks']> }) {
  return (
    <ul class="risks">
      {risks.map((r, i) => (
        <li key={i} class={`risk risk-${r.level}`}>
          <p class="risk-head">
            <span class={`badge badge-risk-${r.level}`}>{t('{level}风险', { level: RISK_LEVEL[r.level] })}</span>
            {r.stepName !== undefined && (
              <>
                {' '}
                {t('所在环节：')}
                {r.stepName}
              </>
            )}
          </p>
          <dl>
            <ListEntry term="风险点" items={r.points} />
            <ListEntry term="防控措施" items={r.controls} />
            {r.owner !== undefined && (
              <>
                <dt>{t('责任岗位')}</dt>
                <dd>{r.owner}</dd>
              </>
            )}
          </dl>
        </li>
      ))}
    </ul>
  );
}

/** A term with its items as a list; nothing when there are none. */
function ListEntry({ term, items }: { term: PlainLabel; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <dt>{t(term)}</dt>
      <dd>
        <ul>
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      </dd>
    </>
  );
}
