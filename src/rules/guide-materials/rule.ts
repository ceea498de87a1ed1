import { isAbolished } from '../../domain/accountability.js';
import { POWER_TYPE, TIME_LIMIT_REQUIRED_TYPES } from '../../format/vocabulary.js';
import { recordOf, textOf } from '../../model/read.js';
import type { Entity, PowerData } from '../../model/types.js';
import { defineRule, type Finding } from '../rule.js';
import { missingIn, valueAt } from '../targets.js';

type MessageId = 'missing' | 'empty';

const TYPES = TIME_LIMIT_REQUIRED_TYPES.map((type) => POWER_TYPE[type]);

export const guideMaterials = defineRule<MessageId>({
  meta: {
    id: 'guide-materials',
    defaultSeverity: 'warning',
    scope: 'file',
    description: {
      'zh-CN': `${TYPES.map((t) => t.zh).join('、')}事项（需要写办结时限的类型）是群众和企业来申请的，办事指南应列出申请材料（guide.materials）。即办件和已取消的事项不检查。本规则只在 powercat.yaml 声明 formatVersion: 2 时运行。`,
      en: `Powers of the types that need a time limit (${TYPES.map((t) => t.en).join(', ')}) are applied for, so their service guide should list the application materials (guide.materials). Immediate items and abolished powers are not checked. This rule runs only when powercat.yaml declares formatVersion: 2.`,
    },
    messages: {
      missing: {
        'zh-CN': '{type}事项「{name}」的办事指南没有列出申请材料（guide.materials）：写明申请人要提交哪些材料',
        en: 'the service guide of "{name}" ({type}) lists no application materials (guide.materials): say what an applicant must hand in',
      },
      empty: {
        'zh-CN': '{type}事项「{name}」的申请材料（guide.materials）是空列表：写明申请人要提交哪些材料',
        en: 'the application materials (guide.materials) of "{name}" ({type}) are an empty list: say what an applicant must hand in',
      },
    },
    examples: {
      bad: '# powercat.yaml: formatVersion: 2\nkind: Power\ncode: "000131001000"\nname: 食品经营许可\ntype: licensing\n# …\nguide:\n  place: 青水县政务服务中心一楼市场监管窗口\n---\nkind: Power\ncode: "000131002000"\nname: 食品生产许可\ntype: licensing\n# …\nguide:\n  materials: []\n',
      good: '# powercat.yaml: formatVersion: 2\nkind: Power\ncode: "000131001000"\nname: 食品经营许可\ntype: licensing\n# …\nguide:\n  place: 青水县政务服务中心一楼市场监管窗口\n  materials:\n    - {name: 食品经营许可申请书, form: original}\n    - {name: 营业执照, form: copy}\n',
    },
  },
  check: ({ model }) => {
    const version = model.catalogue?.data.formatVersion;
    return typeof version === 'number' && version >= 2 ? model.powers.flatMap(checkPower) : [];
  },
});

function checkPower(power: Entity<PowerData>): Finding<MessageId>[] {
  const { data } = power;
  const type = data.type;
  if (!(TIME_LIMIT_REQUIRED_TYPES as readonly unknown[]).includes(type) || isAbolished(data) || recordOf(data.timeLimit)?.immediate === true) return [];
  const guide = recordOf(data.guide);
  const materials = guide?.materials;
  const words = { type: POWER_TYPE[type!], name: textOf(data.name) ?? textOf(data.code) ?? '' };
  if (Array.isArray(materials)) return materials.length > 0 ? [] : [{ messageId: 'empty', data: words, target: valueAt(power, 'guide', 'materials') }];
  // A materials value of the wrong type is the schema's finding.
  if (materials !== undefined && materials !== null) return [];
  return [{ messageId: 'missing', data: words, target: guide ? missingIn(power, 'guide') : missingIn(power) }];
}
