import { DEPARTMENT_NATURE, type DepartmentNature } from '../format/vocabulary.js';
import type { DepartmentData } from '../model/types.js';
import type { CellRef, Notes } from './notes.js';
import type { Sheet } from './read-table.js';
import type { PowerDraft } from './rows-to-powers.js';
import { assignIds } from './slug.js';

/*
 * Departments from the 实施主体 cells: one Department per name, with the code published beside
 * it as `uscc` or `orgCode` by its shape — as published, never cleaned (the linter says what is
 * wrong with it). A name published with several codes keeps the most frequent one, and the
 * report names the others with their rows. 承办机构 become units of their department, 共同实施部门
 * departments of their own. Phones shared by all of a department's rows go to the department.
 * powercat's own XLSX export has a 部门 sheet with ids, codes, parents and contacts: when it is
 * there, those are used as they are.
 */

/** The columns of the export's 部门 sheet (src/site/exports/columns.ts `departmentColumns`). */
export const DEPARTMENT_SHEET_HEADERS = {
  部门标识: 'id',
  部门名称: 'name',
  实施主体性质: 'nature',
  统一社会信用代码: 'uscc',
  组织机构代码: 'orgCode',
  上级部门: 'parent',
  咨询电话: 'phone',
  监督电话: 'supervisionPhone',
  地址: 'address',
} as const;

type SheetRecord = Partial<Record<(typeof DEPARTMENT_SHEET_HEADERS)[keyof typeof DEPARTMENT_SHEET_HEADERS], string>>;

/** The export's 部门 sheet, when the file has one: its records by department name. */
export function departmentSheetOf(sheets: readonly Sheet[]): Map<string, SheetRecord> | undefined {
  for (const sheet of sheets) {
    const headers = sheet.rows[0]?.cells.map((c) => c.text) ?? [];
    if (!headers.includes('部门标识') || !headers.includes('部门名称')) continue;
    const records = new Map<string, SheetRecord>();
    for (const row of sheet.rows.slice(1)) {
      const record: SheetRecord = {};
      headers.forEach((header, i) => {
        const key = DEPARTMENT_SHEET_HEADERS[header as keyof typeof DEPARTMENT_SHEET_HEADERS];
        const text = row.cells[i]?.text ?? '';
        if (key !== undefined && text !== '') record[key] = text;
      });
      if (record.name !== undefined) records.set(record.name, record);
    }
    return records;
  }
  return undefined;
}

/** A 9-character organisation code (8 + check, a hyphen before the check accepted); anything else is filed as a USCC. */
const ORG_CODE_SHAPE = /^[0-9A-Za-z]{8}-?[0-9A-Za-z]$/;

const codeFieldOf = (code: string): 'uscc' | 'orgCode' => (ORG_CODE_SHAPE.test(code) ? 'orgCode' : 'uscc');

export interface DepartmentDoc {
  data: DepartmentData;
  /** The department whose file it is written in (a unit is written with its department). */
  fileOf: string;
}

interface Body {
  name: string;
  codes: Map<string, { rows: number[]; at: CellRef }>;
  drafts: PowerDraft[];
}

export interface DepartmentInput {
  drafts: PowerDraft[];
  /** The 实施主体 of every row when the list has no such column (named after the list). */
  defaultName: string;
  hasColumn: boolean;
  sheet: Map<string, SheetRecord> | undefined;
  notes: Notes;
}

