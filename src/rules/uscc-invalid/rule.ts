import { usccProblem, type UsccProblem } from '../../domain/uscc.js';
import { listOf, recordOf, textOf } from '../../model/read.js';
import type { MessageData } from '../../core/messages.js';
import { defineRule, type Finding } from '../rule.js';
import { valueAt } from '../targets.js';

type MessageId = 'length' | 'character' | 'organisationCheck' | 'check';

const ALLOW_HINT = {
  'zh-CN': '如确为登记在册的真实代码，请将它列入 powercat.yaml 的 allow.uscc',
  en: 'if it is a real registered code, list it under allow.uscc in powercat.yaml',
};

export const usccInvalid = defineRule<MessageId>({
  meta: {
    id: 'uscc-invalid',
    defaultSeverity: 'error',
    scope: 'file',
    description: {
      'zh-CN':
        '部门的统一社会信用代码（uscc）必须是 18 位、只含 GB 32100 允许的字符（数字和除 I O S V Z 外的大写字母），且第 17 位组织机构代码校验码和第 18 位校验码正确（小写先转成大写再查）。真实存在但校验不通过的代码可列入 allow.uscc。',
      en: 'A department\'s uscc must have 18 characters from the GB 32100 alphabet (digits and capital letters except I O S V Z) with a correct organisation-code check at position 17 and check character at position 18 (checked after upper-casing). Real codes that fail their checksum can be listed in allow.uscc.',
    },
    messages: {
      length: {
        'zh-CN': '统一社会信用代码「{uscc}」有 {length} 位，应为 18 位；请对照登记证书改正',
        en: 'USCC "{uscc}" has {length} characters instead of 18; correct it from the registration certificate',
      },
      character: {
        'zh-CN': '统一社会信用代码「{uscc}」第 {position} 位的「{character}」不是允许的字符（数字和除 I O S V Z 外的大写字母）；请对照登记证书改正',
        en: 'character "{character}" at position {position} of USCC "{uscc}" is not allowed (digits and capital letters except I O S V Z); correct it from the registration certificate',
      },
      organisationCheck: {
        'zh-CN': `统一社会信用代码「{uscc}」第 17 位（组织机构代码校验码）应为「{expected}」，不是「{actual}」；请核对第 9–17 位；${ALLOW_HINT['zh-CN']}`,
        en: `the organisation-code check at position 17 of USCC "{uscc}" should be "{expected}", not "{actual}"; check characters 9–17, or ${ALLOW_HINT.en}`,
      },
      check: {
        'zh-CN': `统一社会信用代码「{uscc}」的校验码（第 18 位）应为「{expected}」，不是「{actual}」；请逐位核对；${ALLOW_HINT['zh-CN']}`,
        en: `the check character (position 18) of USCC "{uscc}" should be "{expected}", not "{actual}"; check every character, or ${ALLOW_HINT.en}`,
      },
    },
    examples: {
      bad: 'kind: Department\nid: scjgj\nname: 青水县市场监督管理局\nuscc: "11100000MB0341032X"\n',
      good: 'kind: Department\nid: scjgj\nname: 青水县市场监督管理局\nuscc: "11100000MB0341032Y"\n',
    },
  },
  check: ({ model }) => {
    const allowed = new Set(
      listOf(recordOf(model.catalogue?.data.allow)?.uscc)
        .map(textOf)
        .filter((u): u is string => u !== undefined)
        .map((u) => u.toUpperCase()),
    );
    const findings: Finding<MessageId>[] = [];
    for (const department of model.departments) {
      const uscc = textOf(department.data.uscc);
      // An empty uscc is the schema's finding (nonEmptyText).
      if (uscc === undefined || uscc === '' || allowed.has(uscc.toUpperCase())) continue;
      const problem = usccProblem(uscc);
      if (!problem) continue;
      const [messageId, data] = problemMessage(problem);
      findings.push({ messageId, data: { uscc, ...data }, target: valueAt(department, 'uscc') });
    }
    return findings;
  },
});

function problemMessage(problem: UsccProblem): [MessageId, MessageData] {
  switch (problem.kind) {
    case 'length':
      return ['length', { length: problem.length }];
    case 'character':
      return ['character', { character: problem.character, position: problem.position }];
    case 'organisation-check':
      return ['organisationCheck', { expected: problem.expected, actual: problem.actual }];
    case 'check':
      return ['check', { expected: problem.expected, actual: problem.actual }];
  }
}
