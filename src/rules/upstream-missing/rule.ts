import type { Words } from '../../core/messages.js';
import { EXERCISE_LEVEL } from '../../format/vocabulary.js';
import type { UpstreamItem } from '../../upstream/item.js';
import { upstreamOf } from '../../upstream/load-upstream.js';
import { missingItems } from '../../upstream/coverage.js';
import { defineRule } from '../rule.js';
import { valueAt } from '../targets.js';
import { UPSTREAM_RULE_SCOPE, upstreamItemRelated } from '../shared/upstream-related.js';

type MessageId = 'missing' | 'upstreamItem';

export const upstreamMissing = defineRule<MessageId>({
  meta: {
    id: 'upstream-missing',
    defaultSeverity: 'warning',
    ...UPSTREAM_RULE_SCOPE,
    description: {
      'zh-CN':
        '上级目录中现行、且适用于本级的事项（其行使层级——事项自己的 level，否则其清单的 level，都没有则为各级——包含本清单的 level），本清单应有事项与之关联（编码相同，或写 upstream）；确属本级不实施的，在 powercat.yaml 该目录的 notApplicable 中写明编码和理由。报告位于 powercat.yaml 中该上级目录的条目。',
      en: 'Every item in force of an upstream list that is meant for this level (its own level, else its catalogue\'s, else every level, includes this catalogue\'s level) is implemented by a power linked to it (same code, or upstream); an item this level does not implement is listed with a reason under notApplicable of that list in powercat.yaml. Reported at the list\'s entry in powercat.yaml.',
    },
    messages: {
      missing: {
        'zh-CN': '上级目录「{list}」的事项「{name}」（{code}，行使层级：{levels}）适用于本级，但本清单没有与之关联的事项：请增加此事项（编码相同，或写 upstream: {code: "{code}"}）；确属本级不实施的，在此目录的 notApplicable 中写明编码和理由',
        en: 'item "{name}" ({code}, levels: {levels}) of the upstream list "{list}" is meant for this level, but no power here is linked to it: add the power (same code, or upstream: {code: "{code}"}), or, if this level does not implement it, list the code with a reason under notApplicable of this list',
      },
      upstreamItem: { 'zh-CN': '上级目录中的事项', en: 'the upstream item' },
    },
    examples: {
      context: 'examples/county',
      bad: '# powercat.yaml\n# 上级事项 000118099000 港口经营许可的行使层级为 [3, 4]；本县没有与之关联的事项，也没有写明不适用\nkind: Catalogue\nid: yunxi-county\nname: 云溪县人民政府工作部门权责清单\nformatVersion: 2\nlevel: 4\ncodeProfile: national\nupstream:\n  - id: dongling\n    name: 东岭省省市县三级权责清单通用目录\n    source: upstream/dongling-2026-06.json\n    previous: upstream/dongling-2026-06.json\n',
      good: '# powercat.yaml\n# 写明不适用的上级事项及理由\nkind: Catalogue\nid: yunxi-county\nname: 云溪县人民政府工作部门权责清单\nformatVersion: 2\nlevel: 4\ncodeProfile: national\nupstream:\n  - id: dongling\n    name: 东岭省省市县三级权责清单通用目录\n    source: upstream/dongling-2026-06.json\n    previous: upstream/dongling-2026-06.json\n    notApplicable:\n      - {code: \'000118099000\', reason: 本县无港口}\n',
    },
  },
  check: ({ model }) => {
    const catalogue = model.catalogue;
    if (!catalogue) return [];
    return upstreamOf(model).entries.flatMap((entry) =>
      missingItems(entry, catalogue.data.level).map((item) => ({
        messageId: 'missing' as const,
        data: { list: entry.name, name: item.name ?? '', code: item.code, levels: levelWords(item) },
        target: valueAt(catalogue, 'upstream', entry.index),
        related: upstreamItemRelated(item, 'upstreamItem' as const),
      })),
    );
  },
});

function levelWords(item: UpstreamItem): Words {
  if (!item.levels) return { zh: '各级', en: 'every level' };
  const labels = [...item.levels].sort((a, b) => a - b).map((level) => EXERCISE_LEVEL[level]);
  return { zh: labels.map((l) => l.zh).join('、'), en: labels.map((l) => l.en.toLowerCase()).join(', ') };
}
