import { reachable, stepById, type ProcessBody, type StepNode } from '../../model/process-graph.js';
import type { Limit } from '../../model/types.js';
import { comparable, scaled } from '../../domain/time-limits.js';

export interface LongestPath {
  steps: StepNode[];
  /** Sum of the comparable step limits, on the limit's scale. */
  total: bigint;
}

/**
 * The start-to-end path whose step limits (every step on it, start and end included) add up to
 * the most, counting only limits comparable with `against`. A loop (e.g. back to 补正) is walked
 * once: edges back to a step already on the path are left out, which keeps the path finite.
 */
export function longestPath(body: ProcessBody, against: Limit, scale: bigint): LongestPath | undefined {
  const start = body.steps.find((s) => s.type === 'start');
  if (!start) return undefined;
  const ends = body.steps.filter((s) => s.type === 'end');
  const canEnd = reachable(body, ends, 'backward');
  const byId = stepById(body);
  const weight = (s: StepNode) => (s.limit && comparable(s.limit.unit, against.unit) ? scaled(s.limit, scale) : 0n);
  const forward = acyclicSuccessors(start, byId);
  const best = new Map<StepNode, LongestPath | null>();
  const visit = (step: StepNode): LongestPath | null => {
    if (best.has(step)) return best.get(step)!;
    let result: LongestPath | null = null;
    if (canEnd.has(step)) {
      if (step.type === 'end') result = { steps: [step], total: weight(step) };
      for (const next of forward.get(step) ?? []) {
        const tail = visit(next);
        if (tail && (!result || tail.total + weight(step) > result.total)) {
          result = { steps: [step, ...tail.steps], total: tail.total + weight(step) };
        }
      }
    }
    best.set(step, result);
    return result;
  };
  return visit(start) ?? undefined;
}

/** Successors without the edges that close a loop (found by a depth-first walk from the start). */
function acyclicSuccessors(start: StepNode, byId: Map<string, StepNode>): Map<StepNode, StepNode[]> {
  const successors = new Map<StepNode, StepNode[]>();
  const onPath = new Set<StepNode>();
  const done = new Set<StepNode>();
  const walk = (step: StepNode): void => {
    onPath.add(step);
    const kept: StepNode[] = [];
    for (const edge of step.next) {
      const next = byId.get(edge.to);
      if (!next || onPath.has(next)) continue;
      kept.push(next);
      if (!done.has(next)) walk(next);
    }
    successors.set(step, kept);
    onPath.delete(step);
    done.add(step);
  };
  walk(start);
  return successors;
}
