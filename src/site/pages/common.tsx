import { createHash } from 'node:crypto';
import type { ComponentChildren } from 'preact';
import type { PowerType } from '../../model/types.js';
import { compareStrings } from '../../core/compare.js';
import {
  BASIS_LEVELS,
  DEPARTMENT_NATURES,
  HANDLING_FORMS,
  POWER_TYPES,
  RISK_LEVELS,
  SERVICE_OBJECTS,
  SOURCE_KINDS,
} from '../../schema/fields.js';
import { isPlainLabel, ui, uiAttr, uiList, type PlainLabel, type SlotValues, type UiLabel, type UiText, type Uncoded } from '../i18n.js';
import type { PublicCatalogue, PublicDepartment, PublicPower } from '../public-data.js';

/*
 * Paths, labels and the small components every page kind shares. Everything here returns JSX
 * or plain strings: text reaches the page only through preact, which escapes it.
 */

// ---------------------------------------------------------------------------------------------
// Paths. Every page lives at depth 0 (index.html, abolished.html) or 1 (powers/…, departments/…,
// types/…); `root` is the prefix from a page back to the site root ('' or '../').

export type Root = '' | '../';

/**
 * A file name from any string: [0-9A-Za-z-] is kept, every other UTF-8 byte becomes `_xx` (two
 * lowercase hex digits), so `.`, `/` and `\` can never appear and two different strings never
 * share a name. Very long results (codes in CJK) become a readable prefix plus a hash, and are
 * then longer than any unhashed name, so the two forms cannot meet.
 */
export function fileSafe(name: string): string {
  if (name === '') return '_';
  let out = '';
  for (const byte of new TextEncoder().encode(name)) {
    const isKept = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || byte === 0x2d;
    out += isKept ? String.fromCharCode(byte) : `_${byte.toString(16).padStart(2, '0')}`;
  }
  if (out.length <= 160) return out;
  return `${out.slice(0, 150)}_${createHash('sha256').update(name).digest('hex').slice(0, 16)}`;
}

export const powerPagePath = (code: string): string => `powers/${fileSafe(code)}.html`;
export const departmentPagePath = (id: string): string => `departments/${fileSafe(id)}.html`;
export const typePagePath = (type: string): string => `types/${fileSafe(type)}.html`;
/** A chart's file: its id is already file-safe (flowchart/chart-names.ts). */
export const flowchartPath = (id: string): string => `flowcharts/${id}.svg`;
export const ABOLISHED_PATH = 'abolished.html';
export const HOME_PATH = 'index.html';
export const STYLESHEET_PATH = 'assets/site.css';
export const SEARCH_PATH = 'search.html';
export const ICON_PATH = 'assets/favicon.svg';
/** Scripts are files beside the stylesheet (the CSP allows no inline script); pages work without them. */
export const SCRIPT_PATHS = { search: 'assets/search.js', lang: 'assets/lang.js' } as const;
export const OPEN_DATA = [
  { path: 'data/catalogue.json', format: 'JSON 格式', note: '：结构化数据，字段与本网站公开的内容一致' },
  { path: 'data/catalogue.csv', format: 'CSV 格式', note: '：逗号分隔文本，每个权力事项一行，可用表格软件打开' },
  { path: 'data/catalogue.xlsx', format: 'Excel（XLSX）格式', note: '：电子表格' },
] as const satisfies readonly { path: string; format: UiLabel; note: UiLabel }[];

// ---------------------------------------------------------------------------------------------
// Labels.

/** `网上办理（电脑端）(2)` → `网上办理（电脑端）`: the national code in ASCII parentheses is dropped (Uncoded is the same in types). */
const withoutCode = <S extends string>(label: S) => label.replace(/\s*\([^()]*\)$/, '') as Uncoded<S>;
const labelIn = (table: Readonly<Record<string, string>>) => (value: string) => {
  const label = Object.hasOwn(table, value) ? table[value] : undefined;
  return label === undefined ? value : withoutCode(label);
};

