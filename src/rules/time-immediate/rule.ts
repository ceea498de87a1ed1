import { listOf, recordOf } from '../../model/read.js';
import type { Entity, PowerData } from '../../model/types.js';
import { defineRule, type Finding } from '../rule.js';
import { valueAt } from '../targets.js';

type MessageId = 'promisedWithImmediate' | 'immediateHere';
type Path = (string | number)[];

export const timeImmediate = defineRule<MessageId>({
  meta: {
    id: 'time-immediate',
    defaultSeverity: 'error',
    scope: 'file',
    description: {
      'zh-CN':
        '即办件（timeLimit.immediate: true）是当场办结的事项，不再写承诺时限（promised）；两者同时出现，公众不知道以哪个为准。权力事项、子项和业务办理项的时限都检查。',
      en: 'An immediate item (timeLimit.immediate: true) is handled on the spot and writes no promised limit (promised); with both, readers cannot tell which holds. The time limits of powers, sub-items and handling items are all checked.',
    },
    messages: {
      promisedWithImmediate: {
        'zh-CN': '即办件（immediate: true）当场办结，不应再写承诺时限（promised）：删去 promised，或者不是即办件的，删去 immediate',
        en: 'an immediate item (immediate: true) is handled on the spot and takes no promised limit (promised): remove promised, or, if it is not immediate, remove immediate',
      },
      immediateHere: { 'zh-CN': '此处标为即办件', en: 'marked immediate here' },
    },
    examples: {
      bad: 'kind: Power\ncode: "000107001000"\nname: 户籍证明\ntype: confirmation\n# …\ntimeLimit:\n  immediate: true\n  promised: {value: 1, unit: workday}\n',
      good: 'kind: Power\ncode: "000107001000"\nname: 户籍证明\ntype: confirmation\n# …\ntimeLimit:\n  immediate: true\n',
    },
  },
  check: ({ model }) => model.powers.flatMap(checkPower),
});

function checkPower(power: Entity<PowerData>): Finding<MessageId>[] {
  return timeLimitPaths(power.data).flatMap(([path, value]) => {
    const promised = recordOf(value)?.promised;
    if (promised === undefined || promised === null) return [];
    return [
      {
        messageId: 'promisedWithImmediate' as const,
        data: {},
        target: valueAt(power, ...path, 'promised'),
        related: [{ target: valueAt(power, ...path, 'immediate'), messageId: 'immediateHere' as const }],
      },
    ];
  });
}

/** Every `timeLimit` of a power marked immediate: its own, its sub-items', and the handling items' of both. */
function timeLimitPaths(power: Partial<PowerData>): [Path, unknown][] {
  const found: [Path, unknown][] = [];
  const visit = (holder: Record<string, unknown> | undefined, path: Path) => {
    if (!holder) return;
    if (recordOf(holder.timeLimit)?.immediate === true) found.push([[...path, 'timeLimit'], holder.timeLimit]);
    if (holder.handlingItems !== undefined) listOf(holder.handlingItems).forEach((item, i) => visit(recordOf(item), [...path, 'handlingItems', i]));
  };
  visit(power as Record<string, unknown>, []);
  if (power.subItems !== undefined) listOf(power.subItems).forEach((item, i) => visit(recordOf(item), ['subItems', i]));
  return found;
}
