import { departmentOrderOf, orderDepartments } from './department-order.js';
import type { DepartmentOrder } from '../format/vocabulary.js';
import { compareStrings } from '../core/compare.js';
import type { FlowchartSpec } from '../flowchart/collect.js';
import type { WithholdableField } from '../format/power-fields.js';
import {
  BASIS_ROLE,
  EXERCISE_LEVEL,
  HANDLING_ITEM_KIND,
  HISTORY_ACTION,
  isTermOf,
  MATERIAL_FORM,
  MAX_VISITS,
  ONLINE_DEPTH,
  POWER_STATUS,
  POWER_TYPE,
  RESULT_KIND,
  RISK_LEVEL,
  type BasisLevel,
  type BasisRole,
  type ExerciseLevel,
  type HandlingItemKind,
  type MaterialForm,
  type PowerStatus,
  type PowerType,
  type RiskLevel,
  type StepFunction,
  type StepType,
  STEP_FUNCTION,
  type Term,
  type View,
} from '../format/vocabulary.js';
import { disclosureOf, type PowerDisclosure } from '../model/disclosure.js';
import { indexesOf } from '../model/indexes.js';
import { limitOf, processesOfPower, type ProcessBody } from '../model/process-graph.js';
import { filledText, listOf, recordOf, textOf } from '../model/read.js';
import type { CatalogueModel, DepartmentData, Entity, Guide, HistoryEntry, Limit, PowerData } from '../model/types.js';
import { coverageOf, type ItemRef } from '../upstream/coverage.js';
import { fileSafe } from './file-safe.js';

/*
 * The public projection (FORMAT §4): what the public may see of the catalogue, computed once from
 * each power's disclosure (src/model/disclosure.ts). Every page, the search index, the open data
 * and the site's date are made from it and from nothing else, so a withheld value cannot reach a
 * published byte. Values keep the catalogue's own structure (open-data format 2); pages and
 * spreadsheets render them as text.
 */

export interface PublicDepartment {
  id: string;
  name: string;
  nature?: string;
  uscc?: string;
  orgCode?: string;
  parent?: string;
  phone?: string;
  supervisionPhone?: string;
  address?: string;
}

export interface DepartmentRef {
  id: string;
  name: string;
}

export type PublicLimitValue = Limit | 'none';
export interface PublicTimeLimit {
  statutory?: PublicLimitValue;
  promised?: PublicLimitValue;
  immediate?: true;
}

export interface PublicBasis {
  level: BasisLevel | string;
  title: string;
  article?: string;
  text?: string;
  role: BasisRole;
}

export interface PublicHandlingItem {
  code: string;
  name: string;
  kind?: HandlingItemKind;
  timeLimit?: PublicTimeLimit;
  online?: string;
  note?: string;
}

export interface PublicSubItem {
  code: string;
  name: string;
  basis?: PublicBasis[];
  timeLimit?: PublicTimeLimit;
  note?: string;
  handlingItems?: PublicHandlingItem[];
}

export interface PublicMaterial {
  name: string;
  form?: MaterialForm;
  copies?: number;
  required: boolean;
  source?: string;
  note?: string;
  sample?: string;
}

/** The service guide as the catalogue writes it; a material's `required` made explicit (default true). */
export type PublicGuide = Omit<Guide, 'materials'> & { materials?: PublicMaterial[] };

export interface PublicStep {
  id: string;
  name: string;
  type: StepType;
  actor?: string;
  /** Internal steps: the post's name (the actor is the post's id). */
  actorName?: string;
  /** Only in the every-field projection (the site does not show a step's duty). */
  duty?: string;
  limit?: Limit;
  function?: StepFunction;
  next: { to: string; label?: string }[];
}

export interface PublicRisk {
  level: RiskLevel;
  /** The step id, when the step is in a published process. */
  step?: string;
  stepName?: string;
  points: string[];
  controls: string[];
  /** The responsible post's name. */
  owner?: string;
}

