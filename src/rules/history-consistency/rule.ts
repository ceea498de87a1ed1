import { isAbolished } from '../../domain/accountability.js';
import { HISTORY_ACTION, termOf } from '../../format/vocabulary.js';
import type { Words } from '../../core/messages.js';
import { listOf, recordOf, textOf } from '../../model/read.js';
import type { Entity, PowerData } from '../../model/types.js';
import { defineRule, type Finding, type Related } from '../rule.js';
import { missingIn, valueAt } from '../targets.js';

type MessageId =
  | 'outOfOrder'
  | 'abolishedNotRecorded'
  | 'abolishedOnOtherDate'
  | 'abolishedButInForce'
  | 'missingFrom'
  | 'previousEntry'
  | 'statusHere'
  | 'abolishedOnHere';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The actions that must list the earlier codes (`from`), from the vocabulary. */
const NEEDS_FROM = Object.entries(HISTORY_ACTION).filter(([, term]) => 'needsFrom' in term && term.needsFrom);

export const historyConsistency = defineRule<MessageId>({
  meta: {
    id: 'history-consistency',
    defaultSeverity: 'error',
    scope: 'file',
    description: {
      'zh-CN': `动态调整记录（history）要与事项本身一致：记录按日期从早到晚排列；已取消（status: abolished）的事项，最后一条记录是取消（abolished），日期与取消日期（abolishedOn）相同；最后一条是取消的，事项状态也须是 abolished；${NEEDS_FROM.map(([action, term]) => `${term.zh}（${action}）`).join('、')}须在 from 中列出调整前的编码。`,
      en: `A power's change history (history) must agree with the power: entries in date order, oldest first; an abolished power (status: abolished) ends with an abolished entry dated abolishedOn, and a history ending abolished means status abolished; ${NEEDS_FROM.map(([action]) => action).join(', ')} entries list the earlier codes in from.`,
    },
    messages: {
      outOfOrder: {
        'zh-CN': '「{name}」的调整记录没有按日期先后排列：{date} 的记录（{action}）排在 {previousDate} 的记录之后；请按日期从早到晚排列',
        en: 'the change history of "{name}" is not in date order: the entry of {date} ({action}) comes after the entry of {previousDate}; order the entries oldest first',
      },
      abolishedNotRecorded: {
        'zh-CN': '「{name}」已取消（status: abolished），但调整记录的最后一条是「{action}」：请在 history 末尾补一条取消（abolished）记录，日期与取消日期（abolishedOn）相同',
        en: '"{name}" is abolished (status: abolished), but the last entry of its change history is "{action}": add an abolished entry at the end of history, dated as abolishedOn',
      },
      abolishedOnOtherDate: {
        'zh-CN': '「{name}」调整记录中取消的日期为 {date}，而取消日期（abolishedOn）为 {abolishedOn}：两者应为同一天',
        en: 'the change history of "{name}" records its abolition on {date}, but abolishedOn is {abolishedOn}: they must be the same day',
      },
      abolishedButInForce: {
        'zh-CN': '「{name}」调整记录的最后一条是取消（abolished），但事项状态（status）不是 abolished：已取消的，写明 status: abolished、abolishedOn 和 reason；已恢复的，在末尾补一条恢复（restored）记录',
        en: 'the last entry of the change history of "{name}" is abolished, but its status is not abolished: if it was abolished, write status: abolished, abolishedOn and reason; if it was restored, add a restored entry at the end',
      },
      missingFrom: {
        'zh-CN': '「{name}」{date} 的调整记录（{action}）须在 from 中列出调整前的编码',
        en: 'the change of "{name}" on {date} ({action}) must list the earlier codes in from',
      },
      previousEntry: { 'zh-CN': '前一条记录，日期 {date}', en: 'the previous entry, of {date}' },
      statusHere: { 'zh-CN': '事项状态在此', en: 'the status is here' },
      abolishedOnHere: { 'zh-CN': '取消日期在此', en: 'abolishedOn is here' },
    },
    examples: {
      bad: 'kind: Power\ncode: "000123001000"\nname: 公共场所卫生许可（餐饮服务场所）\n# …\nstatus: abolished\nabolishedOn: "2016-02-03"\nreason: 国务院决定取消该项许可\nhistory:\n  - {date: "2015-06-30", action: added, basis: 青府发〔2015〕12号}\n  - {date: "2015-03-01", action: renamed, basis: 青府发〔2015〕3号}\n  - {date: "2016-02-13", action: abolished, basis: 国发〔2016〕9号}\n---\nkind: Power\ncode: "000123002000"\nname: 饮用水供水单位卫生许可\n# …\nstatus: abolished\nabolishedOn: "2016-02-03"\nreason: 国务院决定取消该项许可\nhistory:\n  - {date: "2015-06-30", action: added, basis: 青府发〔2015〕12号}\n---\nkind: Power\ncode: "000123003000"\nname: 医疗机构执业登记\n# …\nhistory:\n  - {date: "2015-06-30", action: added, basis: 青府发〔2015〕12号}\n  - {date: "2020-01-01", action: abolished, basis: 青府发〔2019〕30号}\n',
      good: 'kind: Power\ncode: "000123001000"\nname: 公共场所卫生许可（餐饮服务场所）\n# …\nstatus: abolished\nabolishedOn: "2016-02-03"\nreason: 国务院决定取消该项许可\nhistory:\n  - {date: "2015-03-01", action: renamed, from: ["000123009000"], basis: 青府发〔2015〕3号}\n  - {date: "2015-06-30", action: adjusted, basis: 青府发〔2015〕12号}\n  - {date: "2016-02-03", action: abolished, basis: 国发〔2016〕9号}\n',
    },
  },
  check: ({ model }) => model.powers.flatMap(checkPower),
});

