#!/usr/bin/env node
// Deterministic generator of realistic county power catalogues (权责清单) for benchmarks and tests.
//
//   node bench/generate.js --powers N --out DIR [--seed S] [--findings K --finding-files F]
//   node bench/generate.js --self-check
//
// Plain Node ESM with JSDoc types; only Node's standard library. Same arguments → byte-identical
// tree. With findings = 0 the catalogue is clean under every rule of FORMAT.md §3; with K > 0,
// exactly K findings are injected into F power files and listed in DIR/.powercat-bench-findings.json.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './lib/rng.js';
import { makeGovUscc, usccSelfCheck, isValidUscc } from './lib/uscc.js';
import { scalar, quoted, literalBlock } from './lib/yaml.js';
import { DEPT_BASES, PLACES, ROADS, UNITS, RISKS, VARIANTS_LICENSING, VARIANTS_PENALTY } from './lib/pools.js';
import { TEMPLATES, templatesFor } from './lib/templates.js';
import {
  TYPES, TYPE_CODES, TYPE_ZH, candidateName, basisList, responsibilities, accountability, discretion,
} from './lib/content.js';

/** @typedef {import('./lib/pools.js').DeptBase} DeptBase */
/** @typedef {import('./lib/content.js').Basis} Basis */
/** @typedef {import('./lib/templates.js').Template} Template */

export const MARKER = '.powercat-bench';
export const MANIFEST = '.powercat-bench-findings.json';
const REGION_CODE = '511602';
const PROVINCE = '51';
const POWERS_PER_DEPT = 75;
/** Probability that a power's first basis entry carries a long excerpt (tunes total size). */
const TEXT_SHARE = 0.08;
/** Share of powers with sub-items. */
const SUBITEM_SHARE = 0.03;

/** Every finding kind the generator can inject, in the order they are mixed. */
export const FINDING_KINDS = /** @type {const} */ ([
  'accountability-required',
  'basis-required',
  'penalty-discretion',
  'risk-controls',
  'schema',
  'responsibility-required',
  'code-format',
  'undertaker-foreign',
  'process-ref',
  'disclosure-exception',
  'status-abolished',
]);
/** @type {Record<string, 'error'|'warning'>} */
export const FINDING_SEVERITY = Object.fromEntries(
  FINDING_KINDS.map((k) => [k, k === 'penalty-discretion' ? 'warning' : 'error']),
);
/** Kinds that leave the power alone otherwise (a linter might treat such a power specially). */
const EXCLUSIVE = new Set(['disclosure-exception', 'status-abolished']);
/** Kinds that can hit one power more than once (each occurrence is its own finding). */
const REPEATABLE = new Set(['schema', 'risk-controls']);
const EXTRA_KEYS = ['remark', 'memo', 'comment', 'legacyId', 'reviewer', 'updatedBy', 'sortOrder', 'extraInfo', 'priority', 'version'];

// ---------------------------------------------------------------------------------------------
// Plan: departments, their powers' types and the file layout (cheap, done before any content).

/**
 * @typedef {object} DeptPlan
 * @property {number} index
 * @property {string} id
 * @property {string} name
 * @property {string} short 简称 used in post names
 * @property {string} tag department-specific name suffix for disambiguation
 * @property {DeptBase} base
 * @property {string} uscc
 * @property {string} phone
 * @property {string} supervisionPhone
 * @property {string} address
 * @property {Array<{id: string, name: string}>} units
 * @property {string[]} types per power, sorted by type code
 * @property {Array<{rel: string, type: string, first: number, count: number}>} files power files
 */

/**
 * @param {number} n
 * @param {string | number} seed
 * @returns {DeptPlan[]}
 */
