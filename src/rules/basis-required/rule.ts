import { requiredListRule } from '../shared/required-list.js';

export const basisRequired = requiredListRule({
  id: 'basis-required',
  field: 'basis',
  label: { 'zh-CN': '实施依据', en: 'legal basis' },
  description: {
    'zh-CN': '每项权力必须列出至少一条实施依据（法律、法规、规章或规范性文件）：职权法定，没有依据的权力不得行使。',
    en: 'Every power lists at least one legal basis (law, regulation, rule or normative document): a power without a basis may not be exercised.',
  },
  examples: {
    bad: 'kind: Power\ncode: "000231001000"\nname: 对无照经营的处罚\ntype: penalty\ndepartment: scjgj\n---\nkind: Power\ncode: "000231002000"\nname: 对虚假宣传的处罚\ntype: penalty\ndepartment: scjgj\nbasis: []\n',
    good: 'kind: Power\ncode: "000131001000"\nname: 对无照经营的处罚\ntype: penalty\ndepartment: scjgj\nbasis:\n  - level: administrative-regulation\n    title: 无证无照经营查处办法\n    article: 第十三条\n',
  },
});
