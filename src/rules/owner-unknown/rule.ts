import { indexesOf } from '../../model/indexes.js';
import { listOf, recordOf, textOf } from '../../model/read.js';
import type { Entity } from '../../model/types.js';
import { didYouMean } from '../../util/did-you-mean.js';
import { defineRule, type Finding } from '../rule.js';
import { valueAt } from '../targets.js';

type MessageId = 'unknown' | 'unknownSource' | 'didYouMean';

/** `source.from` is an id when it is written like one; a body's Chinese name is free text. */
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

export const ownerUnknown = defineRule<MessageId>({
  meta: {
    id: 'owner-unknown',
    defaultSeverity: 'error',
    scope: 'catalogue',
    powerKeys: ['department', 'undertaker', 'jointWith', 'source'],
    partition: 'power',
    description: {
      'zh-CN':
        '权力事项的 department、undertaker、jointWith，部门的 parent，以及写成部门 id 形式的 source.from，都必须是清单中已定义的部门 id。找不到的引用多半是笔误，会让实施主体、承办机构或上下级关系落空。',
      en: 'A power\'s department, undertaker and jointWith, a department\'s parent, and a source.from written like an id must each name a Department of the catalogue. A reference that finds nothing is usually a typo and leaves the owner, undertaker or hierarchy undefined.',
    },
    messages: {
      unknown: {
        'zh-CN': '{field}「{id}」不是已定义的部门 id：改成已定义的部门 id，或补写以它为 id 的 Department',
        en: '{field} "{id}" names no Department; use a defined department id or add a Department with this id',
      },
      unknownSource: {
        'zh-CN': 'source.from「{id}」写成了部门 id 的形式，但没有这个部门：改成已定义的部门 id，或写出下放、授权、委托机关的中文全称',
        en: 'source.from "{id}" is written like a department id but names no Department; use a defined department id or write out the name of the body the power came from',
      },
      didYouMean: {
        'zh-CN': '{field}「{id}」不是已定义的部门 id，是否应为「{suggestion}」？',
        en: '{field} "{id}" names no Department; did you mean "{suggestion}"?',
      },
    },
    examples: {
      bad: '# departments/scjgj.yaml 定义了 id: scjgj\nkind: Power\ncode: "000231001000"\nname: 对无照经营的处罚\ntype: penalty\ndepartment: scjjg\njointWith: [commerce]\nsource: {kind: delegated, from: city-market}\n',
      good: '# departments/scjgj.yaml 定义了 id: scjgj\nkind: Power\ncode: "000231001000"\nname: 对无照经营的处罚\ntype: penalty\ndepartment: scjgj\nsource: {kind: delegated, from: 某某市市场监督管理局}\n',
    },
  },
  check: ({ model }) => {
    const known = indexesOf(model).departmentById;
    const ids = [...known.keys()];
    const findings: Finding<MessageId>[] = [];
    const check = (entity: Entity<unknown>, path: (string | number)[], value: unknown, field: string): void => {
      const id = textOf(value);
      if (id === undefined || id.trim() === '' || known.has(id)) return;
      if (field === 'source.from' && !SLUG.test(id)) return;
      const suggestion = didYouMean(id, ids);
      findings.push({
        messageId: suggestion !== undefined ? 'didYouMean' : field === 'source.from' ? 'unknownSource' : 'unknown',
        data: { field, id, ...(suggestion !== undefined && { suggestion }) },
        target: valueAt(entity, ...path),
      });
    };
    for (const department of model.departments) check(department, ['parent'], department.data.parent, 'parent');
    for (const power of model.powers) {
      check(power, ['department'], power.data.department, 'department');
      check(power, ['undertaker'], power.data.undertaker, 'undertaker');
      listOf(power.data.jointWith).forEach((joint, i) => check(power, ['jointWith', i], joint, 'jointWith'));
      check(power, ['source', 'from'], recordOf(power.data.source)?.from, 'source.from');
    }
    return findings;
  },
});
