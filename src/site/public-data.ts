import type { FlowchartSpec } from '../flowchart/collect.js';
import { publishedViews } from '../flowchart/collect.js';
import { indexesOf } from '../model/indexes.js';
import { processesOfPower } from '../model/process-graph.js';
import { filledText, listOf, recordOf, textOf } from '../model/read.js';
import type { CatalogueModel, DepartmentData, Entity, PowerData, PowerType, TimeUnit, View } from '../model/types.js';
import { UNIT_ZH } from '../domain/time-limits.js';
import { compareStrings } from '../core/compare.js';
import { POWER_TYPES } from '../schema/fields.js';

/*
 * What the public may see (FORMAT §4), computed once and used by every page and export, so a
 * withheld field cannot appear anywhere: a power with `public: false` is reduced to code, name,
 * type, department, reason and basis; a field named in `withhold` is left out entirely.
 */

export interface PublicDepartment {
  id: string;
  name: string;
  nature?: string;
  uscc?: string;
  parent?: string;
  phone?: string;
  supervisionPhone?: string;
  address?: string;
}

export interface PublicPower {
  code: string;
  name: string;
  type: PowerType;
  typeLabel: string;
  department: PublicDepartment;
  status: 'active' | 'suspended' | 'abolished';
  /** false: only code, name, type, department and the reason and basis of the exception. */
  public: boolean;
  exception?: { reason: string; basis: string };
  undertaker?: string;
  jointWith?: string[];
  source?: { kind: string; from?: string; basis?: string };
  basis?: { level: string; title: string; article?: string; text?: string }[];
  subItems?: { code: string; name: string; note?: string }[];
  timeLimit?: { statutory?: string; promised?: string };
  fees?: { name: string; standard: string; basis: string }[];
  serviceObjects?: string[];
  handling?: string[];
  online?: string;
  responsibilities?: { stage: string; text: string; basis?: string }[];
  accountability?: { text: string; basis?: string }[];
  discretion?: string;
  risks?: { step: string; level: string; points: string[]; controls: string[]; owner?: string }[];
  contact?: { phone?: string; supervisionPhone?: string };
  abolishedOn?: string;
  abolishedReason?: string;
  effective?: string;
  note?: string;
  /** Flowchart ids by view, for the views the power publishes. */
  flowcharts: Partial<Record<View, string>>;
}

export interface PublicCatalogue {
  id: string;
  name: string;
  site: { title: string; footer?: string; contact?: string; baseUrl?: string; identifier?: string; icp?: string; psb?: string };
  departments: PublicDepartment[];
  powers: PublicPower[];
}

function limitText(value: unknown): string | undefined {
  if (value === 'none') return '无法定时限';
  const limit = recordOf(value);
  if (typeof limit?.value !== 'number' || typeof limit.unit !== 'string') return undefined;
  const note = filledText(limit.note);
  return `${limit.value} ${UNIT_ZH[limit.unit as TimeUnit] ?? limit.unit}${note ? `（${note}）` : ''}`;
}

const texts = (value: unknown) => listOf(value).filter((v): v is string => typeof v === 'string');

function department(entity: Entity<DepartmentData> | undefined, id: string): PublicDepartment {
  const data = entity?.data;
  const contact = recordOf(data?.contact);
  return compact({
    id,
    name: textOf(data?.name) ?? id,
    nature: textOf(data?.nature),
    uscc: textOf(data?.uscc)?.toUpperCase(),
    parent: textOf(data?.parent),
    phone: textOf(contact?.phone),
    supervisionPhone: textOf(contact?.supervisionPhone),
    address: textOf(contact?.address),
  });
}

