/*
 * A format-version-2 catalogue for the site's tests: one power that uses every v2 field, an
 * immediate item, a licence the catalogue left half empty, one that withholds the v2 fields (each
 * value a marker that must never be published) and a penalty that needs no time limit.
 */

export const V2_CATALOGUE = `kind: Catalogue
id: qingshui-v2
name: 青水县人民政府工作部门权责清单
formatVersion: 2
level: 4
region: {code: "469099", name: 青水县}
site: {title: 青水县权责清单}
# The powers link to items of a province list to show how a page prints the link; the list itself
# (and so its conformance, test/rules/upstream-*.test.ts) is not part of this fixture.
rules: {upstream-unknown: off}
`;

export const V2_DEPARTMENTS = `kind: Department
id: market
name: 青水县市场监督管理局
uscc: "11100000MB0341032Y"
nature: statutory
posts:
  - {id: clerk, name: 承办人}
  - {id: chief, name: 局长, head: true}
contact:
  phone: "0899-8210001"
  supervisionPhone: "0899-8210002"
  address: 青水县滨河路88号政务服务中心二楼
---
kind: Department
id: market-approval
name: 青水县市场监督管理局行政审批股
unit: true
parent: market
---
kind: Department
id: health
name: 青水县卫生健康局
orgCode: "00000001-9"
`;

const DUTIES = `responsibilities:
  - {stage: 受理, text: 一次性告知需要补正的全部材料}
accountability:
  - {text: 对符合法定条件的申请不予受理的}
`;

/** Every v2 field, public. */
export const FULL_V2 = `kind: Power
code: "LIC-001"
name: 食品经营许可
type: licensing
department: market
undertaker: market-approval
jointWith: [health]
source: {kind: delegated, from: 市市场监督管理局, basis: 市政府令第1号}
level: [4]
timeLimit:
  statutory: {value: 20, unit: workday}
  promised: {value: 5, unit: workday, note: 不含现场核查时间}
basis:
  - {level: law, title: 中华人民共和国食品安全法, article: 第三十五条, role: setting}
  - {level: departmental-rule, title: 食品经营许可和备案管理办法, article: 第六条}
subItems:
  - code: "LIC-001-1"
    name: 食品经营许可（仅销售预包装食品）
    timeLimit: {immediate: true}
    handlingItems:
      - {code: "LIC-001-1-01", name: 预包装食品经营许可新办, kind: new}
handlingItems:
  - code: "LIC-001-01"
    name: 食品经营许可新办
    kind: new
    timeLimit: {statutory: {value: 20, unit: workday}, promised: {value: 10, unit: workday}}
    online: {url: "https://zwfw.example.org/item/LIC-001-01"}
  - {code: "LIC-001-02", name: 食品经营许可变更, kind: change, note: 仅变更名称的当场办结}
guide:
  conditions:
    - 具有与经营的食品品种、数量相适应的经营场所
    - 有食品安全专业技术人员和管理制度
  materials:
    - {name: 食品经营许可申请书, form: original, copies: 1, source: 申请人自备, sample: "https://zwfw.example.org/sample/LIC-001.docx"}
    - {name: 营业执照, form: copy, copies: 2, source: 市场监管部门核发}
    - {name: 食品安全管理制度文本, required: false, note: 可在领证前补交}
  hours: 工作日 9:00—12:00，13:30—17:00
  url: "https://zwfw.example.org/guide/LIC-001"
  visits: 1
  onlineDepth: 3
  results: [{name: 食品经营许可证, kind: certificate}]
  quantityLimit: 无数量限制
  intermediaries: [{name: 场所平面图绘制, basis: 不强制委托中介}]
  specialProcedures: [{name: 现场核查, limit: {value: 10, unit: workday}, note: 需要时进行}]
fees: []
serviceObjects: [natural-person, enterprise]
handling: [window, online-pc]
online: {url: "https://zwfw.example.org/apply/LIC-001"}
${DUTIES}discretion: 不适用
process:
  external:
    steps:
      - {id: apply, name: 申请, type: start, actor: 申请人, next: accept}
      - {id: accept, name: 受理, actor: 窗口, limit: {value: 1, unit: workday}, next: done}
      - {id: done, name: 办结, type: end}
  internal:
    steps:
      - {id: review, name: 审查, type: start, actor: clerk, function: handle, next: decide}
      - {id: decide, name: 决定, type: end, actor: chief, function: decide}
risks:
  - {step: decide, level: medium, points: [违规审批], controls: [集体研究], owner: chief}
contact: {phone: "0899-8210003"}
note: 示例事项
history:
  - {date: "2019-03-01", action: added, basis: 青府发〔2019〕1号}
  - {date: "2021-06-15", action: merged, basis: 青府发〔2021〕8号, from: ["LIC-OLD-1", "LIC-OLD-2"], note: 食品流通许可与餐饮服务许可合并}
  - {date: "2023-01-10", action: adjusted, basis: 青府发〔2023〕2号, note: 承诺时限由10个工作日压缩为5个工作日}
supersedes: ["LIC-OLD-1", "LIC-OLD-2"]
upstream: {code: "000123001000", list: province}
effective: "2023-01-10"
`;

