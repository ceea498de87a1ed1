import { indexesOf } from '../../model/indexes.js';
import { recordOf, textOf } from '../../model/read.js';
import { PROCESS_VIEW, termInText } from '../../format/vocabulary.js';
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
    partition: 'power',
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
        'zh-CN': '{view}（process.{key}）引用了「{use}」，但它是{templateView}模板（view: {templateKey}）：改为引用{view}模板，或把它写在 process.{templateKey} 下',
        en: 'the {view} (process.{key}) uses "{use}", which is a template of the {templateView} (view: {templateKey}): use a template of the {view}, or put it under process.{templateKey}',
      },
      templateView: { 'zh-CN': '模板的 view 在此', en: 'the template’s view is set here' },
    },
    examples: {
      bad: '# processes/templates.yaml\nkind: Process\nid: approval-internal\nname: 内部审批流程\nview: internal\nsteps:\n  - {id: a, name: 受理, type: start, next: b}\n  - {id: b, name: 办结, type: end}\n---\n# powers/market.yaml\nkind: Power\n# …\nprocess:\n  external: {use: approval-internal}\n  internal: {use: aproval-internal}\n---\nkind: Power\n# …\nprocess:\n  internal: {use: major-approval}\n',
      good: '# processes/templates.yaml\nkind: Process\nid: approval-internal\nname: 内部审批流程\nview: internal\nsteps:\n  - {id: a, name: 受理, type: start, next: b}\n  - {id: b, name: 办结, type: end}\n---\nkind: Process\nid: licensing-external\nname: 行政许可外部流程\nview: external\nsteps:\n  - {id: a, name: 申请, type: start, next: b}\n  - {id: b, name: 送达, type: end}\n---\n# powers/market.yaml\nkind: Power\n# …\nprocess:\n  external: {use: licensing-external}\n  internal: {use: approval-internal}\n',
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
            data: { view: termInText(PROCESS_VIEW[view]), key: view, use, templateView: termInText(PROCESS_VIEW[template.data.view]), templateKey: template.data.view },
            target: target(),
            related: [{ target: valueAt(template, 'view'), messageId: 'templateView' }],
          });
        }
      }
    }
    return findings;
  },
});
