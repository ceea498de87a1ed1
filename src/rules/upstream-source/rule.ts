import { upstreamOf, type UpstreamEntry } from '../../upstream/load-upstream.js';
import type { SourceRead } from '../../upstream/read-source.js';
import type { CatalogueData, Entity } from '../../model/types.js';
import { UPSTREAM_RULE_SCOPE } from '../shared/upstream-related.js';
import { defineRule, type Finding } from '../rule.js';
import { valueAt } from '../targets.js';

type MessageId =
  | 'unreadable'
  | 'noCatalogueFile'
  | 'yamlFile'
  | 'notJson'
  | 'notOpenData'
  | 'openDataVersion1'
  | 'notCatalogueKind'
  | 'unknownVersion'
  | 'pinMismatch'
  | 'pinOnFolder'
  | 'pinnedHere'
  | 'sourceHere';

const FORMS = { 'zh-CN': '上级目录应为清单文件夹（含 powercat.yaml），或开放数据文件 catalogue.json', en: 'an upstream list is a catalogue folder (with powercat.yaml) or an open-data catalogue.json' };

export const upstreamSource = defineRule<MessageId>({
  meta: {
    id: 'upstream-source',
    defaultSeverity: 'error',
    ...UPSTREAM_RULE_SCOPE,
    description: {
      'zh-CN':
        'powercat.yaml 中 upstream 的 source（当前上级目录）和 previous（上次核对的版本）必须能读取，且是清单：一个清单文件夹（如上级清单仓库作为 git 子模块），或 powercat build 生成的开放数据 data/catalogue.json（第 2 版）；sha256 校验值只能用于文件，且文件必须与之相符。上级目录只作为数据读取，不作为本清单的文件检查。',
      en: 'The source (the upstream list now) and previous (the version last reconciled with) of each upstream entry in powercat.yaml can be read and are catalogues: a catalogue folder (e.g. the upstream repository as a git submodule) or the open data powercat build writes (data/catalogue.json, format 2); a sha256 pin is for files only, and the file matches it. Upstream lists are read as data, never linted as part of the catalogue.',
    },
    messages: {
      unreadable: {
        'zh-CN': '无法读取上级目录「{list}」的 {path}（{reason}）：路径相对清单根目录；若是 git 子模块，请先执行 git submodule update --init',
        en: 'cannot read {path} of the upstream list "{list}" ({reason}); paths are relative to the catalogue root, and a git submodule needs git submodule update --init first',
      },
      noCatalogueFile: {
        'zh-CN': `上级目录「{list}」的 {path} 不是清单：文件夹中没有 powercat.yaml（或其中没有 kind: Catalogue）；${FORMS['zh-CN']}`,
        en: `{path} of the upstream list "{list}" is not a catalogue: the folder has no powercat.yaml (or it holds no kind: Catalogue); ${FORMS.en}`,
      },
      yamlFile: {
        'zh-CN': `上级目录「{list}」的 {path} 是 YAML 文件而不是清单：请写它所在的清单文件夹；${FORMS['zh-CN']}`,
        en: `{path} of the upstream list "{list}" is a YAML file, not a catalogue: name the catalogue folder it belongs to; ${FORMS.en}`,
      },
      notJson: {
        'zh-CN': `上级目录「{list}」的 {path} 不是 UTF-8 编码的 JSON 文件；${FORMS['zh-CN']}`,
        en: `{path} of the upstream list "{list}" is not a JSON file in UTF-8; ${FORMS.en}`,
      },
      notOpenData: {
        'zh-CN': '上级目录「{list}」的 {path} 不是开放数据清单：缺少 formatVersion 或 powers；应为 powercat build 生成的 data/catalogue.json',
        en: '{path} of the upstream list "{list}" is not open data of a catalogue: it has no formatVersion or no powers; use the data/catalogue.json that powercat build writes',
      },
      openDataVersion1: {
        'zh-CN': '上级目录「{list}」的 {path} 是第 1 版开放数据，事项的时限、层级、依据没有结构化，无法比对；请取用上级用新版 powercat 生成的第 2 版 data/catalogue.json',
        en: '{path} of the upstream list "{list}" is open data of format 1, whose time limits, levels and basis are not structured and cannot be compared; use the data/catalogue.json of format 2 that a newer powercat writes',
      },
      notCatalogueKind: {
        'zh-CN': `上级目录「{list}」的 {path} 既不是文件夹也不是普通文件；${FORMS['zh-CN']}`,
        en: `{path} of the upstream list "{list}" is neither a folder nor a regular file; ${FORMS.en}`,
      },
      unknownVersion: {
        'zh-CN': '上级目录「{list}」的 {path} 的 formatVersion 为 {version}，本版 powercat 不认识（认识：{known}）；请升级 powercat',
        en: '{path} of the upstream list "{list}" has formatVersion {version}, which this powercat does not know (it knows {known}); upgrade powercat',
      },
      pinMismatch: {
        'zh-CN': '上级目录「{list}」的 {path} 与 sha256 校验值不符（现在的文件是 {actual}）：文件在固定之后变了，本清单未与之比对。请核对新文件，确认后把 sha256 改为新值',
        en: '{path} of the upstream list "{list}" does not match its sha256 pin (the file now is {actual}): it changed after it was pinned, and nothing is compared with it; review the new file and then write its value as sha256',
      },
      pinOnFolder: {
        'zh-CN': 'sha256 只能校验文件，而上级目录「{list}」的 {path} 是文件夹：请删除 sha256（git 子模块由其提交固定版本）',
        en: 'sha256 pins files only, and {path} of the upstream list "{list}" is a folder: remove sha256 (a git submodule is pinned by its commit)',
      },
      pinnedHere: { 'zh-CN': '校验值写在这里', en: 'the pin' },
      sourceHere: { 'zh-CN': '上级目录的位置', en: 'the upstream source' },
    },
    examples: {
      context: 'examples/county',
      bad: '# powercat.yaml\nkind: Catalogue\nid: yunxi-county\nname: 云溪县人民政府工作部门权责清单\nupstream:\n  - id: dongling\n    name: 东岭省省市县三级权责清单通用目录\n    source: upstream/dongling-2026-06.jsn\n',
      good: '# powercat.yaml\nkind: Catalogue\nid: yunxi-county\nname: 云溪县人民政府工作部门权责清单\nupstream:\n  - id: dongling\n    name: 东岭省省市县三级权责清单通用目录\n    source: upstream/dongling-2026-06.json\n',
    },
  },
  check: ({ model }) => {
    const catalogue = model.catalogue;
    if (!catalogue) return [];
    return upstreamOf(model).entries.flatMap((entry) => [
      ...problemAt(catalogue, entry, 'source', entry.source),
      ...problemAt(catalogue, entry, 'previous', entry.previous),
      ...pinProblem(catalogue, entry),
    ]);
  },
});

