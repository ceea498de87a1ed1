import { isValidOrgCode, usccByInsertion, usccProblem, type UsccProblem } from '../../domain/uscc.js';
import { listOf, recordOf, textOf } from '../../model/read.js';
import type { MessageData } from '../../core/messages.js';
import { defineRule, type Finding } from '../rule.js';
import { valueAt } from '../targets.js';

type MessageId = 'length' | 'organisationCode' | 'missingCharacter' | 'character' | 'organisationCheck' | 'check';

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
        '部门的统一社会信用代码（uscc）必须是 18 位、只含 GB 32100 允许的字符（数字和除 I O S V Z 外的大写字母），且第 17 位组织机构代码校验码和第 18 位校验码正确（小写先转成大写再查）。真实存在但校验不通过的代码可列入 allow.uscc。能推断出改法时，消息会给出：填的是有效的 9 位组织机构代码的，提示改写为 orgCode；17 位的代码恰好只有一种补一位的方法能得到合乎规则的代码（登记管理部门代码、6 位数字的区划、组织机构代码校验和总校验都正确）的，给出这个代码。只有校验码不对的，不作更正（校验码错通常说明代码本身错了）。',
      en: 'A department\'s uscc must have 18 characters from the GB 32100 alphabet (digits and capital letters except I O S V Z) with a correct organisation-code check at position 17 and check character at position 18 (checked after upper-casing). Real codes that fail their checksum can be listed in allow.uscc. Where the fix can be inferred, the message gives it: a valid 9-character organisation code is to be written as orgCode; a 17-character code for which exactly one single-character insertion gives a well-formed USCC (registration authority, 6-digit region, both checks right) gets that USCC. A code whose only fault is a check character is not corrected (a wrong check usually means a wrong code).',
    },
    messages: {
      length: {
        'zh-CN': '统一社会信用代码「{uscc}」有 {length} 位，应为 18 位；请对照登记证书改正',
        en: 'USCC "{uscc}" has {length} characters instead of 18; correct it from the registration certificate',
      },
      organisationCode: {
        'zh-CN': '「{uscc}」是 9 位的组织机构代码，不是 18 位的统一社会信用代码：没有统一社会信用代码的机构，请把它写作 orgCode',
        en: '"{uscc}" is a 9-character organisation code, not an 18-character USCC: for a body without a USCC, write it as orgCode',
      },
      missingCharacter: {
        'zh-CN': '统一社会信用代码「{uscc}」只有 17 位，少了一位；补一位后唯一合乎编码规则的代码是「{suggestion}」，请对照登记证书核实后改正',
        en: 'USCC "{uscc}" has 17 characters, one too few; the only one-character insertion that gives a well-formed code is "{suggestion}": check it against the registration certificate and correct it',
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
      bad: '# departments/departments.yaml\nkind: Department\nid: scjgj\nname: 青水县市场监督管理局\nuscc: "11100000MB0341032X"\n---\nkind: Department\nid: sfj\nname: 青水县司法局\nuscc: "11100000MB0341O32Y"\n---\nkind: Department\nid: wjj\nname: 青水县卫生健康局\nuscc: "11100000MB0341033Y"\n---\nkind: Department\nid: tjj\nname: 青水县统计局\nuscc: "2222222222222"\n---\nkind: Department\nid: swj\nname: 青水县税务局\nuscc: "008779522"\n---\nkind: Department\nid: rsj\nname: 青水县人力资源和社会保障局\nuscc: "1151130108778239R"\n',
      good: '# departments/departments.yaml\nkind: Department\nid: scjgj\nname: 青水县市场监督管理局\nuscc: "11100000MB0341032Y"\n---\nkind: Department\nid: swj\nname: 青水县税务局\norgCode: "008779522"\n---\nkind: Department\nid: rsj\nname: 青水县人力资源和社会保障局\nuscc: "11511301008778239R"\n',
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
      const [messageId, data] = problem.kind === 'length' ? lengthMessage(uscc, problem.length) : problemMessage(problem);
      findings.push({ messageId, data: { uscc, ...data }, target: valueAt(department, 'uscc') });
    }
    return findings;
  },
});

/** A code of the wrong length, with the fix where one can be inferred (FORMAT §3). */
function lengthMessage(uscc: string, length: number): [MessageId, MessageData] {
  if (isValidOrgCode(uscc)) return ['organisationCode', {}];
  const suggestion = usccByInsertion(uscc);
  return suggestion ? ['missingCharacter', { suggestion }] : ['length', { length }];
}

function problemMessage(problem: Exclude<UsccProblem, { kind: 'length' }>): [MessageId, MessageData] {
  switch (problem.kind) {
    case 'character':
      return ['character', { character: problem.character, position: problem.position }];
    case 'organisation-check':
      return ['organisationCheck', { expected: problem.expected, actual: problem.actual }];
    case 'check':
      return ['check', { expected: problem.expected, actual: problem.actual }];
  }
}
