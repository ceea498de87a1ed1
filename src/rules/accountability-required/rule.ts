import { requiredListRule } from '../shared/required-list.js';

export const accountabilityRequired = requiredListRule({
  id: 'accountability-required',
  field: 'accountability',
  label: { 'zh-CN': '追责情形', en: 'accountability cases' },
  description: {
    'zh-CN': '每项权力必须列出至少一种追责情形（不作为、乱作为时追究责任的情形，可附追责依据）：失职要问责，违法要追究。已取消的事项也要保留追责情形，以便追溯。',
    en: 'Every power lists at least one accountability case (the failures for which officials are held to account, optionally with the provision): a duty without accountability is not enforced. Abolished powers keep theirs so the record stays complete.',
  },
  examples: {
    bad: 'kind: Power\ncode: "000231001000"\nname: 对未取得食品经营许可从事食品经营活动的处罚\ntype: penalty\ndepartment: scjgj\n---\nkind: Power\ncode: "000231002000"\nname: 对经营超过保质期食品的处罚\ntype: penalty\ndepartment: scjgj\naccountability: []\n',
    good: 'kind: Power\ncode: "000231001000"\nname: 对未取得食品经营许可从事食品经营活动的处罚\ntype: penalty\ndepartment: scjgj\naccountability:\n  - text: 对符合立案条件的案件不予立案的\n    basis: 中华人民共和国行政处罚法第七十六条\n',
  },
});
