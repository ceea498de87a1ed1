import { codeProfileOf, parseNationalCode, type NationalCodeProblem } from '../../domain/national-code.js';
import { indexesOf, type CodeOccurrence } from '../../model/indexes.js';
import { filledText } from '../../model/read.js';
import type { CatalogueData, Entity } from '../../model/types.js';
import type { MessageData } from '../../core/messages.js';
import { defineRule, type Finding } from '../rule.js';
import { valueAt } from '../targets.js';

type MessageId =
  | 'nationalLength'
  | 'nationalPrefix'
  | 'nationalLevel'
  | 'nationalBasic'
  | 'nationalSerial'
  | 'patternMismatch'
  | 'patternMissing'
  | 'patternInvalid';

const NATIONAL_FORMS = {
  'zh-CN': '国家编码应为 12 位基本编码、31 位实施编码（实施主体信用代码 18 位 + 行使层级 1 位 + 基本编码）或 33 位业务办理项编码（实施编码 + 2 位序号）',
  en: 'a national code is a 12-char basic code (基本编码), a 31-char implementation code (实施编码: the body\'s USCC, a level digit, the basic code) or a 33-char handling-item code (业务办理项编码: the implementation code and a 2-digit serial)',
};

export const codeFormat = defineRule<MessageId>({
  meta: {
    id: 'code-format',
    defaultSeverity: 'error',
    scope: 'file',
    description: {
      'zh-CN':
        '权力编码（含子项编码）必须符合清单 codeProfile 规定的编码规则：national 为国家基本编码、实施编码或业务办理项编码（GB/T 39554.1），pattern 为 codePattern 正则，free 不限。编码不规范，就无法与政务服务平台的事项对应。',
      en: 'Every code (sub-item codes too) must fit the catalogue\'s codeProfile: national means a basic, implementation or handling-item code (GB/T 39554.1), pattern means the codePattern regex, free means anything. A malformed code cannot be matched with the government service platform\'s items.',
    },
    messages: {
      nationalLength: {
        'zh-CN': `编码「{code}」有 {length} 位，不符合国家编码规则（codeProfile: national）：${NATIONAL_FORMS['zh-CN']}`,
        en: `code "{code}" has {length} characters and does not fit codeProfile national: ${NATIONAL_FORMS.en}`,
      },
      nationalPrefix: {
        'zh-CN': `编码「{code}」的前 18 位「{prefix}」不是统一社会信用代码的形式（大写字母和数字，不含 I O S V Z）：${NATIONAL_FORMS['zh-CN']}`,
        en: `the first 18 characters of code "{code}", "{prefix}", are not shaped like a USCC (digits and capital letters except I O S V Z): ${NATIONAL_FORMS.en}`,
      },
      nationalLevel: {
        'zh-CN': `编码「{code}」的第 19 位「{level}」应为行使层级代码 1–7：${NATIONAL_FORMS['zh-CN']}`,
        en: `character 19 of code "{code}", "{level}", should be a level digit 1–7: ${NATIONAL_FORMS.en}`,
      },
      nationalBasic: {
        'zh-CN': `编码「{code}」中的基本编码「{basic}」不符合国家结构（2 位区划 + 2 位类型 01–29 + 2 位主管部门 + 3 位顺序号 + 3 位子项 000/00Y/001–999）：${NATIONAL_FORMS['zh-CN']}`,
        en: `the basic code "{basic}" in code "{code}" does not fit the national structure (region 2, type 01–29 2, ministry 2, sequence 3, sub-item 000/00Y/001–999 3): ${NATIONAL_FORMS.en}`,
      },
      nationalSerial: {
        'zh-CN': `编码「{code}」的最后 2 位「{serial}」应为业务办理项序号（2 位数字）：${NATIONAL_FORMS['zh-CN']}`,
        en: `the last 2 characters of code "{code}", "{serial}", should be the handling-item serial (2 digits): ${NATIONAL_FORMS.en}`,
      },
      patternMismatch: {
        'zh-CN': '编码「{code}」不匹配清单规定的 codePattern「{pattern}」（须整体匹配）；请按本地编码规则改正编码',
        en: 'code "{code}" does not match the catalogue\'s codePattern "{pattern}" (the whole code must match); correct the code to the local scheme',
      },
      patternMissing: {
        'zh-CN': 'codeProfile 为 pattern，但没有写 codePattern：请在 powercat.yaml 中写出编码须匹配的正则表达式，或改用 national / free',
        en: 'codeProfile is pattern but no codePattern is given: add the regex every code must match to powercat.yaml, or use national or free',
      },
      patternInvalid: {
        'zh-CN': 'codePattern「{pattern}」不是有效的 JavaScript 正则表达式（{error}），编码未按它检查；请改正',
        en: 'codePattern "{pattern}" is not a valid JavaScript regular expression ({error}), so no code was checked against it; correct it',
      },
    },
    examples: {
      bad: '# powercat.yaml: codeProfile: national\nkind: Power\ncode: "QS-SCJG-001"\nname: 对无照经营的处罚\ntype: penalty\n',
      good: '# powercat.yaml: codeProfile: national\nkind: Power\ncode: "000231001000"\nname: 对无照经营的处罚\ntype: penalty\n',
    },
  },
  check: ({ model }) => {
    const catalogue = model.catalogue;
    const profile = codeProfileOf(catalogue?.data.codeProfile);
    const codes = indexesOf(model).codes;
    if (profile === 'national') return codes.flatMap(nationalFinding);
    if (profile === 'pattern' && catalogue) return patternFindings(catalogue, codes);
    return [];
  },
});

function nationalFinding(use: CodeOccurrence): Finding<MessageId>[] {
  const parsed = parseNationalCode(use.code);
  if (parsed.ok) return [];
  const [messageId, data] = problemMessage(parsed.problem);
  return [{ messageId, data: { code: use.code, ...data }, target: valueAt(use.power, ...use.path) }];
}

function problemMessage(problem: NationalCodeProblem): [MessageId, MessageData] {
  switch (problem.kind) {
    case 'length':
      return ['nationalLength', { length: problem.length }];
    case 'prefix':
      return ['nationalPrefix', { prefix: problem.prefix }];
    case 'level':
      return ['nationalLevel', { level: problem.level }];
    case 'basic':
      return ['nationalBasic', { basic: problem.basic }];
    case 'serial':
      return ['nationalSerial', { serial: problem.serial }];
  }
}

function patternFindings(catalogue: Entity<CatalogueData>, codes: readonly CodeOccurrence[]): Finding<MessageId>[] {
  const pattern = catalogue.data.codePattern;
  if (pattern === undefined) return [{ messageId: 'patternMissing', data: {}, target: valueAt(catalogue, 'codeProfile') }];
  // A codePattern of the wrong type or blank is the schema's finding; without a pattern there is nothing to check.
  if (filledText(pattern) === undefined) return [];
  const compiled = compile(pattern as string);
  if (typeof compiled === 'string') {
    return [{ messageId: 'patternInvalid', data: { pattern: pattern as string, error: compiled }, target: valueAt(catalogue, 'codePattern') }];
  }
  return codes
    .filter((use) => !compiled.test(use.code))
    .map((use) => ({
      messageId: 'patternMismatch' as const,
      data: { code: use.code, pattern: pattern as string },
      target: valueAt(use.power, ...use.path),
    }));
}

/** The pattern anchored to the whole code, or the engine's complaint about it. */
function compile(pattern: string): RegExp | string {
  try {
    new RegExp(pattern);
    return new RegExp(`^(?:${pattern})$`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // "Invalid regular expression: /[/: Unterminated character class" → "Unterminated character class"
    return message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
  }
}
