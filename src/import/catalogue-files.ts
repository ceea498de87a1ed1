import { POWER_FIELDS } from '../format/power-fields.js';
import { LATEST_FORMAT_VERSION } from '../format/versions.js';
import type { CodeProfile } from '../format/vocabulary.js';
import type { Guide } from '../model/types.js';
import { modeline, schemaFiles } from '../scaffold/starter-files.js';
import type { DepartmentDoc } from './departments.js';
import type { PowerDraft } from './rows-to-powers.js';
import { yamlDocument, type YamlValue } from './yaml-text.js';

/*
 * The catalogue folder as files: powercat.yaml, departments/<id>.yaml (a department and its
 * units), powers/<department id>.yaml (its powers, in the list's order, each with a comment
 * naming its row), and the JSON Schemas the files' first lines point editors to.
 */

export interface CatalogueHead {
  id: string;
  name: string;
  codeProfile: CodeProfile;
  source: string;
  /** 区划代码 when the list gives one (the region's name it does not give). */
  regionCode?: string;
}

/** Guide keys in FORMAT's order. */
const GUIDE_KEYS = [
  'conditions', 'materials', 'place', 'hours', 'url', 'visits', 'onlineDepth', 'results', 'quantityLimit', 'intermediaries', 'specialProcedures',
] as const satisfies readonly (keyof Guide)[];

type Data = Record<string, unknown>;

/** The keys of `data` in the order of `keys`, then any others. */
function ordered(data: Data, keys: readonly string[]): Data {
  const out: Data = {};
  for (const key of keys) if (data[key] !== undefined) out[key] = data[key];
  for (const [key, value] of Object.entries(data)) if (!(key in out) && value !== undefined) out[key] = value;
  return out;
}

function powerOf(draft: PowerDraft): Data {
  const data: Data = { ...draft.data };
  if (data.timeLimit) data.timeLimit = ordered(data.timeLimit as Data, ['statutory', 'promised', 'immediate']);
  if (data.guide) data.guide = ordered(data.guide as Data, GUIDE_KEYS);
  if (data.upstream) data.upstream = ordered(data.upstream as Data, ['code', 'list']);
  if (data.disclosure) data.disclosure = ordered(data.disclosure as Data, ['public', 'withhold', 'reason', 'basis']);
  if (draft.subItems.length > 0) {
    data.subItems = draft.subItems.map((sub) => ordered({ code: sub.code, name: sub.name, ...sub.data }, ['code', 'name', 'basis', 'timeLimit', 'note', 'handlingItems']));
  }
  return ordered({ kind: 'Power', ...data }, Object.keys(POWER_FIELDS));
}

function powerComments(draft: PowerDraft): string[] {
  return [...draft.comments, ...draft.subItems.flatMap((sub) => sub.comments.map((c) => `子项“${sub.name}”：${c}`))];
}

export function catalogueFiles(head: CatalogueHead, departments: readonly DepartmentDoc[], drafts: readonly PowerDraft[]): Map<string, string> {
  const files = new Map<string, string>();
  const catalogue = yamlDocument(
    { kind: 'Catalogue', id: head.id, name: head.name, formatVersion: LATEST_FORMAT_VERSION, codeProfile: head.codeProfile, lang: 'zh-CN' },
    [`由 powercat import 从 ${head.source} 导入；导入时未能读取的内容见 import-report.md。`],
  );
  const region = head.regionCode === undefined ? '' : `# 表中的区划代码；请补上区划名称后取消注释：\n# region: {code: '${head.regionCode}', name: 区划名称}\n`;
  files.set('powercat.yaml', modeline(0, 'catalogue') + catalogue + region);

  const byFile = new Map<string, DepartmentDoc[]>();
  for (const doc of departments) {
    if (!byFile.has(doc.fileOf)) byFile.set(doc.fileOf, []);
    byFile.get(doc.fileOf)!.push(doc);
  }
  for (const [id, docs] of byFile) {
    files.set(`departments/${id}.yaml`, modeline(1, 'department') + docs.map((doc) => yamlDocument(doc.data as unknown as Data as Record<string, YamlValue>)).join('---\n'));
  }

  const byDepartment = new Map<string, PowerDraft[]>();
  for (const draft of drafts) {
    const id = String(draft.data.department);
    if (!byDepartment.has(id)) byDepartment.set(id, []);
    byDepartment.get(id)!.push(draft);
  }
  for (const [id, list] of byDepartment) {
    files.set(`powers/${id}.yaml`, modeline(1, 'power') + list.map((draft) => yamlDocument(powerOf(draft) as Record<string, YamlValue>, powerComments(draft))).join('---\n'));
  }
  for (const [path, content] of Object.entries(schemaFiles())) files.set(path, content);
  return files;
}