function problemAt(catalogue: Entity<CatalogueData>, entry: UpstreamEntry, field: 'source' | 'previous', read: SourceRead | undefined): Finding<MessageId>[] {
  if (!read || read.ok) return [];
  return [
    {
      messageId: read.problem.messageId,
      data: { ...read.problem.data, list: entry.name, path: (field === 'source' ? entry.sourcePath : entry.previousPath) ?? '' },
      target: valueAt(catalogue, 'upstream', entry.index, field),
    },
  ];
}

function pinProblem(catalogue: Entity<CatalogueData>, entry: UpstreamEntry): Finding<MessageId>[] {
  const problem = entry.pinProblem;
  if (!problem) return [];
  const data = { list: entry.name, path: entry.sourcePath ?? '' };
  const source = valueAt(catalogue, 'upstream', entry.index, 'source');
  const pin = valueAt(catalogue, 'upstream', entry.index, 'sha256');
  return problem.messageId === 'pinMismatch'
    ? [{ messageId: 'pinMismatch', data: { ...data, actual: problem.actual }, target: source, related: [{ target: pin, messageId: 'pinnedHere', data: {} }] }]
    : [{ messageId: 'pinOnFolder', data, target: pin, related: [{ target: source, messageId: 'sourceHere', data: {} }] }];
}
