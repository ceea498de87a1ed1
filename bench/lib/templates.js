// Shared process templates (processes/*.yaml) and which powers use them.

/**
 * @typedef {object} Step
 * @property {string} id
 * @property {string} name
 * @property {'start'|'task'|'decision'|'end'} [type]
 * @property {string} [actor]
 * @property {string} [duty]
 * @property {{value: number, unit: string}} [limit]
 * @property {'handle'|'review'|'decide'|'supervise'} [fn]
 * @property {string | Array<[string, string]>} [next] a step id, or [to, label] pairs
 * @property {string} [risk] risk kind (key of RISKS) for integrity-risk points on this step
 */

/**
 * @typedef {object} Template
 * @property {string} id
 * @property {string} name
 * @property {'external'|'internal'} view
 * @property {Step[]} steps
 */

/** @param {number} v @param {string} u */
const lim = (v, u) => ({ value: v, unit: u });

/** @type {Template[]} */
export const TEMPLATES = [
  {
    id: 'ext-application', name: '依申请事项外部办理流程', view: 'external',
    steps: [
      { id: 'apply', name: '提交申请', type: 'start', actor: '申请人', duty: '通过窗口或网上提交申请材料', next: 'accept' },
      { id: 'accept', name: '受理', actor: '政务服务窗口', duty: '材料齐全、符合法定形式的予以受理，不齐全的一次性告知补正', next: 'review' },
      { id: 'review', name: '审查', actor: '承办股室', duty: '对申请材料进行审查，必要时现场核查', next: 'decide' },
      { id: 'decide', name: '决定', type: 'decision', actor: '实施机关', duty: '作出准予或者不予的决定', next: [['issue', '准予'], ['refuse', '不予']] },
      { id: 'issue', name: '制证送达', actor: '政务服务窗口', duty: '制发并送达证件或者文书', next: 'done' },
      { id: 'refuse', name: '告知理由', actor: '政务服务窗口', duty: '书面说明不予的理由，告知申请行政复议或者提起行政诉讼的权利', next: 'done' },
      { id: 'done', name: '办结', type: 'end', actor: '申请人' },
    ],
  },
  {
    id: 'ext-penalty', name: '行政处罚一般程序外部流程', view: 'external',
    steps: [
      { id: 'file', name: '立案', type: 'start', actor: '执法机关', duty: '发现违法线索，核查后决定立案', next: 'investigate' },
      { id: 'investigate', name: '调查取证', actor: '执法人员', duty: '两名以上执法人员出示证件，调查收集证据', next: 'notify' },
      { id: 'notify', name: '事先告知', actor: '执法机关', duty: '告知拟处罚的事实、理由、依据和当事人享有的权利', next: 'hearing-request' },
      { id: 'hearing-request', name: '是否要求听证', type: 'decision', actor: '当事人', next: [['hearing', '要求听证'], ['decide', '放弃听证']] },
      { id: 'hearing', name: '听证', actor: '执法机关', duty: '组织听证，制作听证笔录', next: 'decide' },
      { id: 'decide', name: '作出决定', type: 'decision', actor: '执法机关', next: [['serve', '给予处罚'], ['close', '不予处罚']] },
      { id: 'serve', name: '送达', actor: '执法人员', duty: '宣告后当场交付或者七日内送达处罚决定书', next: 'execute' },
      { id: 'execute', name: '执行', actor: '当事人', duty: '在规定期限内履行处罚决定', next: 'close' },
      { id: 'close', name: '结案', type: 'end', actor: '执法机关' },
    ],
  },
  {
    id: 'ext-inspection', name: '行政检查外部流程', view: 'external',
    steps: [
      { id: 'plan', name: '制定检查计划', type: 'start', actor: '检查机关', duty: '双随机抽取检查对象和检查人员', next: 'inspect' },
      { id: 'inspect', name: '实施检查', actor: '检查人员', duty: '出示执法证件，现场检查并制作记录', next: 'result' },
      { id: 'result', name: '检查结果', type: 'decision', actor: '检查机关', next: [['rectify', '发现问题'], ['publish', '未发现问题']] },
      { id: 'rectify', name: '责令整改', actor: '被检查单位', duty: '限期整改并报告整改情况', next: 'publish' },
      { id: 'publish', name: '结果公开', actor: '检查机关', duty: '依法公开检查结果', next: 'done' },
      { id: 'done', name: '检查结束', type: 'end', actor: '检查机关' },
    ],
  },
  {
    id: 'ext-general', name: '其他行政权力外部流程', view: 'external',
    steps: [
      { id: 'start', name: '启动', type: 'start', actor: '申请人或者实施机关', duty: '依申请或者依职权启动', next: 'investigate' },
      { id: 'investigate', name: '调查核实', actor: '实施机关', duty: '调查核实有关情况，听取当事人意见', next: 'decide' },
      { id: 'decide', name: '决定', type: 'decision', actor: '实施机关', next: [['serve', '作出决定'], ['notify', '不予实施']] },
      { id: 'serve', name: '送达执行', actor: '实施机关', duty: '送达决定文书并组织实施', next: 'done' },
      { id: 'notify', name: '告知', actor: '实施机关', duty: '书面告知当事人并说明理由', next: 'done' },
      { id: 'done', name: '办结', type: 'end', actor: '实施机关' },
    ],
  },
  {
    id: 'int-application-deputy', name: '依申请事项内部审批流程（分管领导审批）', view: 'internal',
    steps: [
      { id: 'accept', name: '窗口受理', type: 'start', actor: 'window', fn: 'handle', duty: '接收申请材料，当场作出受理决定', next: 'pre-review', risk: 'accept' },
      { id: 'pre-review', name: '承办人初审', actor: 'clerk', fn: 'handle', limit: lim(2, 'workday'), duty: '审查材料，必要时现场核查，提出初审意见', next: 'review', risk: 'review' },
      { id: 'review', name: '股室负责人复审', actor: 'section-chief', fn: 'review', limit: lim(1, 'workday'), duty: '复核初审意见', next: 'approve', risk: 'review' },
      { id: 'approve', name: '分管领导审批', type: 'decision', actor: 'deputy', fn: 'decide', limit: lim(1, 'workday'), duty: '作出准予或者不予的决定', next: [['issue', '准予'], ['refuse', '不予']], risk: 'decide' },
      { id: 'issue', name: '制证送达', actor: 'window', fn: 'handle', limit: lim(1, 'workday'), duty: '制作并送达证件或者文书', next: 'archive', risk: 'serve' },
      { id: 'refuse', name: '出具不予决定书', actor: 'window', fn: 'handle', limit: lim(1, 'workday'), duty: '送达不予决定书并说明理由', next: 'archive' },
      { id: 'archive', name: '归档', type: 'end', actor: 'window', fn: 'handle' },
    ],
  },
  {
    id: 'int-application-director', name: '依申请事项内部审批流程（主要领导签发）', view: 'internal',
    steps: [
      { id: 'accept', name: '窗口受理', type: 'start', actor: 'window', fn: 'handle', duty: '接收申请材料，当场作出受理决定', next: 'pre-review', risk: 'accept' },
      { id: 'pre-review', name: '承办人初审', actor: 'clerk', fn: 'handle', limit: lim(1, 'workday'), duty: '审查材料，提出初审意见', next: 'review', risk: 'review' },
      { id: 'review', name: '股室负责人复审', actor: 'section-chief', fn: 'review', limit: lim(1, 'workday'), duty: '复核初审意见', next: 'vet', risk: 'review' },
      { id: 'vet', name: '分管领导审核', actor: 'deputy', fn: 'review', limit: lim(1, 'workday'), duty: '审核并提出审批建议', next: 'approve' },
      { id: 'approve', name: '主要领导签发', type: 'decision', actor: 'director', fn: 'decide', limit: lim(1, 'workday'), duty: '重大事项经集体讨论后签发', next: [['issue', '准予'], ['refuse', '不予']], risk: 'decide' },
      { id: 'issue', name: '制证送达', actor: 'window', fn: 'handle', limit: lim(1, 'workday'), duty: '制作并送达证件或者文书', next: 'archive', risk: 'serve' },
      { id: 'refuse', name: '出具不予决定书', actor: 'window', fn: 'handle', limit: lim(1, 'workday'), duty: '送达不予决定书并说明理由', next: 'archive' },
      { id: 'archive', name: '归档', type: 'end', actor: 'window', fn: 'handle' },
    ],
  },
  {
    id: 'int-penalty-deputy', name: '行政处罚内部办案流程（分管领导决定）', view: 'internal',
    steps: [
      { id: 'file', name: '立案审批', type: 'start', actor: 'clerk', fn: 'handle', limit: lim(5, 'day'), duty: '核查线索，填写立案审批表', next: 'investigate' },
      { id: 'investigate', name: '调查取证', actor: 'clerk', fn: 'handle', limit: lim(45, 'day'), duty: '调查取证，制作调查终结报告', next: 'legal-review', risk: 'investigate' },
      { id: 'legal-review', name: '法制审核', actor: 'section-chief', fn: 'review', limit: lim(10, 'day'), duty: '审核事实、证据、依据和程序', next: 'decide', risk: 'legal' },
      { id: 'decide', name: '分管领导决定', type: 'decision', actor: 'deputy', fn: 'decide', limit: lim(10, 'day'), duty: '作出处罚或者不予处罚的决定', next: [['serve', '给予处罚'], ['close', '不予处罚']], risk: 'decide' },
      { id: 'serve', name: '送达执行', actor: 'clerk', fn: 'handle', limit: lim(7, 'day'), duty: '送达处罚决定书，监督履行', next: 'oversee', risk: 'serve' },
      { id: 'oversee', name: '执行监督', actor: 'director', fn: 'supervise', duty: '监督处罚决定的执行情况', next: 'close' },
      { id: 'close', name: '结案归档', type: 'end', actor: 'clerk', fn: 'handle' },
    ],
  },
  {
    id: 'int-penalty-director', name: '行政处罚内部办案流程（主要领导决定）', view: 'internal',
    steps: [
      { id: 'file', name: '立案审批', type: 'start', actor: 'clerk', fn: 'handle', limit: lim(5, 'day'), duty: '核查线索，填写立案审批表', next: 'investigate' },
      { id: 'investigate', name: '调查取证', actor: 'clerk', fn: 'handle', limit: lim(40, 'day'), duty: '调查取证，制作调查终结报告', next: 'legal-review', risk: 'investigate' },
      { id: 'legal-review', name: '法制审核', actor: 'section-chief', fn: 'review', limit: lim(10, 'day'), duty: '审核事实、证据、依据和程序', next: 'vet', risk: 'legal' },
      { id: 'vet', name: '分管领导审核', actor: 'deputy', fn: 'review', limit: lim(5, 'day'), duty: '审核案件并提出处理建议', next: 'decide' },
      { id: 'decide', name: '主要领导决定', type: 'decision', actor: 'director', fn: 'decide', limit: lim(10, 'day'), duty: '重大案件经集体讨论后作出决定', next: [['serve', '给予处罚'], ['close', '不予处罚']], risk: 'decide' },
      { id: 'serve', name: '送达执行', actor: 'clerk', fn: 'handle', limit: lim(7, 'day'), duty: '送达处罚决定书，监督履行', next: 'close', risk: 'serve' },
      { id: 'close', name: '结案归档', type: 'end', actor: 'clerk', fn: 'handle' },
    ],
  },
  {
    id: 'int-general-deputy', name: '其他行政权力内部流程（分管领导决定）', view: 'internal',
    steps: [
      { id: 'start', name: '承办', type: 'start', actor: 'clerk', fn: 'handle', duty: '登记并调查核实有关情况', next: 'review', risk: 'investigate' },
      { id: 'review', name: '股室审核', actor: 'section-chief', fn: 'review', duty: '审核事实和依据，提出处理意见', next: 'decide', risk: 'review' },
      { id: 'decide', name: '分管领导决定', type: 'decision', actor: 'deputy', fn: 'decide', next: [['execute', '同意'], ['notify', '不同意']], risk: 'decide' },
      { id: 'execute', name: '组织实施', actor: 'clerk', fn: 'handle', duty: '送达并组织实施决定', next: 'close', risk: 'execute' },
      { id: 'notify', name: '告知', actor: 'clerk', fn: 'handle', duty: '告知当事人并说明理由', next: 'close' },
      { id: 'close', name: '归档', type: 'end', actor: 'clerk', fn: 'handle' },
    ],
  },
  {
    id: 'int-general-director', name: '其他行政权力内部流程（主要领导决定）', view: 'internal',
    steps: [
      { id: 'start', name: '承办', type: 'start', actor: 'clerk', fn: 'handle', duty: '登记并调查核实有关情况', next: 'review', risk: 'investigate' },
      { id: 'review', name: '股室审核', actor: 'section-chief', fn: 'review', duty: '审核事实和依据，提出处理意见', next: 'vet', risk: 'review' },
      { id: 'vet', name: '分管领导审核', actor: 'deputy', fn: 'review', duty: '审核并提出建议', next: 'decide' },
      { id: 'decide', name: '主要领导决定', type: 'decision', actor: 'director', fn: 'decide', next: [['execute', '同意'], ['notify', '不同意']], risk: 'decide' },
      { id: 'execute', name: '组织实施', actor: 'clerk', fn: 'handle', duty: '送达并组织实施决定', next: 'close', risk: 'execute' },
      { id: 'notify', name: '告知', actor: 'clerk', fn: 'handle', duty: '告知当事人并说明理由', next: 'close' },
      { id: 'close', name: '归档', type: 'end', actor: 'clerk', fn: 'handle' },
    ],
  },
];

/** @type {Map<string, Template>} */
export const TEMPLATE_BY_ID = new Map(TEMPLATES.map((t) => [t.id, t]));

/**
 * Template ids used by a power of `type`, decided by the deputy or (head) the director.
 * @param {string} type
 * @param {boolean} head
 * @returns {{external: string, internal: string}}
 */
export function templatesFor(type, head) {
  const who = head ? 'director' : 'deputy';
  switch (type) {
    case 'penalty':
      return { external: 'ext-penalty', internal: `int-penalty-${who}` };
    case 'licensing':
    case 'payment':
    case 'confirmation':
    case 'public-service':
      return { external: 'ext-application', internal: `int-application-${who}` };
    case 'inspection':
      return { external: 'ext-inspection', internal: `int-general-${who}` };
    default:
      return { external: 'ext-general', internal: `int-general-${who}` };
  }
}
