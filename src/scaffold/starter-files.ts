import { buildSchemas, schemaFileName, SCHEMA_NAMES, type SchemaName } from '../schema/index.js';

/** The first line of a catalogue file `depth` folders below the root: editors take the schema from it. */
export const modeline = (depth: number, name: SchemaName) => `# yaml-language-server: $schema=${'../'.repeat(depth)}schemas/${schemaFileName(name)}\n`;

/** `schemas/*.schema.json`, which the modelines point to. */
export function schemaFiles(): Record<string, string> {
  const schemas = buildSchemas();
  return Object.fromEntries(SCHEMA_NAMES.map((name) => [`schemas/${schemaFileName(name)}`, JSON.stringify(schemas[name], null, 2) + '\n']));
}

/** The files `powercat init` writes: a small catalogue that lints clean, to be edited into a real one. */
export function starterFiles(id: string): Record<string, string> {
  const files: Record<string, string> = {
    'powercat.yaml': `${modeline(0, 'catalogue')}# 权责清单的根文件。每个部门、权力事项、流程模板各写在下面的文件夹里。
kind: Catalogue
id: ${id}
name: 某某县人民政府工作部门权责清单
formatVersion: 2
codeProfile: national
lang: zh-CN
`,
    'departments/example.yaml': `${modeline(1, 'department')}# 实施主体（部门）。uscc 填写统一社会信用代码，posts 是内部流程用到的岗位。
kind: Department
id: example-bureau
name: 某某县某某局
nature: statutory
posts:
  - {id: window, name: 窗口受理岗}
  - {id: clerk, name: 承办人}
  - {id: section-chief, name: 股室负责人}
  - {id: deputy, name: 分管副局长}
  - {id: director, name: 局长, head: true}
contact:
  phone: "0000-0000000"
  supervisionPhone: "0000-0000001"
---
# 内设机构（科室）：可以承办，不能作为实施主体。
kind: Department
id: example-bureau-approval
name: 某某县某某局行政审批股
unit: true
parent: example-bureau
`,
    'processes/approval-internal.yaml': `${modeline(1, 'process')}# 内部流程模板：可被多个权力事项引用（process: {internal: {use: approval-internal}}）。
kind: Process
id: approval-internal
name: 依申请事项内部审批流程
view: internal
steps:
  - {id: receive, name: 窗口受理, type: start, actor: window, function: handle, limit: {value: 1, unit: workday}, next: review}
  - {id: review, name: 承办人审查, actor: clerk, function: handle, limit: {value: 2, unit: workday}, next: check}
  - {id: check, name: 股室负责人审核, actor: section-chief, function: review, limit: {value: 1, unit: workday}, next: decide}
  - {id: decide, name: 分管领导审批, actor: deputy, function: decide, limit: {value: 1, unit: workday}, next: deliver}
  - {id: deliver, name: 送达归档, type: end, actor: window, function: handle}
`,
    'powers/example-bureau/example-licence.yaml': `${modeline(2, 'power')}# 一项权力事项。编码、统一社会信用代码、日期请加引号。
kind: Power
code: "000131001000"
name: 某某许可
type: licensing
department: example-bureau
undertaker: example-bureau-approval
timeLimit:
  statutory: {value: 20, unit: workday}
  promised: {value: 7, unit: workday}
basis:
  - level: law
    title: 中华人民共和国行政许可法
    article: 第二十九条
responsibilities:
  - {stage: 受理, text: 依法受理或者不予受理申请，不予受理的说明理由}
  - {stage: 审查, text: 对申请材料进行审查，需要核实的组织现场核查}
  - {stage: 决定, text: 在法定期限内作出准予或者不予许可的决定}
  - {stage: 送达, text: 依法送达决定文书}
accountability:
  - text: 对符合法定条件的申请不予受理的
    basis: 中华人民共和国行政许可法第七十二条
fees: []
handling: [window, online-pc]
# 办事指南：申请人需要知道的受理条件、申请材料、办理地点等。
guide:
  conditions:
    - 符合某某法律法规规定的条件
  materials:
    - {name: 某某许可申请书, form: original, copies: 1, source: 申请人自备}
    - {name: 营业执照或者居民身份证, form: copy, copies: 1, source: 政府部门核发}
  place: 某某县政务服务中心
  hours: 工作日 9:00–12:00，13:30–17:00
  visits: 1
  onlineDepth: 3
  results:
    - {name: 某某许可证, kind: certificate}
process:
  internal: {use: approval-internal}
`,
  };
  return { ...files, ...schemaFiles() };
}
