import { textOf } from '../../model/read.js';
import { defineRule } from '../rule.js';
import { valueAt } from '../targets.js';

type MessageId = 'lowerCase';

export const usccCase = defineRule<MessageId>({
  meta: {
    id: 'uscc-case',
    defaultSeverity: 'warning',
    scope: 'file',
    description: {
      'zh-CN':
        '统一社会信用代码按 GB 32100 应使用大写字母。写成小写的代码按大写校验，但与其他系统比对、公开时应写成大写。',
      en: 'A USCC is written in capital letters (GB 32100). One written in lower case is checked as if upper-cased, but should be written in capitals to match other systems and the published list.',
    },
    messages: {
      lowerCase: {
        'zh-CN': '统一社会信用代码「{uscc}」含小写字母，应写成大写「{upper}」',
        en: 'USCC "{uscc}" contains lower-case letters; write it in capitals: "{upper}"',
      },
    },
    examples: {
      bad: 'kind: Department\nid: sfj\nname: 青水县司法局\nuscc: "11511301452259996u"\n',
      good: 'kind: Department\nid: sfj\nname: 青水县司法局\nuscc: "11511301452259996U"\n',
    },
  },
  check: ({ model }) =>
    model.departments.flatMap((department) => {
      const uscc = textOf(department.data.uscc);
      if (uscc === undefined || uscc === uscc.toUpperCase()) return [];
      return [{ messageId: 'lowerCase' as const, data: { uscc, upper: uscc.toUpperCase() }, target: valueAt(department, 'uscc') }];
    }),
});
