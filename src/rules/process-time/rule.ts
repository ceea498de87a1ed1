import { comparable, decimals, exceeds, scaled, scaleOfDecimals } from '../../domain/time-limits.js';
import { limitOf, perTemplate, processesOfPower, type ProcessBody } from '../../model/process-graph.js';
import { recordOf } from '../../model/read.js';
import type { Limit } from '../../model/types.js';
import type { Words } from '../../core/messages.js';
import { timeAmount } from '../../format/time-amount.js';
import { PROCESS_VIEW, termInText } from '../../format/vocabulary.js';
import { defineRule, type Finding } from '../rule.js';
import { keyAt, valueAt } from '../targets.js';
import { longestPath, type LongestPath } from './longest-path.js';

type MessageId = 'overPromised' | 'overStatutory' | 'promisedAboveStatutory' | 'limitHere' | 'statutoryHere';

/** `4 个工作日 + 2 天`: the sum as written, unit by unit, never converted through floating point. */
function describe(limits: readonly Limit[]): Words {
  const byUnit = new Map<Limit['unit'], number>();
  for (const l of limits) byUnit.set(l.unit, (byUnit.get(l.unit) ?? 0) + l.value);
  const amounts = [...byUnit].map(([unit, value]) => timeAmount(Number(value.toFixed(6)), unit));
  return amounts.length === 0 ? { zh: '0', en: '0' } : { zh: amounts.map((a) => a.zh).join(' + '), en: amounts.map((a) => a.en).join(' + ') };
}

/** Shown in full up to this many steps; a longer path by its first and last steps around `…`. */
const PATH_SHOWN = 12;

function describePath(names: readonly string[]): string {
  const shown = names.length <= PATH_SHOWN ? names : [...names.slice(0, PATH_SHOWN / 2), '…', ...names.slice(-PATH_SHOWN / 2)];
  return shown.join(' → ');
}

