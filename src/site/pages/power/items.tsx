import { HANDLING_ITEM_KIND } from '../../../format/vocabulary.js';
import type { PublicHandlingItem, PublicPower, PublicSubItem } from '../../public-data.js';
import { ExternalLink, StackTable, Terms, type Column } from '../common.js';
import { BasisCell } from './basis.js';
import { LimitSummary } from './limits.js';

const SUB_ITEM_COLUMNS: Column<PublicSubItem>[] = [
  { label: '子项编码', cell: (s) => s.code, class: 'col-code', cellClass: 'code' },
  { label: '子项名称', cell: (s) => s.name, rowHeader: true },
  { label: '办结时限', cell: (s) => <LimitSummary limit={s.timeLimit} />, optional: (s) => s.timeLimit !== undefined },
  { label: '依据', cell: (s) => <BasisCell basis={s.basis} />, optional: (s) => s.basis !== undefined },
  { label: '备注', cell: (s) => s.note ?? '', optional: (s) => s.note !== undefined },
];

export function SubItems({ items }: { items: readonly PublicSubItem[] }) {
  return <StackTable rows={items} columns={SUB_ITEM_COLUMNS} labelledBy="sub-items" />;
}

/** A handling item with the sub-item it belongs to (none: the power's own). */
interface HandlingRow {
  item: PublicHandlingItem;
  subItem?: PublicSubItem;
}

const HANDLING_COLUMNS: Column<HandlingRow>[] = [
  { label: '业务办理项编码', cell: (r) => r.item.code, class: 'col-code', cellClass: 'code' },
  { label: '业务办理项名称', cell: (r) => r.item.name, rowHeader: true },
  { label: '类型', cell: (r) => r.item.kind && <Terms of={HANDLING_ITEM_KIND} values={r.item.kind} />, optional: (r) => r.item.kind !== undefined },
  { label: '所属子项', cell: (r) => r.subItem && `${r.subItem.name}（${r.subItem.code}）`, optional: (r) => r.subItem !== undefined },
  { label: '办结时限', cell: (r) => <LimitSummary limit={r.item.timeLimit} />, optional: (r) => r.item.timeLimit !== undefined },
  { label: '网上办理', cell: (r) => r.item.online && <ExternalLink href={r.item.online} />, optional: (r) => r.item.online !== undefined },
  { label: '备注', cell: (r) => r.item.note ?? '', optional: (r) => r.item.note !== undefined },
];

/** 业务办理项 of the power and of its sub-items, the power's own first, then each sub-item's in order. */
export function handlingRows(power: PublicPower): HandlingRow[] {
  return [
    ...(power.handlingItems ?? []).map((item) => ({ item })),
    ...(power.subItems ?? []).flatMap((subItem) => (subItem.handlingItems ?? []).map((item) => ({ item, subItem }))),
  ];
}

export function HandlingItems({ rows }: { rows: readonly HandlingRow[] }) {
  return <StackTable rows={rows} columns={HANDLING_COLUMNS} labelledBy="handling-items" />;
}
