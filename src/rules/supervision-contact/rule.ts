import { isAbolished, isWritten } from '../../domain/accountability.js';
import { indexesOf } from '../../model/indexes.js';
import { recordOf, textOf } from '../../model/read.js';
import type { DepartmentData, Entity, PowerData } from '../../model/types.js';
import { defineRule, type Finding } from '../rule.js';
import { missingIn } from '../targets.js';
import { powerSubject } from '../shared/subject.js';

type MessageId = 'missing' | 'missingNoDepartment' | 'departmentContact';

export const supervisionContact = defineRule<MessageId>({
  meta: {
    id: 'supervision-contact',
    defaultSeverity: 'warning',
    scope: 'catalogue',
    powerKeys: ['code', 'contact', 'department', 'name', 'status'],
    partition: 'power',
    description: {
      'zh-CN': '每项权力都应公布监督电话：写在事项的 contact.supervisionPhone，或由实施主体（部门）的 contact.supervisionPhone 统一提供。已取消的事项不再行使，不作要求。',
      en: 'Every power should publish a supervision phone: its own contact.supervisionPhone, or its department\'s contact.supervisionPhone. Abolished powers are no longer exercised and are not checked.',
    },
    // A power whose department is unknown or missing gets no phone from it: that is the one mistake.
    yieldsTo: ['owner-unknown', 'schema'],
    messages: {
      missing: {
        'zh-CN': '{power}没有监督电话：事项和实施主体「{department}」都没有写 contact.supervisionPhone；在部门或事项的 contact 中补上',
        en: '{power} has no supervision phone: neither it nor its department "{department}" gives contact.supervisionPhone; add one to the department\'s or the power\'s contact',
      },
      missingNoDepartment: {
        'zh-CN': '{power}没有写监督电话（contact.supervisionPhone），也找不到可以提供监督电话的实施主体；在事项的 contact 中补上',
        en: '{power} gives no supervision phone (contact.supervisionPhone) and has no known department to take one from; add one to the power\'s contact',
      },
      departmentContact: {
        'zh-CN': '实施主体「{department}」也没有写监督电话',
        en: 'department "{department}" gives no supervision phone either',
      },
    },
    examples: {
      bad: '# departments/scjgj.yaml\nkind: Department\nid: scjgj\nname: 青水县市场监督管理局\ncontact:\n  phone: "0899-8210001"\n---\n# powers/market.yaml\nkind: Power\ncode: "000231001000"\nname: 对无照经营的处罚\ntype: penalty\ndepartment: scjgj\n---\nkind: Power\ncode: "000231002000"\nname: 对虚假宣传的处罚\ntype: penalty\ndepartment: scjjg\n',
      good: '# departments/scjgj.yaml\nkind: Department\nid: scjgj\nname: 青水县市场监督管理局\ncontact:\n  phone: "0899-8210001"\n  supervisionPhone: "0899-8210002"\n---\n# powers/market.yaml\nkind: Power\ncode: "000231001000"\nname: 对无照经营的处罚\ntype: penalty\ndepartment: scjgj\n',
    },
  },
  check: ({ model }) => {
    const { departmentById } = indexesOf(model);
    return model.powers.flatMap((power) => {
      const id = textOf(power.data.department);
      return checkPower(power, id === undefined ? undefined : departmentById.get(id));
    });
  },
});

function checkPower(power: Entity<PowerData>, department: Entity<DepartmentData> | undefined): Finding<MessageId>[] {
  if (isAbolished(power.data) || hasSupervisionPhone(power.data.contact)) return [];
  if (department && hasSupervisionPhone(department.data.contact)) return [];
  const name = powerSubject(power.data);
  const target = missingIn(power);
  // Without a known department the missing phone follows from the department: schema or owner-unknown says so.
  if (!department) return [{ messageId: 'missingNoDepartment', data: { power: name }, target, about: ['/department'] }];
  const departmentName = textOf(department.data.name) ?? textOf(department.data.id) ?? '';
  return [
    {
      messageId: 'missing',
      data: { power: name, department: departmentName },
      target,
      related: [{ target: missingIn(department), messageId: 'departmentContact', data: { department: departmentName } }],
    },
  ];
}

function hasSupervisionPhone(contact: unknown): boolean {
  return isWritten(recordOf(contact)?.supervisionPhone);
}
