import { compareStrings } from '../../core/compare.js';
import type { PublicCatalogue, PublicDepartment, PublicPower } from '../public-data.js';

/*
 * data/catalogue.json: the public data as it is (public-data.ts), with a fixed key order so the
 * same catalogue always gives the same bytes. docs/open-data.md documents every field.
 */

export const OPEN_DATA_FORMAT_VERSION = 1;

/**
 * The key order of each object. The `Record<keyof …, true>` types make the compiler refuse a
 * field added to PublicPower/PublicDepartment until it is placed here (and documented).
 */
const DEPARTMENT_KEYS = {
  id: true,
  name: true,
  nature: true,
  uscc: true,
  parent: true,
  phone: true,
  supervisionPhone: true,
  address: true,
} satisfies Record<keyof PublicDepartment, true>;

const POWER_KEYS = {
  code: true,
  name: true,
  type: true,
  typeLabel: true,
  department: true,
  status: true,
  public: true,
  exception: true,
  undertaker: true,
  jointWith: true,
  source: true,
  basis: true,
  subItems: true,
  timeLimit: true,
  fees: true,
  serviceObjects: true,
  handling: true,
  online: true,
  responsibilities: true,
  accountability: true,
  discretion: true,
  risks: true,
  contact: true,
  abolishedOn: true,
  abolishedReason: true,
  effective: true,
  note: true,
  flowcharts: true,
} satisfies Record<keyof PublicPower, true>;

type Item<K extends keyof PublicPower> = NonNullable<PublicPower[K]> extends readonly (infer T)[] ? T : NonNullable<PublicPower[K]>;

const EXCEPTION_KEYS: (keyof Item<'exception'>)[] = ['reason', 'basis'];
const SOURCE_KEYS: (keyof Item<'source'>)[] = ['kind', 'from', 'basis'];
const BASIS_KEYS: (keyof Item<'basis'>)[] = ['level', 'title', 'article', 'text'];
const SUB_ITEM_KEYS: (keyof Item<'subItems'>)[] = ['code', 'name', 'note'];
const TIME_LIMIT_KEYS: (keyof Item<'timeLimit'>)[] = ['statutory', 'promised'];
const FEE_KEYS: (keyof Item<'fees'>)[] = ['name', 'standard', 'basis'];
const RESPONSIBILITY_KEYS: (keyof Item<'responsibilities'>)[] = ['stage', 'text', 'basis'];
const ACCOUNTABILITY_KEYS: (keyof Item<'accountability'>)[] = ['text', 'basis'];
const RISK_KEYS: (keyof Item<'risks'>)[] = ['step', 'level', 'points', 'controls', 'owner'];
const CONTACT_KEYS: (keyof Item<'contact'>)[] = ['phone', 'supervisionPhone'];
const FLOWCHART_KEYS: (keyof Item<'flowcharts'>)[] = ['external', 'internal'];

/** The object's defined members: the listed keys in their order, then any others alphabetically. */
function ordered<T extends object>(value: T, keys: readonly (keyof T)[]): T {
  const rest = (Object.keys(value) as (keyof T)[]).filter((k) => !keys.includes(k)).sort((a, b) => compareStrings(String(a), String(b)));
  const out: Partial<T> = {};
  for (const key of [...keys, ...rest]) if (value[key] !== undefined) out[key] = value[key];
  return out as T;
}

const each = <T extends object>(list: readonly T[] | undefined, keys: readonly (keyof T)[]) => list?.map((item) => ordered(item, keys));
const one = <T extends object>(value: T | undefined, keys: readonly (keyof T)[]) => (value === undefined ? undefined : ordered(value, keys));

const department = (d: PublicDepartment) => ordered(d, Object.keys(DEPARTMENT_KEYS) as (keyof PublicDepartment)[]);

function power(p: PublicPower): PublicPower {
  return ordered(
    {
      ...p,
      department: department(p.department),
      exception: one(p.exception, EXCEPTION_KEYS),
      source: one(p.source, SOURCE_KEYS),
      basis: each(p.basis, BASIS_KEYS),
      subItems: each(p.subItems, SUB_ITEM_KEYS),
      timeLimit: one(p.timeLimit, TIME_LIMIT_KEYS),
      fees: each(p.fees, FEE_KEYS),
      responsibilities: each(p.responsibilities, RESPONSIBILITY_KEYS),
      accountability: each(p.accountability, ACCOUNTABILITY_KEYS),
      risks: each(p.risks, RISK_KEYS),
      contact: one(p.contact, CONTACT_KEYS),
      flowcharts: ordered(p.flowcharts, FLOWCHART_KEYS),
    },
    Object.keys(POWER_KEYS) as (keyof PublicPower)[],
  );
}

/** The JSON export: 2-space indent, a trailing newline, UTF-8 text (no BOM). */
export function catalogueJson(catalogue: PublicCatalogue, generatedOn: string): string {
  const document = {
    formatVersion: OPEN_DATA_FORMAT_VERSION,
    catalogue: { id: catalogue.id, name: catalogue.name },
    generatedOn,
    departments: catalogue.departments.map(department),
    powers: catalogue.powers.map(power),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
