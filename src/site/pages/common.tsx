import { createHash } from 'node:crypto';
import type { ComponentChildren } from 'preact';
import type { PowerType } from '../../model/types.js';
import { compareStrings } from '../../report/diagnostic.js';
import {
  BASIS_LEVELS,
  DEPARTMENT_NATURES,
  HANDLING_FORMS,
  POWER_TYPES,
  RISK_LEVELS,
  SERVICE_OBJECTS,
  SOURCE_KINDS,
} from '../../schema/fields.js';
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
export const ABOLISHED_PATH = 'abolished.html';
export const HOME_PATH = 'index.html';
export const STYLESHEET_PATH = 'assets/site.css';
export const OPEN_DATA = [
  { path: 'data/catalogue.json', format: 'JSON', note: '结构化数据，字段与本网站公开的内容一致' },
  { path: 'data/catalogue.csv', format: 'CSV', note: '逗号分隔文本，每个权力事项一行，可用表格软件打开' },
  { path: 'data/catalogue.xlsx', format: 'Excel（XLSX）', note: '电子表格' },
] as const;

// ---------------------------------------------------------------------------------------------
// Labels.

/** `网上办理（电脑端）(2)` → `网上办理（电脑端）`: the national code in ASCII parentheses is dropped. */
const withoutCode = (label: string) => label.replace(/\s*\([^()]*\)$/, '');
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
export const typeLabel = labelIn(POWER_TYPES);

/** The enum order (GB/T 39046 A.1), not the alphabet: 行政许可 first, 公共服务 last. */
export const TYPE_ORDER = Object.keys(POWER_TYPES) as PowerType[];

export const STATUS_LABEL: Record<PublicPower['status'], string> = { active: '现行有效', suspended: '暂停实施', abolished: '已取消' };

// ---------------------------------------------------------------------------------------------
// Grouping (every iteration in a defined order, so the same input gives the same bytes).

export const isCurrent = (power: PublicPower) => power.status !== 'abolished';

export function byCode(powers: readonly PublicPower[]): PublicPower[] {
  return [...powers].sort((a, b) => compareStrings(a.code, b.code));
}

/** Powers per type in enum order, empty types left out. */
export function groupByType(powers: readonly PublicPower[]): { type: PowerType; label: string; powers: PublicPower[] }[] {
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

export function StatusBadge({ power }: { power: PublicPower }) {
  return (
    <>
      {power.status !== 'active' && <span class={`badge badge-${power.status}`}>{STATUS_LABEL[power.status]}</span>}
      {!power.public && <span class="badge badge-withheld">不予公开</span>}
    </>
  );
}

/** A phone number, dialable on a phone when it is only digits and separators. */
export function Phone({ number }: { number: string }) {
  const dialable = /^\+?[0-9][0-9 ()-]{2,}$/.test(number);
  return dialable ? <a href={`tel:${number.replace(/[^0-9+]/g, '')}`}>{number}</a> : <>{number}</>;
}

/** Multi-line free text (裁量基准, 备注…): line breaks kept by the stylesheet. */
export function Prose({ text }: { text: string }) {
  return <p class="prose">{text}</p>;
}

/** One row of a label/value table. */
export function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <tr>
      <th scope="row">{label}</th>
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

export interface PowerTableProps {
  root: Root;
  powers: readonly PublicPower[];
  label: string;
  columns: readonly ('department' | 'type' | 'status' | 'abolished')[];
}

/**
 * The list of powers used on the department, type and abolished pages: a table on a wide
 * screen, one card per power on a narrow one (the stylesheet reads the labels from data-label).
 */
export function PowerTable({ root, powers, label, columns }: PowerTableProps) {
  return (
    <table class="list stack powers">
      <caption class="visually-hidden">{label}</caption>
      <thead>
        <tr>
          <th scope="col" class="col-code">权力编码</th>
          <th scope="col">权力名称</th>
          {columns.includes('type') && <th scope="col">权力类型</th>}
          {columns.includes('department') && <th scope="col">实施主体</th>}
          {columns.includes('status') && <th scope="col">状态</th>}
          {columns.includes('abolished') && <th scope="col">取消日期</th>}
          {columns.includes('abolished') && <th scope="col">取消理由</th>}
        </tr>
      </thead>
      <tbody>
        {powers.map((power) => (
          <tr key={power.code}>
            <td class="code" data-label="权力编码">{power.code}</td>
            <th scope="row">
              <a href={`${root}${powerPagePath(power.code)}`}>{power.name}</a>
            </th>
            {columns.includes('type') && <td data-label="权力类型">{power.typeLabel}</td>}
            {columns.includes('department') && (
              <td data-label="实施主体">
                <a href={`${root}${departmentPagePath(power.department.id)}`}>{power.department.name}</a>
              </td>
            )}
            {columns.includes('status') && (
              <td class="status" data-label="状态">{power.status === 'active' && power.public ? STATUS_LABEL.active : <StatusBadge power={power} />}</td>
            )}
            {columns.includes('abolished') && (
              <td class="date" data-label="取消日期">
                {power.abolishedOn ?? (power.public ? '未填写' : '—')}
              </td>
            )}
            {columns.includes('abolished') && <td data-label="取消理由">{power.abolishedReason ?? (power.public ? '未填写' : '不予公开')}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Breadcrumbs: every ancestor a link, the page itself plain text marked current. */
export function Breadcrumbs({ root, trail }: { root: Root; trail: readonly { label: string; href?: string }[] }) {
  return (
    <nav class="breadcrumbs" aria-label="当前位置">
      <ol>
        <li>
          <a href={`${root}${HOME_PATH}`}>首页</a>
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
