// Builders for the text content of powers: names, basis excerpts, responsibilities, etc.
import {
  ACCOUNTABILITY, CONFIRM_THINGS, DISCRETION_LIGHT, DISCRETION_SEVERE, DISPUTES,
  MATERIALS, OTHER_SUFFIX, OTHER_THINGS, PAY_BENEFITS, PAY_GROUPS, REWARD_DEEDS, SERVICE_THINGS,
  STAGES, THINGS_COERCION, TOPICS_INSPECTION, VARIANTS_LICENSING,
} from './pools.js';

/** @typedef {import('./rng.js').Rng} Rng */
/** @typedef {import('./pools.js').DeptBase} DeptBase */
/** @typedef {import('./pools.js').Law} Law */

export const TYPE_CODES = /** @type {const} */ ({
  licensing: '01', penalty: '02', coercion: '03', levy: '04', payment: '05', inspection: '06',
  confirmation: '07', reward: '08', adjudication: '09', other: '10', 'public-service': '20',
});
/** The 11 types in code order. */
export const TYPES = /** @type {Array<keyof typeof TYPE_CODES>} */ (Object.keys(TYPE_CODES));
export const TYPE_ZH = {
  licensing: '行政许可', penalty: '行政处罚', coercion: '行政强制', levy: '行政征收', payment: '行政给付',
  inspection: '行政检查', confirmation: '行政确认', reward: '行政奖励', adjudication: '行政裁决',
  other: '其他行政权力', 'public-service': '公共服务',
};

const DIGITS = '零一二三四五六七八九';
/**
 * Chinese numeral for 1..9999 as written in article numbers (十一, 一百零五, 一百一十).
 * @param {number} n
 * @returns {string}
 */
export function cn(n) {
  if (n < 10) return /** @type {string} */ (DIGITS[n]);
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 1000) {
    const h = Math.floor(n / 100);
    const r = n % 100;
    if (r === 0) return `${DIGITS[h]}百`;
    if (r < 10) return `${DIGITS[h]}百零${DIGITS[r]}`;
    return `${DIGITS[h]}百${r < 20 ? '一' : ''}${cn(r)}`;
  }
  const t = Math.floor(n / 1000);
  const r = n % 1000;
  if (r === 0) return `${DIGITS[t]}千`;
  return `${DIGITS[t]}千${r < 100 ? '零' : ''}${r < 20 && r >= 10 ? '一' : ''}${cn(r)}`;
}

/** @param {string} title */
function lawKind(title) {
  const m = /(法|条例|办法|规定|细则|规则)(?:（[^）]*）)?$/.exec(title);
  return m ? /** @type {string} */ (m[1]) : '规定';
}

/**
 * A candidate power name (may collide; the caller retries and disambiguates).
 * @param {string} type
 * @param {DeptBase} b
 * @param {Rng} r
 */