export const basisLevelLabel = labelIn(BASIS_LEVELS);
export const natureLabel = labelIn(DEPARTMENT_NATURES);
export const handlingLabel = labelIn(HANDLING_FORMS);
export const serviceObjectLabel = labelIn(SERVICE_OBJECTS);
export const sourceKindLabel = labelIn(SOURCE_KINDS);
export const riskLevelLabel = labelIn(RISK_LEVELS);
/** A label with its English (i18n.ts has one for every enum label). */
export const typeLabel = (type: PowerType) => withoutCode(POWER_TYPES[type]);

/** The enum order (GB/T 39046 A.1), not the alphabet: 行政许可 first, 公共服务 last. */
export const TYPE_ORDER = Object.keys(POWER_TYPES) as PowerType[];

export const STATUS_LABEL = { active: '现行有效', suspended: '暂停实施', abolished: '已取消' } as const satisfies Record<PublicPower['status'], UiLabel>;

// ---------------------------------------------------------------------------------------------
// Grouping (every iteration in a defined order, so the same input gives the same bytes).

export const isCurrent = (power: PublicPower) => power.status !== 'abolished';

export function byCode(powers: readonly PublicPower[]): PublicPower[] {
  return [...powers].sort((a, b) => compareStrings(a.code, b.code));
}

/** Powers per type in enum order, empty types left out. */
export function groupByType(powers: readonly PublicPower[]): { type: PowerType; label: PlainLabel; powers: PublicPower[] }[] {
  return TYPE_ORDER.map((type) => ({ type, label: typeLabel(type), powers: byCode(powers.filter((p) => p.type === type)) })).filter(
    (group) => group.powers.length > 0,
  );
}

export function departmentsOf(catalogue: PublicCatalogue): PublicDepartment[] {
  const seen = new Map<string, PublicDepartment>();
  for (const department of catalogue.departments) seen.set(department.id, department);
  for (const power of catalogue.powers) if (!seen.has(power.department.id)) seen.set(power.department.id, power.department);
  return [...seen.values()].sort((a, b) => compareStrings(a.id, b.id));
}

/** 《title》, unless the title already carries its book-title marks. */
export const bookTitle = (title: string) => (title.startsWith('《') ? title : `《${title}》`);

// ---------------------------------------------------------------------------------------------
// Small components.

/** Powercat's own words: the Chinese shown, the English beside it for site-assets/lang.js, which swaps the whole text. */
export function T({ text }: { text: UiText }) {
  return <span data-en={text.en}>{text.zh}</span>;
}

export const t = <L extends UiLabel>(label: L, ...values: SlotValues<L>) => <T text={ui(label, ...values)} />;

/**
 * Enum labels (行政许可, 法律…), several as one list. A value outside the format's enum is shown as
 * the catalogue wrote it, untranslated: it is then the catalogue's data, not powercat's label.
 */
export function Label({ text }: { text: string | readonly string[] }) {
  const labels = typeof text === 'string' ? [text] : text;
  return labels.every(isPlainLabel) ? <T text={uiList(labels)} /> : <>{labels.join('、')}</>;
}

export function StatusBadge({ power }: { power: PublicPower }) {
  return (
    <>
      {power.status !== 'active' && <span class={`badge badge-${power.status}`}>{t(STATUS_LABEL[power.status])}</span>}
      {!power.public && <span class="badge badge-withheld">{t('不予公开')}</span>}
    </>
  );
}

/** A phone number, dialable on a phone when it is only digits and separators. */
export function Phone({ number }: { number: string }) {
  const dialable = /^\+?[0-9][0-9 ()-]{2,}$/.test(number);
  return dialable ? (
    <a class="tel" href={`tel:${number.replace(/[^0-9+]/g, '')}`}>
      {number}
    </a>
  ) : (
    <>{number}</>
  );
}

/** A phone number inside free text (`…监督股　0899-8200123`): 7+ digits, with the +, spaces, brackets and hyphens between them. */
const PHONE_IN_TEXT = /(\+?\d[\d ()\-\u2010\u2011]{5,}\d)/u;

