import { codeProfileOf, nationalCodeOf, powerTypeOfSegment, TYPE_SEGMENT } from '../../domain/national-code.js';
import { POWER_TYPE } from '../../format/vocabulary.js';
import { indexesOf } from '../../model/indexes.js';
import type { PowerType } from '../../model/types.js';
import { defineRule, type Finding } from '../rule.js';
import { valueAt } from '../targets.js';

type MessageId = 'mismatch' | 'extensionSlot' | 'powerType';

export const codeTypeMismatch = defineRule<MessageId>({
  meta: {
    id: 'code-type-mismatch',
    defaultSeverity: 'error',
    scope: 'file',
    description: {
      'zh-CN':
        '国家编码（codeProfile: national）基本编码的第 3–4 位是权力类型代码（GB/T 39046 附录 A.1），必须与权力事项的 type 一致；子项编码与其所属权力的 type 比较。类型不一致说明编码或类型有一处写错。',
      en: 'In a national code (codeProfile: national), characters 3–4 of the basic code are the power type (GB/T 39046 A.1) and must agree with the power\'s type; sub-item codes are compared with their power\'s type. A disagreement means either the code or the type is wrong.',
    },
    messages: {
      mismatch: {
        'zh-CN': '编码「{code}」的类型代码为 {segment}（{segmentLabel}），但权力类型 type 为 {type}（{typeLabel}，代码 {expected}）；请改正编码或类型',
        en: 'code "{code}" says type {segment} ({segmentLabel}) but the power\'s type is {type} ({typeLabel}, code {expected}); correct the code or the type',
      },
      extensionSlot: {
        'zh-CN': '编码「{code}」的类型代码 {segment} 是国家标准的扩展位，不代表任何权力类型，但权力类型 type 为 {type}（{typeLabel}，代码 {expected}）；扩展位只可用于 type: other',
        en: 'code "{code}" has type {segment}, an extension slot that stands for no standard type, but the power\'s type is {type} ({typeLabel}, code {expected}); extension slots fit only type: other',
      },
      powerType: { 'zh-CN': '权力类型在此：{type}（{typeLabel}）', en: 'the power\'s type is given here: {type} ({typeLabel})' },
    },
    examples: {
      bad: '# powercat.yaml: codeProfile: national\nkind: Power\ncode: "000231001000"\nname: 食品经营许可\ntype: licensing\n---\nkind: Power\ncode: "001531002000"\nname: 食品生产许可\ntype: licensing\n',
      good: '# powercat.yaml: codeProfile: national\nkind: Power\ncode: "000131001000"\nname: 食品经营许可\ntype: licensing\n',
    },
  },
  check: ({ model }) => {
    if (codeProfileOf(model.catalogue?.data.codeProfile) !== 'national') return [];
    const findings: Finding<MessageId>[] = [];
    for (const use of indexesOf(model).codes) {
      const type = use.power.data.type;
      if (typeof type !== 'string' || !Object.hasOwn(TYPE_SEGMENT, type)) continue;
      const code = nationalCodeOf(use.code);
      if (!code) continue;
      const powerType = type as PowerType;
      const expected = TYPE_SEGMENT[powerType];
      const segmentType = powerTypeOfSegment(code.typeSegment);
      if (code.typeSegment === expected || (segmentType === undefined && powerType === 'other')) continue;
      const typeData = { type: powerType, typeLabel: POWER_TYPE[powerType] };
      findings.push({
        messageId: segmentType ? 'mismatch' : 'extensionSlot',
        data: { code: use.code, segment: code.typeSegment, expected, ...typeData, ...(segmentType && { segmentLabel: POWER_TYPE[segmentType] }) },
        target: valueAt(use.power, ...use.path),
        related: [{ target: valueAt(use.power, 'type'), messageId: 'powerType', data: typeData }],
      });
    }
    return findings;
  },
});
