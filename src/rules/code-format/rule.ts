import { invisibleCharacters, withoutInvisible } from '../../domain/code-identity.js';
import { codeProfileOf, HANDLING_BASIC_LENGTH, parseNationalCode, type NationalCodeProblem } from '../../domain/national-code.js';
import { indexesOf, type CodeOccurrence } from '../../model/indexes.js';
import { filledText } from '../../model/read.js';
import type { CatalogueData, Entity } from '../../model/types.js';
import type { MessageData } from '../../core/messages.js';
import { compileLinear, type LinearPattern } from '../../util/linear-regex.js';
import { defineRule, type Finding } from '../rule.js';
import { valueAt } from '../targets.js';

type MessageId =
  | 'invisible'
  | 'nationalLength'
  | 'nationalPrefix'
  | 'nationalLevel'
  | 'nationalBasic'
  | 'nationalSerial'
  | 'handlingOnly'
  | 'handlingLength'
  | 'patternMismatch'
  | 'patternMissing'
  | 'patternInvalid'
  | 'patternUnsupported';

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
        '权力编码（含子项和业务办理项的编码）必须符合清单 codeProfile 规定的编码规则：national 为国家基本编码、实施编码或业务办理项编码（GB/T 39554.1；业务办理项也可用 14 位的基本编码加序号），pattern 为 codePattern 正则（整体匹配，由线性时间的 RE2 引擎执行，不支持前后查找和反向引用），free 不限。任何规则下，编码中都不得夹有零宽空格、方向控制符等看不见的字符。编码不规范，就无法与政务服务平台的事项对应。',
      en: 'Every code (sub-item and handling-item codes too) must fit the catalogue\'s codeProfile: national means a basic, implementation or handling-item code (GB/T 39554.1; a handling item may also take the 14-char basic code and serial), pattern means the codePattern regex (matching the whole code, run on the linear-time RE2 engine: no lookaround, no backreferences), free means anything. Under every profile a code may not hold invisible characters (zero-width spaces, bidi controls). A malformed code cannot be matched with the government service platform\'s items.',
    },
    messages: {
      invisible: {
        'zh-CN': '编码「{code}」中夹有看不见的字符（{chars}），如零宽空格、方向控制符；它们让看起来相同的编码被当作不同的编码，请删除',
        en: 'code "{code}" holds invisible characters ({chars}), such as zero-width spaces or bidi controls, which make codes that look alike count as different; delete them',
      },
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
      handlingOnly: {
        'zh-CN': '编码「{code}」有 14 位，是业务办理项编码的简写形式（12 位基本编码 + 2 位序号），只能用于业务办理项（handlingItems）；权力事项和子项请写 12 位基本编码或 31 位实施编码',
        en: 'code "{code}" has 14 characters, the short handling-item form (a 12-char basic code and a 2-digit serial), which only a handling item (handlingItems) may use; a power or sub-item takes a 12-char basic or 31-char implementation code',
      },
      handlingLength: {
        'zh-CN': '业务办理项编码「{code}」有 {length} 位：应为所属事项的编码加 2 位序号，即 33 位（31 位实施编码 + 2 位）或 14 位（12 位基本编码 + 2 位）',
        en: 'handling-item code "{code}" has {length} characters: it is its item\'s code and a 2-digit serial, 33 characters (a 31-char implementation code + 2) or 14 (a 12-char basic code + 2)',
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
      patternUnsupported: {
        'zh-CN':
          'codePattern「{pattern}」用了不支持的写法（{error}），编码未按它检查：codePattern 由线性时间的 RE2 引擎执行，任何写法都不会让检查卡死，因此不支持前后查找 (?=…) (?!…) (?<=…) (?<!…)、反向引用 \\1 和超过 1000 的重复次数；请改写',
        en: 'codePattern "{pattern}" uses what is not supported ({error}), so no code was checked against it: codePattern runs on the linear-time RE2 engine, so that no pattern can make lint hang, which has no lookaround (?=…) (?!…) (?<=…) (?<!…), no backreferences \\1 and no repeat counts over 1000; rewrite it',
      },
    },
    examples: {
      bad: '# powercat.yaml: codeProfile: national\nkind: Power\ncode: "QS-SCJG-001"\nname: 对无照经营的处罚\ntype: penalty\n---\nkind: Power\ncode: "00013101100Y"\nname: 食品经营许可\ntype: licensing\nsubItems:\n  - {code: "11100000mb0341032Y4000131011001", name: 新办}  # 前 18 位含小写字母\n  - {code: "11100000MB0341032Y8000131011002", name: 变更}  # 行使层级只有 1–7\n  - {code: "009931011003", name: 延续}                     # 类型 99 不存在\n  - {code: "11100000MB0341032Y40001310110040A", name: 注销}  # 序号须为 2 位数字\n  - code: "00013101100501"                                 # 14 位只能用于业务办理项\n    name: 补办\n    handlingItems:\n      - {code: "0001310110050", name: 遗失补办}             # 业务办理项编码为 14 或 33 位\n---\nkind: Power\ncode: "000231\\u200b002000"  # 夹有零宽空格\nname: 对无证经营的处罚\ntype: penalty\n',
      good: '# powercat.yaml: codeProfile: national\nkind: Power\ncode: "000231001000"\nname: 对无照经营的处罚\ntype: penalty\n',
    },
  },
  check: ({ model }) => {
    const catalogue = model.catalogue;
    const profile = codeProfileOf(catalogue?.data.codeProfile);
    const invisible: Finding<MessageId>[] = [];
    const codes: CodeOccurrence[] = [];
    for (const use of indexesOf(model).codes) {
      const chars = invisibleCharacters(use.code);
      // Under every profile; such a code is not checked against the profile too (one finding per mistake).
      if (chars.length === 0) codes.push(use);
      else invisible.push({ messageId: 'invisible', data: { code: withoutInvisible(use.code), chars: chars.join(', ') }, target: valueAt(use.power, ...use.path) });
    }
    if (profile === 'national') return [...invisible, ...codes.flatMap(nationalFinding)];
    if (profile === 'pattern' && catalogue) return [...invisible, ...patternFindings(catalogue, codes)];
    return invisible;
  },
});

