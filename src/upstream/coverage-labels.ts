import type { Words } from '../core/messages.js';

/** The words of the coverage report, in both languages: `powercat upstream` and the site's upstream page say the same. */
export const COVERAGE_LABEL = {
  title: { zh: '与上级目录的对照', en: 'Coverage of the upstream lists' },
  list: { zh: '上级目录', en: 'Upstream list' },
  source: { zh: '位置', en: 'Source' },
  upstreamItems: { zh: '上级目录的事项', en: 'Items of the upstream list' },
  meantForLevel: { zh: '适用于本级的事项', en: 'Items meant for this level' },
  implemented: { zh: '已实施', en: 'Implemented' },
  notApplicable: { zh: '本级不实施', en: 'Not applicable here' },
  missing: { zh: '未实施', en: 'Missing' },
  localItems: { zh: '本清单的事项', en: 'Items of this catalogue' },
  linked: { zh: '关联上级事项', en: 'Linked to an upstream item' },
  conform: { zh: '一致', en: 'Conform' },
  differ: { zh: '有差异', en: 'Differ' },
  unknown: { zh: '关联无效', en: 'Broken links' },
  changed: { zh: '上级已调整，待核对', en: 'Changed upstream, to review' },
  powers: { zh: '现行事项', en: 'Powers not abolished' },
  localOnly: { zh: '本级独有（区县独有）', en: 'Local only' },
  unusable: { zh: '无法读取或未通过校验，未比对（见 powercat lint 的 upstream-source）', en: 'cannot be read or fails its pin, so nothing was compared (see upstream-source in powercat lint)' },
  reason: { zh: '理由', en: 'Reason' },
  note: { zh: '说明', en: 'Note' },
  fields: { zh: '字段', en: 'Fields' },
  upstreamCode: { zh: '上级事项编码', en: 'Upstream code' },
  category: { zh: '类别', en: 'Category' },
  count: { zh: '项数', en: 'Count' },
  none: { zh: '无', en: 'none' },
} as const satisfies Readonly<Record<string, Words>>;

export type CoverageLabel = keyof typeof COVERAGE_LABEL;