export function candidateName(type, b, r) {
  const obj = () => r.pick(b.objs);
  const act = () => r.pick(b.acts);
  switch (type) {
    case 'penalty': {
      const x = r.next();
      if (x < 0.6) return `对${obj()}${act()}的处罚`;
      if (x < 0.85) return `对${act()}的行政处罚`;
      const law = r.pick(b.laws).title;
      return `对违反《${law}》第${cn(r.int(8, 130))}条规定${act().replace(/^违反规定/, '')}行为的处罚`;
    }
    case 'licensing': {
      const x = r.next();
      if (x < 0.4) return r.pick(b.items);
      if (x < 0.75) return `${r.pick(b.items)}（${r.pick(VARIANTS_LICENSING)}）`;
      return `${obj()}${r.pick(['设立', '变更', '延续', '注销', '迁址', '分立合并'])}审批`;
    }
    case 'coercion': {
      const thing = r.pick(THINGS_COERCION);
      return r.chance(0.5)
        ? `查封、扣押${obj()}与违法行为有关的${thing}`
        : `对${act()}有关的${thing}予以查封、扣押`;
    }
    case 'levy':
      return r.chance(0.4) ? `${r.pick(b.fees)}征收` : `对${obj()}${r.pick(b.fees)}的征收`;
    case 'payment':
      return `${r.pick(PAY_GROUPS)}${r.pick(PAY_BENEFITS)}${r.pick(['发放', '给付'])}`;
    case 'inspection':
      return r.chance(0.3) ? `对${obj()}的行政检查` : `对${obj()}${r.pick(TOPICS_INSPECTION)}情况的监督检查`;
    case 'confirmation':
      return r.chance(0.6) ? `${obj()}${r.pick(CONFIRM_THINGS)}确认` : `${r.pick(b.items)}${r.pick(['确认', '认定', '核定'])}`;
    case 'reward':
      return `对${r.pick(REWARD_DEEDS).replace('{d}', b.domain).replace('{a}', act())}的奖励`;
    case 'adjudication':
      return r.chance(0.5) ? `${obj()}之间${r.pick(DISPUTES)}争议的裁决` : `${b.domain}领域${r.pick(DISPUTES)}纠纷裁决`;
    case 'other':
      return r.chance(0.5) ? `${obj()}${r.pick(OTHER_THINGS)}${r.pick(OTHER_SUFFIX)}` : `${r.pick(b.items)}${r.pick(['审核转报', '初审', '备案'])}`;
    default:
      return r.chance(0.4) ? `${b.domain}${r.pick(SERVICE_THINGS)}` : `${r.chance(0.5) ? obj() : r.pick(b.items)}${r.pick(SERVICE_THINGS)}`;
  }
}

/**
 * Sentences of legal prose for a power's basis excerpt.
 * @param {string} type
 * @param {DeptBase} b
 * @param {Law} law
 * @param {Rng} r
 * @returns {string[]}
 */