function planDepartments(n, seed) {
  const r = Rng.stream(seed, 'plan');
  const d = Math.max(2, Math.round(n / POWERS_PER_DEPT));
  const weights = Array.from({ length: d }, () => 0.6 + 0.8 * r.next());
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (n * w) / total);
  const counts = exact.map((x) => Math.floor(x));
  let rest = n - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => (b[0] ?? 0) - (a[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0));
  for (const [, i] of order) {
    if (rest-- <= 0) break;
    counts[/** @type {number} */ (i)] = /** @type {number} */ (counts[/** @type {number} */ (i)]) + 1;
  }

  const usedOrg = new Set();
  const usedIds = new Set();
  const usedPhones = new Set();
  const phone = () => {
    for (;;) {
      const p = `0826-2${String(r.int(0, 999999)).padStart(6, '0')}`;
      if (!usedPhones.has(p)) {
        usedPhones.add(p);
        return p;
      }
    }
  };
  const others = TYPES.filter((t) => t !== 'penalty');
  /** @type {Map<string, number>} */
  const typeRank = new Map(TYPES.map((t, i) => [t, i]));
  /** @type {DeptPlan[]} */
  const depts = [];
  for (let i = 0; i < d; i++) {
    const base = /** @type {DeptBase} */ (DEPT_BASES[i % DEPT_BASES.length]);
    const cycle = Math.floor(i / DEPT_BASES.length);
    let id = base.slug;
    let name = base.name;
    let short = base.short;
    let tag = '';
    if (cycle > 0) {
      const place = /** @type {string[]} */ (PLACES[(cycle - 1) % PLACES.length]);
      const round = Math.floor((cycle - 1) / PLACES.length);
      const placeShort = `${place[1]}${round > 0 ? round + 1 : ''}`;
      id = `${base.slug}-${place[2]}${round > 0 ? round + 1 : ''}`;
      name = `${base.name}${placeShort}${base.branch}`;
      short = `${placeShort}${base.branch}`;
      tag = placeShort;
    }
    if (usedIds.has(id)) throw new Error(`internal: duplicate department id ${id}`);
    usedIds.add(id);
    let org;
    do org = `${r.pick(['00', '00', '00', '55', '68', '75', '31'])}${String(r.int(0, 999999)).padStart(6, '0')}`;
    while (usedOrg.has(org));
    usedOrg.add(org);
    const unitCount = r.chance(0.5) ? 2 : 1;
    const units = [/** @type {string[]} */ (UNITS[0])];
    if (unitCount === 2) units.push(/** @type {string[]} */ (UNITS[r.int(1, UNITS.length - 1)]));
    /** @type {string[]} */
    const types = [];
    const count = /** @type {number} */ (counts[i]);
    for (let j = 0; j < count; j++) types.push(r.chance(0.7) ? 'penalty' : r.pick(others));
    types.sort((a, b) => /** @type {number} */ (typeRank.get(a)) - /** @type {number} */ (typeRank.get(b)));
    /** @type {DeptPlan['files']} */
    const files = [];
    /** @type {Record<string, number>} */
    const perType = {};
    for (let j = 0; j < types.length; ) {
      const type = /** @type {string} */ (types[j]);
      const x = r.next();
      let size = x < 0.22 ? 1 : x < 0.64 ? 2 : 3;
      let k = 1;
      while (k < size && j + k < types.length && types[j + k] === type) k++;
      size = k;
      const no = (perType[type] = (perType[type] ?? 0) + 1);
      files.push({ rel: `powers/${id}/${type}-${String(no).padStart(3, '0')}.yaml`, type, first: j, count: size });
      j += size;
    }
    depts.push({
      index: i,
      id,
      name,
      short,
      tag,
      base,
      uscc: makeGovUscc(REGION_CODE, org),
      phone: phone(),
      supervisionPhone: phone(),
      address: `广安区${r.pick(ROADS)}${r.int(1, 399)}号`,
      units: units.map(([slug, uname]) => ({ id: `${id}-${slug}`, name: `${name}${uname}` })),
      types,
      files,
    });
  }
  return depts;
}

// ---------------------------------------------------------------------------------------------
// Codes: 12-char national basic codes, unique across the catalogue.

const SEQ_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** 3-char sequences: 001–999 first, then those containing letters. */
const SEQUENCES = (() => {
  /** @type {string[]} */
  const digits = [];
  /** @type {string[]} */
  const letters = [];
  for (const a of SEQ_ALPHABET) for (const b of SEQ_ALPHABET) for (const c of SEQ_ALPHABET) {
    const s = a + b + c;
    if (s === '000') continue;
    (/^\d{3}$/.test(s) ? digits : letters).push(s);
  }
  return digits.concat(letters);
})();

class CodeAllocator {
  constructor() {
    /** @type {Map<string, number>} */
    this.next = new Map();
  }

