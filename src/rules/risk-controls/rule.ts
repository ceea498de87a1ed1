import { indexesOf } from '../../model/indexes.js';
import { isWritten } from '../../domain/accountability.js';
import { listOf, recordOf, textOf } from '../../model/read.js';
import type { CatalogueModel, Entity, PowerData, ProcessData } from '../../model/types.js';
import { didYouMean } from '../../util/did-you-mean.js';
import { defineRule, type Finding, type Related, type Target } from '../rule.js';
import { keyAt, missingIn, valueAt } from '../targets.js';

type MessageId =
  | 'missingControls'
  | 'emptyControls'
  | 'unknownStep'
  | 'unknownStepSuggest'
  | 'noSteps'
  | 'suggestedStep'
  | 'searchedProcess';

export const riskControls = defineRule<MessageId>({
  meta: {
    id: 'risk-controls',
    defaultSeverity: 'error',
    scope: 'catalogue',
    powerKeys: ['process', 'risks'],
    partition: 'power',
    description: {
      'zh-CN': '高等级廉政风险点必须写明至少一项防控措施（controls）；每个风险点的环节（step）必须是本事项所用流程（内联流程或引用的流程模板）中的环节编号，风险才能落到流程图上。',
      en: 'A high-level integrity risk lists at least one control (controls), and every risk sits on a step id of one of the power\'s processes (inline bodies or the templates it uses), so that it can be marked on the flowchart.',
    },
    messages: {
      missingControls: {
        'zh-CN': '环节「{step}」的廉政风险点等级为高（high），但没有写防控措施（controls）；至少写一项',
        en: 'the risk at step "{step}" is high but lists no controls (controls); give at least one',
      },
      emptyControls: {
        'zh-CN': '环节「{step}」的廉政风险点等级为高（high），但防控措施（controls）是空的；至少写一项',
        en: 'the risk at step "{step}" is high but its controls (controls) are empty; give at least one',
      },
      unknownStep: {
        'zh-CN': '廉政风险点的环节「{step}」不在本事项的流程中；可用的环节：{steps}',
        en: 'risk step "{step}" is not a step of this power\'s processes; the steps are: {steps}',
      },
      unknownStepSuggest: {
        'zh-CN': '廉政风险点的环节「{step}」不在本事项的流程中；是否应为「{suggestion}」？',
        en: 'risk step "{step}" is not a step of this power\'s processes; did you mean "{suggestion}"?',
      },
      noSteps: {
        'zh-CN': '廉政风险点的环节「{step}」无处对应：本事项没有写任何流程环节（process）；先写出流程，再把风险点挂到环节上',
        en: 'risk step "{step}" has nothing to sit on: this power has no process steps (process); write the process first, then attach the risk to one of its steps',
      },
      suggestedStep: { 'zh-CN': '环节「{step}」在此', en: 'step "{step}" is here' },
      searchedProcess: { 'zh-CN': '已在此流程中查找：{process}', en: 'searched this process: {process}' },
    },
    examples: {
      bad: '# processes/penalty-external.yaml\nkind: Process\nid: penalty-external\nname: 行政处罚外部流程\nview: external\nsteps:\n  - {id: file, name: 立案, type: start, next: investigate}\n  - {id: investigate, name: 调查取证, next: decide}\n  - {id: decide, name: 决定, type: end}\n---\n# powers/market.yaml\nkind: Power\n# …\nprocess:\n  external: {use: penalty-external}\nrisks:\n  - {step: investigate, level: high, points: [调查取证不全面]}\n  - {step: decide, level: high, points: [处罚畸轻畸重], controls: []}\n  - {step: invesigate, level: medium, points: [证据保存不当]}\n  - {step: hearing, level: low, points: [听证告知不到位]}\n---\nkind: Power\n# …\nrisks:\n  - {step: decide, level: medium, points: [处罚畸轻畸重]}\n',
      good: '# processes/penalty-external.yaml\nkind: Process\nid: penalty-external\nname: 行政处罚外部流程\nview: external\nsteps:\n  - {id: file, name: 立案, type: start, next: investigate}\n  - {id: investigate, name: 调查取证, next: decide}\n  - {id: decide, name: 决定, type: end}\n---\n# powers/market.yaml\nkind: Power\n# …\nprocess:\n  external: {use: penalty-external}\nrisks:\n  - step: investigate\n    level: high\n    points: [调查取证不全面]\n    controls: [两名以上执法人员共同调查，全程记录]\n',
    },
  },
  check: ({ model }) => {
    const steps = stepFinder(model);
    return model.powers.flatMap((power) => checkPower(power, steps));
  },
});

/** A step id and where it is written. */
interface StepAt {
  id: string;
  target: Target;
}

