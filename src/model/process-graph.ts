import { memoOn } from '../util/memo.js';
import { indexesOf } from './indexes.js';
import { listOf, recordOf, textOf } from './read.js';
import { isTermOf, STEP_TYPE, TIME_UNIT, type StepType } from '../format/vocabulary.js';
import type { CatalogueModel, Entity, Limit, PowerData, ProcessData, View } from './types.js';

type Segment = string | number;

export interface Edge {
  to: string;
  /** Path of the `next` value (or of the branch's `to`) inside the document. */
  path: Segment[];
  label: string | undefined;
}

export interface StepNode {
  index: number;
  /** Path of the step inside the document. */
  path: Segment[];
  id: string | undefined;
  name: string | undefined;
  type: StepType;
  actor: string | undefined;
  duty: string | undefined;
  function: string | undefined;
  limit: Limit | undefined;
  next: Edge[];
  /** `next` was written as a list of branches. */
  branched: boolean;
}

/** One list of steps: a template, or a body written inline in a power. */
export interface ProcessBody {
  entity: Entity<ProcessData> | Entity<PowerData>;
  /** Path of the object holding `steps` ([] for a template). */
  path: Segment[];
  view: View | undefined;
  steps: StepNode[];
  template: Entity<ProcessData> | undefined;
}

export function stepsOf(path: Segment[], raw: unknown): StepNode[] {
  return listOf(raw).map((value, index) => {
    const step = recordOf(value) ?? {};
    const stepPath = [...path, 'steps', index];
    const type = isTermOf(STEP_TYPE, step.type) ? step.type : 'task';
    const rawNext = step.next;
    const next: Edge[] =
      typeof rawNext === 'string'
        ? [{ to: rawNext, path: [...stepPath, 'next'], label: undefined }]
        : listOf(rawNext).flatMap((branch, b) => {
            const to = textOf(recordOf(branch)?.to);
            return to === undefined ? [] : [{ to, path: [...stepPath, 'next', b, 'to'], label: textOf(recordOf(branch)?.label) }];
          });
    return {
      index,
      path: stepPath,
      id: textOf(step.id),
      name: textOf(step.name),
      type,
      actor: textOf(step.actor),
      duty: textOf(step.duty),
      function: textOf(step.function),
      limit: limitOf(step.limit),
      next,
      branched: Array.isArray(rawNext),
    };
  });
}

export function limitOf(value: unknown): Limit | undefined {
  const limit = recordOf(value);
  const amount = limit?.value;
  const unit = isTermOf(TIME_UNIT, limit?.unit) ? limit.unit : undefined;
  return typeof amount === 'number' && amount > 0 && Number.isFinite(amount) && unit ? { value: amount, unit } : undefined;
}

interface BodyIndex {
  all: ProcessBody[];
  byTemplate: Map<Entity<ProcessData>, ProcessBody>;
  inline: Map<Entity<PowerData>, ProcessBody[]>;
}

const bodyIndexMemo = memoOn<CatalogueModel, BodyIndex>('bodies');

function bodyIndex(model: CatalogueModel): BodyIndex {
  return bodyIndexMemo(model, () => {
    const index: BodyIndex = { all: [], byTemplate: new Map(), inline: new Map() };
    for (const template of model.processes) {
      const body: ProcessBody = { entity: template, path: [], view: viewOf(template.data.view), steps: stepsOf([], template.data.steps), template };
      index.all.push(body);
      index.byTemplate.set(template, body);
    }
    for (const power of model.powers) {
      for (const view of ['external', 'internal'] as const) {
        const entry = recordOf(recordOf(power.data.process)?.[view]);
        if (!entry || !('steps' in entry)) continue;
        const path = ['process', view];
        const body: ProcessBody = { entity: power, path, view, steps: stepsOf(path, entry.steps), template: undefined };
        index.all.push(body);
        index.inline.set(power, [...(index.inline.get(power) ?? []), body]);
      }
    }
    return index;
  });
}

/** Every template once, then every inline body of every power (FORMAT §3: templates are checked on their own). */
export function processBodies(model: CatalogueModel): readonly ProcessBody[] {
  return bodyIndex(model).all;
}

function viewOf(value: unknown): View | undefined {
  return value === 'external' || value === 'internal' ? value : undefined;
}

export interface PowerProcess {
  view: View;
  /** Path of the power's `process.<view>` entry. */
  entryPath: Segment[];
  /** The body, or undefined when `use:` names nothing usable (process-ref reports it). */
  body: ProcessBody | undefined;
  /** The template id, for entries written as `use:`. */
  use: string | undefined;
}

const resolvedMemo = memoOn<Entity<PowerData>, PowerProcess[]>('processes');

/** A power's external and internal processes, resolved to their bodies (once per power; several rules ask). */
export function processesOfPower(model: CatalogueModel, power: Entity<PowerData>): PowerProcess[] {
  return resolvedMemo(power, () => resolveProcesses(model, power));
}

function resolveProcesses(model: CatalogueModel, power: Entity<PowerData>): PowerProcess[] {
  const process = recordOf(power.data.process);
  if (!process) return [];
  const index = bodyIndex(model);
  const { processById } = indexesOf(model);
  const resolved: PowerProcess[] = [];
  for (const view of VIEWS) {
    const entry = recordOf(process[view]);
    if (!entry) continue;
    const entryPath = ENTRY_PATHS[view];
    const use = textOf(entry.use);
    if (use !== undefined) {
      const template = processById.get(use);
      const body = template && template.data.view === view ? index.byTemplate.get(template) : undefined;
      resolved.push({ view, entryPath, body, use });
    } else {
      resolved.push({ view, entryPath, body: index.inline.get(power)?.find((b) => b.view === view), use: undefined });
    }
  }
  return resolved;
}

const VIEWS = ['external', 'internal'] as const;
const ENTRY_PATHS: Record<View, Segment[]> = { external: ['process', 'external'], internal: ['process', 'internal'] };

/** Steps by id (first of each id), for following `next`. */
export function stepById(body: ProcessBody): Map<string, StepNode> {
  const byId = new Map<string, StepNode>();
  for (const step of body.steps) if (step.id !== undefined && !byId.has(step.id)) byId.set(step.id, step);
  return byId;
}

/** Steps reachable from `from` by following `next` (forward) or reached by it (backward); breadth first, no recursion. */
export function reachable(body: ProcessBody, from: readonly StepNode[], direction: 'forward' | 'backward'): Set<StepNode> {
  const byId = stepById(body);
  const incoming = new Map<StepNode, StepNode[]>();
  if (direction === 'backward') {
    for (const step of body.steps) {
      for (const edge of step.next) {
        const target = byId.get(edge.to);
        if (!target) continue;
        const sources = incoming.get(target);
        if (sources) sources.push(step);
        else incoming.set(target, [step]);
      }
    }
  }
  const seen = new Set<StepNode>(from);
  const queue = [...from];
  for (let head = 0; head < queue.length; head++) {
    const step = queue[head]!;
    const neighbours =
      direction === 'forward' ? step.next.map((e) => byId.get(e.to)).filter((s): s is StepNode => s !== undefined) : incoming.get(step) ?? [];
    for (const n of neighbours) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return seen;
}