  /**
   * First 9 chars of a fresh basic code: region, type, ministry, sequence.
   * @param {string} type
   * @param {string} ministry
   */
  take(type, ministry) {
    const tc = /** @type {string} */ (TYPE_CODES[/** @type {keyof typeof TYPE_CODES} */ (type)]);
    let m = ministry;
    for (let overflow = 50; ; overflow++) {
      const key = tc + m;
      const n = this.next.get(key) ?? 0;
      if (n < SEQUENCES.length) {
        this.next.set(key, n + 1);
        return `${PROVINCE}${tc}${m}${SEQUENCES[n]}`;
      }
      if (overflow > 99) throw new Error('code space exhausted');
      m = String(overflow);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Content of one power.

/**
 * @typedef {object} Risk
 * @property {string} step
 * @property {'high'|'medium'|'low'} level
 * @property {string[]} points
 * @property {string[] | null} controls
 * @property {string} owner
 */

/**
 * @typedef {object} Power
 * @property {string} code
 * @property {string} name
 * @property {string} type
 * @property {string} department
 * @property {string | null} undertaker
 * @property {Array<{code: string, name: string}>} subItems
 * @property {Basis[] | null} basis
 * @property {string | null} timeLimit YAML lines (already indented) or null
 * @property {string[] | null} serviceObjects
 * @property {string[] | null} handling
 * @property {boolean} fees
 * @property {Array<[string, string]> | null} responsibilities
 * @property {Array<[string, string]> | null} accountability
 * @property {string | null} discretion
 * @property {{external: string, internal: string}} process
 * @property {Risk[]} risks
 * @property {Array<[string, string]>} extra unknown keys (schema findings)
 * @property {{withhold: string[], reason: string} | null} disclosure
 * @property {{abolishedOn: string} | null} abolished
 * @property {Set<string>} injected finding kinds already applied
 */

const SERVICE_OBJECTS = ['natural-person', 'enterprise', 'public-institution', 'social-organization'];

/**
 * @param {Template} t
 * @returns {Array<{id: string, actor: string, risk: string}>}
 */
function riskSteps(t) {
  return t.steps.filter((s) => s.risk).map((s) => ({ id: s.id, actor: /** @type {string} */ (s.actor), risk: /** @type {string} */ (s.risk) }));
}
/** @type {Map<string, Array<{id: string, actor: string, risk: string}>>} */
const RISK_STEPS = new Map(TEMPLATES.filter((t) => t.view === 'internal').map((t) => [t.id, riskSteps(t)]));

/**
 * @param {string} kind key of RISKS
 * @param {'high'|'medium'|'low'} level
 * @param {Rng} r
 * @param {string} step
 * @param {string} owner
 * @returns {Risk}
 */
function makeRisk(kind, level, r, step, owner) {
  const [points, controls] = /** @type {[string[], string[]]} */ (RISKS[/** @type {keyof typeof RISKS} */ (kind)]);
  const withControls = level === 'high' || (level === 'medium' && r.chance(0.7));
  return {
    step,
    level,
    points: r.sampleOrdered(points, r.int(1, 2)),
    controls: withControls ? r.sampleOrdered(controls, r.int(1, 2)) : null,
    owner,
  };
}

/**
 * @param {DeptPlan} dept
 * @param {string} type
 * @param {number} ordinal index of the power within its department
 * @param {Rng} r
 * @param {CodeAllocator} codes
 * @param {Map<string, Set<string>>} names used names per type
 * @returns {Power}
 */
function makePower(dept, type, ordinal, r, codes, names) {
  const b = dept.base;
  // name, unique per type across the catalogue (so that owner-ambiguous never fires)
  let used = names.get(type);
  if (!used) names.set(type, (used = new Set()));
  let name = '';
  for (let attempt = 0; attempt < 12; attempt++) {
    name = candidateName(type, b, r);
    if (!used.has(name)) break;
  }
  if (used.has(name) && dept.tag) name = `${name}（${dept.tag}）`;
  if (used.has(name)) {
    const stem = name;
    for (let k = 2; used.has(name); k++) name = `${stem}（${k}）`;
  }
  used.add(name);

  const prefix = codes.take(type, b.ministry);
  /** @type {Power['subItems']} */
  const subItems = [];
  if (r.chance(SUBITEM_SHARE)) {
    const n = r.int(2, 4);
    const variants = type === 'penalty' ? VARIANTS_PENALTY : type === 'licensing' ? VARIANTS_LICENSING : ['一般事项', '复杂事项', '特殊事项', '其他事项'];
    for (let i = 1; i <= n; i++) subItems.push({ code: `${prefix}${String(i).padStart(3, '0')}`, name: `${name}（${variants[i - 1]}）` });
  }
  const head = ordinal % 5 === 4;
  const process = templatesFor(type, head);
  const application = type === 'licensing' || type === 'payment' || type === 'confirmation' || type === 'public-service';

  /** @type {string | null} */
  let timeLimit = null;
  if (type === 'penalty') {
    timeLimit = '  statutory: {value: 90, unit: day}\n';
  } else if (type === 'public-service') {
    timeLimit = `  statutory: none\n  promised: {value: ${r.int(5, 10)}, unit: workday}\n`;
  } else if (application) {
    timeLimit = `  statutory: {value: 20, unit: workday}\n  promised: {value: ${r.int(7, 15)}, unit: workday}\n`;
  }

  const steps = /** @type {Array<{id: string, actor: string, risk: string}>} */ (RISK_STEPS.get(process.internal));
  /** @type {Risk[]} */
  const risks = [];
  const x = r.next();
  const riskCount = x < 0.45 ? 0 : x < 0.85 ? 1 : 2;
  for (const s of r.sampleOrdered(steps, riskCount)) {
    const y = r.next();
    const level = y < 0.25 ? 'high' : y < 0.7 ? 'medium' : 'low';
    risks.push(makeRisk(s.risk, level, r, s.id, s.actor));
  }

  return {
    code: prefix + (subItems.length ? '00Y' : '000'),
    name,
    type,
    department: dept.id,
    undertaker: application ? r.pick(dept.units).id : null,
    subItems,
    basis: basisList(type, b, r, TEXT_SHARE),
    timeLimit,
    serviceObjects: application ? (type === 'payment' ? ['natural-person'] : r.sampleOrdered(SERVICE_OBJECTS, r.int(1, 3))) : null,
    handling: application ? (r.chance(0.6) ? ['window', 'online-pc', 'online-mobile'] : ['window', 'online-pc']) : null,
    fees: application,
    responsibilities: responsibilities(type, r),
    accountability: accountability(type, r),
    discretion: type === 'penalty' ? discretion(r) : null,
    process,
    risks,
    extra: [],
    disclosure: null,
    abolished: null,
    injected: new Set(),
  };
}

// ---------------------------------------------------------------------------------------------
// Finding injection.

/**
 * @param {Power} p
 * @param {string} kind
 */
function applicable(p, kind) {
  if (p.injected.has('disclosure-exception') || p.injected.has('status-abolished')) return false;
  if (EXCLUSIVE.has(kind)) return p.injected.size === 0;
  if (p.injected.has(kind) && !REPEATABLE.has(kind)) return false;
  switch (kind) {
    case 'penalty-discretion':
      return p.type === 'penalty';
    case 'code-format':
      return p.subItems.length === 0;
    case 'undertaker-foreign':
      return p.undertaker !== null;
    case 'schema':
      return p.extra.length < 100;
    default:
      return true;
  }
}

/**
 * @param {Power} p
 * @param {string} kind
 * @param {DeptPlan} other a different department (for undertaker-foreign)
 */
function inject(p, kind, other) {
  p.injected.add(kind);
  switch (kind) {
    case 'accountability-required':
      p.accountability = null;
      break;
    case 'basis-required':
      p.basis = null;
      break;
    case 'responsibility-required':
      p.responsibilities = null;
      break;
    case 'penalty-discretion':
      p.discretion = null;
      break;
    case 'risk-controls': {
      const s = /** @type {Array<{id: string, actor: string}>} */ (RISK_STEPS.get(p.process.internal))[0];
      const step = /** @type {{id: string, actor: string}} */ (s);
      p.risks.push({ step: step.id, level: 'high', points: ['风险防控措施未落实'], controls: null, owner: step.actor });
      break;
    }
    case 'schema': {
      const i = p.extra.length;
      const key = i < EXTRA_KEYS.length ? /** @type {string} */ (EXTRA_KEYS[i]) : `remark${i}`;
      p.extra.push([key, '待核实']);
      break;
    }
    case 'code-format':
      p.code = p.code.slice(0, 11);
      break;
    case 'undertaker-foreign':
      p.undertaker = /** @type {{id: string}} */ (other.units[0]).id;
      break;
    case 'process-ref':
      p.process = { ...p.process, external: 'ext-approval' };
      break;
    case 'disclosure-exception':
      p.disclosure = { withhold: ['risks'], reason: '涉及内部廉政风险防控措施，暂不公开' };
      break;
    case 'status-abolished':
      p.abolished = { abolishedOn: '2023-06-30' };
      break;
    default:
      throw new Error(`unknown finding kind ${kind}`);
  }
}

// ---------------------------------------------------------------------------------------------
// YAML emitting.

/** @param {string} s */
function flowItem(s) {
  const v = scalar(s);
  return /[,[\]{}]/.test(v) && v[0] !== '"' ? JSON.stringify(s) : v;
}
/** @param {string[]} list */
function flowList(list) {
  return `[${list.map(flowItem).join(', ')}]`;
}

/**
 * @param {Power} p
 * @returns {string}
 */
function emitPower(p) {
  let s = `kind: Power\ncode: ${quoted(p.code)}\nname: ${scalar(p.name)}\ntype: ${p.type}\ndepartment: ${p.department}\n`;
  if (p.undertaker) s += `undertaker: ${p.undertaker}\n`;
  if (p.abolished) s += `status: abolished\nabolishedOn: ${quoted(p.abolished.abolishedOn)}\n`;
  if (p.subItems.length) {
    s += 'subItems:\n';
    for (const c of p.subItems) s += `- code: ${quoted(c.code)}\n  name: ${scalar(c.name)}\n`;
  }
  if (p.basis) {
    s += 'basis:\n';
    for (const b of p.basis) {
      s += `- level: ${b.level}\n  title: ${scalar(b.title)}\n`;
      if (b.article) s += `  article: ${scalar(b.article)}\n`;
      if (b.text) s += `  text: ${literalBlock(b.text, 4)}\n`;
    }
  }
  if (p.timeLimit) s += `timeLimit:\n${p.timeLimit}`;
  if (p.serviceObjects) s += `serviceObjects: [${p.serviceObjects.join(', ')}]\n`;
  if (p.handling) s += `handling: [${p.handling.join(', ')}]\n`;
  if (p.fees) s += 'fees: []\n';
  if (p.responsibilities) {
    s += 'responsibilities:\n';
    for (const [stage, text] of p.responsibilities) s += `- stage: ${scalar(stage)}\n  text: ${scalar(text)}\n`;
  }
  if (p.accountability) {
    s += 'accountability:\n';
    for (const [text, basis] of p.accountability) s += `- text: ${scalar(text)}\n  basis: ${scalar(basis)}\n`;
  }
  if (p.discretion) s += `discretion: ${scalar(p.discretion)}\n`;
  s += `process:\n  external: {use: ${p.process.external}}\n  internal: {use: ${p.process.internal}}\n`;
  if (p.risks.length) {
    s += 'risks:\n';
    for (const k of p.risks) {
      s += `- step: ${k.step}\n  level: ${k.level}\n  points: ${flowList(k.points)}\n`;
      if (k.controls) s += `  controls: ${flowList(k.controls)}\n`;
      s += `  owner: ${k.owner}\n`;
    }
  }
  if (p.disclosure) {
    s += `disclosure:\n  withhold: [${p.disclosure.withhold.join(', ')}]\n  reason: ${scalar(p.disclosure.reason)}\n`;
  }
  for (const [k, v] of p.extra) s += `${k}: ${scalar(v)}\n`;
  return s;
}

/**
 * @param {DeptPlan} d
 * @returns {string}
 */
function emitDepartment(d) {
  const leader = d.base.leader;
  let s = `# ${d.name}（实施主体及内设机构）\nkind: Department\nid: ${d.id}\nname: ${scalar(d.name)}\nuscc: ${quoted(d.uscc)}\nnature: statutory\n`;
  s += `contact:\n  phone: ${quoted(d.phone)}\n  supervisionPhone: ${quoted(d.supervisionPhone)}\n  address: ${scalar(d.address)}\n`;
  s += 'posts:\n';
  s += `  - id: window\n    name: ${scalar(`${d.short}政务服务窗口`)}\n`;
  s += `  - id: clerk\n    name: ${scalar(`${d.short}承办人员`)}\n`;
  s += `  - id: section-chief\n    name: ${scalar(`${d.short}业务股室负责人`)}\n`;
  s += `  - id: deputy\n    name: ${scalar(`${d.short}分管副${leader}`)}\n`;
  s += `  - id: director\n    name: ${scalar(`${d.short}${leader}`)}\n    head: true\n`;
  for (const u of d.units) {
    s += `---\nkind: Department\nid: ${u.id}\nname: ${scalar(u.name)}\nunit: true\nparent: ${d.id}\n`;
  }
  return s;
}

/**
 * @param {Template} t
 * @returns {string}
 */
function emitTemplate(t) {
  let s = `# 流程模板：${t.name}\nkind: Process\nid: ${t.id}\nname: ${scalar(t.name)}\nview: ${t.view}\nsteps:\n`;
  for (const st of t.steps) {
    s += `  - id: ${st.id}\n    name: ${scalar(st.name)}\n`;
    if (st.type && st.type !== 'task') s += `    type: ${st.type}\n`;
    if (st.actor) s += `    actor: ${scalar(st.actor)}\n`;
    if (st.fn) s += `    function: ${st.fn}\n`;
    if (st.duty) s += `    duty: ${scalar(st.duty)}\n`;
    if (st.limit) s += `    limit: {value: ${st.limit.value}, unit: ${st.limit.unit}}\n`;
    if (typeof st.next === 'string') s += `    next: ${st.next}\n`;
    else if (st.next) {
      s += '    next:\n';
      for (const [to, label] of st.next) s += `      - to: ${to}\n        label: ${scalar(label)}\n`;
    }
  }
  return s;
}

function emitCatalogue() {
  return [
    '# 广安区权责清单（基准测试数据，由 bench/generate.js 生成，内容为虚构）',
    'kind: Catalogue',
    'id: guangan-district',
    'name: 广安市广安区人民政府工作部门权责清单',
    'formatVersion: 1',
    'codeProfile: national',
    'level: 4',
    'region:',
    `  code: ${quoted(REGION_CODE)}`,
    '  name: 四川省广安市广安区',
    'lang: zh-CN',
    'site:',
    '  title: 广安区权责清单',
    '  footer: 广安市广安区人民政府',
    `  contact: ${quoted('0826-12345')}`,
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Output folder.

/** @param {string} out */
function prepareOut(out) {
  let st = null;
  try {
    st = fs.statSync(out);
  } catch {
    /* does not exist */
  }
  if (st) {
    if (!st.isDirectory()) throw new Error(`${out} exists and is not a directory`);
    const entries = fs.readdirSync(out);
    if (entries.length > 0) {
      if (!entries.includes(MARKER)) {
        throw new Error(`refusing to delete ${out}: it is not empty and has no ${MARKER} marker (not made by this generator)`);
      }
      fs.rmSync(out, { recursive: true, force: true });
    }
  }
  fs.mkdirSync(out, { recursive: true });
}

// ---------------------------------------------------------------------------------------------
// Public API.

/**
 * @typedef {object} GenerateOptions
 * @property {number} powers number of powers (≥ 1)
 * @property {string} out output folder (created; replaced if it holds an earlier generated tree)
 * @property {string | number} [seed] default 1
 * @property {number} [findings] number of findings to inject, default 0
 * @property {number} [findingFiles] number of distinct power files to spread them over, default min(findings, power files)
 */

/**
 * @typedef {object} InjectedFinding
 * @property {string} file path relative to the catalogue root, `/`-separated
 * @property {string} rule rule id (FORMAT.md §3)
 * @property {'error'|'warning'} severity
 * @property {string} code the power's code as written (after injection)
 */

/**
 * @typedef {object} GenerateResult
 * @property {string} out
 * @property {number} powers
 * @property {number} departments
 * @property {number} files YAML files written
 * @property {number} bytes bytes of YAML written
 * @property {InjectedFinding[]} findings
 */

/**
 * Generates a catalogue tree. Deterministic: same options → byte-identical tree.
 * @param {GenerateOptions} options
 * @returns {GenerateResult}
 */
export function generateCatalogue(options) {
  const powers = options.powers;
  const seed = options.seed ?? 1;
  const k = options.findings ?? 0;
  if (!Number.isInteger(powers) || powers < 1) throw new Error('powers must be an integer ≥ 1');
  if (!Number.isInteger(k) || k < 0) throw new Error('findings must be an integer ≥ 0');
  if (!options.out) throw new Error('out is required');
  const out = path.resolve(options.out);

  const depts = planDepartments(powers, seed);
  const allFiles = depts.flatMap((d) => d.files.map((f) => f.rel));
  let f = options.findingFiles ?? Math.min(k, allFiles.length);
  if (!Number.isInteger(f) || f < 0) throw new Error('findingFiles must be an integer ≥ 0');
  if (k === 0) f = 0;
  if (k > 0 && (f < 1 || f > k)) throw new Error(`findingFiles must be between 1 and findings (${k})`);
  if (f > allFiles.length) throw new Error(`findingFiles (${f}) exceeds the number of power files (${allFiles.length})`);
  /** @type {Map<string, number>} findings per chosen file */
  const perFile = new Map();
  for (let i = 0; i < f; i++) {
    const rel = /** @type {string} */ (allFiles[Math.floor(((i + 0.5) * allFiles.length) / f)]);
    perFile.set(rel, Math.floor(k / f) + (i < k % f ? 1 : 0));
  }

  prepareOut(out);
  fs.writeFileSync(
    path.join(out, MARKER),
    `generated by powercat bench/generate.js (powers=${powers} seed=${seed} findings=${k} findingFiles=${f}); safe to delete\n`,
  );
  let files = 0;
  let bytes = 0;
  /**
   * @param {string} rel
   * @param {string} text
   */
  const write = (rel, text) => {
    fs.writeFileSync(path.join(out, rel), text);
    files++;
    bytes += Buffer.byteLength(text);
  };

  write('powercat.yaml', emitCatalogue());
  fs.mkdirSync(path.join(out, 'processes'));
  for (const t of TEMPLATES) write(`processes/${t.id}.yaml`, emitTemplate(t));
  fs.mkdirSync(path.join(out, 'departments'));
  fs.mkdirSync(path.join(out, 'powers'));

  const codes = new CodeAllocator();
  /** @type {Map<string, Set<string>>} */
  const names = new Map();
  /** @type {InjectedFinding[]} */
  const injected = [];
  let rotation = 0;

  for (const d of depts) {
    write(`departments/${d.id}.yaml`, emitDepartment(d));
    if (d.files.length === 0) continue;
    fs.mkdirSync(path.join(out, 'powers', d.id));
    const r = Rng.stream(seed, `department:${d.index}`);
    const other = /** @type {DeptPlan} */ (depts[(d.index + 1) % depts.length]);
    for (const file of d.files) {
      /** @type {Power[]} */
      const ps = [];
      for (let j = 0; j < file.count; j++) {
        ps.push(makePower(d, /** @type {string} */ (d.types[file.first + j]), file.first + j, r, codes, names));
      }
      const m = perFile.get(file.rel) ?? 0;
      for (let j = 0; j < m; j++) {
        const start = rotation++ % FINDING_KINDS.length;
        let done = false;
        for (let a = 0; a < FINDING_KINDS.length && !done; a++) {
          const kind = /** @type {string} */ (FINDING_KINDS[(start + a) % FINDING_KINDS.length]);
          for (let b = 0; b < ps.length && !done; b++) {
            const p = /** @type {Power} */ (ps[(j + b) % ps.length]);
            if (!applicable(p, kind)) continue;
            // an exclusive kind closes its power: only when another power stays open or this is the file's last one
            if (EXCLUSIVE.has(kind) && j < m - 1 && !ps.some((q) => q !== p && q.injected.size === 0)) continue;
            inject(p, kind, other);
            injected.push({ file: file.rel, rule: kind, severity: /** @type {'error'|'warning'} */ (FINDING_SEVERITY[kind]), code: p.code });
            done = true;
          }
        }
        if (!done) throw new Error(`internal: could not place finding ${j + 1} of ${m} in ${file.rel}`);
      }
      const header = `# ${d.name} · ${TYPE_ZH[/** @type {keyof typeof TYPE_ZH} */ (file.type)]}\n`;
      write(file.rel, header + ps.map(emitPower).join('---\n'));
    }
  }

  /** @type {Record<string, number>} */
  const byRule = {};
  for (const x of injected) byRule[x.rule] = (byRule[x.rule] ?? 0) + 1;
  const manifest = {
    generator: 'powercat bench/generate.js',
    powers,
    seed,
    total: injected.length,
    files: new Set(injected.map((x) => x.file)).size,
    byRule: Object.fromEntries(Object.entries(byRule).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    findings: injected,
  };
  fs.writeFileSync(path.join(out, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return { out, powers, departments: depts.length, files, bytes, findings: injected };
}

/**
 * USCC checksum vectors (DOMAIN.md §3) plus a round trip of generated codes.
 * @returns {string[]} failures
 */
export function selfCheck() {
  const failures = usccSelfCheck();
  for (const org of ['00877818', '55874522', '68236467', '00000000']) {
    const u = makeGovUscc(REGION_CODE, org);
    if (!isValidUscc(u)) failures.push(`generated USCC fails its own check: ${u}`);
  }
  const re = /^(00|[1-6]\d)(0[1-9]|1\d|2\d)\d{2}[0-9A-HJ-NPQRTUWXY]{3}(000|00Y|\d{3})$/;
  for (const s of SEQUENCES) if (!re.test(`510231${s}000`)) failures.push(`sequence ${s} breaks the code pattern`);
  return failures;
}

// ---------------------------------------------------------------------------------------------
// CLI.

const USAGE = `usage: node bench/generate.js --powers N --out DIR [--seed S] [--findings K [--finding-files F]]
       node bench/generate.js --self-check

  --powers N         number of powers (≈75 per department, 70% penalties)
  --out DIR          output folder; replaced if it holds an earlier generated tree
                     (marker ${MARKER}), refused if it is non-empty otherwise
  --seed S           seed (number or text), default 1; same arguments → identical bytes
  --findings K       inject exactly K lint findings (default 0: a clean catalogue)
  --finding-files F  spread them evenly over F distinct power files (default min(K, files))
  --quiet            print nothing on success
  --self-check       check the USCC checksum code against DOMAIN.md's vectors and exit`;

/** @param {string[]} argv */
function main(argv) {
  /** @type {Record<string, string>} */
  const opts = {};
  const flags = new Set();
  for (let i = 0; i < argv.length; i++) {
    const a = /** @type {string} */ (argv[i]);
    if (a === '--help' || a === '-h' || a === '--self-check' || a === '--quiet') {
      flags.add(a);
      continue;
    }
    const m = /^--(powers|out|seed|findings|finding-files)(?:=(.*))?$/.exec(a);
    if (!m) {
      process.stderr.write(`unknown argument: ${a}\n${USAGE}\n`);
      return 2;
    }
    const v = m[2] ?? argv[++i];
    if (v === undefined) {
      process.stderr.write(`--${m[1]} needs a value\n`);
      return 2;
    }
    opts[/** @type {string} */ (m[1])] = v;
  }
  if (flags.has('--help') || flags.has('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (flags.has('--self-check')) {
    const failures = selfCheck();
    for (const x of failures) process.stderr.write(`FAIL ${x}\n`);
    if (failures.length === 0) process.stdout.write('self-check ok: USCC vectors (12 valid, 4 invalid, 1 lower-case), generated USCCs, code sequences\n');
    return failures.length ? 1 : 0;
  }
  /** @param {string} name */
  const int = (name) => {
    const v = opts[name];
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v)) throw new Error(`--${name} must be a non-negative integer, got ${v}`);
    return Number(v);
  };
  try {
    const powers = int('powers');
    if (powers === undefined || !opts.out) {
      process.stderr.write(`--powers and --out are required\n${USAGE}\n`);
      return 2;
    }
    const seed = opts.seed === undefined ? 1 : /^\d+$/.test(opts.seed) ? Number(opts.seed) : opts.seed;
    const t0 = process.hrtime.bigint();
    const res = generateCatalogue({ powers, out: opts.out, seed, findings: int('findings') ?? 0, findingFiles: int('finding-files') });
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    if (!flags.has('--quiet')) {
      process.stdout.write(
        `generated ${res.powers} powers, ${res.departments} departments, ${res.files} YAML files, ` +
          `${(res.bytes / 1048576).toFixed(1)} MiB, ${res.findings.length} injected findings → ${res.out} (${secs.toFixed(2)} s)\n`,
      );
    }
    return 0;
  } catch (e) {
    process.stderr.write(`error: ${/** @type {Error} */ (e).message}\n`);
    return 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