export function settleDepartments(input: DepartmentInput): DepartmentDoc[] {
  const { drafts, notes, sheet } = input;
  const bodies = new Map<string, Body>();
  const bodyOf = (name: string) => {
    let body = bodies.get(name);
    if (!body) bodies.set(name, (body = { name, codes: new Map(), drafts: [] }));
    return body;
  };
  let previous: string | undefined;
  let inherited: number[] = [];
  const flush = () => {
    if (inherited.length > 0 && previous !== undefined) {
      notes.note({ row: inherited[0]! }, {
        'zh-CN': `第 ${rowRanges(inherited)} 行的实施主体为空，沿用上一行的“${previous}”（合并单元格）；如不对请在表中补上`,
        en: `rows ${rowRanges(inherited)} name no implementing body: taken from the row above, "${previous}" (merged cells); if that is wrong, fill them in the list`,
      });
    }
    inherited = [];
  };
  const names = new Map<PowerDraft, string>();
  for (const draft of drafts) {
    let name = draft.department?.text;
    if (name === undefined && input.hasColumn && previous !== undefined) {
      name = previous;
      inherited.push(draft.row);
    } else {
      flush();
    }
    name ??= input.defaultName;
    previous = name;
    names.set(draft, name);
    const body = bodyOf(name);
    body.drafts.push(draft);
    const code = draft.departmentCode;
    if (code) {
      const seen = body.codes.get(code.text) ?? { rows: [], at: code.at };
      seen.rows.push(draft.row);
      body.codes.set(code.text, seen);
    }
  }
  flush();

  // Units (承办机构) by department, and joint departments (共同实施部门), by name.
  const units = new Map<string, { name: string; parent: string }>();
  for (const draft of drafts) {
    const owner = names.get(draft)!;
    if (draft.undertaker !== undefined && draft.undertaker !== owner) units.set(unitKey(owner, draft.undertaker), { name: draft.undertaker, parent: owner });
    for (const joint of draft.jointWith ?? []) if (!bodies.has(joint)) bodyOf(joint);
  }

  // Ids: the export's own where it gives them, else slugs that avoid them.
  const fixed = new Map<string, string>();
  for (const name of bodies.keys()) if (sheet?.get(name)?.id) fixed.set(`d:${name}`, sheet.get(name)!.id!);
  for (const [key, unit] of units) if (sheet?.get(unit.name)?.id) fixed.set(`u:${key}`, sheet.get(unit.name)!.id!);
  const open = [
    ...[...bodies.keys()].map((name) => ({ key: `d:${name}`, name })),
    ...[...units].map(([key, unit]) => ({ key: `u:${key}`, name: unit.name })),
  ].filter((entry) => !fixed.has(entry.key));
  const ids = new Map([...fixed, ...assignIds(open, new Set(fixed.values()))]);
  const idOfName = (name: string) => ids.get(`d:${name}`);

  const docs: DepartmentDoc[] = [];
  for (const body of bodies.values()) {
    const id = idOfName(body.name)!;
    const record = sheet?.get(body.name);
    const data: DepartmentData = { kind: 'Department', id, name: body.name };
    fromRecord(data, record, idOfName);
    if (!record) {
      const code = chosenCode(body, notes);
      if (code !== undefined) data[codeFieldOf(code)] = code;
      const contact = { phone: sharedValue(body.drafts, 'phone'), supervisionPhone: sharedValue(body.drafts, 'supervisionPhone') };
      if (contact.phone !== undefined || contact.supervisionPhone !== undefined) data.contact = JSON.parse(JSON.stringify(contact)) as DepartmentData['contact'];
    }
    for (const draft of body.drafts) placePowerContact(draft, data.contact);
    docs.push({ data, fileOf: id });
  }
  for (const [key, unit] of units) {
    const id = ids.get(`u:${key}`)!;
    const data: DepartmentData = { kind: 'Department', id, name: unit.name, unit: true, parent: idOfName(unit.parent)! };
    fromRecord(data, sheet?.get(unit.name), idOfName);
    docs.push({ data, fileOf: idOfName(unit.parent)! });
  }
  for (const draft of drafts) {
    const owner = names.get(draft)!;
    draft.data.department = idOfName(owner);
    if (draft.undertaker !== undefined && draft.undertaker !== owner) draft.data.undertaker = ids.get(`u:${unitKey(owner, draft.undertaker)}`);
    if (draft.jointWith) draft.data.jointWith = [...new Set(draft.jointWith.map((name) => idOfName(name)!))];
  }
  // The export's 部门 sheet lists the departments in the catalogue's order: keep it (the rest after, as they came).
  const position = new Map([...(sheet?.keys() ?? [])].map((name, i) => [name, i]));
  return docs.sort((a, b) => (position.get(a.data.name) ?? position.size) - (position.get(b.data.name) ?? position.size));
}