/** 即办件 with 零跑动 and a place of its own. */
export const IMMEDIATE = `kind: Power
code: "CON-002"
name: 食品小作坊登记证补办
type: confirmation
department: market
timeLimit: {statutory: none, immediate: true}
basis: [{level: local-regulation, title: 某某省食品小作坊小餐饮和食品摊贩管理条例}]
guide:
  materials: [{name: 补办申请表, form: electronic}]
  place: 青水县政务服务中心3号窗口
  visits: 0
  onlineDepth: 4
handling: [online-pc, online-mobile]
${DUTIES}`;

/** A licence whose time limits, basis and materials the catalogue leaves empty (the one finding accepted, so the catalogue builds). */
export const EMPTY = `# powercat-disable-next-line basis-required -- 测试：依据未填写时网页显示“未填写”
kind: Power
code: "LIC-003"
name: 小餐饮经营许可
type: licensing
department: market
timeLimit: {}
${DUTIES}`;

/** The v2 fields withheld; each value is a marker. */
export const WITHHELD_V2 = `kind: Power
code: "LIC-004"
name: 特殊食品生产许可
type: licensing
department: market
level: [3]
timeLimit: {statutory: {value: 20, unit: workday, note: MARK_TIME_LIMIT}, immediate: true}
basis: [{level: law, title: 中华人民共和国食品安全法}]
handlingItems: [{code: "LIC-004-01", name: MARK_HANDLING_ITEM}]
guide: {conditions: [MARK_GUIDE], materials: [{name: MARK_MATERIAL}], place: MARK_PLACE}
${DUTIES}history: [{date: "2024-04-04", action: added, basis: MARK_HISTORY}]
supersedes: ["MARK-SUPERSEDED"]
upstream: {code: "MARK-UPSTREAM"}
disclosure:
  withhold: [level, timeLimit, handlingItems, guide, history, supersedes, upstream]
  reason: 涉及正在调整的内部事项
  basis: 《政府信息公开条例》第十六条
`;

export const WITHHELD_MARKERS = ['MARK_TIME_LIMIT', 'MARK_HANDLING_ITEM', 'MARK_GUIDE', 'MARK_MATERIAL', 'MARK_PLACE', 'MARK_HISTORY', 'MARK-SUPERSEDED', 'MARK-UPSTREAM', '2024-04-04'];

/** A penalty: no time limit or guide expected. */
export const PENALTY = `kind: Power
code: "PEN-005"
name: 对未取得食品经营许可从事食品经营活动的处罚
type: penalty
department: market
basis: [{level: law, title: 中华人民共和国食品安全法, article: 第一百二十二条}]
discretion: 违法所得不足一万元的，处五万元以上十万元以下罚款
${DUTIES}`;

/** The catalogue's files, for makeCatalogue. */
export const V2_FILES: Record<string, string> = {
  'powercat.yaml': V2_CATALOGUE,
  'departments/market.yaml': V2_DEPARTMENTS,
  'powers/market.yaml': [FULL_V2, IMMEDIATE, EMPTY, WITHHELD_V2, PENALTY].join('---\n'),
};
