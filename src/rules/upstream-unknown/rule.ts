import { textOf } from '../../model/read.js';
import { upstreamOf, type Link } from '../../upstream/load-upstream.js';
import { defineRule, type Finding } from '../rule.js';
import { missingIn, valueAt } from '../targets.js';
import { UPSTREAM_RULE_SCOPE, upstreamItemRelated } from '../shared/upstream-related.js';

type MessageId = 'unknownList' | 'listRequired' | 'noLists' | 'unknownCode' | 'abolished' | 'abolishedByCode' | 'upstreamItem';

export const upstreamUnknown = defineRule<MessageId>({
  meta: {
    id: 'upstream-unknown',
    defaultSeverity: 'error',
    ...UPSTREAM_RULE_SCOPE,
    description: {
      'zh-CN':
        '事项的 upstream.code 必须是上级目录中现行的事项，upstream.list 必须是 powercat.yaml 中 upstream 的一个 id（只有一个上级目录时可不写）；按编码关联的事项，其上级事项也不能已被取消。上级目录取消或调整了编码，本级须随之调整。',
      en: 'A power\'s upstream.code names an item in force in the upstream list, and upstream.list the id of an upstream entry in powercat.yaml (it may be left out when there is one); a power linked by its code must not be linked to an item the upstream abolished. When the upstream abolishes or recodes an item, the catalogue follows.',
    },
    messages: {
      unknownList: {
        'zh-CN': '没有上级目录「{list}」：powercat.yaml 的 upstream 中没有这个 id（有：{ids}）',
        en: 'there is no upstream list "{list}": no entry of upstream in powercat.yaml has this id (there are: {ids})',
      },
      listRequired: {
        'zh-CN': '本清单有多个上级目录（{ids}），请用 upstream.list 写明上级事项 {code} 属于哪一个',
        en: 'the catalogue has several upstream lists ({ids}); name the one item {code} belongs to with upstream.list',
      },
      noLists: {
        'zh-CN': 'powercat.yaml 没有写上级目录（upstream），无法核对上级事项 {code}：请在 powercat.yaml 中写明上级目录，或删除此处的 upstream',
        en: 'powercat.yaml names no upstream list, so upstream item {code} cannot be checked; add the list under upstream in powercat.yaml, or remove this link',
      },
      unknownCode: {
        'zh-CN': '上级目录「{list}」中没有编码为 {code} 的事项：请核对编码（上级可能已调整编码），确属本级独有的事项请删除 upstream',
        en: 'the upstream list "{list}" has no item with code {code}: check the code (the upstream may have recoded it); for an item of this catalogue only, remove upstream',
      },
      abolished: {
        'zh-CN': '上级目录「{list}」已取消事项「{name}」（{code}）：本级应随之取消此事项（status: abolished），或改为关联上级现行的事项',
        en: 'the upstream list "{list}" has abolished item "{name}" ({code}): abolish this power as well (status: abolished), or link it to an item in force',
      },
      abolishedByCode: {
        'zh-CN': '此编码对应上级目录「{list}」中已取消的事项「{name}」（{code}）：本级应随之取消此事项（status: abolished），或改用上级现行事项的编码',
        en: 'this code is item "{name}" ({code}) of the upstream list "{list}", which the upstream has abolished: abolish this power as well (status: abolished), or use the code of an item in force',
      },
      upstreamItem: { 'zh-CN': '上级目录中的事项', en: 'the upstream item' },
    },
    examples: {
      context: 'examples/county',
      bad: '# powercat.yaml 的上级目录：dongling（东岭省省市县三级权责清单通用目录），只有这一份\nkind: Power\ncode: "11990521MB0C1133354000123002000"\nname: 公共场所卫生许可\ntype: licensing\ndepartment: health\nupstream: {code: "000123009000", list: dongling}\n',
      good: '# powercat.yaml 的上级目录：dongling（东岭省省市县三级权责清单通用目录），只有这一份\nkind: Power\ncode: "11990521MB0C1133354000123002000"\nname: 公共场所卫生许可\ntype: licensing\ndepartment: health\nupstream: {code: "000123002000", list: dongling}\n',
    },
  },
  check: ({ model }) => {
    const { entries, links } = upstreamOf(model);
    const ids = entries.map((e) => e.id ?? e.name).join(', ');
    const findings: Finding<MessageId>[] = [];
    for (const link of links) if (link.problem) findings.push(findingOf(link, textOf(link.power.data.upstream?.code) ?? '', ids));
    return findings;
  },
});

function findingOf(link: Link, code: string, ids: string): Finding<MessageId> {
  const { power, entry, item } = link;
  const list = entry?.name ?? '';
  switch (link.problem!) {
    case 'unknownList':
      return { messageId: 'unknownList', data: { list: textOf(power.data.upstream?.list) ?? '', ids }, target: valueAt(power, 'upstream', 'list') };
    case 'listRequired':
      return { messageId: 'listRequired', data: { ids, code }, target: missingIn(power, 'upstream') };
    case 'noLists':
      return { messageId: 'noLists', data: { code }, target: valueAt(power, 'upstream', 'code') };
    case 'unknownCode':
      return { messageId: 'unknownCode', data: { list, code }, target: valueAt(power, 'upstream', 'code') };
    case 'abolished':
      return {
        messageId: link.explicit ? 'abolished' : 'abolishedByCode',
        data: { list, name: item?.name ?? '', code: item?.code ?? code },
        target: link.explicit ? valueAt(power, 'upstream', 'code') : valueAt(power, 'code'),
        related: upstreamItemRelated(item, 'upstreamItem'),
      };
  }
}