function proseSentences(type, b, law, r) {
  const kind = lawKind(law.title);
  const obj = r.pick(b.objs);
  const act = r.pick(b.acts);
  const item = r.pick(b.items);
  const d = `${b.domain}主管部门`;
  const n = r.pick([1, 2, 5, 10]);
  const lo = r.pick([1, 2, 3, 5]);
  /** @type {string[]} */
  let s;
  switch (type) {
    case 'penalty':
      s = [
        `违反本${kind}规定，${obj}${act}的，由县级以上人民政府${d}责令改正，给予警告，没收违法所得。`,
        `违法所得${n}万元以上的，并处违法所得${lo}倍以上${lo * 2 + 3}倍以下罚款；没有违法所得或者违法所得不足${n}万元的，并处${lo}万元以上${lo * 5}万元以下罚款。`,
        `情节严重的，${r.pick(DISCRETION_SEVERE)}，并可以对其直接负责的主管人员和其他直接责任人员处${lo}千元以上${lo * 5}千元以下罚款。`,
        `有前款规定行为，构成违反治安管理行为的，由公安机关依法给予治安管理处罚；构成犯罪的，依法追究刑事责任。`,
        `${obj}应当建立健全相关管理制度，落实主体责任，不得${r.pick(b.acts)}。`,
        `当事人有证据足以证明没有主观过错的，不予行政处罚。法律、行政法规另有规定的，从其规定。`,
      ];
      break;
    case 'inspection':
      s = [
        `县级以上人民政府${d}应当依法对${obj}执行有关法律、法规的情况进行监督检查。`,
        `${d}进行监督检查，有权采取下列措施：（一）进入生产经营场所实施现场检查；（二）查阅、复制有关合同、票据、账簿以及其他有关资料；（三）对有证据证明不符合规定的物品予以查封、扣押。`,
        `监督检查人员不得少于两人，并应当出示执法证件。被检查单位应当予以配合，不得拒绝、阻挠。`,
        `监督检查中发现${act}等违法行为的，应当依法责令改正，并依法予以处理。`,
        `检查结果应当依法向社会公开，并记入被检查单位的信用记录。`,
      ];
      break;
    case 'coercion':
      s = [
        `有证据证明${obj}${act}的，${d}可以对与违法行为有关的${r.pick(THINGS_COERCION)}予以查封、扣押。`,
        `查封、扣押的期限不得超过三十日；情况复杂的，经行政机关负责人批准，可以延长，但是延长期限不得超过三十日。`,
        `实施行政强制措施应当制作现场笔录，并当场交付查封、扣押决定书和清单。`,
        `对查封、扣押的场所、设施或者财物，行政机关应当妥善保管，不得使用或者损毁。`,
      ];
      break;
    case 'levy':
      s = [
        `${obj}应当按照国家规定缴纳${r.pick(b.fees)}。`,
        `征收标准由省级人民政府价格主管部门会同财政部门制定，报省级人民政府批准后公布执行。`,
        `逾期不缴纳的，由征收机关责令限期缴纳，并自滞纳之日起按日加收滞纳部分万分之五的滞纳金。`,
        `征收的款项全额纳入财政预算管理，任何单位和个人不得截留、挤占或者挪用。`,
      ];
      break;
    case 'reward':
      s = [
        `对在${b.domain}工作中做出显著成绩的单位和个人，由县级以上人民政府或者有关部门给予表彰和奖励。`,
        `任何单位和个人有权举报${act}等违法行为。经查证属实的，给予举报人奖励，并为举报人保密。`,
        `奖励应当坚持公开、公平、公正的原则，奖励结果依法向社会公示。`,
      ];
      break;
    case 'adjudication':
      s = [
        `当事人之间发生${r.pick(DISPUTES)}争议的，由当事人协商解决；协商不成的，由县级以上人民政府${d}处理。`,
        `当事人对处理决定不服的，可以自接到处理决定通知之日起三十日内向人民法院起诉。`,
        `在争议解决前，任何一方不得改变现状，不得破坏有关设施。`,
      ];
      break;
    case 'payment':
      s = [
        `县级以上人民政府应当建立健全${r.pick(PAY_GROUPS)}${r.pick(PAY_BENEFITS)}制度，所需资金列入本级财政预算。`,
        `符合条件的，由本人或者其代理人向户籍所在地乡镇人民政府（街道办事处）提出申请，经审核、公示后按月发放。`,
        `有关部门应当对享受待遇人员的情况进行定期核查，对不再符合条件的，及时停止发放。`,
        `采取虚报、隐瞒、伪造等手段骗取资金的，由有关部门决定停止发放，责令退回非法获取的资金。`,
      ];
      break;
    default: {
      const m = r.sampleOrdered(MATERIALS, 3);
      s = [
        `从事${item}相关活动的，应当依法向所在地县级人民政府${d}提出申请。`,
        `申请人应当提交下列材料：（一）${m[0]}；（二）${m[1]}；（三）${m[2]}。`,
        `${d}应当自受理申请之日起二十个工作日内作出决定；二十个工作日内不能作出决定的，经本行政机关负责人批准，可以延长十个工作日，并应当将延长期限的理由告知申请人。`,
        `对符合条件的，予以办理并出具相关文书；对不符合条件的，不予办理并书面说明理由。`,
        `有关证件有效期届满需要延续的，应当在有效期届满三十日前向原发证机关提出申请。`,
        `${obj}变更名称、地址、法定代表人等事项的，应当自变更之日起十五日内办理变更手续。`,
      ];
    }
  }
  s.push(
    `${d}应当加强对本行政区域内相关工作的指导和监督，建立健全工作机制，提高服务质量和效率。`,
    `任何单位和个人有权对违反本${kind}规定的行为进行举报，接到举报的部门应当依法及时处理。`,
  );
  return s;
}

/**
 * A legal excerpt of 100–400 characters, as 款 lines.
 * @param {string} type
 * @param {DeptBase} b
 * @param {Law} law
 * @param {Rng} r
 * @returns {string[]}
 */
export function basisText(type, b, law, r) {
  const target = r.int(100, 400);
  const sentences = proseSentences(type, b, law, r);
  /** @type {string[]} */
  const lines = [];
  let len = 0;
  for (const s of sentences) {
    if (len >= target) break;
    if (len >= 100 && len + s.length > 400) continue;
    // most 款 are one sentence; sometimes two sentences share a line
    if (lines.length > 0 && r.chance(0.3)) lines[lines.length - 1] += s;
    else lines.push(s);
    len += s.length;
  }
  return lines;
}

