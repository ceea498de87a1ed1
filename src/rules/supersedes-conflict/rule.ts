import { isAbolished } from '../../domain/accountability.js';
import { indexesOf, type CodeOccurrence } from '../../model/indexes.js';
import { listOf, textOf } from '../../model/read.js';
import { defineRule, type Finding } from '../rule.js';
import { valueAt } from '../targets.js';

type MessageId = 'stillInForce' | 'stillUsed';

export const supersedesConflict = defineRule<MessageId>({
  meta: {
    id: 'supersedes-conflict',
    defaultSeverity: 'error',
    scope: 'catalogue',
    powerKeys: ['code', 'subItems', 'handlingItems', 'name', 'status', 'supersedes'],
    partition: { by: ['code'] },
    description: {
      'zh-CN': 'supersedes 列出的是本事项取代的原编码（合并、拆分、更名、编码调整），原事项应已取消或已从清单中删去。列出的编码仍是本清单中某项未取消的权力事项或其子项的编码时报告，位置在 supersedes 中的该编码。',
      en: 'supersedes lists the codes a power replaces (merged, split, renamed, recoded); the replaced items are abolished or gone from the list. Reported at the code in supersedes when it is still the code of a power that is not abolished, or of a sub-item, in this catalogue.',
    },
    messages: {
      stillInForce: {
        'zh-CN': '「{name}」在 supersedes 中列出「{code}」，但「{holder}」仍在使用这个编码且未取消：被取代的事项应已取消或已删去；改正 supersedes，或把原事项标为已取消（status: abolished）',
        en: '"{name}" lists "{code}" in supersedes, but "{holder}" still has this code and is not abolished: a replaced item is abolished or gone; correct supersedes, or mark the old item abolished (status: abolished)',
      },
      stillUsed: { 'zh-CN': '编码「{code}」仍用于此处', en: 'code "{code}" is still used here' },
    },
    examples: {
      bad: '# powers/market.yaml\nkind: Power\ncode: "000131001000"\nname: 食品经营许可\n# …\n---\nkind: Power\ncode: "000131011000"\nname: 食品经营许可（含仅销售预包装食品备案）\n# …\nsupersedes: ["000131001000"]\n',
      good: '# powers/market.yaml\nkind: Power\ncode: "000131001000"\nname: 食品经营许可\n# …\nstatus: abolished\nabolishedOn: "2023-12-01"\nreason: 与仅销售预包装食品备案合并为新的事项\n---\nkind: Power\ncode: "000131011000"\nname: 食品经营许可（含仅销售预包装食品备案）\n# …\nsupersedes: ["000131001000"]\n',
    },
  },
  check: ({ model }) => {
    if (!model.powers.some((power) => power.data.supersedes !== undefined)) return [];
    const inForce = new Map<string, CodeOccurrence>();
    for (const use of indexesOf(model).codes) {
      // A sub-item of an abolished power is gone with it; handling items are not what supersedes names.
      if (use.holder === 'handlingItem' || isAbolished(use.power.data) || inForce.has(use.code)) continue;
      inForce.set(use.code, use);
    }
    const findings: Finding<MessageId>[] = [];
    for (const power of model.powers) {
      const name = textOf(power.data.name) ?? textOf(power.data.code) ?? '';
      listOf(power.data.supersedes).forEach((value, i) => {
        const code = textOf(value);
        const holder = code === undefined ? undefined : inForce.get(code);
        if (!holder) return;
        findings.push({
          messageId: 'stillInForce',
          data: { name, code: code!, holder: holder.name ?? textOf(holder.power.data.name) ?? '' },
          target: valueAt(power, 'supersedes', i),
          related: [{ target: valueAt(holder.power, ...holder.path), messageId: 'stillUsed', data: { code: code! } }],
        });
      });
    }
    return findings;
  },
});
