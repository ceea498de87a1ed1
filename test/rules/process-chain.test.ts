import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainOf, reachable, stepById, stepsOf, type ProcessBody, type StepNode } from '../../src/model/process-graph.js';
import type { Entity, ProcessData } from '../../src/model/types.js';
import { comparable, scaled } from '../../src/domain/time-limits.js';
import { longestPath } from '../../src/rules/process-time/longest-path.js';

/*
 * A process written as a chain is read without the graph walks (chainOf). Random small processes
 * — ids that repeat or name no step, branches, loops, ends with a next — check that a chain is
 * taken only where it is the process's one path, and that it then says what the walks say.
 */

const IDS = ['a', 'b', 'c', 'd'];
const rawStep = fc.record({
  id: fc.constantFrom(...IDS),
  type: fc.constantFrom('start', 'task', 'end', 'decision'),
  next: fc.option(fc.oneof(fc.constantFrom(...IDS, 'zz'), fc.array(fc.record({ to: fc.constantFrom(...IDS) }), { minLength: 1, maxLength: 3 })), { nil: undefined }),
  limit: fc.option(fc.record({ value: fc.integer({ min: 1, max: 9 }), unit: fc.constantFrom('day', 'workday') }), { nil: undefined }),
});
/** Mostly chains, so that both shapes are met often. */
const rawChain = fc.integer({ min: 1, max: 4 }).map((n) =>
  IDS.slice(0, n).map((id, i) => ({ id, type: i === 0 ? 'start' : i === n - 1 ? 'end' : 'task', ...(i < n - 1 && { next: IDS[i + 1] }), limit: { value: i + 1, unit: 'day' } })),
);
const rawSteps = fc.oneof(fc.array(rawStep, { minLength: 1, maxLength: 6 }), rawChain);

function bodyOf(raw: unknown[]): ProcessBody {
  const entity = { doc: undefined, data: {} } as unknown as Entity<ProcessData>;
  return { entity, path: [], view: 'internal', steps: stepsOf([], raw), template: entity };
}

/** Every start-to-end path that visits no step twice (an end may also lead on), by brute force. */
function simplePaths(body: ProcessBody): StepNode[][] {
  const byId = stepById(body);
  const start = body.steps.find((s) => s.type === 'start');
  const paths: StepNode[][] = [];
  const walk = (path: StepNode[]) => {
    const step = path.at(-1)!;
    if (step.type === 'end') paths.push(path);
    for (const edge of step.next) {
      const next = byId.get(edge.to);
      if (next && !path.includes(next)) walk([...path, next]);
    }
  };
  if (start) walk([start]);
  return paths;
}

describe('processes written as a chain', () => {
  it('are read as a chain only where the chain is the one start-to-end path, and then as the graph walks read them', () => {
    fc.assert(
      fc.property(rawSteps, (raw) => {
        const body = bodyOf(raw);
        const chain = chainOf(body);
        if (!chain) return;
        expect(simplePaths(body)).toEqual([chain]);
        const path = longestPath(body, { value: 1, unit: 'day' }, 1n);
        expect(path?.steps).toEqual(chain);
        expect(path?.total).toBe(chain.reduce((sum, s) => sum + (s.limit && comparable(s.limit.unit, 'day') ? scaled(s.limit, 1n) : 0n), 0n));
        if (chain.length === body.steps.length) {
          expect([...reachable(body, [chain[0]!], 'forward')]).toHaveLength(body.steps.length);
          expect([...reachable(body, body.steps.filter((s) => s.type === 'end'), 'backward')]).toHaveLength(body.steps.length);
        }
      }),
      { numRuns: 3000, seed: 20261202 },
    );
  });

  it('are found in the shapes that are chains, and not in those that are not', () => {
    const chain = bodyOf([
      { id: 'a', type: 'start', next: 'b' },
      { id: 'b', next: [{ to: 'c' }] },
      { id: 'c', type: 'end' },
    ]);
    expect(chainOf(chain)?.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    const shapes: Record<string, unknown[]> = {
      'a branch': [{ id: 'a', type: 'start', next: [{ to: 'b' }, { to: 'c' }] }, { id: 'b', type: 'end' }, { id: 'c', type: 'end' }],
      'a loop': [{ id: 'a', type: 'start', next: 'b' }, { id: 'b', next: 'a' }],
      'a dead end': [{ id: 'a', type: 'start', next: 'b' }, { id: 'b' }],
      'an unknown next': [{ id: 'a', type: 'start', next: 'x' }],
      'an end that leads on': [{ id: 'a', type: 'start', next: 'b' }, { id: 'b', type: 'end', next: 'c' }, { id: 'c', type: 'end' }],
      'no start': [{ id: 'a', next: 'b' }, { id: 'b', type: 'end' }],
    };
    for (const [shape, raw] of Object.entries(shapes)) expect(chainOf(bodyOf(raw)), shape).toBeUndefined();
  });
});
