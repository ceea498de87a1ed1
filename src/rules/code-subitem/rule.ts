import { codeProfileOf, nationalCodeOf, type NationalCode } from '../../domain/national-code.js';
import { indexesOf, type CodeOccurrence } from '../../model/indexes.js';
import { hasEntries, listOf, recordOf, textOf } from '../../model/read.js';
import type { Entity, PowerData } from '../../model/types.js';
import { defineRule, type Finding } from '../rule.js';
import { valueAt } from '../targets.js';

type MessageId =
  | 'parentNotY'
  | 'yWithoutSubItems'
  | 'formMismatch'
  | 'prefixMismatch'
  | 'notDerived'
  | 'handlingNotDerived'
  | 'parentCode'
  | 'subItemCode';

export const codeSubitem = defineRule<MessageId>({
  meta: {
    id: 'code-subitem',
    defaultSeverity: 'error',
    scope: 'file',
    description: {
      'zh-CN':
        '国家编码（codeProfile: national）中，有子项的权力的基本编码以 00Y 结尾，每个子项的基本编码沿用上级的前 9 位、以 001–999 结尾；实施编码的实施主体信用代码和行使层级也须与上级相同。业务办理项（handlingItems）的编码是所属权力或子项的编码（31 位实施编码或 12 位基本编码）加 2 位序号 01–99。子项和办理项的编码由上级派生，才能在平台上归到同一事项之下。',
      en: 'With national codes (codeProfile: national), a power with sub-items has a basic code ending 00Y, and each sub-item\'s basic code keeps the parent\'s first 9 characters and ends 001–999; in implementation codes the USCC and level must be the parent\'s too. A handling item\'s code (handlingItems) is its power\'s or sub-item\'s code (a 31-char implementation or 12-char basic code) and a 2-digit serial 01–99. Derived codes let the platform file sub-items and handling items under their item.',
    },
    messages: {
      parentNotY: {
        'zh-CN': '权力「{name}」有子项，其编码「{code}」的基本编码应以 00Y 结尾（现为 {ending}），即 {expected}',
        en: 'power "{name}" has sub-items, so the basic code of its code "{code}" should end 00Y (not {ending}): {expected}',
      },
      yWithoutSubItems: {
        'zh-CN': '编码「{code}」以 00Y 结尾，表示该权力有子项，但它没有列出子项（subItems）；请列出子项，或把编码结尾改为 000',
        en: 'code "{code}" ends 00Y, which marks a power with sub-items, but the power lists no subItems; list them, or end the code 000',
      },
      formMismatch: {
        'zh-CN': '子项编码「{code}」有 {length} 位，上级权力编码「{parentCode}」有 {parentLength} 位；子项编码应与上级编码采用同一形式（同为基本编码、实施编码或业务办理项编码）',
        en: 'sub-item code "{code}" has {length} characters but its power\'s code "{parentCode}" has {parentLength}; write both in the same form (basic, implementation or handling-item code)',
      },
      prefixMismatch: {
        'zh-CN': '子项编码「{code}」的前 19 位（实施主体信用代码 + 行使层级）为「{prefix}」，与上级权力编码「{parentCode}」的「{parentPrefix}」不同；子项应由上级的实施主体在同一层级实施',
        en: 'sub-item code "{code}" begins with "{prefix}" (USCC and level) but its power\'s code "{parentCode}" begins with "{parentPrefix}"; a sub-item is implemented by its power\'s body at the same level',
      },
      notDerived: {
        'zh-CN': '子项编码「{code}」不是由上级权力编码「{parentCode}」派生的：其基本编码「{basic}」应为 {first} 至 {last} 之一（沿用上级基本编码前 9 位，以 001–999 结尾）',
        en: 'sub-item code "{code}" is not derived from its power\'s code "{parentCode}": its basic code "{basic}" should be one of {first} to {last} (the parent\'s first 9 characters, then 001–999)',
      },
      handlingNotDerived: {
        'zh-CN': '业务办理项编码「{code}」不是由所属事项的编码「{parentCode}」派生的：应为该编码加 2 位序号，即 {parentCode}01 至 {parentCode}99 之一',
        en: 'handling-item code "{code}" is not derived from its item\'s code "{parentCode}": it should be that code and a 2-digit serial, one of {parentCode}01 to {parentCode}99',
      },
      parentCode: { 'zh-CN': '上级权力编码「{code}」', en: 'the power\'s code "{code}"' },
      subItemCode: { 'zh-CN': '子项编码「{code}」', en: 'sub-item code "{code}"' },
    },
    examples: {
      bad: '# powercat.yaml: codeProfile: national\nkind: Power\ncode: "000131011000"\nname: 食品经营许可\ntype: licensing\nsubItems:\n  - {code: "000131012001", name: 食品经营许可（新办）}\n---\nkind: Power\ncode: "00013101300Y"\nname: 食品生产许可\ntype: licensing\n---\nkind: Power\ncode: "11100000MB0341032Y400013101400Y"\nname: 特种设备使用登记\ntype: licensing\nsubItems:\n  - {code: "000131014001", name: 锅炉}\n  - {code: "11440000MB2D0164XH4000131014002", name: 压力容器}\n  - code: "11100000MB0341032Y4000131014003"\n    name: 电梯\n    handlingItems:\n      - {code: "11100000MB0341032Y400013101400400", name: 新办}\n',
      good: '# powercat.yaml: codeProfile: national\nkind: Power\ncode: "00013101100Y"\nname: 食品经营许可\ntype: licensing\nsubItems:\n  - code: "000131011001"\n    name: 食品经营许可（新办）\n    handlingItems:\n      - {code: "00013101100101", name: 新办, kind: new}\n      - {code: "00013101100102", name: 变更, kind: change}\n',
    },
  },
  check: ({ model }) =>
    codeProfileOf(model.catalogue?.data.codeProfile) === 'national'
      ? [...model.powers.flatMap(powerFindings), ...indexesOf(model).codes.flatMap(handlingItemFindings)]
      : [],
});

