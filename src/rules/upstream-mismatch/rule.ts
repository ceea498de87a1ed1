import { POWER_TYPE } from '../../format/vocabulary.js';
import { mismatchesOf, textList, type Mismatch } from '../../upstream/compare.js';
import { upstreamOf, type Link } from '../../upstream/load-upstream.js';
import { defineRule, type Finding } from '../rule.js';
import { missingIn, valueAt } from '../targets.js';
import { UPSTREAM_RULE_SCOPE, upstreamItemRelated } from '../shared/upstream-related.js';

type MessageId = 'name' | 'type' | 'basis' | 'upstreamName' | 'upstreamType' | 'upstreamBasis';

const SAME_ITEM = { 'zh-CN': '三级四同：同一事项名称、编码、依据、类型', en: 'one item has one name, code, basis and type at every level' };

export const upstreamMismatch = defineRule<MessageId>({
  meta: {
    id: 'upstream-mismatch',
    defaultSeverity: 'error',
    ...UPSTREAM_RULE_SCOPE,
    description: {
      'zh-CN':
        '三级四同：与上级目录事项关联的事项（写了 upstream，或编码相同），其名称（比较时忽略全角/半角、括号样式、空格和“（县级）”之类的层级后缀）、权力类型与上级事项相同，依据包含上级事项的全部依据名称（比较时忽略书名号和空格；本级多列的条款、实施性文件不算差异）。每个不同的字段报告一次，位于本级该字段，消息中列出本级和上级目录的值。',
      en: 'One item, one name, code, basis and type at every level: a power linked to an upstream item (by upstream, or by its code) has the same name (ignoring full/half width, bracket style, spaces and level suffixes such as (county level)) and type as the item, and its basis names every title of the item\'s basis (ignoring book-title marks and spaces; articles and local implementing documents added here are no difference). Each field that differs is reported once, at the local field, with both values.',
    },
    messages: {
      name: {
        'zh-CN': `名称与上级目录「{list}」的事项 {code} 不一致（${SAME_ITEM['zh-CN']}）。本级：{local}；上级目录：{upstream}`,
        en: `the name differs from item {code} of the upstream list "{list}" (${SAME_ITEM.en}). Here: {local}; upstream: {upstream}`,
      },
      type: {
        'zh-CN': `权力类型与上级目录「{list}」的事项 {code} 不一致（${SAME_ITEM['zh-CN']}）。本级：{local}；上级目录：{upstream}`,
        en: `the type differs from item {code} of the upstream list "{list}" (${SAME_ITEM.en}). Here: {local}; upstream: {upstream}`,
      },
      basis: {
        'zh-CN': `依据缺少上级目录「{list}」的事项 {code} 所列的：{missing}（${SAME_ITEM['zh-CN']}；本级可以多列）。本级：{local}；上级目录：{upstream}`,
        en: `the basis lacks what item {code} of the upstream list "{list}" lists: {missing} (${SAME_ITEM.en}; more entries here are fine). Here: {local}; upstream: {upstream}`,
      },
      upstreamName: { 'zh-CN': '上级目录中的名称', en: 'the name upstream' },
      upstreamType: { 'zh-CN': '上级目录中的权力类型', en: 'the type upstream' },
      upstreamBasis: { 'zh-CN': '上级目录中的依据', en: 'the basis upstream' },
    },
    examples: {
      context: 'examples/county',
      bad: '# 上级事项 000123002000：公共场所卫生许可，行政许可，依据《公共场所卫生管理条例》\nkind: Power\ncode: "11990521MB0C1133354000123002000"\nname: 公共场所卫生许可证核发\ntype: confirmation\ndepartment: health\nbasis:\n  - {level: departmental-rule, title: 公共场所卫生管理条例实施细则}\n',
      good: '# 上级事项 000123002000：公共场所卫生许可，行政许可，依据《公共场所卫生管理条例》\nkind: Power\ncode: "11990521MB0C1133354000123002000"\nname: 公共场所卫生许可（县级）\ntype: licensing\ndepartment: health\nbasis:\n  - {level: administrative-regulation, title: 《公共场所卫生管理条例》, article: 第八条}\n  - {level: departmental-rule, title: 公共场所卫生管理条例实施细则}\n',
    },
  },
  check: ({ model }) => {
    const findings: Finding<MessageId>[] = [];
    for (const link of upstreamOf(model).links) {
      if (!link.item || link.problem) continue;
      for (const mismatch of mismatchesOf(link.power, link.item)) findings.push(findingOf(link, mismatch));
    }
    return findings;
  },
});

function findingOf(link: Link, mismatch: Mismatch): Finding<MessageId> {
  const { power, entry, item } = link;
  const about = { list: entry!.name, code: item!.code };
  switch (mismatch.field) {
    case 'name':
      return { messageId: 'name', data: { ...about, local: mismatch.local, upstream: mismatch.upstream }, target: valueAt(power, 'name'), related: upstreamItemRelated(item, 'upstreamName', 'name') };
    case 'type':
      return {
        messageId: 'type',
        data: { ...about, local: POWER_TYPE[mismatch.local], upstream: POWER_TYPE[mismatch.upstream] },
        target: valueAt(power, 'type'),
        related: upstreamItemRelated(item, 'upstreamType', 'type'),
      };
    case 'basis':
      return {
        messageId: 'basis',
        data: { ...about, missing: textList(mismatch.missing), local: textList(mismatch.local), upstream: textList(mismatch.upstream) },
        target: 'basis' in power.data ? valueAt(power, 'basis') : missingIn(power),
        related: upstreamItemRelated(item, 'upstreamBasis', 'basis'),
      };
  }
}