/** The steps a power can put risks on, and the processes they came from. */
interface PowerSteps {
  steps: StepAt[];
  searched: { process: string; target: Target }[];
}

type StepFinder = (power: Entity<PowerData>) => PowerSteps | undefined;

/** Template steps are collected once per template, however many powers use it. */
function stepFinder(model: CatalogueModel): StepFinder {
  const { processById } = indexesOf(model);
  const templateSteps = new Map<Entity<ProcessData>, StepAt[] | undefined>();
  const stepsOfTemplate = (template: Entity<ProcessData>): StepAt[] | undefined => {
    if (!templateSteps.has(template)) templateSteps.set(template, stepList(template, ['steps']));
    return templateSteps.get(template);
  };
  return (power) => {
    const found: PowerSteps = { steps: [], searched: [] };
    const process = recordOf(power.data.process);
    if (power.data.process !== undefined && power.data.process !== null && !process) return undefined;
    for (const view of ['external', 'internal'] as const) {
      const value: unknown = process?.[view];
      if (value === undefined || value === null) continue;
      const entry = recordOf(value);
      if (!entry) return undefined; // wrong type: the schema's finding; the steps are unknown
      let steps: StepAt[] | undefined;
      if ('use' in entry) {
        const id = textOf(entry.use);
        const template = id === undefined ? undefined : processById.get(id);
        // An unknown template is `process-ref`'s finding: do not pile a second one on it.
        if (!template) return undefined;
        steps = stepsOfTemplate(template);
        found.searched.push({ process: id!, target: valueAt(template, 'id') });
      } else {
        steps = stepList(power, ['process', view, 'steps']);
        found.searched.push({ process: `process.${view}`, target: keyAt(power, 'process', view) });
      }
      if (!steps) return undefined;
      for (const step of steps) found.steps.push(step); // not push(...steps): a spread of 10⁵ arguments overflows the stack
    }
    return found;
  };
}

/** The step ids of the `steps` list at a path; undefined when that list has the wrong type. */
function stepList(entity: Entity<unknown>, path: (string | number)[]): StepAt[] | undefined {
  let value: unknown = entity.data;
  for (const segment of path) value = recordOf(value)?.[segment];
  if (value !== undefined && value !== null && !Array.isArray(value)) return undefined;
  const steps: StepAt[] = [];
  listOf(value).forEach((step, i) => {
    const id = textOf(recordOf(step)?.id);
    if (id !== undefined) steps.push({ id, target: valueAt(entity, ...path, i, 'id') });
  });
  return steps;
}

function checkPower(power: Entity<PowerData>, stepsOf: StepFinder): Finding<MessageId>[] {
  const risks = listOf(power.data.risks);
  if (risks.length === 0) return [];
  const findings: Finding<MessageId>[] = [];
  let known: PowerSteps | undefined | null = null; // null: not looked up yet
  risks.forEach((value, i) => {
    const risk = recordOf(value);
    if (!risk) return;
    const step = textOf(risk.step);
    const label = step ?? `#${i + 1}`;

    if (risk.level === 'high') {
      const controls: unknown = risk.controls;
      if (controls === undefined || controls === null) {
        findings.push({ messageId: 'missingControls', data: { step: label }, target: missingIn(power, 'risks', i) });
      } else if (Array.isArray(controls) && !controls.some(isWritten)) {
        findings.push({ messageId: 'emptyControls', data: { step: label }, target: valueAt(power, 'risks', i, 'controls') });
      }
    }

    if (step === undefined) return;
    if (known === null) known = stepsOf(power);
    if (!known || known.steps.some((s) => s.id === step)) return;
    findings.push(unknownStep(power, i, step, known));
  });
  return findings;
}

function unknownStep(power: Entity<PowerData>, i: number, step: string, known: PowerSteps): Finding<MessageId> {
  const target = valueAt(power, 'risks', i, 'step');
  const searched: Related<MessageId>[] = known.searched.map((s) => ({
    target: s.target,
    messageId: 'searchedProcess',
    data: { process: s.process },
  }));
  if (known.steps.length === 0) return { messageId: 'noSteps', data: { step }, target, related: searched };
  const ids = [...new Set(known.steps.map((s) => s.id))];
  const suggestion = didYouMean(step, ids);
  if (suggestion !== undefined) {
    const at = known.steps.find((s) => s.id === suggestion)!;
    return {
      messageId: 'unknownStepSuggest',
      data: { step, suggestion },
      target,
      related: [{ target: at.target, messageId: 'suggestedStep', data: { step: suggestion } }],
    };
  }
  return { messageId: 'unknownStep', data: { step, steps: ids.join(', ') }, target, related: searched };
}
