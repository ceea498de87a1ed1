import { nationalCodeOf } from '../../domain/national-code.js';
import { indexesOf } from '../../model/indexes.js';
import { filledText, textOf } from '../../model/read.js';
import { defineRule, type Finding } from '../rule.js';
import { valueAt } from '../targets.js';

type MessageId = 'mismatch' | 'departmentUscc';

export const codeOwnerMismatch = defineRule<MessageId>({
  meta: {
    id: 'code-owner-mismatch',
    defaultSeverity: 'error',
    scope: 'catalogue',
    powerKeys: ['code', 'subItems', 'department'],
    partition: 'power',
    description: {
      'zh-CN':
        '31 位实施编码和 33 位业务办理项编码的前 18 位是实施主体的统一社会信用代码，必须与权力事项所属部门（department）的 uscc 一致（不区分大小写）。不一致说明编码抄自别的部门，或写错了实施主体。',
      en: 'The first 18 characters of a 31-char implementation code or 33-char handling-item code are the implementing body\'s USCC and must equal the uscc of the power\'s department (ignoring case). A difference means the code was copied from another department or the wrong department is named.',
    },
    messages: {
      mismatch: {
        'zh-CN': '编码「{code}」的前 18 位「{prefix}」不是实施主体「{department}」（{departmentName}）的统一社会信用代码「{uscc}」；请改正编码或实施主体',
        en: 'the first 18 characters of code "{code}", "{prefix}", are not the USCC "{uscc}" of its department "{department}" ({departmentName}); correct the code or the department',
      },
      departmentUscc: {
        'zh-CN': '部门「{department}」的统一社会信用代码「{uscc}」',
        en: 'the USCC "{uscc}" of department "{department}"',
      },
    },
    examples: {
      bad: '# departments: scjgj has uscc "11100000MB0341032Y"\nkind: Power\ncode: "11440000MB2D0164XH4000131001000"\nname: 食品经营许可\ntype: licensing\ndepartment: scjgj\n',
      good: '# departments: scjgj has uscc "11100000MB0341032Y"\nkind: Power\ncode: "11100000MB0341032Y4000131001000"\nname: 食品经营许可\ntype: licensing\ndepartment: scjgj\n',
    },
  },
  check: ({ model }) => {
    const { codes, departmentById } = indexesOf(model);
    const findings: Finding<MessageId>[] = [];
    for (const use of codes) {
      const code = nationalCodeOf(use.code);
      if (code?.uscc === undefined) continue;
      const id = textOf(use.power.data.department);
      const department = id === undefined ? undefined : departmentById.get(id);
      const uscc = filledText(department?.data.uscc);
      if (!department || uscc === undefined || code.uscc.toUpperCase() === uscc.toUpperCase()) continue;
      findings.push({
        messageId: 'mismatch',
        data: { code: use.code, prefix: code.uscc, department: id!, departmentName: textOf(department.data.name) ?? '', uscc },
        target: valueAt(use.power, ...use.path),
        related: [{ target: valueAt(department, 'uscc'), messageId: 'departmentUscc', data: { department: id!, uscc } }],
      });
    }
    return findings;
  },
});
