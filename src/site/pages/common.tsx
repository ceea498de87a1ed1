import type { ComponentChildren } from 'preact';
import { compareStrings } from '../../core/compare.js';
import { POWER_STATUS, POWER_TYPE, termOf, valuesOf, type PowerType, type Term } from '../../format/vocabulary.js';
import type { WithholdableField } from '../../format/power-fields.js';
import { fileSafe } from '../file-safe.js';
import { ui, uiAttr, type PlainLabel, type SlotValues, type UiLabel, type UiText } from '../i18n.js';
import { httpUrl, type PublicCatalogue, type PublicDepartment, type PublicPower } from '../public-data.js';

/*
 * Paths, labels and the small components every page kind shares. Everything here returns JSX
 * or plain strings: text reaches the page only through preact, which escapes it.
 */

// ---------------------------------------------------------------------------------------------
// Paths. Every page lives at depth 0 (index.html, abolished.html) or 1 (powers/…, departments/…,
// types/…); `root` is the prefix from a page back to the site root ('' or '../').

export type Root = '' | '../';

export const departmentPagePath = (id: string): string => `departments/${fileSafe(id)}.html`;
export const typePagePath = (type: string): string => `types/${fileSafe(type)}.html`;
/** A chart's file: its id is already file-safe (flowchart/chart-names.ts). */
export const flowchartPath = (id: string): string => `flowcharts/${id}.svg`;
export const ABOLISHED_PATH = 'abolished.html';
export const UPSTREAM_PATH = 'upstream.html';
export const HOME_PATH = 'index.html';
export const STYLESHEET_PATH = 'assets/site.css';
export const SEARCH_PATH = 'search.html';
export const ICON_PATH = 'assets/favicon.svg';
/** Scripts are files beside the stylesheet (the CSP allows no inline script); pages work without them. */
export const SCRIPT_PATHS = { search: 'assets/search.js', lang: 'assets/lang.js', elder: 'assets/elder.js' } as const;
export const OPEN_DATA = [
  { path: 'data/catalogue.json', format: 'JSON 格式', note: '：结构化数据，字段与本网站公开的内容一致' },
  { path: 'data/catalogue.csv', format: 'CSV 格式', note: '：逗号分隔文本，每个权力事项一行，可用表格软件打开' },
  { path: 'data/catalogue.xlsx', format: 'Excel（XLSX）格式', note: '：电子表格' },
] as const satisfies readonly { path: string; format: UiLabel; note: UiLabel }[];

// ---------------------------------------------------------------------------------------------
// Labels.

/** The enum order (GB/T 39046 A.1), not the alphabet: 行政许可 first, 公共服务 last. */
export const TYPE_ORDER = valuesOf(POWER_TYPE);

// ---------------------------------------------------------------------------------------------
// Grouping (every iteration in a defined order, so the same input gives the same bytes).

export const isCurrent = (power: PublicPower) => power.status !== 'abolished';

export function byCode(powers: readonly PublicPower[]): PublicPower[] {
  return [...powers].sort((a, b) => compareStrings(a.code, b.code));
}

/** Powers per type in enum order, empty types left out. */
export function groupByType(powers: readonly PublicPower[]): { type: PowerType; label: Term; powers: PublicPower[] }[] {
  return TYPE_ORDER.map((type) => ({ type, label: POWER_TYPE[type], powers: byCode(powers.filter((p) => p.type === type)) })).filter(
    (group) => group.powers.length > 0,
  );
}

/** The departments that own powers (实施主体), each with its own page. */
export function departmentsOf(catalogue: PublicCatalogue): PublicDepartment[] {
  const owners = new Map<string, PublicDepartment>();
  for (const power of catalogue.powers) owners.set(power.department.id, power.department);
  // in the order of the public catalogue's departments (site.departmentOrder), never by id
  const order = new Map(catalogue.departments.map((d, i) => [d.id, i]));
  return [...owners.values()].sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity) || compareStrings(a.id, b.id));
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
 * Values of one of the format's vocabularies (行政许可, 法律…) by their labels, several as one list. A
 * value outside the vocabulary is shown as the catalogue wrote it, untranslated: it is then the
 * catalogue's data, not powercat's label.
 */
export function Terms({ of, values }: { of: Readonly<Record<string | number, Term>>; values: string | number | readonly (string | number)[] }) {
  const list = Array.isArray(values) ? values : [values as string | number];
  const terms = list.map((value) => termOf(of, value));
  if (terms.every((term): term is Term => term !== undefined)) {
    const separator = ui('、');
    return <T text={{ zh: terms.map((term) => term.zh).join(separator.zh), en: terms.map((term) => term.en).join(separator.en) }} />;
  }
  return <>{list.map((value, i) => terms[i]?.zh ?? String(value)).join('、')}</>;
}

export function StatusBadge({ power }: { power: PublicPower }) {
  return (
    <>
      {power.status !== undefined && power.status !== 'active' && (
        <span class={`badge badge-${power.status}`}>
          <T text={POWER_STATUS[power.status]} />
        </span>
      )}
      {!power.public && <span class="badge badge-withheld">{t('不予公开')}</span>}
    </>
  );
}

/** In place of a field the page has no value for: 不予公开 when withheld (or the power is), else 未填写. */
export function Unshown({ power, field }: { power: PublicPower; field: WithholdableField }) {
  return t(!power.public || power.withheld.includes(field) ? '不予公开' : '未填写');
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date: a <time> when it is a real YYYY-MM-DD date, else the text as the catalogue wrote it. */
export function DateText({ date }: { date: string }) {
  const [, y, m, d] = ISO_DATE.exec(date) ?? [];
  const real = y !== undefined && new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))).toISOString().startsWith(date);
  return real ? <time datetime={date}>{date}</time> : <>{date}</>;
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

/**
 * A link to an http(s) address, named by `children` or else by the address itself; anything that
 * is not an http(s) address is shown as text: pages link nothing else, whatever the data holds.
 */
export function ExternalLink({ href, children }: { href: string; children?: ComponentChildren }) {
  const url = httpUrl(href);
  if (url === undefined) return <>{href}</>;
  return children === undefined ? (
    <a class="url" href={url}>
      {url}
    </a>
  ) : (
    <a href={url}>{children}</a>
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
    type: column({ label: '权力类型', cell: (p) => <T text={POWER_TYPE[p.type]} /> }),
    department: column({
      label: '实施主体',
      cell: (p) => <a href={`${root}${departmentPagePath(p.department.id)}`}>{p.department.name}</a>,
    }),
    status: column({
      label: '状态',
      cellClass: 'status',
      cell: (p) => (p.status === 'active' ? <T text={POWER_STATUS.active} /> : p.status === undefined && p.public ? t('不予公开') : <StatusBadge power={p} />),
    }),
    abolished: [
      { label: '取消日期', cellClass: 'date', cell: (p) => p.abolishedOn ?? <Unshown power={p} field="abolishedOn" /> },
      { label: '取消理由', cell: (p) => p.reason ?? <Unshown power={p} field="reason" /> },
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
    { label: '权力名称', cell: (p) => <a href={`${root}${p.path}`}>{p.name}</a>, rowHeader: true },
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