export interface PublicPower {
  code: string;
  name: string;
  type: PowerType;
  department: PublicDepartment;
  /** The power's page, relative to the site root: unique, also on case-insensitive file systems. */
  path: string;
  /** false: only code, name, type, department and the reason and basis of the exception. */
  public: boolean;
  /** Fields withheld one by one, named on the page and in the exports (empty for a non-public power). */
  withheld: WithholdableField[];
  exception?: { reason: string; basis: string };
  /** Undefined when withheld (or for a non-public power): nothing then says whether it is in force. */
  status?: PowerStatus;
  level?: ExerciseLevel[];
  timeLimit?: PublicTimeLimit;
  undertaker?: DepartmentRef;
  jointWith?: DepartmentRef[];
  source?: { kind: string; from?: string; basis?: string };
  basis?: PublicBasis[];
  subItems?: PublicSubItem[];
  handlingItems?: PublicHandlingItem[];
  fees?: { name: string; standard: string; basis: string }[];
  serviceObjects?: string[];
  handling?: string[];
  online?: string;
  guide?: PublicGuide;
  responsibilities?: { stage: string; text: string; basis?: string }[];
  accountability?: { text: string; basis?: string }[];
  discretion?: string;
  process?: Partial<Record<View, { steps: PublicStep[] }>>;
  risks?: PublicRisk[];
  contact?: { phone?: string; supervisionPhone?: string };
  abolishedOn?: string;
  reason?: string;
  effective?: string;
  note?: string;
  history?: HistoryEntry[];
  supersedes?: string[];
  upstream?: { code: string; list?: string };
  /** Flowchart ids by view, for the views the power publishes. */
  flowcharts: Partial<Record<View, string>>;
}

export interface PublicSite {
  title: string;
  footer?: string;
  contact?: string;
  baseUrl?: string;
  identifier?: string;
  icp?: string;
  psb?: string;
}

export interface PublicCatalogue {
  id: string;
  name: string;
  region?: { code: string; name: string };
  level?: ExerciseLevel;
  codeProfile?: string;
  site: PublicSite;
  /** Every department a published value names (owners, undertakers, joint departments, their parents), in site.departmentOrder. */
  departments: PublicDepartment[];
  /** In code order. */
  powers: PublicPower[];
  /** The upstream coverage page's numbers, when `site.upstreamPage` asks for it. */
  upstream?: PublicUpstream;
}

/** What the coverage report (src/upstream/coverage.ts) may show the public: counts, and item codes and names (always public). */
export interface PublicUpstreamList {
  name: string;
  /** False when the list could not be read or fails its pin: nothing was compared. */
  compared: boolean;
  items: number;
  meantForLevel: number;
  implemented: number;
  notApplicable: ItemRef[];
  missing: ItemRef[];
  linked: number;
  conform: number;
  differ: number;
  unknown: number;
}

export interface PublicUpstream {
  lists: PublicUpstreamList[];
  powers: number;
  linked: number;
  broken: number;
  localOnly: number;
}

function publicUpstream(model: CatalogueModel): PublicUpstream {
  const coverage = coverageOf(model);
  const ref = ({ code, name }: ItemRef): ItemRef => ({ code, name });
  return {
    lists: coverage.lists.map((list) => ({
      name: list.name,
      compared: list.problem === undefined,
      items: list.items,
      meantForLevel: list.meantForLevel,
      implemented: list.implemented,
      notApplicable: list.notApplicable.map(ref),
      missing: list.missing.map(ref),
      linked: list.linked,
      conform: list.conform,
      differ: list.differ.length,
      unknown: list.unknown.length,
    })),
    powers: coverage.powers,
    linked: coverage.linked,
    broken: coverage.broken.length,
    localOnly: coverage.localOnly.length,
  };
}

/** Drops undefined members, so exports and pages never show an empty field. */
function compact<T extends object>(value: T): T {
  const kept: Record<string, unknown> = {};
  for (const key in value) if (value[key] !== undefined) kept[key] = value[key];
  return kept as T;
}

/** A list with entries, else undefined (an empty list of joint departments says nothing). */
const entries = <T>(list: T[] | undefined): T[] | undefined => (list !== undefined && list.length > 0 ? list : undefined);

const texts = (value: unknown) => listOf(value).filter((v): v is string => typeof v === 'string');
const records = <T>(value: unknown, each: (record: Record<string, unknown>) => T | undefined): T[] | undefined => {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((item) => {
    const record = recordOf(item);
    const made = record && each(record);
    return made === undefined ? [] : [made];
  });
};
const termOrUndefined = <V extends Readonly<Record<string | number, Term>>>(vocabulary: V, value: unknown): keyof V | undefined =>
  isTermOf(vocabulary, value) ? value : undefined;

