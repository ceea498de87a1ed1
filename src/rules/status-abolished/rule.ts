import { isAbolished, isWritten } from '../../domain/accountability.js';
import { textOf } from '../../model/read.js';
import type { Entity, PowerData } from '../../model/types.js';
import { defineRule, type Finding } from '../rule.js';
import { missingIn, valueAt } from '../targets.js';

type MessageId = 'missingDateAndReason' | 'missingDate' | 'missingReason' | 'abolishedHere';

export const statusAbolished = defineRule<MessageId>({
  meta: {
    id: 'status-abolished',
    defaultSeverity: 'error',
    scope: 'file',
    description: {
      'zh-CN': '已取消（status: abolished）的权力事项必须写明取消日期（abolishedOn）和取消理由（reason），以便公众和监督机关查证该项权力何时、为何不再行使。',
      en: 'An abolished power (status: abolished) states the date (abolishedOn) and the reason (reason) of its abolition, so that the public and supervisors can tell when and why it stopped being exercised.',
    },
    messages: {
      missingDateAndReason: {
        'zh-CN': '已取消的权力事项「{name}」须写明取消日期（abolishedOn）和取消理由（reason），两者都缺',
        en: 'abolished power "{name}" needs the date (abolishedOn) and the reason (reason) of its abolition; both are missing',
      },
      missingDate: {
        'zh-CN': '已取消的权力事项「{name}」须写明取消日期（abolishedOn，格式 YYYY-MM-DD）',
        en: 'abolished power "{name}" needs the date of its abolition (abolishedOn, YYYY-MM-DD)',
      },
      missingReason: {
        'zh-CN': '已取消的权力事项「{name}」须写明取消理由（reason）',
        en: 'abolished power "{name}" needs the reason for its abolition (reason)',
      },
      abolishedHere: { 'zh-CN': '此处标明已取消', en: 'marked abolished here' },
    },
    examples: {
      bad: 'kind: Power\ncode: "000123001000"\nname: 公共场所卫生许可（餐饮服务场所）\ntype: licensing\ndepartment: health\nstatus: abolished\n---\nkind: Power\ncode: "000123002000"\nname: 公共场所卫生许可（美容美发场所）\ntype: licensing\ndepartment: health\nstatus: abolished\nabolishedOn: "2016-02-03"\n---\nkind: Power\ncode: "000123003000"\nname: 公共场所卫生许可（沐浴场所）\ntype: licensing\ndepartment: health\nstatus: abolished\nreason: 国务院决定取消该项许可\n',
      good: 'kind: Power\ncode: "000123001000"\nname: 公共场所卫生许可（餐饮服务场所）\ntype: licensing\ndepartment: health\nstatus: abolished\nabolishedOn: "2016-02-03"\nreason: 国务院决定取消该项许可，由食品经营许可一并办理\n',
    },
  },
  check: ({ model }) => model.powers.flatMap((power) => checkPower(power)),
});

function checkPower(power: Entity<PowerData>): Finding<MessageId>[] {
  const { data } = power;
  if (!isAbolished(data)) return [];
  const hasDate = isWritten(data.abolishedOn);
  const hasReason = isWritten(data.reason);
  if (hasDate && hasReason) return [];
  const messageId = !hasDate && !hasReason ? 'missingDateAndReason' : hasDate ? 'missingReason' : 'missingDate';
  return [
    {
      messageId,
      data: { name: textOf(data.name) ?? textOf(data.code) ?? '' },
      target: missingIn(power),
      related: [{ target: valueAt(power, 'status'), messageId: 'abolishedHere', data: {} }],
    },
  ];
}
