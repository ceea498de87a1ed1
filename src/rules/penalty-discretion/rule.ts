import { isAbolished, isWritten } from '../../domain/accountability.js';
import { textOf } from '../../model/read.js';
import type { Entity, PowerData } from '../../model/types.js';
import { defineRule, type Finding } from '../rule.js';
import { missingIn, valueAt } from '../targets.js';

type MessageId = 'missing' | 'blank';

export const penaltyDiscretion = defineRule<MessageId>({
  meta: {
    id: 'penalty-discretion',
    defaultSeverity: 'warning',
    scope: 'file',
    description: {
      'zh-CN': '行政处罚事项应写明裁量基准（discretion：处罚的行为、种类、幅度），让同样的违法行为受到同样的处罚，防止畸轻畸重。已取消的事项不再行使，不作要求。',
      en: 'A penalty should state its discretion standard (discretion: the conduct, kinds and range of penalties) so that like cases are punished alike. Abolished powers are no longer exercised and are not checked.',
    },
    messages: {
      missing: {
        'zh-CN': '行政处罚「{name}」没有写裁量基准（discretion）；写明处罚的行为、种类和幅度',
        en: 'penalty "{name}" gives no discretion standard (discretion); state the conduct, the kinds and the range of penalties',
      },
      blank: {
        'zh-CN': '行政处罚「{name}」的裁量基准（discretion）是空的；写明处罚的行为、种类和幅度',
        en: 'the discretion standard (discretion) of penalty "{name}" is blank; state the conduct, the kinds and the range of penalties',
      },
    },
    examples: {
      bad: 'kind: Power\ncode: "000231001000"\nname: 对未取得食品经营许可从事食品经营活动的处罚\ntype: penalty\ndepartment: scjgj\n---\nkind: Power\ncode: "000231002000"\nname: 对经营超过保质期食品的处罚\ntype: penalty\ndepartment: scjgj\ndiscretion: ""\n',
      good: 'kind: Power\ncode: "000231001000"\nname: 对未取得食品经营许可从事食品经营活动的处罚\ntype: penalty\ndepartment: scjgj\ndiscretion: 违法所得不足一万元的，处五万元以上十万元以下罚款\n',
    },
  },
  check: ({ model }) => model.powers.flatMap((power) => checkPower(power)),
});

function checkPower(power: Entity<PowerData>): Finding<MessageId>[] {
  const { data } = power;
  if (data.type !== 'penalty' || isAbolished(data)) return [];
  const name = textOf(data.name) ?? textOf(data.code) ?? '';
  if (isWritten(data.discretion)) return [];
  // `discretion:` with nothing after it (null) or blank text: the key is there, its value is empty.
  return data.discretion === undefined
    ? [{ messageId: 'missing', data: { name }, target: missingIn(power) }]
    : [{ messageId: 'blank', data: { name }, target: valueAt(power, 'discretion') }];
}