/** Drops undefined members so exports and pages never show an empty field. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function publicCatalogue(model: CatalogueModel, flowcharts: readonly FlowchartSpec[]): PublicCatalogue {
  const { departmentById } = indexesOf(model);
  const chartOf = new Map<string, string>();
  for (const chart of flowcharts) for (const code of chart.powers) chartOf.set(`${code}|${chart.view}`, chart.id);
  const catalogue = model.catalogue?.data;
  const site = recordOf(catalogue?.site);
  const powers = model.powers.flatMap((entity) => {
    const power = publicPower(model, entity, departmentById, chartOf);
    return power ? [power] : [];
  });
  const departments = [...new Set(powers.map((p) => p.department.id))]
    .map((id) => department(departmentById.get(id), id))
    .sort((a, b) => compareStrings(a.id, b.id));
  return {
    id: textOf(catalogue?.id) ?? 'catalogue',
    name: textOf(catalogue?.name) ?? '权责清单',
    site: compact({
      title: textOf(site?.title) ?? textOf(catalogue?.name) ?? '权责清单',
      footer: textOf(site?.footer),
      contact: textOf(site?.contact),
      baseUrl: textOf(site?.baseUrl),
      identifier: textOf(site?.identifier),
      icp: textOf(site?.icp),
      psb: textOf(site?.psb),
    }),
    departments,
    powers: powers.sort((a, b) => compareStrings(a.code, b.code)),
  };
}

function publicPower(
  model: CatalogueModel,
  entity: Entity<PowerData>,
  departmentById: ReadonlyMap<string, Entity<DepartmentData>>,
  chartOf: ReadonlyMap<string, string>,
): PublicPower | undefined {
  const data = entity.data;
  const code = textOf(data.code);
  const type = textOf(data.type) as PowerType | undefined;
  const departmentId = textOf(data.department);
  if (code === undefined || type === undefined || !(type in POWER_TYPES) || departmentId === undefined) return undefined;
  const disclosure = recordOf(data.disclosure);
  const base = {
    code,
    name: textOf(data.name) ?? code,
    type,
    typeLabel: POWER_TYPES[type].replace(/\s*\(\d+\)$/, ''),
    department: department(departmentById.get(departmentId), departmentId),
    status: (['suspended', 'abolished'].includes(data.status as string) ? data.status : 'active') as PublicPower['status'],
    flowcharts: {},
  };
  if (disclosure?.public === false) {
    return { ...base, public: false, exception: { reason: textOf(disclosure.reason) ?? '', basis: textOf(disclosure.basis) ?? '' } };
  }
  const withheld = new Set(texts(disclosure?.withhold));
  const shown = <T>(field: string, value: T): T | undefined => (withheld.has(field) ? undefined : value);
  const posts = new Map(
    listOf(departmentById.get(departmentId)?.data.posts).flatMap((p) => {
      const id = textOf(recordOf(p)?.id);
      const name = textOf(recordOf(p)?.name);
      return id && name ? [[id, name] as const] : [];
    }),
  );
  const timeLimit = recordOf(data.timeLimit);
  const contact = recordOf(data.contact);
  const source = recordOf(data.source);
  const { views } = publishedViews(model, entity);
  const stepNames = new Map(
    processesOfPower(model, entity).flatMap(({ body }) => (body?.steps ?? []).flatMap((st) => (st.id && st.name ? [[st.id, st.name] as const] : []))),
  );
  const flowcharts: Partial<Record<View, string>> = {};
  for (const view of views) {
    const id = chartOf.get(`${code}|${view}`);
    if (id) flowcharts[view] = id;
  }
  return compact({
    ...base,
    public: true,
    exception: withheld.size > 0 ? { reason: textOf(disclosure?.reason) ?? '', basis: textOf(disclosure?.basis) ?? '' } : undefined,
    undertaker: shown('undertaker', textOf(data.undertaker) && (textOf(departmentById.get(textOf(data.undertaker)!)?.data.name) ?? textOf(data.undertaker))),
    jointWith: shown('jointWith', texts(data.jointWith).map((id) => textOf(departmentById.get(id)?.data.name) ?? id)),
    source: shown('source', source && compact({ kind: textOf(source.kind) ?? '', from: textOf(source.from), basis: textOf(source.basis) })),
    basis: shown(
      'basis',
      listOf(data.basis).map((b) => {
        const r = recordOf(b) ?? {};
        return compact({ level: textOf(r.level) ?? '', title: textOf(r.title) ?? '', article: textOf(r.article), text: textOf(r.text) });
      }),
    ),
    subItems: shown(
      'subItems',
      listOf(data.subItems).map((s) => {
        const r = recordOf(s) ?? {};
        return compact({ code: textOf(r.code) ?? '', name: textOf(r.name) ?? '', note: textOf(r.note) });
      }),
    ),
    timeLimit: shown('timeLimit', timeLimit && compact({ statutory: limitText(timeLimit.statutory), promised: limitText(timeLimit.promised) })),
    fees: shown(
      'fees',
      Array.isArray(data.fees)
        ? listOf(data.fees).map((f) => {
            const r = recordOf(f) ?? {};
            return { name: textOf(r.name) ?? '', standard: textOf(r.standard) ?? '', basis: textOf(r.basis) ?? '' };
          })
        : undefined,
    ),
    serviceObjects: shown('serviceObjects', Array.isArray(data.serviceObjects) ? texts(data.serviceObjects) : undefined),
    handling: shown('handling', Array.isArray(data.handling) ? texts(data.handling) : undefined),
    online: shown('online', httpUrl(recordOf(data.online)?.url)),
    responsibilities: shown(
      'responsibilities',
      listOf(data.responsibilities).map((x) => {
        const r = recordOf(x) ?? {};
        return compact({ stage: textOf(r.stage) ?? '', text: textOf(r.text) ?? '', basis: textOf(r.basis) });
      }),
    ),
    accountability: shown(
      'accountability',
      listOf(data.accountability).map((x) => {
        const r = recordOf(x) ?? {};
        return compact({ text: textOf(r.text) ?? '', basis: textOf(r.basis) });
      }),
    ),
    discretion: shown('discretion', filledText(data.discretion)),
    risks: shown(
      'risks',
      listOf(data.risks).map((x) => {
        const r = recordOf(x) ?? {};
        const owner = textOf(r.owner);
        const step = textOf(r.step) ?? '';
        return compact({ step: stepNames.get(step) ?? step, level: textOf(r.level) ?? '', points: texts(r.points), controls: texts(r.controls), owner: owner && (posts.get(owner) ?? owner) });
      }),
    ),
    contact: shown('contact', contact && compact({ phone: textOf(contact.phone), supervisionPhone: textOf(contact.supervisionPhone) })),
    abolishedOn: shown('abolishedOn', textOf(data.abolishedOn)),
    abolishedReason: shown('reason', filledText(data.reason)),
    effective: shown('effective', textOf(data.effective)),
    note: shown('note', filledText(data.note)),
    flowcharts,
  });
}

/** Links in data only as http(s) (FORMAT §4 safety): anything else is dropped. */
export function httpUrl(value: unknown): string | undefined {
  return typeof value === 'string' && /^https?:\/\/[^\s<>"]+$/i.test(value) ? value : undefined;
}