/** A handling item's code is its parent's 12- or 31-char code and a serial 01–99 (FORMAT §2 `handlingItems`). */
function handlingItemFindings(use: CodeOccurrence): Finding<MessageId>[] {
  const parent = use.parent;
  // Codes that are no national code at all are code-format's.
  if (use.holder !== 'handlingItem' || !parent || !nationalCodeOf(parent.code) || !nationalCodeOf(use.code)) return [];
  const serial = use.code.slice(parent.code.length);
  const derivable = parent.code.length === 12 || parent.code.length === 31;
  if (derivable && use.code.startsWith(parent.code) && /^(0[1-9]|[1-9]\d)$/.test(serial)) return [];
  return [
    {
      messageId: 'handlingNotDerived',
      data: { code: use.code, parentCode: parent.code },
      target: valueAt(use.power, ...use.path),
      related: [{ target: valueAt(parent.power, ...parent.path), messageId: parent.holder === 'subItem' ? 'subItemCode' : 'parentCode', data: { code: parent.code } }],
    },
  ];
}

function powerFindings(power: Entity<PowerData>): Finding<MessageId>[] {
  const parentCode = textOf(power.data.code);
  const parent = parentCode === undefined ? undefined : nationalCodeOf(parentCode);
  if (parentCode === undefined || !parent) return [];
  const parentTarget = valueAt(power, 'code');
  const findings: Finding<MessageId>[] = [];
  const subItems = listOf(power.data.subItems).flatMap((item, i) => {
    const code = textOf(recordOf(item)?.code);
    return code === undefined ? [] : [{ code, path: ['subItems', i, 'code'] as (string | number)[] }];
  });
  if (hasEntries(power.data.subItems) && parent.subItem !== '00Y') {
    const first = subItems[0];
    findings.push({
      messageId: 'parentNotY',
      data: {
        name: textOf(power.data.name) ?? '',
        code: parentCode,
        ending: parent.subItem,
        expected: prefixOf(parent) + parent.main + '00Y' + (parent.serial ?? ''),
      },
      target: parentTarget,
      related: first ? [{ target: valueAt(power, ...first.path), messageId: 'subItemCode', data: { code: first.code } }] : [],
    });
  }
  if (!hasEntries(power.data.subItems) && parent.subItem === '00Y') {
    findings.push({ messageId: 'yWithoutSubItems', data: { code: parentCode }, target: parentTarget });
  }
  const related = [{ target: parentTarget, messageId: 'parentCode' as const, data: { code: parentCode } }];
  for (const { code, path } of subItems) {
    const child = nationalCodeOf(code);
    if (!child) continue; // code-format reports it
    const problem = subItemProblem(code, child, parentCode, parent);
    if (problem) findings.push({ ...problem, target: valueAt(power, ...path), related });
  }
  return findings;
}

function subItemProblem(code: string, child: NationalCode, parentCode: string, parent: NationalCode): Omit<Finding<MessageId>, 'target'> | undefined {
  if (code.length !== parentCode.length) {
    return { messageId: 'formMismatch', data: { code, length: code.length, parentCode, parentLength: parentCode.length } };
  }
  const prefix = prefixOf(child);
  const parentPrefix = prefixOf(parent);
  if (prefix !== parentPrefix) return { messageId: 'prefixMismatch', data: { code, prefix, parentCode, parentPrefix } };
  if (child.main !== parent.main || !/^\d{3}$/.test(child.subItem) || child.subItem === '000') {
    return { messageId: 'notDerived', data: { code, parentCode, basic: child.basic, first: `${parent.main}001`, last: `${parent.main}999` } };
  }
  return undefined;
}

/** USCC + level of an implementation or handling-item code ('' for a basic code). */
function prefixOf(code: NationalCode): string {
  return (code.uscc ?? '') + (code.level ?? '');
}
