import { indexesOf } from '../../model/indexes.js';
import { recordOf, textOf } from '../../model/read.js';
import { didYouMean } from '../../util/did-you-mean.js';
import { defineRule, type Finding } from '../rule.js';
import { valueAt } from '../targets.js';

type MessageId = 'unknown' | 'unknownDidYouMean' | 'wrongView' | 'templateView';

export const processRef = defineRule<MessageId>({
  meta: {
    id: 'process-ref',
    defaultSeverity: 'error',
    scope: 'catalogue',
    powerKeys: ['process'],
    description: {
      'zh-CN': '权力事项 process 中的 use: 必须引用一个存在的流程模板（kind: Process），且模板的 view 与引用位置一致：external 只能引用外部流程模板，internal 只能引用内部流程模板。',
      en: 'A `use:` in a power’s `process` must name an existing Process template of the same view: `external` uses an external template, `internal` an internal one.',
    },
    messages: {
      unknown: { 'zh-CN': '没有 id 为「{use}」的流程模板', en: 'no Process template has the id "{use}"' },
      unknownDidYouMean: {
        'zh-CN': '没有 id 为「{use}」的流程模板；是否想写「{suggestion}」？',
        en: 'no Process template has the id "{use}"; did you mean "{suggestion}"?',
      },
      wrongView: {
        'zh-CN': '{view} 流程引用了「{use}」，但它是 {templateView} 流程模板',
        en: 'the {view} process uses "{use}", which is an {templateView} template',
      },
      templateView: { 'zh-CN': '模板的 view 在此', en: 'the template’s view is set here' },
    },
    examples: {
      bad: 'kind: Power\n# …\nprocess:\n  external: {use: approval-internal}\n',
      good: 'kind: Power\n# …\nprocess:\n  external: {use: licensing-external}\n  internal: {use: approval-internal}\n',
    },
  },
  check: ({ model }) => {
    const { processById } = indexesOf(model);
    const templateIds = [...processById.keys()];
    const findings: Finding<MessageId>[] = [];
    for (const power of model.powers) {
      const process = recordOf(power.data.process);
      for (const view of ['external', 'internal'] as const) {
        const use = textOf(recordOf(process?.[view])?.use);
        if (use === undefined) continue;
        const template = processById.get(use);
        const target = () => valueAt(power, 'process', view, 'use');
        if (!template) {
          const suggestion = didYouMean(use, templateIds);
          findings.push({ messageId: suggestion ? 'unknownDidYouMean' : 'unknown', data: { use, suggestion: suggestion ?? '' }, target: target() });
        } else if ((template.data.view === 'external' || template.data.view === 'internal') && template.data.view !== view) {
          findings.push({
            messageId: 'wrongView',
            data: { view, use, templateView: template.data.view },
            target: target(),
            related: [{ target: valueAt(template, 'view'), messageId: 'templateView' }],
          });
        }
      }
    }
    return findings;
  },
});
