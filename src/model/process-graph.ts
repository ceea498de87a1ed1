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

const VIEWS = ['external', 'internal'] as const;
const ENTRY_PATHS: Record<View, Segment[]> = { external: ['process', 'external'], internal: ['process', 'internal'] };

const templateBodiesMemo = memoOn<CatalogueModel, Map<Entity<ProcessData>, ProcessBody>>('templateBodies');

/** Each template's body, made once per model: thousands of powers use one template. */
function templateBodies(model: CatalogueModel): Map<Entity<ProcessData>, ProcessBody> {
  return templateBodiesMemo(model, () => new Map(model.processes.map((template) => [template, { entity: template, path: [], view: viewOf(template.data.view), steps: stepsOf([], template.data.steps), template }])));
}

/**
 * The bodies a power writes inline, made anew on each call and not kept: a catalogue that writes
 * its processes inline has about a million steps, and kept for the model's life they were
 * copied by every young-generation GC until promoted — more than they took to make again.
 */
function inlineBodies(power: Entity<PowerData>): ProcessBody[] {
  const bodies: ProcessBody[] = [];
  const process = recordOf(power.data.process);
  for (const view of VIEWS) {
    const entry = recordOf(process?.[view]);
    if (!entry || !('steps' in entry)) continue;
    const path = ENTRY_PATHS[view];
    bodies.push({ entity: power, path, view, steps: stepsOf(path, entry.steps), template: undefined });
  }
  return bodies;
}

const allBodiesMemo = memoOn<CatalogueModel, ProcessBody[]>('bodies');

/** Every template once, then every inline body of every power (FORMAT §3: templates are checked on their own). */
export function processBodies(model: CatalogueModel): readonly ProcessBody[] {
  return allBodiesMemo(model, () => [...templateBodies(model).values(), ...model.powers.flatMap(inlineBodies)]);
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

/** A power's external and internal processes, resolved to their bodies (inline bodies made anew on each call). */
export function processesOfPower(model: CatalogueModel, power: Entity<PowerData>): PowerProcess[] {
  const process = recordOf(power.data.process);
  if (!process) return [];
  const { processById } = indexesOf(model);
  const resolved: PowerProcess[] = [];
  let inline: ProcessBody[] | undefined;
  for (const view of VIEWS) {
    const entry = recordOf(process[view]);
    if (!entry) continue;
    const entryPath = ENTRY_PATHS[view];
    const use = textOf(entry.use);
    if (use !== undefined) {
      const template = processById.get(use);
      const body = template && template.data.view === view ? templateBodies(model).get(template) : undefined;
      resolved.push({ view, entryPath, body, use });
    } else {
      inline ??= inlineBodies(power);
      resolved.push({ view, entryPath, body: inline.find((b) => b.view === view), use: undefined });
    }
  }
  return resolved;
}

/**
 * A memo of what a rule derives from a body: kept for a template, which thousands of powers may
 * use, and made again for a body written inline, which is met once (a memo of it would only cost).
 */
export function perTemplate<V>(): (body: ProcessBody, make: () => V) => V {
  const kept = new Map<ProcessBody, V>();
  return (body, make) => {
    if (!body.template) return make();
    if (!kept.has(body)) kept.set(body, make());
    return kept.get(body)!;
  };
}

/** Longer chains are left to the graph walks: each step of a chain is found by a search. */
const CHAIN_MAX = 32;

/**
 * The steps of a process written as one chain — from its first start, each step names one next
 * step, up to an end that names none — or undefined for any other shape. Most processes are
 * chains, and a catalogue that writes them inline has hundreds of thousands: for a chain, what
 * the graph walks find (the paths, what is reachable) is the chain itself, without their maps and
 * sets per process.
 */
export function chainOf(body: ProcessBody): StepNode[] | undefined {
  const chain: StepNode[] = [];
  for (let step = body.steps.find((s) => s.type === 'start'); step && chain.length < CHAIN_MAX && !chain.includes(step); ) {
    chain.push(step);
    if (step.next.length === 0) return step.type === 'end' ? chain : undefined;
    if (step.next.length > 1 || step.type === 'end') return undefined;
    const to: string = step.next[0]!.to;
    step = body.steps.find((s) => s.id === to); // the first of an id, as stepById
  }
  return undefined;
}

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