const GENERAL_LAW = {
  penalty: '中华人民共和国行政处罚法',
  licensing: '中华人民共和国行政许可法',
  coercion: '中华人民共和国行政强制法',
};

/**
 * @typedef {object} Basis
 * @property {string} level
 * @property {string} title
 * @property {string} [article]
 * @property {string[]} [text]
 */

/**
 * 1–3 basis entries.
 * @param {string} type
 * @param {DeptBase} b
 * @param {Rng} r
 * @param {number} textShare probability that the first entry carries an excerpt
 * @returns {Basis[]}
 */
export function basisList(type, b, r, textShare) {
  const x = r.next();
  const count = x < 0.4 ? 1 : x < 0.85 ? 2 : 3;
  const laws = r.sampleOrdered(b.laws, Math.min(count, b.laws.length));
  /** @type {Basis[]} */
  const out = [];
  const first = /** @type {Law} */ (laws[0]);
  out.push({
    level: first.level,
    title: first.title,
    article: `第${cn(r.int(5, 130))}条`,
    ...(r.chance(textShare) ? { text: basisText(type, b, first, r) } : {}),
  });
  const general = /** @type {Record<string, string>} */ (GENERAL_LAW)[type];
  for (let i = 1; i < count; i++) {
    if (i === count - 1 && general && r.chance(0.5)) {
      out.push({ level: 'law', title: general, article: `第${cn(r.int(9, 80))}条` });
    } else if (laws[i]) {
      const l = /** @type {Law} */ (laws[i]);
      out.push({ level: l.level, title: l.title, article: `第${cn(r.int(3, 90))}条` });
    } else {
      out.push({ level: 'normative-document', title: `四川省${b.domain}领域${type === 'penalty' ? '行政处罚裁量基准' : '政务服务事项办理规范'}` });
    }
  }
  return out;
}

/** @param {string} type */
export function family(type) {
  if (type === 'penalty') return 'penalty';
  if (type === 'inspection') return 'inspection';
  if (type === 'licensing' || type === 'payment' || type === 'confirmation' || type === 'public-service') return 'application';
  return 'general';
}

/**
 * 4–8 责任事项 in stage order.
 * @param {string} type
 * @param {Rng} r
 * @returns {Array<[string, string]>}
 */
export function responsibilities(type, r) {
  const stages = /** @type {Array<[string, string]>} */ (STAGES[/** @type {keyof typeof STAGES} */ (family(type))]);
  const x = r.next();
  return r.sampleOrdered(stages, x < 0.55 ? 4 : x < 0.8 ? 5 : x < 0.9 ? 6 : x < 0.95 ? 7 : 8);
}

/**
 * 3–6 追责情形.
 * @param {string} type
 * @param {Rng} r
 * @returns {Array<[string, string]>}
 */
export function accountability(type, r) {
  const pool = /** @type {Array<[string, string]>} */ (
    type === 'penalty' ? ACCOUNTABILITY.penalty : type === 'licensing' ? ACCOUNTABILITY.application : ACCOUNTABILITY.general
  );
  const x = r.next();
  return r.sampleOrdered(pool, x < 0.7 ? 3 : x < 0.9 ? 4 : x < 0.97 ? 5 : 6);
}

/**
 * 裁量基准 for a penalty.
 * @param {Rng} r
 */
export function discretion(r) {
  const a = r.pick([500, 1000, 2000, 5000]);
  const b = a * r.pick([4, 5, 10]);
  const c = b * r.pick([2, 3, 5]);
  return `${r.pick(DISCRETION_LIGHT)}的，不予处罚；一般的，处${a}元以上${b}元以下罚款；情节严重的，处${b}元以上${c}元以下罚款${r.chance(0.3) ? `，并${r.pick(DISCRETION_SEVERE)}` : ''}。`;
}