interface Entry {
  index: number;
  date: string | undefined;
  action: unknown;
  record: Record<string, unknown>;
}

function checkPower(power: Entity<PowerData>): Finding<MessageId>[] {
  const entries: Entry[] = listOf(power.data.history).flatMap((item, index) => {
    const record = recordOf(item);
    return record ? [{ index, date: textOf(record.date), action: record.action, record }] : [];
  });
  if (entries.length === 0) return [];
  const name = textOf(power.data.name) ?? textOf(power.data.code) ?? '';
  const findings: Finding<MessageId>[] = [];
  const at = (entry: Entry, key: string) => valueAt(power, 'history', entry.index, key);
  entries.forEach((entry, i) => {
    const previous = entries[i - 1];
    if (previous && isDate(entry.date) && isDate(previous.date) && entry.date < previous.date) {
      findings.push({
        messageId: 'outOfOrder',
        data: { name, date: entry.date, previousDate: previous.date, action: actionWords(entry.action) },
        target: at(entry, 'date'),
        related: [{ target: at(previous, 'date'), messageId: 'previousEntry', data: { date: previous.date } }],
      });
    }
    if (NEEDS_FROM.some(([action]) => action === entry.action)) {
      const from = entry.record.from;
      if (Array.isArray(from) ? from.length === 0 : from === undefined || from === null) {
        findings.push({
          messageId: 'missingFrom',
          data: { name, date: entry.date ?? '', action: actionWords(entry.action) },
          target: Array.isArray(from) || from === null ? at(entry, 'from') : missingIn(power, 'history', entry.index),
        });
      }
    }
  });
  const last = entries[entries.length - 1]!;
  const statusHere: Related<MessageId>[] = power.data.status === undefined ? [] : [{ target: valueAt(power, 'status'), messageId: 'statusHere' }];
  const endsAbolished = last.action === 'abolished';
  if (isAbolished(power.data) && !endsAbolished) {
    findings.push({ messageId: 'abolishedNotRecorded', data: { name, action: actionWords(last.action) }, target: at(last, 'action'), related: statusHere });
  } else if (isAbolished(power.data)) {
    const abolishedOn = textOf(power.data.abolishedOn);
    if (isDate(abolishedOn) && isDate(last.date) && last.date !== abolishedOn) {
      findings.push({
        messageId: 'abolishedOnOtherDate',
        data: { name, date: last.date, abolishedOn },
        target: at(last, 'date'),
        related: [{ target: valueAt(power, 'abolishedOn'), messageId: 'abolishedOnHere' }],
      });
    }
  } else if (endsAbolished) {
    findings.push({ messageId: 'abolishedButInForce', data: { name }, target: at(last, 'action'), related: statusHere });
  }
  return findings;
}

function isDate(value: string | undefined): value is string {
  return value !== undefined && ISO_DATE.test(value);
}

function actionWords(action: unknown): Words | string {
  return termOf(HISTORY_ACTION, action) ?? textOf(action) ?? '';
}