function nationalFinding(use: CodeOccurrence): Finding<MessageId>[] {
  const parsed = parseNationalCode(use.code);
  const target = valueAt(use.power, ...use.path);
  const handlingItem = use.holder === 'handlingItem';
  if (parsed.ok) {
    const short = use.code.length === HANDLING_BASIC_LENGTH;
    return short && !handlingItem ? [{ messageId: 'handlingOnly', data: { code: use.code }, target }] : [];
  }
  const [messageId, data] = handlingItem && parsed.problem.kind === 'length' ? (['handlingLength', { length: parsed.problem.length }] as const) : problemMessage(parsed.problem);
  return [{ messageId, data: { code: use.code, ...data }, target }];
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
  if ('refused' in compiled) {
    const { messageId, refused } = compiled;
    return [{ messageId, data: { pattern: pattern as string, error: refused }, target: valueAt(catalogue, 'codePattern') }];
  }
  return codes
    .filter((use) => !compiled.matches(use.code))
    .map((use) => ({
      messageId: 'patternMismatch' as const,
      data: { code: use.code, pattern: pattern as string },
      target: valueAt(use.power, ...use.path),
    }));
}

/**
 * The pattern, matched against whole codes by the linear-time engine; or why not: not JavaScript
 * at all (the syntax the format promises), or JavaScript that RE2 does not run.
 */
function compile(pattern: string): LinearPattern | { messageId: 'patternInvalid' | 'patternUnsupported'; refused: string } {
  try {
    new RegExp(pattern); // compiled only, never run: a syntax check
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // "Invalid regular expression: /[/: Unterminated character class" → "Unterminated character class"
    return { messageId: 'patternInvalid', refused: message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '') };
  }
  const linear = compileLinear(pattern);
  return 'refused' in linear ? { messageId: 'patternUnsupported', refused: linear.refused } : linear;
}
