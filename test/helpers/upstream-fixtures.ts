import { lintRoot, makeCatalogue } from './catalogue.js';

/*
 * A county and the upstream lists it implements (FORMAT §6): the county's files, an upstream as
 * open data (format 2) or as a catalogue folder, and a lint that keeps the upstream rules' findings.
 */

export const COUNTY_DEPARTMENT = `kind: Department
id: market
name: 云溪县市场监督管理局
uscc: '11990521MB0C11253H'
contact: {supervisionPhone: 0990-5203152}
`;

/** A penalty of the county's market department that every other rule accepts. */
export function countyPower(code: string, name: string, extra = '', titles: readonly string[] = ['中华人民共和国食品安全法']): string {
  return `kind: Power
code: '${code}'
name: ${name}
type: penalty
department: market
${extra}basis:
${titles.map((t) => `  - {level: law, title: ${t}}\n`).join('')}responsibilities:
  - {stage: 立案, text: 对发现的违法行为及时立案}
accountability:
  - text: 对应当予以制止和处罚的违法行为不予制止、处罚的
discretion: 按违法情节轻重分档确定罚款数额
`;
}

export interface Item {
  code: string;
  name: string;
  type?: string;
  titles?: readonly string[];
  level?: number[];
  status?: string;
  timeLimit?: unknown;
}

/** An upstream list as `powercat build` publishes it (data/catalogue.json, open-data format 2). */
export function openData(items: readonly Item[], catalogue: { level?: number } = {}, formatVersion = 2): string {
  return `${JSON.stringify(
    {
      formatVersion,
      catalogue: { id: 'dongling', name: '东岭省权责清单通用目录', ...catalogue },
      departments: [],
      powers: items.map(({ titles = ['中华人民共和国食品安全法'], type = 'penalty', ...rest }) => ({
        ...rest,
        type,
        department: 'market',
        basis: titles.map((title) => ({ level: 'law', title, role: 'implementing' })),
      })),
    },
    null,
    2,
  )}\n`;
}

/** The same list as a catalogue folder (the upstream's repository as a git submodule), under `folder`. */
export function upstreamFolder(folder: string, items: readonly Item[], level = 2): Record<string, string> {
  const power = ({ code, name, type = 'penalty', titles = ['中华人民共和国食品安全法'], level: own, status }: Item) =>
    `kind: Power\ncode: '${code}'\nname: ${name}\ntype: ${type}\ndepartment: market\n${own ? `level: [${own.join(', ')}]\n` : ''}${status ? `status: ${status}\n` : ''}basis:\n${titles.map((t) => `  - {level: law, title: ${t}}\n`).join('')}`;
  return {
    [`${folder}/powercat.yaml`]: `kind: Catalogue\nid: dongling\nname: 东岭省权责清单通用目录\nlevel: ${level}\n`,
    [`${folder}/departments/market.yaml`]: 'kind: Department\nid: market\nname: 东岭省市场监督管理局\n',
    [`${folder}/powers/market.yaml`]: items.map(power).join('---\n'),
  };
}

/** `upstream:` of powercat.yaml, one list per entry (YAML lines of each entry after `- `). */
export function countyCatalogue(entries: readonly string[], extra = 'level: 4\n'): string {
  const list = entries.map((entry) => `  - ${entry.trim().split('\n').join('\n    ')}\n`).join('');
  return `kind: Catalogue\nid: yunxi\nname: 云溪县权责清单\nformatVersion: 2\n${extra}${entries.length > 0 ? `upstream:\n${list}` : ''}`;
}

export const PROVINCE = 'id: province\nname: 东岭省权责清单通用目录\nsource: upstream/province.json';

/** A county catalogue made of the given files (powercat.yaml and the department added unless given). */
export function county(files: Record<string, string>): string {
  return makeCatalogue({ 'powercat.yaml': countyCatalogue([PROVINCE]), 'departments/market.yaml': COUNTY_DEPARTMENT, ...files });
}

export interface Found {
  at: string;
  rule: string;
  message: string;
  related: string[];
}

/** Every finding (so a fixture that should trip one rule shows anything else it trips too). */
export async function lintCounty(root: string, lang: 'en' | 'zh-CN' = 'en'): Promise<Found[]> {
  return (await lintRoot(root, { lang })).map((d) => ({
    at: `${d.file}:${d.line}:${d.column}`,
    rule: d.rule,
    message: d.message,
    related: d.related.map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`),
  }));
}

export const brief = (found: readonly Found[]) => found.map((f) => `${f.rule} ${f.at}`);