/** Free text whose phone numbers never break across lines. */
export function TextWithPhones({ text }: { text: string }) {
  return (
    <>
      {text.split(PHONE_IN_TEXT).map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} class="tel">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** Multi-line free text (裁量基准, 备注…): line breaks kept by the stylesheet. */
export function Prose({ text }: { text: string }) {
  return <p class="prose">{text}</p>;
}

/** One row of a label/value table. */
export function Row({ label, children }: { label: PlainLabel; children: ComponentChildren }) {
  return (
    <tr>
      <th scope="row">{t(label)}</th>
      <td>{children}</td>
    </tr>
  );
}

/** A label/value table, named by the heading above it. */
export function FieldTable({ labelledBy, children }: { labelledBy: string; children: ComponentChildren }) {
  return (
    <table class="fields" aria-labelledby={labelledBy}>
      <tbody>{children}</tbody>
    </table>
  );
}

/** A column of a StackTable: the header, and the cell of each row. */
export interface Column<Item> {
  label: PlainLabel;
  cell: (item: Item) => ComponentChildren;
  /** The row's heading cell (th scope=row). */
  rowHeader?: boolean;
  class?: string;
  cellClass?: string;
  /** Shown only when some row has a value for it. */
  optional?: (item: Item) => boolean;
}

/** A table on a wide screen, one card per row on a narrow one (the stylesheet reads the labels from data-label). */
export function StackTable<Item>({ rows, columns, labelledBy }: { rows: readonly Item[]; columns: readonly Column<Item>[]; labelledBy?: string }) {
  const shown = columns.filter((c) => !c.optional || rows.some(c.optional));
  return (
    <table class="list stack" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          {shown.map((c) => (
            <th scope="col" class={c.class}>
              {t(c.label)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {shown.map((c) =>
              c.rowHeader ? (
                <th scope="row">{c.cell(row)}</th>
              ) : (
                <td {...uiAttr('data-label', ui(c.label))} class={c.cellClass}>
                  {c.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function powerColumns(root: Root) {
  const column = (c: Column<PublicPower>) => [c];
  return {
    type: column({ label: '权力类型', cell: (p) => t(typeLabel(p.type)) }),
    department: column({
      label: '实施主体',
      cell: (p) => <a href={`${root}${departmentPagePath(p.department.id)}`}>{p.department.name}</a>,
    }),
    status: column({
      label: '状态',
      cellClass: 'status',
      cell: (p) => (p.status === 'active' && p.public ? t(STATUS_LABEL.active) : <StatusBadge power={p} />),
    }),
    abolished: [
      { label: '取消日期', cellClass: 'date', cell: (p) => p.abolishedOn ?? (p.public ? t('未填写') : '—') },
      { label: '取消理由', cell: (p) => p.abolishedReason ?? t(p.public ? '未填写' : '不予公开') },
    ],
  } satisfies Record<string, Column<PublicPower>[]>;
}

export interface PowerTableProps {
  root: Root;
  powers: readonly PublicPower[];
  /** The id of the heading that names the list. */
  labelledBy: string;
  columns: readonly (keyof ReturnType<typeof powerColumns>)[];
}

/** The list of powers used on the department, type and abolished pages: code, name, then the columns asked for. */
export function PowerTable({ root, powers, labelledBy, columns }: PowerTableProps) {
  const optional = powerColumns(root);
  const always: Column<PublicPower>[] = [
    { label: '权力编码', cell: (p) => p.code, class: 'col-code', cellClass: 'code' },
    { label: '权力名称', cell: (p) => <a href={`${root}${powerPagePath(p.code)}`}>{p.name}</a>, rowHeader: true },
  ];
  return <StackTable rows={powers} columns={[...always, ...columns.flatMap((c) => optional[c])]} labelledBy={labelledBy} />;
}

/** Breadcrumbs: every ancestor a link, the page itself plain text marked current. */
export function Breadcrumbs({ root, trail }: { root: Root; trail: readonly { label: ComponentChildren; href?: string }[] }) {
  return (
    <nav class="breadcrumbs" {...uiAttr('aria-label', ui('当前位置'))}>
      <ol>
        <li>
          <a href={`${root}${HOME_PATH}`}>{t('首页')}</a>
        </li>
        {trail.map((step, i) =>
          step.href !== undefined && i < trail.length - 1 ? (
            <li key={i}>
              <a href={step.href}>{step.label}</a>
            </li>
          ) : (
            <li key={i} aria-current={i === trail.length - 1 ? 'page' : undefined}>
              {step.label}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
