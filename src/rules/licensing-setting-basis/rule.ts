import { BASIS_LEVEL, isTermOf } from '../../format/vocabulary.js';
import { listOf, recordOf, textOf } from '../../model/read.js';
import type { Entity, PowerData } from '../../model/types.js';
import { defineRule, type Finding } from '../rule.js';
import { valueAt } from '../targets.js';

type MessageId = 'cannotSet';

/** The levels that can (or cannot) set a licence, as the description lists them. */
const levels = (sets: boolean) => Object.values(BASIS_LEVEL).filter((level) => 'setsLicence' in level && level.setsLicence === sets);
const CAN_SET = levels(true);
const CANNOT_SET = levels(false);

export const licensingSettingBasis = defineRule<MessageId>({
  meta: {
    id: 'licensing-setting-basis',
    defaultSeverity: 'error',
    scope: 'file',
    description: {
      'zh-CN': `行政许可只能由${CAN_SET.map((l) => l.zh).join('、')}设定（行政许可法第十四条至第十七条）；${CANNOT_SET.map((l) => l.zh).join('、')}不能设定行政许可。行政许可事项的设定依据（role: setting）全部是不能设定许可的层级时报告，位置在各条设定依据；写成“规章”（rule）的不作判断，没有标明设定依据的不检查。`,
      en: `Only these levels can set an administrative licence (Administrative Licensing Law, articles 14–17): ${CAN_SET.map((l) => l.en).join(', ')}; these cannot: ${CANNOT_SET.map((l) => l.en).join(', ')}. Reported at each setting entry when all the setting entries (role: setting) of a licensing power are of levels that cannot set a licence; a plain rule (rule) is not judged, and a power with no setting entry is not checked.`,
    },
    messages: {
      cannotSet: {
        'zh-CN': '行政许可「{name}」的设定依据「{title}」属于{level}，不能设定行政许可（行政许可法第十四条至第十七条）：请写明设定该许可的法律、法规或决定（role: setting），本条改作实施依据（role: implementing）',
        en: 'the setting basis "{title}" ({level}) of licence "{name}" cannot set an administrative licence (Administrative Licensing Law, articles 14–17): name the law, regulation or decision that sets it (role: setting) and make this entry an implementing basis (role: implementing)',
      },
    },
    examples: {
      bad: 'kind: Power\ncode: "000131001000"\nname: 食品经营许可\ntype: licensing\n# …\nbasis:\n  - level: departmental-rule\n    title: 食品经营许可和备案管理办法\n    role: setting\n',
      good: 'kind: Power\ncode: "000131001000"\nname: 食品经营许可\ntype: licensing\n# …\nbasis:\n  - level: law\n    title: 中华人民共和国食品安全法\n    article: 第三十五条\n    role: setting\n  - level: departmental-rule\n    title: 食品经营许可和备案管理办法\n    role: implementing\n',
    },
  },
  check: ({ model }) => model.powers.flatMap(checkPower),
});

function checkPower(power: Entity<PowerData>): Finding<MessageId>[] {
  if (power.data.type !== 'licensing') return [];
  const setting = listOf(power.data.basis)
    .map((entry, index) => ({ entry: recordOf(entry), index }))
    .filter(({ entry }) => entry?.role === 'setting');
  // `rule` (规章 of either kind) and a level outside the vocabulary are not judged: any such entry keeps the rule silent.
  const cannotSet = (level: unknown) => isTermOf(BASIS_LEVEL, level) && 'setsLicence' in BASIS_LEVEL[level] && !BASIS_LEVEL[level].setsLicence;
  if (setting.length === 0 || !setting.every(({ entry }) => cannotSet(entry?.level))) return [];
  const name = textOf(power.data.name) ?? textOf(power.data.code) ?? '';
  return setting.map(({ entry, index }) => ({
    messageId: 'cannotSet' as const,
    data: { name, title: textOf(entry?.title) ?? '', level: BASIS_LEVEL[entry!.level as keyof typeof BASIS_LEVEL] },
    target: valueAt(power, 'basis', index),
  }));
}
