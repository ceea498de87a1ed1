import { brief, lintRoot, makeCatalogue } from './catalogue.js';

/** A department that satisfies every rule; `scjgj` owns the powers below, `scjgj-zfdd` is its unit. */
export const DEPARTMENT = `kind: Department
id: scjgj
name: 青水县市场监督管理局
uscc: "11100000MB0341032Y"
nature: statutory
posts:
  - {id: window, name: 窗口受理岗}
  - {id: clerk, name: 承办人}
  - {id: chief, name: 科室负责人}
  - {id: deputy, name: 分管副局长}
  - {id: director, name: 局长, head: true}
contact:
  phone: "0899-8210001"
  supervisionPhone: "0899-8210002"
---
kind: Department
id: scjgj-zfdd
name: 青水县市场监管综合行政执法大队
unit: true
parent: scjgj
`;

/** A penalty that satisfies every rule. Replace its code when several are needed. */
export function power(code = '000231001000', name = '对未取得食品经营许可从事食品经营活动的处罚', extra = ''): string {
  return `kind: Power
code: "${code}"
name: ${name}
type: penalty
department: scjgj
undertaker: scjgj-zfdd
basis:
  - level: law
    title: 中华人民共和国食品安全法
    article: 第一百二十二条
responsibilities:
  - {stage: 立案, text: 对发现的违法行为及时立案}
  - {stage: 决定, text: 依法作出处罚决定}
accountability:
  - text: 对符合立案条件的案件不予立案的
    basis: 中华人民共和国行政处罚法第七十六条
discretion: 违法所得不足一万元的，处五万元以上十万元以下罚款
${extra}`;
}

export const CATALOGUE = 'kind: Catalogue\nid: test\nname: 青水县权责清单\ncodeProfile: national\n';

/** The findings of one rule on a catalogue made of the given files (plus a valid department). */
export async function findingsOf(rule: string, files: Record<string, string>, catalogue = CATALOGUE): Promise<string[]> {
  const root = makeCatalogue({ 'powercat.yaml': catalogue, 'departments/scjgj.yaml': DEPARTMENT, ...files });
  return (await lintRoot(root)).filter((d) => d.rule === rule).map(brief);
}

/** Every finding, for checking that a fixture is clean apart from what it tests. */
export async function allFindings(files: Record<string, string>, catalogue = CATALOGUE): Promise<string[]> {
  const root = makeCatalogue({ 'powercat.yaml': catalogue, 'departments/scjgj.yaml': DEPARTMENT, ...files });
  return (await lintRoot(root)).map((d) => `${brief(d)} ${d.message}`);
}

/** The catalogue above, declaring format version 2 (where guide-materials runs). */
export const CATALOGUE_V2 = `${CATALOGUE}formatVersion: 2\n`;

/** A licence that satisfies every rule, version 2 included (a guide with materials). */
export function licence(code = '000131001000', name = '食品经营许可', extra = ''): string {
  return `kind: Power
code: "${code}"
name: ${name}
type: licensing
department: scjgj
timeLimit:
  statutory: {value: 20, unit: workday}
  promised: {value: 7, unit: workday}
basis:
  - level: law
    title: 中华人民共和国食品安全法
    article: 第三十五条
responsibilities:
  - {stage: 受理, text: 依法受理或者不予受理申请}
accountability:
  - text: 对符合法定条件的申请不予受理的
guide:
  materials:
    - {name: 食品经营许可申请书}
${extra}`;
}

/** Findings of one rule as `file:line:col message` (English), with related locations after ` | `. */
export async function reported(rule: string, files: Record<string, string>, lang: 'en' | 'zh-CN' = 'en', catalogue = CATALOGUE): Promise<string[]> {
  const root = makeCatalogue({ 'powercat.yaml': catalogue, 'departments/scjgj.yaml': DEPARTMENT, ...files });
  return (await lintRoot(root, { lang, only: [rule] })).map((d) =>
    [`${d.file}:${d.line}:${d.column} ${d.message}`, ...d.related.map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`)].join(' | '),
  );
}
