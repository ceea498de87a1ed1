import { changesOf, fieldList } from '../../upstream/compare.js';
import { upstreamOf } from '../../upstream/load-upstream.js';
import { defineRule, type Finding } from '../rule.js';
import { valueAt } from '../targets.js';
import { UPSTREAM_RULE_SCOPE, upstreamItemRelated } from '../shared/upstream-related.js';

type MessageId = 'changed' | 'previousHere' | 'upstreamItem';

export const upstreamChanged = defineRule<MessageId>({
  meta: {
    id: 'upstream-changed',
    defaultSeverity: 'warning',
    ...UPSTREAM_RULE_SCOPE,
    description: {
      'zh-CN':
        '写了 previous（上次核对的上级目录版本）时：本清单事项关联的上级事项，其名称、权力类型、依据、法定时限或行使层级在 previous 与 source 之间有变化的，提示逐项核对。即使本级事项已与新版一致，提示也会保留，直到维护人员核对完毕、把 previous 改为当前版本为止。上级取消的事项由 upstream-unknown 报告。位于事项的 upstream（按编码关联的位于 code）。',
      en: 'With previous (the version of the upstream list last reconciled with) set: a power whose upstream item\'s name, type, basis, statutory time limit or level differs between previous and source is flagged for review. The finding stands even when the power already matches the new values, until the maintainer has reviewed the powers and moves previous on. Items abolished upstream are upstream-unknown\'s. At the power\'s upstream (its code when linked by code).',
    },
    messages: {
      changed: {
        'zh-CN': '上级目录「{list}」的事项「{name}」（{code}）自上次核对的版本（{previous}）以来改变了：{fields}。请核对本事项；全部核对后，把 powercat.yaml 中此目录的 previous 改为 {source}',
        en: 'item "{name}" ({code}) of the upstream list "{list}" changed since the version last reconciled with ({previous}): {fields}. Review this power; once every change is reviewed, set previous of this list in powercat.yaml to {source}',
      },
      previousHere: { 'zh-CN': '上次核对的版本', en: 'the version last reconciled with' },
      upstreamItem: { 'zh-CN': '上级目录中的事项（新版）', en: 'the upstream item (new version)' },
    },
    examples: {
      context: 'examples/county',
      bad: '# powers/market-food.yaml\n# 上级事项 000131012000 食品生产许可：上次核对的 2025-12 版（previous）法定时限 20 个工作日，2026-06 版（source）改为 10 个工作日\nkind: Power\ncode: "11990521MB0C11253H4000131012000"\nname: 食品生产许可\ntype: licensing\ndepartment: market\nbasis:\n  - {level: law, title: 中华人民共和国食品安全法, article: 第三十五条, role: setting}\n  - {level: departmental-rule, title: 食品生产许可管理办法}\ntimeLimit:\n  statutory: {value: 10, unit: workday}\n  promised: {value: 8, unit: workday}\n',
      good: '# powercat.yaml\n# 核对完 2026-06 版的变化后，previous 改为 source\nkind: Catalogue\nid: yunxi-county\nname: 云溪县人民政府工作部门权责清单\nformatVersion: 2\nlevel: 4\ncodeProfile: national\nupstream:\n  - id: dongling\n    name: 东岭省省市县三级权责清单通用目录\n    source: upstream/dongling-2026-06.json\n    previous: upstream/dongling-2026-06.json\n    notApplicable:\n      - {code: \'000118099000\', reason: 本县无港口}\n---\n# powers/market-food.yaml\nkind: Power\ncode: "11990521MB0C11253H4000131012000"\nname: 食品生产许可\ntype: licensing\ndepartment: market\nbasis:\n  - {level: law, title: 中华人民共和国食品安全法, article: 第三十五条, role: setting}\n  - {level: departmental-rule, title: 食品生产许可管理办法}\ntimeLimit:\n  statutory: {value: 10, unit: workday}\n  promised: {value: 8, unit: workday}\n',
    },
  },
  check: ({ model }) => {
    const catalogue = model.catalogue;
    if (!catalogue) return [];
    const findings: Finding<MessageId>[] = [];
    for (const link of upstreamOf(model).links) {
      const { entry, item, power } = link;
      const before = item && !link.problem ? entry?.earlier?.byKey.get(item.key) : undefined;
      const fields = before ? changesOf(before, item!) : [];
      if (fields.length === 0) continue;
      findings.push({
        messageId: 'changed',
        data: { list: entry!.name, name: item!.name ?? '', code: item!.code, fields: fieldList(fields), previous: entry!.previousPath ?? '', source: entry!.sourcePath ?? '' },
        target: link.explicit ? valueAt(power, 'upstream') : valueAt(power, 'code'),
        related: [{ target: valueAt(catalogue, 'upstream', entry!.index, 'previous'), messageId: 'previousHere', data: {} }, ...upstreamItemRelated(item, 'upstreamItem' as const)],
      });
    }
    return findings;
  },
});
