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
    const rawNext = step.next;
    const next: Edge[] =
      typeof rawNext === 'string'
        ? [new PlacedEdge(rawNext, path, index, undefined, undefined)]
        : listOf(rawNext).flatMap((branch, b) => {
            const to = textOf(recordOf(branch)?.to);
            return to === undefined ? [] : [new PlacedEdge(to, path, index, b, textOf(recordOf(branch)?.label))];
          });
    return new PlacedStep(path, index, step, next, Array.isArray(rawNext));
  });
}

/*
 * Steps and edges keep where they are as the body's path and their indexes; the full path is
 * made only when asked for (a finding's target). A catalogue whose powers write their processes
 * inline has about a million steps, and the catalogue rules build them all: two arrays less per
 * step and one per edge that the GC need not copy.
 */
class PlacedStep implements StepNode {
  readonly id: string | undefined;
  readonly name: string | undefined;
  readonly type: StepType;
  readonly actor: string | undefined;
  readonly duty: string | undefined;
  readonly function: string | undefined;
  readonly limit: Limit | undefined;

  constructor(
    private readonly bodyPath: Segment[],
    readonly index: number,
    step: Record<string, unknown>,
    readonly next: Edge[],
    readonly branched: boolean,
  ) {
    this.id = textOf(step.id);
    this.name = textOf(step.name);
    this.type = isTermOf(STEP_TYPE, step.type) ? step.type : 'task';
    this.actor = textOf(step.actor);
    this.duty = textOf(step.duty);
    this.function = textOf(step.function);
    this.limit = limitOf(step.limit);
  }

  get path(): Segment[] {
    return [...this.bodyPath, 'steps', this.index];
  }
}

class PlacedEdge implements Edge {
  constructor(
    readonly to: string,
    private readonly bodyPath: Segment[],
    private readonly step: number,
    /** Index of the branch; undefined for a `next` written as one id. */
    private readonly branch: number | undefined,
    readonly label: string | undefined,
  ) {}

  get path(): Segment[] {
    const next = [...this.bodyPath, 'steps', this.step, 'next'];
    return this.branch === undefined ? next : [...next, this.branch, 'to'];
  }
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

/** Per model, not a hidden property on each of a hundred thousand powers: defining one changes each power's shape. */
const resolvedMemo = memoOn<CatalogueModel, Map<Entity<PowerData>, PowerProcess[]>>('processes');

/** A power's external and internal processes, resolved to their bodies (once per power; several rules ask). */
export function processesOfPower(model: CatalogueModel, power: Entity<PowerData>): PowerProcess[] {
  const byPower = resolvedMemo(model, () => new Map());
  let resolved = byPower.get(power);
  if (!resolved) {
    resolved = resolveProcesses(model, power);
    byPower.set(power, resolved);
  }
  return resolved;
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
