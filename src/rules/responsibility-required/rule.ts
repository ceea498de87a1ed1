import { requiredListRule } from '../shared/required-list.js';

export const responsibilityRequired = requiredListRule({
  id: 'responsibility-required',
  field: 'responsibilities',
  label: { 'zh-CN': '责任事项', en: 'responsibilities' },
  description: {
    'zh-CN': '每项权力必须列出至少一项责任事项（如受理、审查、决定、送达、事后监管）：有权必有责，权责清单要写明行使权力对应的责任。已取消的事项也要保留责任事项，以便追溯。',
    en: 'Every power lists at least one responsibility (acceptance, review, decision, service, follow-up supervision …): every power carries a duty, and the list must say which. Abolished powers keep theirs so the record stays complete.',
  },
  examples: {
    bad: 'kind: Power\ncode: "000231001000"\nname: 对未取得食品经营许可从事食品经营活动的处罚\ntype: penalty\ndepartment: scjgj\n---\nkind: Power\ncode: "000231002000"\nname: 对经营超过保质期食品的处罚\ntype: penalty\ndepartment: scjgj\nresponsibilities: []\n',
    good: 'kind: Power\ncode: "000231001000"\nname: 对未取得食品经营许可从事食品经营活动的处罚\ntype: penalty\ndepartment: scjgj\nresponsibilities:\n  - {stage: 立案, text: 对发现的违法行为及时立案}\n  - {stage: 决定, text: 依法作出处罚决定}\n',
  },
});
