import { orgCodeProblem, type OrgCodeProblem } from '../../domain/uscc.js';
import type { MessageData } from '../../core/messages.js';
import { textOf } from '../../model/read.js';
import { defineRule, type Finding } from '../rule.js';
import { valueAt } from '../targets.js';

type MessageId = 'length' | 'character' | 'check';

export const orgcodeInvalid = defineRule<MessageId>({
  meta: {
    id: 'orgcode-invalid',
    defaultSeverity: 'error',
    scope: 'file',
    description: {
      'zh-CN':
        '部门的组织机构代码（orgCode，GB 11714）必须是 9 位：8 位本体代码（数字或大写字母）加 1 位校验码（数字或大写 X），校验码前可以有一个连字符（如 00877868-5），且校验码正确。没有统一社会信用代码的机构才写 orgCode。',
      en: 'A department\'s organisation code (orgCode, GB 11714) has 9 characters: 8 body characters (digits or capital letters) and a check character (a digit or capital X), optionally with a hyphen before the check character (e.g. 00877868-5), and the check character must be right. Only bodies without a USCC write an orgCode.',
    },
    messages: {
      length: {
        'zh-CN': '组织机构代码「{orgCode}」有 {length} 位（不计校验码前的连字符），应为 9 位；请对照证书改正',
        en: 'organisation code "{orgCode}" has {length} characters (not counting a hyphen before the check character) instead of 9; correct it from the certificate',
      },
      character: {
        'zh-CN': '组织机构代码「{orgCode}」第 {position} 位的「{character}」不是允许的字符（前 8 位为数字或大写字母，校验码为数字或大写 X）；请对照证书改正',
        en: 'character "{character}" at position {position} of organisation code "{orgCode}" is not allowed (digits or capital letters for the first 8, a digit or capital X for the check character); correct it from the certificate',
      },
      check: {
        'zh-CN': '组织机构代码「{orgCode}」的校验码应为「{expected}」，不是「{actual}」；请逐位核对前 8 位',
        en: 'the check character of organisation code "{orgCode}" should be "{expected}", not "{actual}"; check the first 8 characters',
      },
    },
    examples: {
      bad: '# departments/departments.yaml\nkind: Department\nid: tax\nname: 青水县税务局\norgCode: "00877952"\n---\nkind: Department\nid: justice\nname: 青水县司法局\norgCode: "00877844-x"\n---\nkind: Department\nid: statistics\nname: 青水县统计局\norgCode: "00877837-9"\n',
      good: '# departments/departments.yaml\nkind: Department\nid: tax\nname: 青水县税务局\norgCode: "008779522"\n---\nkind: Department\nid: justice\nname: 青水县司法局\norgCode: "00877844-X"\n---\nkind: Department\nid: statistics\nname: 青水县统计局\norgCode: "00877837-8"\n',
    },
  },
  check: ({ model }) => {
    const findings: Finding<MessageId>[] = [];
    for (const department of model.departments) {
      const orgCode = textOf(department.data.orgCode);
      // An empty orgCode is the schema's finding (nonEmptyText).
      if (orgCode === undefined || orgCode === '') continue;
      const problem = orgCodeProblem(orgCode);
      if (!problem) continue;
      const [messageId, data] = problemMessage(problem);
      findings.push({ messageId, data: { orgCode, ...data }, target: valueAt(department, 'orgCode') });
    }
    return findings;
  },
});

function problemMessage(problem: OrgCodeProblem): [MessageId, MessageData] {
  switch (problem.kind) {
    case 'length':
      return ['length', { length: problem.length }];
    case 'character':
      return ['character', { character: problem.character, position: problem.position }];
    case 'check':
      return ['check', { expected: problem.expected, actual: problem.actual }];
  }
}