/** Links in data only as http(s) (FORMAT §4 safety): anything else is dropped. */
export function httpUrl(value: unknown): string | undefined {
  return typeof value === 'string' && /^https?:\/\/[^\s<>"]+$/i.test(value) ? value : undefined;
}

function limitValue(value: unknown): PublicLimitValue | undefined {
  if (value === 'none') return 'none';
  const limit = limitOf(value);
  const note = filledText(recordOf(value)?.note);
  return limit && compact({ ...limit, note });
}

function timeLimit(value: unknown): PublicTimeLimit | undefined {
  const record = recordOf(value);
  if (!record) return undefined;
  const made = compact({ statutory: limitValue(record.statutory), promised: limitValue(record.promised), immediate: record.immediate === true ? (true as const) : undefined });
  return Object.keys(made).length > 0 ? made : undefined;
}

function basisList(value: unknown): PublicBasis[] | undefined {
  return records(value, (r) => {
    const title = filledText(r.title);
    return title === undefined
      ? undefined
      : compact({ level: textOf(r.level) ?? '', title, article: filledText(r.article), text: filledText(r.text), role: termOrUndefined(BASIS_ROLE, r.role) ?? 'implementing' });
  });
}

function handlingItems(value: unknown): PublicHandlingItem[] | undefined {
  return records(value, (r) => {
    const code = textOf(r.code);
    return code === undefined
      ? undefined
      : compact({
          code,
          name: textOf(r.name) ?? code,
          kind: termOrUndefined(HANDLING_ITEM_KIND, r.kind),
          timeLimit: timeLimit(r.timeLimit),
          online: httpUrl(recordOf(r.online)?.url),
          note: filledText(r.note),
        });
  });
}

function guide(value: unknown): PublicGuide | undefined {
  const g = recordOf(value);
  if (!g) return undefined;
  const named = <T>(list: unknown, each: (r: Record<string, unknown>, name: string) => T) =>
    records(list, (r) => {
      const name = filledText(r.name);
      return name === undefined ? undefined : each(r, name);
    });
  const visits = typeof g.visits === 'number' && Number.isInteger(g.visits) && g.visits >= 0 && g.visits <= MAX_VISITS ? g.visits : undefined;
  const made = compact({
    conditions: entries(texts(g.conditions)),
    materials: entries(named(g.materials, (r, name) =>
      compact({
        name,
        form: termOrUndefined(MATERIAL_FORM, r.form),
        copies: typeof r.copies === 'number' && Number.isInteger(r.copies) && r.copies >= 1 ? r.copies : undefined,
        required: r.required !== false,
        source: filledText(r.source),
        note: filledText(r.note),
        sample: httpUrl(r.sample),
      }),
    )),
    place: filledText(g.place),
    hours: filledText(g.hours),
    url: httpUrl(g.url),
    visits,
    onlineDepth: termOrUndefined(ONLINE_DEPTH, g.onlineDepth),
    results: entries(named(g.results, (r, name) => compact({ name, kind: termOrUndefined(RESULT_KIND, r.kind) }))),
    quantityLimit: filledText(g.quantityLimit),
    intermediaries: entries(named(g.intermediaries, (r, name) => compact({ name, basis: filledText(r.basis) }))),
    specialProcedures: entries(named(g.specialProcedures, (r, name) => compact({ name, limit: limitOf(r.limit), note: filledText(r.note) }))),
  });
  return Object.keys(made).length > 0 ? made : undefined;
}

function history(value: unknown): HistoryEntry[] | undefined {
  return records(value, (r) => {
    const date = textOf(r.date);
    const action = termOrUndefined(HISTORY_ACTION, r.action);
    return date === undefined || action === undefined
      ? undefined
      : compact({ date, action, basis: filledText(r.basis), from: Array.isArray(r.from) ? texts(r.from) : undefined, note: filledText(r.note) });
  });
}

function publicDepartment(entity: Entity<DepartmentData> | undefined, id: string): PublicDepartment {
  const data = entity?.data;
  const contact = recordOf(data?.contact);
  return compact({
    id,
    name: textOf(data?.name) ?? id,
    nature: textOf(data?.nature),
    uscc: textOf(data?.uscc)?.toUpperCase(),
    orgCode: textOf(data?.orgCode)?.toUpperCase(),
    parent: textOf(data?.parent),
    phone: textOf(contact?.phone),
    supervisionPhone: textOf(contact?.supervisionPhone),
    address: textOf(contact?.address),
  });
}

interface Context {
  model: CatalogueModel;
  departmentById: ReadonlyMap<string, Entity<DepartmentData>>;
  chartOf: ReadonlyMap<string, string>;
  everyField: boolean;
  /** A template's steps as projected for one department (its post names), made once: 3,000 powers share a few templates. */
  stepsOf: Map<ProcessBody, Map<string, PublicStep[]>>;
  postsOf: Map<string, Map<string, string>>;
}

export interface ProjectionOptions {
  /**
   * Every field of every power in the same shape, withheld or not (the disclosure still stated in
   * `public`, `withheld` and `exception`): what `powercat diff` compares by default. Never
   * published, so `publicCatalogue` does not take it.
   */
  everyField?: boolean;
}

function projectionContext(model: CatalogueModel, flowcharts: readonly FlowchartSpec[], options: ProjectionOptions): Context {
  const { departmentById } = indexesOf(model);
  const chartOf = new Map<string, string>();
  for (const chart of flowcharts) for (const code of chart.powers) chartOf.set(`${code}|${chart.view}`, chart.id);
  return { model, departmentById, chartOf, everyField: options.everyField === true, stepsOf: new Map(), postsOf: new Map() };
}

/**
 * One power at a time, for `powercat diff`, which projects only the powers that may differ
 * between two versions: `codeOf` says whether (and under which code) the projection keeps a
 * power, `project` projects it (without its page path).
 */
export function powerProjection(model: CatalogueModel, options: ProjectionOptions = {}) {
  const context = projectionContext(model, [], options);
  return { codeOf: (entity: Entity<PowerData>) => identityOf(entity.data)?.code, project: (entity: Entity<PowerData>) => publicPower(context, entity) };
}

export function publicCatalogue(model: CatalogueModel, flowcharts: readonly FlowchartSpec[]): PublicCatalogue {
  const context = projectionContext(model, flowcharts, {});
  const { departmentById } = context;
  const powers = model.powers
    .flatMap((entity) => {
      const power = publicPower(context, entity);
      return power ? [power] : [];
    })
    .sort((a, b) => compareStrings(a.code, b.code));
  assignPagePaths(powers);
  const catalogue = model.catalogue?.data;
  const site = recordOf(catalogue?.site);
  const region = recordOf(catalogue?.region);
  return compact({
    id: textOf(catalogue?.id) ?? 'catalogue',
    name: textOf(catalogue?.name) ?? '权责清单',
    region: textOf(region?.code) !== undefined && textOf(region?.name) !== undefined ? { code: textOf(region?.code)!, name: textOf(region?.name)! } : undefined,
    level: termOrUndefined(EXERCISE_LEVEL, catalogue?.level),
    codeProfile: textOf(catalogue?.codeProfile),
    site: compact({
      title: textOf(site?.title) ?? textOf(catalogue?.name) ?? '权责清单',
      footer: textOf(site?.footer),
      contact: textOf(site?.contact),
      baseUrl: httpUrl(site?.baseUrl),
      identifier: textOf(site?.identifier),
      icp: textOf(site?.icp),
      psb: textOf(site?.psb),
    }),
    departments: namedDepartments(powers, departmentById, departmentOrderOf(site)),
    powers,
    upstream: site?.upstreamPage === true ? publicUpstream(model) : undefined,
  }) as PublicCatalogue;
}

/** The departments published values name, and their parents, in the catalogue's order or by pinyin (site.departmentOrder). */
function namedDepartments(powers: readonly PublicPower[], departmentById: ReadonlyMap<string, Entity<DepartmentData>>, order: DepartmentOrder): PublicDepartment[] {
  const ids = new Set<string>();
  for (const power of powers) {
    ids.add(power.department.id);
    if (power.undertaker) ids.add(power.undertaker.id);
    for (const joint of power.jointWith ?? []) ids.add(joint.id);
  }
  for (const id of [...ids]) {
    // Parents, once each (a parent cycle is department-cycle's finding; it must not loop here).
    let parent = textOf(departmentById.get(id)?.data.parent);
    while (parent !== undefined && !ids.has(parent) && departmentById.has(parent)) {
      ids.add(parent);
      parent = textOf(departmentById.get(parent)?.data.parent);
    }
  }
  return orderDepartments(ids, departmentById, order).map((id) => publicDepartment(departmentById.get(id), id));
}

/**
 * Page file names: fileSafe(code), and where two codes would share a name on a case-insensitive
 * host (ABC, abc) or are the same (with code-duplicate off), the later one gets `~2`, `~3` … in
 * code order, then catalogue order.
 */
function assignPagePaths(powers: PublicPower[]): void {
  const taken = new Map<string, number>();
  for (const power of powers) {
    const key = fileSafe(power.code).toLowerCase();
    const seen = taken.get(key) ?? 0;
    taken.set(key, seen + 1);
    power.path = powerPagePath(power.code, seen + 1);
  }
}

/** The page of the code's nth power (`~n` after the first); also where an old code's page goes (pages/moved.tsx). */
export const powerPagePath = (code: string, nth = 1): string => `powers/${fileSafe(code)}${nth === 1 ? '' : `~${nth}`}.html`;

function ref(context: Context, id: string): DepartmentRef {
  return { id, name: textOf(context.departmentById.get(id)?.data.name) ?? id };
}

/** What a power must have to be projected at all: a code, a known type, a department. */
function identityOf(data: Partial<PowerData>) {
  const code = textOf(data.code);
  const type = termOrUndefined(POWER_TYPE, data.type);
  const departmentId = textOf(data.department);
  return code === undefined || type === undefined || departmentId === undefined ? undefined : { code, type, departmentId };
}

function publicPower(context: Context, entity: Entity<PowerData>): PublicPower | undefined {
  const { model, departmentById } = context;
  const data = entity.data;
  const identified = identityOf(data);
  if (identified === undefined) return undefined;
  const { code, type, departmentId } = identified;
  const disclosure = disclosureOf(model, entity);
  const identity = {
    code,
    name: textOf(data.name) ?? code,
    type,
    department: publicDepartment(departmentById.get(departmentId), departmentId),
    path: '',
    public: disclosure.public,
    withheld: [...disclosure.withheld],
    exception: disclosure.exception,
    flowcharts: {},
  };
  if (!disclosure.public && !context.everyField) return compact(identity) as PublicPower;
  const shown = <T>(field: WithholdableField, value: () => T): T | undefined => (context.everyField || disclosure.shows(field) ? value() : undefined);
  const contact = recordOf(data.contact);
  const source = recordOf(data.source);
  const process = publicProcess(context, entity, disclosure);
  const flowcharts: Partial<Record<View, string>> = {};
  for (const view of disclosure.views) {
    const id = context.chartOf.get(`${code}|${view}`);
    if (id) flowcharts[view] = id;
  }
  return compact({
    ...identity,
    status: shown('status', () => termOrUndefined(POWER_STATUS, data.status) ?? 'active'),
    level: shown('level', () => entries(listOf(data.level).filter((l): l is ExerciseLevel => isTermOf(EXERCISE_LEVEL, l)))),
    timeLimit: shown('timeLimit', () => timeLimit(data.timeLimit)),
    undertaker: shown('undertaker', () => textOf(data.undertaker) && ref(context, textOf(data.undertaker)!)),
    jointWith: shown('jointWith', () => entries(texts(data.jointWith).map((id) => ref(context, id)))),
    source: shown('source', () => source && compact({ kind: textOf(source.kind) ?? '', from: filledText(source.from), basis: filledText(source.basis) })),
    basis: shown('basis', () => entries(basisList(data.basis))),
    subItems: shown('subItems', () =>
      entries(records(data.subItems, (r) => {
        const subCode = textOf(r.code);
        return subCode === undefined
          ? undefined
          : compact({
              code: subCode,
              name: textOf(r.name) ?? subCode,
              basis: entries(basisList(r.basis)),
              timeLimit: timeLimit(r.timeLimit),
              note: filledText(r.note),
              handlingItems: shown('handlingItems', () => entries(handlingItems(r.handlingItems))),
            });
      })),
    ),
    handlingItems: shown('handlingItems', () => entries(handlingItems(data.handlingItems))),
    // `fees: []` is 不收费 and is kept; absent is 未说明.
    fees: shown('fees', () =>
      Array.isArray(data.fees) ? records(data.fees, (r) => ({ name: textOf(r.name) ?? '', standard: textOf(r.standard) ?? '', basis: textOf(r.basis) ?? '' })) : undefined,
    ),
    serviceObjects: shown('serviceObjects', () => entries(texts(data.serviceObjects))),
    handling: shown('handling', () => entries(texts(data.handling))),
    online: shown('online', () => httpUrl(recordOf(data.online)?.url)),
    guide: shown('guide', () => guide(data.guide)),
    responsibilities: shown('responsibilities', () =>
      entries(records(data.responsibilities, (r) => compact({ stage: textOf(r.stage) ?? '', text: textOf(r.text) ?? '', basis: filledText(r.basis) }))),
    ),
    accountability: shown('accountability', () => entries(records(data.accountability, (r) => compact({ text: textOf(r.text) ?? '', basis: filledText(r.basis) })))),
    discretion: shown('discretion', () => filledText(data.discretion)),
    process: Object.keys(process).length > 0 ? process : undefined,
    risks: shown('risks', () => entries(publicRisks(context, entity, process))),
    contact: shown('contact', () => contact && compact({ phone: filledText(contact.phone), supervisionPhone: filledText(contact.supervisionPhone) })),
    abolishedOn: shown('abolishedOn', () => textOf(data.abolishedOn)),
    reason: shown('reason', () => filledText(data.reason)),
    effective: shown('effective', () => textOf(data.effective)),
    note: shown('note', () => filledText(data.note)),
    history: shown('history', () => entries(history(data.history))),
    supersedes: shown('supersedes', () => entries(texts(data.supersedes))),
    upstream: shown('upstream', () => {
      const link = recordOf(data.upstream);
      const linkCode = textOf(link?.code);
      return linkCode === undefined ? undefined : compact({ code: linkCode, list: textOf(link?.list) });
    }),
    flowcharts,
  }) as PublicPower;
}

/** The steps of the views the power publishes, resolved from templates; internal actors named. */
function publicProcess(context: Context, entity: Entity<PowerData>, disclosure: PowerDisclosure): Partial<Record<View, { steps: PublicStep[] }>> {
  const departmentId = textOf(entity.data.department) ?? '';
  const process: Partial<Record<View, { steps: PublicStep[] }>> = {};
  for (const { view, body } of processesOfPower(context.model, entity)) {
    if (!body || !(context.everyField || disclosure.views.has(view))) continue;
    let byDepartment = context.stepsOf.get(body);
    if (!byDepartment) context.stepsOf.set(body, (byDepartment = new Map()));
    let steps = byDepartment.get(departmentId);
    if (!steps) byDepartment.set(departmentId, (steps = publicSteps(context, body, view, postNames(context, departmentId))));
    process[view] = { steps };
  }
  return process;
}

function publicSteps(context: Context, body: ProcessBody, view: View, posts: ReadonlyMap<string, string>): PublicStep[] {
  return body.steps.flatMap((step) =>
    step.id === undefined
      ? []
      : [
          compact({
            id: step.id,
            name: step.name ?? step.id,
            type: step.type,
            actor: step.actor,
            actorName: view === 'internal' && step.actor !== undefined ? posts.get(step.actor) : undefined,
            duty: context.everyField ? step.duty : undefined,
            limit: step.limit,
            function: termOrUndefined(STEP_FUNCTION, step.function),
            next: step.next.map((edge) => compact({ to: edge.to, label: edge.label })),
          }),
        ],
  );
}

/** A department's post names by post id (once per department). */
function postNames(context: Context, departmentId: string): Map<string, string> {
  let posts = context.postsOf.get(departmentId);
  if (!posts) context.postsOf.set(departmentId, (posts = readPostNames(context.departmentById.get(departmentId))));
  return posts;
}

function readPostNames(department: Entity<DepartmentData> | undefined): Map<string, string> {
  return new Map(
    listOf(department?.data.posts).flatMap((p) => {
      const id = textOf(recordOf(p)?.id);
      const name = textOf(recordOf(p)?.name);
      return id !== undefined && name !== undefined ? [[id, name] as const] : [];
    }),
  );
}

/** Risks with their step named only when the step is in a published process (an internal step's name stays inside). */
function publicRisks(context: Context, entity: Entity<PowerData>, process: Partial<Record<View, { steps: PublicStep[] }>>): PublicRisk[] | undefined {
  const published = new Map<string, string>();
  for (const view of ['external', 'internal'] as const) for (const step of process[view]?.steps ?? []) if (!published.has(step.id)) published.set(step.id, step.name);
  const posts = postNames(context, textOf(entity.data.department) ?? '');
  return records(entity.data.risks, (r) => {
    const level = termOrUndefined(RISK_LEVEL, r.level);
    if (level === undefined) return undefined;
    const step = textOf(r.step);
    const owner = textOf(r.owner);
    const stepName = step === undefined ? undefined : published.get(step);
    return compact({
      level,
      step: stepName === undefined ? undefined : step,
      stepName,
      points: texts(r.points),
      controls: texts(r.controls),
      owner: owner && (posts.get(owner) ?? owner),
    });
  });
}