export const processTime = defineRule<MessageId>({
  meta: {
    id: 'process-time',
    defaultSeverity: 'error',
    scope: 'catalogue',
    powerKeys: ['timeLimit', 'process'],
    partition: 'power',
    description: {
      'zh-CN':
        '流程中最长的一条从开始到结束的路径上，各步骤时限（含开始和结束步骤）之和不得超过承诺时限（没有承诺时限时为法定时限）；承诺时限不得长于法定时限。相同单位直接比较；工作日与自然日按 5 个工作日 = 7 天以整数交叉相乘比较；其他单位之间不比较。即办件（immediate: true）不比较。',
      en: 'Along the longest start-to-end path of a process, the step limits (start and end included) must add up to no more than the promised limit (else the statutory one), and the promised limit must not exceed the statutory one. Like units compare directly; workdays and days compare as 5 workdays = 7 days by cross-multiplying integers; other units are not compared.',
    },
    messages: {
      overPromised: {
        'zh-CN': '{view}最长路径（{path}）各步时限合计 {total}，超过承诺时限 {limit}',
        en: 'the longest path of the {view} ({path}) takes {total}, more than the promised limit of {limit}',
      },
      overStatutory: {
        'zh-CN': '{view}最长路径（{path}）各步时限合计 {total}，超过法定时限 {limit}',
        en: 'the longest path of the {view} ({path}) takes {total}, more than the statutory limit of {limit}',
      },
      promisedAboveStatutory: {
        'zh-CN': '承诺时限 {promised} 长于法定时限 {statutory}',
        en: 'the promised limit {promised} is longer than the statutory limit {statutory}',
      },
      limitHere: { 'zh-CN': '时限在此', en: 'the limit is set here' },
      statutoryHere: { 'zh-CN': '法定时限在此', en: 'the statutory limit is here' },
    },
    examples: {
      bad: 'kind: Power\n# …\ntimeLimit:\n  promised: {value: 3, unit: workday}\nprocess:\n  internal:\n    steps:\n      - {id: a, name: 受理, type: start, limit: {value: 1, unit: workday}, next: b}\n      - {id: b, name: 审批, limit: {value: 3, unit: workday}, next: c}\n      - {id: c, name: 办结, type: end}\n---\nkind: Power\n# …\ntimeLimit:\n  statutory: {value: 2, unit: workday}\nprocess:\n  internal:\n    steps:\n      - {id: a, name: 受理, type: start, limit: {value: 1, unit: workday}, next: b}\n      - {id: b, name: 审批, limit: {value: 3, unit: workday}, next: c}\n      - {id: c, name: 办结, type: end}\n---\nkind: Power\n# …\ntimeLimit:\n  statutory: {value: 20, unit: workday}\n  promised: {value: 30, unit: day}\n',
      good: 'kind: Power\n# …\ntimeLimit:\n  statutory: {value: 20, unit: workday}\n  promised: {value: 5, unit: workday}\nprocess:\n  internal:\n    steps:\n      - {id: a, name: 受理, type: start, limit: {value: 1, unit: workday}, next: b}\n      - {id: b, name: 审批, limit: {value: 3, unit: workday}, next: c}\n      - {id: c, name: 办结, type: end}\n',
    },
  },
  check: ({ model }) => {
    const findings: Finding<MessageId>[] = [];
    // A template shared by thousands of powers has one longest path per unit group and scale.
    const pathsOf = perTemplate<Map<string, LongestPath | undefined>>();
    const digitsOf = perTemplate<number>();
    const scaleOf = (body: ProcessBody, limit: Limit) => {
      const digits = digitsOf(body, () => body.steps.reduce((most, s) => (s.limit ? Math.max(most, decimals(s.limit.value)) : most), 0));
      return scaleOfDecimals(Math.max(digits, decimals(limit.value)));
    };
    const longestOf = (body: ProcessBody, limit: Limit, scale: bigint) => {
      const key = `${limit.unit === 'workday' ? 'day' : limit.unit}|${scale}`;
      const byKey = pathsOf(body, () => new Map());
      if (!byKey.has(key)) byKey.set(key, longestPath(body, limit, scale));
      return byKey.get(key);
    };
    for (const power of model.powers) {
      const timeLimit = recordOf(power.data.timeLimit);
      // 即办件 is handled on the spot: there is no limit to hold the process against (FORMAT §2).
      if (timeLimit?.immediate === true) continue;
      const promised = limitOf(timeLimit?.promised);
      const statutory = limitOf(timeLimit?.statutory);
      if (promised && statutory && exceeds(promised, statutory)) {
        findings.push({
          messageId: 'promisedAboveStatutory',
          data: { promised: describe([promised]), statutory: describe([statutory]) },
          target: valueAt(power, 'timeLimit', 'promised'),
          related: [{ target: valueAt(power, 'timeLimit', 'statutory'), messageId: 'statutoryHere' }],
        });
      }
      const limit = promised ?? statutory;
      if (!limit) continue;
      for (const { view, entryPath, body } of processesOfPower(model, power)) {
        if (!body) continue;
        const scale = scaleOf(body, limit);
        const path = longestOf(body, limit, scale);
        if (!path || path.total <= scaled(limit, scale)) continue;
        findings.push({
          messageId: promised ? 'overPromised' : 'overStatutory',
          data: {
            view: termInText(PROCESS_VIEW[view]),
            path: describePath(path.steps.map((s) => s.name ?? s.id ?? '?')),
            total: describe(path.steps.flatMap((s) => (s.limit && comparable(s.limit.unit, limit.unit) ? [s.limit] : []))),
            limit: describe([limit]),
          },
          target: keyAt(power, ...entryPath),
          related: [{ target: valueAt(power, 'timeLimit', promised ? 'promised' : 'statutory'), messageId: 'limitHere' }],
        });
      }
    }
    return findings;
  },
});
