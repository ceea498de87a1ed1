import { chainOf, reachable, stepById, type ProcessBody, type StepNode } from '../../model/process-graph.js';
import type { Limit } from '../../model/types.js';
import { comparable, scaled } from '../../domain/time-limits.js';

export interface LongestPath {
  steps: StepNode[];
  /** Sum of the comparable step limits, on the limit's scale. */
  total: bigint;
}

/** The best path from a step to an end: its total, and the step after this one (none for an end). */
interface Best {
  total: bigint;
  next: StepNode | undefined;
}

/**
 * The start-to-end path whose step limits (every step on it, start and end included) add up to
 * the most, counting only limits comparable with `against`. A loop (e.g. back to 补正) is walked
 * once: edges back to a step already on the path are left out, which keeps the path finite.
 * Iterative, with explicit stacks: a process of thousands of steps must not exhaust the call stack.
 */
export function longestPath(body: ProcessBody, against: Limit, scale: bigint): LongestPath | undefined {
  const start = body.steps.find((s) => s.type === 'start');
  if (!start) return undefined;
  const weight = (s: StepNode) => (s.limit && comparable(s.limit.unit, against.unit) ? scaled(s.limit, scale) : 0n);
  // A chain is its only path, and so its longest.
  const chain = chainOf(body);
  return chain ? { steps: chain, total: chain.reduce((sum, s) => sum + weight(s), 0n) } : graphPath(body, start, weight);
}

function graphPath(body: ProcessBody, start: StepNode, weight: (s: StepNode) => bigint): LongestPath | undefined {
  const ends = body.steps.filter((s) => s.type === 'end');
  const canEnd = reachable(body, ends, 'backward');
  const forward = acyclicSuccessors(start, stepById(body));
  const successorsOf = (step: StepNode) => (canEnd.has(step) ? forward.get(step) ?? [] : []);
  // Post-order over the acyclic successors: a step's best is settled after those of all its successors.
  const best = new Map<StepNode, Best | null>();
  const stack: { step: StepNode; visited: number }[] = [{ step: start, visited: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const successors = successorsOf(frame.step);
    if (frame.visited < successors.length) {
      const next = successors[frame.visited++]!;
      if (!best.has(next)) stack.push({ step: next, visited: 0 });
      continue;
    }
    stack.pop();
    const own = weight(frame.step);
    let result: Best | null = canEnd.has(frame.step) && frame.step.type === 'end' ? { total: own, next: undefined } : null;
    for (const next of successors) {
      const tail = best.get(next);
      if (tail && (!result || tail.total + own > result.total)) result = { total: tail.total + own, next };
    }
    best.set(frame.step, result);
  }
  const first = best.get(start);
  if (!first) return undefined;
  const steps: StepNode[] = [];
  for (let step: StepNode | undefined = start; step; step = best.get(step)!.next) steps.push(step);
  return { steps, total: first.total };
}

/** Successors without the edges that close a loop (found by a depth-first walk from the start). */
function acyclicSuccessors(start: StepNode, byId: Map<string, StepNode>): Map<StepNode, StepNode[]> {
  const successors = new Map<StepNode, StepNode[]>();
  const onPath = new Set<StepNode>([start]);
  const done = new Set<StepNode>();
  const stack: { step: StepNode; edge: number; kept: StepNode[] }[] = [{ step: start, edge: 0, kept: [] }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.edge < frame.step.next.length) {
      const next = byId.get(frame.step.next[frame.edge++]!.to);
      if (!next || onPath.has(next)) continue;
      frame.kept.push(next);
      if (!done.has(next)) {
        onPath.add(next);
        stack.push({ step: next, edge: 0, kept: [] });
      }
      continue;
    }
    stack.pop();
    successors.set(frame.step, frame.kept);
    onPath.delete(frame.step);
    done.add(frame.step);
  }
  return successors;
}
