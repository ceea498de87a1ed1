import type { CountedUnit, LocalDays } from '../domain/work-calendar.js';
import { dayOfDate } from '../domain/timestamp.js';
import { indexesOf } from '../model/indexes.js';
import { limitOf, processesOfPower, stepById, type ProcessBody } from '../model/process-graph.js';
import { listOf, recordOf, textOf } from '../model/read.js';
import type { CatalogueModel, Limit } from '../model/types.js';

/*
 * What the audit needs of a catalogue, as plain data: it is sent to every worker thread, which
 * cannot share the model. Built once, after the catalogue has been linted without errors.
 */

export interface AuditPlan {
  /** Index = position in `model.powers`. */
  powers: PlanPower[];
  /** Every power, sub-item and handling-item code with what a case of it is held to; the first of a code wins. */
  codes: [string, PlanCode][];
  processes: PlanProcess[];
  departments: PlanDepartment[];
  /** The catalogue's own `calendar`, applied on top of the official one. */
  localDays: LocalDays;
}

export interface PlanPower {
  code: string;
  name: string;
  department: number | undefined;
  /** `abolishedOn` of an abolished power (`''` when it has none: abolished since always). */
  abolishedOn: string | undefined;
  /** The internal process (resolved template). */
  process: number | undefined;
  /** The unit handling times are shown in: the power's own limit's, when it is counted. */
  unit: CountedUnit;
}

export interface PlanCode {
  power: number;
  /** The limit a case of this code is held to: the nearest item's promised limit, else its statutory one. */
  limit: Limit | undefined;
  /** The code's path inside its power's document (the related location). */
  path: (string | number)[];
}

export interface PlanProcess {
  steps: PlanStep[];
  /** Index of the start step. */
  start: number | undefined;
}

export interface PlanStep {
  /** Position in `PlanProcess.steps`. */
  index: number;
  id: string;
  name: string;
  type: 'start' | 'task' | 'decision' | 'end';
  actor: string | undefined;
  function: string | undefined;
  limit: Limit | undefined;
  /** Indexes of the steps `next` leads to. */
  next: number[];
}

export interface PlanDepartment {
  id: string;
  name: string;
  /** Post ids marked `head: true` (主要领导). */
  heads: string[];
  /** Post id → name. */
  posts: [string, string][];
}

export function auditPlan(model: CatalogueModel): AuditPlan {
  const { departmentById } = indexesOf(model);
  const departments: PlanDepartment[] = [];
  const departmentIndex = new Map<unknown, number>();
  for (const department of model.departments) {
    const id = textOf(department.data.id);
    if (id === undefined || departmentById.get(id) !== department) continue;
    const posts = listOf(department.data.posts).map(recordOf);
    departmentIndex.set(department, departments.length);
    departments.push({
      id,
      name: textOf(department.data.name) ?? id,
      heads: posts.filter((p) => p?.head === true).flatMap((p) => textOf(p?.id) ?? []),
      posts: posts.flatMap((p) => {
        const postId = textOf(p?.id);
        return postId === undefined ? [] : [[postId, textOf(p?.name) ?? postId] as [string, string]];
      }),
    });
  }
  const processes: PlanProcess[] = [];
  const processIndex = new Map<ProcessBody, number>();
  const codes = new Map<string, PlanCode>();
  const powers = model.powers.map((power, index): PlanPower => {
    const body = processesOfPower(model, power).find((p) => p.view === 'internal')?.body;
    if (body && !processIndex.has(body)) {
      processIndex.set(body, processes.length);
      processes.push(planProcess(body));
    }
    const ownLimit = limitOfItem(power.data);
    const add = (code: unknown, limit: Limit | undefined, path: (string | number)[]) => {
      const text = textOf(code);
      if (text !== undefined && !codes.has(text)) codes.set(text, { power: index, limit, path });
    };
    add(power.data.code, ownLimit, ['code']);
    const addHandlingItems = (items: unknown, parentLimit: Limit | undefined, path: (string | number)[]) =>
      listOf(items).forEach((item, i) => add(recordOf(item)?.code, limitOfItem(item) ?? parentLimit, [...path, 'handlingItems', i, 'code']));
    addHandlingItems(recordOf(power.data)?.handlingItems, ownLimit, []);
    listOf(power.data.subItems).forEach((subItem, i) => {
      const limit = limitOfItem(subItem) ?? ownLimit;
      add(recordOf(subItem)?.code, limit, ['subItems', i, 'code']);
      addHandlingItems(recordOf(subItem)?.handlingItems, limit, ['subItems', i]);
    });
    const department = departmentById.get(textOf(power.data.department) ?? '');
    return {
      code: textOf(power.data.code) ?? '',
      name: textOf(power.data.name) ?? '',
      department: department === undefined ? undefined : departmentIndex.get(department),
      abolishedOn: power.data.status === 'abolished' ? (textOf(power.data.abolishedOn) ?? '') : undefined,
      process: body === undefined ? undefined : processIndex.get(body),
      unit: ownLimit?.unit === 'workday' ? 'workday' : 'day',
    };
  });
  return { powers, codes: [...codes], processes, departments, localDays: localDays(model) };
}

/** An item's (power's, sub-item's, handling item's) promised limit, else its statutory one. */
function limitOfItem(item: unknown): Limit | undefined {
  const timeLimit = recordOf(recordOf(item)?.timeLimit);
  return limitOf(timeLimit?.promised) ?? limitOf(timeLimit?.statutory);
}

function planProcess(body: ProcessBody): PlanProcess {
  const byId = stepById(body);
  const known = [...byId.values()];
  const position = new Map(known.map((step, i) => [step, i]));
  return {
    steps: known.map((step, index) => ({
      index,
      id: step.id!,
      name: step.name ?? step.id!,
      type: step.type,
      actor: step.actor,
      function: step.function,
      limit: step.limit,
      next: step.next.flatMap((edge) => {
        const target = byId.get(edge.to);
        return target === undefined ? [] : [position.get(target)!];
      }),
    })),
    start: startOf(known.findIndex((step) => step.type === 'start')),
  };
}

const startOf = (index: number) => (index < 0 ? undefined : index);

/** `calendar: {holidays, workdays}` of powercat.yaml (read from raw data: real dates only). */
function localDays(model: CatalogueModel): LocalDays {
  const calendar = recordOf(recordOf(model.catalogue?.data)?.calendar);
  const dates = (value: unknown) => listOf(value).filter((d): d is string => typeof d === 'string' && dayOfDate(d) !== undefined);
  return { holidays: dates(calendar?.holidays), workdays: dates(calendar?.workdays) };
}
