import { processBodies, type StepNode } from '../../model/process-graph.js';
import { STEP_FUNCTION, termOf } from '../../format/vocabulary.js';
import { defineRule, type Finding } from '../rule.js';
import { valueAt } from '../targets.js';

type MessageId = 'conflict' | 'earlier';

/** Functions one post may not combine in one process: 决策权、执行权、监督权相互制约. */
const CONFLICTS: readonly (readonly [string, string])[] = [
  ['handle', 'decide'],
  ['decide', 'supervise'],
];

/** The earliest of a post's first steps whose function conflicts with this one. */
function earliestCounterpart(fn: string, firsts: ReadonlyMap<string, StepNode>): StepNode | undefined {
  let earliest: StepNode | undefined;
  for (const [a, b] of CONFLICTS) {
    const other = fn === a ? firsts.get(b) : fn === b ? firsts.get(a) : undefined;
    if (other && (!earliest || other.index < earliest.index)) earliest = other;
  }
  return earliest;
}

/** 承办 / handling; a function outside the vocabulary as written (the schema reports it). */
const functionWords = (fn: string) => termOf(STEP_FUNCTION, fn) ?? fn;

export const separationOfDuties = defineRule<MessageId>({
  meta: {
    id: 'separation-of-duties',
    defaultSeverity: 'warning',
    // Each finding lies within one process body, which is in one file: a template's or its power's.
    scope: 'file',
    description: {
      'zh-CN': '决策权、执行权、监督权相互制约：同一内部流程中，同一岗位不应既办理（handle）又决定（decide），也不应既决定又监督（supervise）。在第二个冲突的步骤处报告。',
      en: 'Deciding, executing and supervising check each other: within one internal process, one post should not both handle and decide, nor both decide and supervise. Reported at the second conflicting step.',
    },
    messages: {
      conflict: {
        'zh-CN': '岗位「{actor}」在本流程中既{earlierFunction}（步骤「{earlierStep}」）又{function}（步骤「{step}」），应由不同岗位承担',
        en: 'post "{actor}" has both the {earlierFunction} (step "{earlierStep}") and the {function} (step "{step}") in this process; give them to different posts',
      },
      earlier: { 'zh-CN': '该岗位先前的职能在此', en: 'the post’s earlier function is here' },
    },
    examples: {
      bad: 'kind: Process\nid: approval-internal\nname: 内部审批流程\nview: internal\nsteps:\n  - {id: a, name: 审查, type: start, actor: clerk, function: handle, next: b}\n  - {id: b, name: 决定, type: end, actor: clerk, function: decide}\n',
      good: 'kind: Process\nid: approval-internal\nname: 内部审批流程\nview: internal\nsteps:\n  - {id: a, name: 审查, type: start, actor: clerk, function: handle, next: b}\n  - {id: b, name: 决定, type: end, actor: deputy, function: decide}\n',
    },
  },
  check: ({ model }) => {
    const findings: Finding<MessageId>[] = [];
    for (const body of processBodies(model)) {
      if (body.view !== 'internal') continue;
      // Per post, the first step of each function: the earliest conflicting step is among them.
      const firstOf = new Map<string, Map<string, StepNode>>();
      for (const step of body.steps) {
        if (step.actor === undefined || step.function === undefined) continue;
        const firsts = firstOf.get(step.actor) ?? new Map<string, StepNode>();
        firstOf.set(step.actor, firsts);
        const earlier = earliestCounterpart(step.function, firsts);
        if (!firsts.has(step.function)) firsts.set(step.function, step);
        if (earlier) {
          findings.push({
            messageId: 'conflict',
            data: { actor: step.actor, function: functionWords(step.function), step: step.name ?? step.id ?? '', earlierFunction: functionWords(earlier.function!), earlierStep: earlier.name ?? earlier.id ?? '' },
            target: valueAt(body.entity, ...step.path, 'function'),
            related: [{ target: valueAt(body.entity, ...earlier.path, 'function'), messageId: 'earlier' }],
          });
        }
      }
    }
    return findings;
  },
});