/** What the export's 部门 sheet says of a department, as it says it. */
function fromRecord(data: DepartmentData, record: SheetRecord | undefined, idOfName: (name: string) => string | undefined): void {
  if (!record) return;
  const nature = record.nature !== undefined ? natureOf(record.nature) : undefined;
  if (nature) data.nature = nature;
  if (record.uscc !== undefined) data.uscc = record.uscc;
  if (record.orgCode !== undefined) data.orgCode = record.orgCode;
  const parent = record.parent !== undefined ? idOfName(record.parent) : undefined;
  if (parent !== undefined) data.parent = parent;
  const contact = { phone: record.phone, supervisionPhone: record.supervisionPhone, address: record.address };
  if (Object.values(contact).some((v) => v !== undefined)) data.contact = JSON.parse(JSON.stringify(contact)) as DepartmentData['contact'];
}

const unitKey = (owner: string, unit: string) => `${owner}\u0000${unit}`;

function natureOf(label: string): DepartmentNature | undefined {
  return (Object.entries(DEPARTMENT_NATURE) as [DepartmentNature, { zh: string }][]).find(([, term]) => term.zh === label)?.[0];
}

/** The most frequent code (the first seen among equals); the others are reported with their rows. */
function chosenCode(body: Body, notes: Notes): string | undefined {
  const codes = [...body.codes.entries()];
  if (codes.length === 0) return undefined;
  const [chosen] = [...codes].sort((a, b) => b[1].rows.length - a[1].rows.length);
  for (const [code, { rows, at }] of codes) {
    if (code === chosen![0]) continue;
    notes.problem(at, {
      'zh-CN': `“${body.name}”的实施主体代码在第 ${rowRanges(rows)} 行写作“${code}”，而在 ${chosen![1].rows.length} 行中写作“${chosen![0]}”；一个部门只有一个代码，部门文件中用了后者，这一写法未导入，请核对`,
      en: `"${body.name}" has implementing-body code "${code}" in rows ${rowRanges(rows)} but "${chosen![0]}" in ${chosen![1].rows.length} rows; a department has one code, its file has the latter and this one was left out: check which is right`,
    });
  }
  return chosen![0];
}

/**
 * A department's phone (without the export's 部门 sheet): the one every one of its rows gives (the
 * most frequent when they differ); undefined when a row gives none, so that no power inherits a
 * phone it never had.
 */
function sharedValue(drafts: readonly PowerDraft[], key: 'phone' | 'supervisionPhone'): string | undefined {
  // A power that does not publish its contact says nothing about the department's phone.
  const values = drafts.filter((d) => publishesContact(d)).map((d) => d[key]);
  if (values.length === 0 || values.some((v) => v === undefined)) return undefined;
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v!, (counts.get(v!) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

function publishesContact(draft: PowerDraft): boolean {
  const disclosure = draft.data.disclosure as { public?: boolean; withhold?: string[] } | undefined;
  return disclosure?.public !== false && !disclosure?.withhold?.includes('contact');
}

function placePowerContact(draft: PowerDraft, departmentContact: DepartmentData['contact']): void {
  const contact: Record<string, string> = {};
  if (draft.phone !== undefined && draft.phone !== departmentContact?.phone) contact.phone = draft.phone;
  if (draft.supervisionPhone !== undefined && draft.supervisionPhone !== departmentContact?.supervisionPhone) contact.supervisionPhone = draft.supervisionPhone;
  if (Object.keys(contact).length > 0) draft.data.contact = contact;
}

/** `5–9、12` (zh) style ranges of row numbers; the same text reads in both languages. */
function rowRanges(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j === i ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.length > 8 ? `${parts.slice(0, 8).join(', ')} …` : parts.join(', ');
}
