#!/usr/bin/env node
// A second, deliberately different generator of clean catalogues, to check that the lint's speed
// is not an artefact of bench/generate.js's shape. Where generate.js writes ~2 powers per file
// with process templates, this one writes one file per department holding the department and all
// its powers (hundreds of documents per file, so few large files), each power with its processes
// written inline; `--per-file 1` instead writes every power to its own tiny file.
//
//   node bench/generate-other.js --powers N --out DIR [--per-department 500] [--per-file N]
//
// Same arguments → byte-identical tree. Only Node's standard library.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

export const MARKER = '.powercat-bench-other';

const TYPES = ['licensing', 'penalty', 'coercion', 'inspection', 'confirmation', 'payment', 'reward', 'other', 'public-service'];
const STAGES = ['受理', '审查', '决定', '送达', '事后监管'];
const DOMAINS = ['市场监管', '交通运输', '生态环境', '自然资源', '住房城乡建设', '农业农村', '文化旅游', '卫生健康', '应急管理', '水利'];

/** A department of `count` powers numbered from `first`, as YAML documents. */
function departmentDocuments(d, first, count) {
  const id = `dept-${String(d).padStart(4, '0')}`;
  const domain = DOMAINS[d % DOMAINS.length];
  const department = [
    'kind: Department',
    `id: ${id}`,
    `name: 第${d + 1}${domain}局`,
    'nature: statutory',
    'contact:',
    `  phone: 0826-${String(2000000 + d).slice(-7)}`,
    `  supervisionPhone: 0826-${String(3000000 + d).slice(-7)}`,
    'posts:',
    '  - {id: window, name: 窗口受理岗}',
    '  - {id: clerk, name: 承办人}',
    '  - {id: chief, name: 股室负责人}',
    '  - {id: deputy, name: 分管副局长}',
    '  - {id: director, name: 局长, head: true}',
    '',
  ].join('\n');
  const powers = [];
  for (let i = 0; i < count; i++) powers.push(powerDocument(id, domain, first + i));
  return { id, department, powers };
}

function powerDocument(department, domain, n) {
  const type = TYPES[n % TYPES.length];
  const lines = [
    'kind: Power',
    `code: 'X${String(n).padStart(7, '0')}'`,
    `name: ${domain}第${n + 1}号${type === 'penalty' ? '违法行为的处罚' : '事项'}`,
    `type: ${type}`,
    `department: ${department}`,
    'basis:',
    `  - {level: law, title: 中华人民共和国${domain}法, article: 第${(n % 90) + 1}条}`,
    'timeLimit:',
    `  statutory: {value: ${20 + (n % 40)}, unit: day}`,
    'responsibilities:',
    ...STAGES.slice(0, 2 + (n % 4)).map((stage) => `  - {stage: ${stage}, text: 依法${stage}，留存记录。}`),
    'accountability:',
    '  - text: 不依法履行职责的',
    `    basis: 《中华人民共和国${domain}法》第${(n % 50) + 60}条`,
  ];
  if (type === 'penalty') lines.push(`discretion: 情节轻微的，处${n % 5 + 1}千元以下罚款；情节严重的，依法从重处罚。`);
  lines.push(
    'process:',
    '  external:',
    '    steps:',
    '      - {id: apply, name: 申请, type: start, next: review}',
    `      - {id: review, name: 审查, limit: {value: ${5 + (n % 10)}, unit: day}, next: decide}`,
    '      - {id: decide, name: 决定, type: end}',
    '  internal:',
    '    steps:',
    '      - {id: accept, name: 受理, type: start, actor: window, function: handle, next: check}',
    '      - {id: check, name: 审核, actor: chief, function: review, next: sign}',
    // The head decides a third of the powers: no concentration of power (power-concentration).
    `      - {id: sign, name: 签发, type: end, actor: ${n % 3 === 0 ? 'director' : 'deputy'}, function: decide}`,
  );
  if (n % 7 === 0) lines.push('risks:', '  - step: check', '    level: high', '    points: [审核把关不严]', '    controls: [两人审核，全程留痕]');
  return lines.join('\n') + '\n';
}

/**
 * @param {{powers: number, out: string, perDepartment?: number, perFile?: number}} options
 */
export function generateOtherCatalogue({ powers, out, perDepartment = 500, perFile }) {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(path.join(out, 'departments'), { recursive: true });
  fs.writeFileSync(
    path.join(out, 'powercat.yaml'),
    'kind: Catalogue\nid: other-generator\nname: 另一生成器的权责清单\nregion: {code: \'510000\', name: 某省}\nlevel: 1\ncodeProfile: free\n',
  );
  // Findings of rules this shape says nothing about would only muddy the timing.
  const departments = Math.ceil(powers / perDepartment);
  for (let d = 0; d < departments; d++) {
    const first = d * perDepartment;
    const { id, department, powers: docs } = departmentDocuments(d, first, Math.min(perDepartment, powers - first));
    if (!perFile) {
      fs.writeFileSync(path.join(out, 'departments', `${id}.yaml`), [department, ...docs].join('---\n'));
      continue;
    }
    fs.writeFileSync(path.join(out, 'departments', `${id}.yaml`), department);
    fs.mkdirSync(path.join(out, 'powers', id), { recursive: true });
    for (let i = 0; i < docs.length; i += perFile) {
      fs.writeFileSync(path.join(out, 'powers', id, `${String(i).padStart(5, '0')}.yaml`), docs.slice(i, i + perFile).join('---\n'));
    }
  }
  fs.writeFileSync(path.join(out, MARKER), `${JSON.stringify({ powers, perDepartment, perFile: perFile ?? null })}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { powers: { type: 'string' }, out: { type: 'string' }, 'per-department': { type: 'string' }, 'per-file': { type: 'string' } },
  });
  if (!values.powers || !values.out) {
    process.stderr.write('usage: node bench/generate-other.js --powers N --out DIR [--per-department 500] [--per-file N]\n');
    process.exit(2);
  }
  generateOtherCatalogue({
    powers: Number(values.powers),
    out: values.out,
    perDepartment: values['per-department'] ? Number(values['per-department']) : undefined,
    perFile: values['per-file'] ? Number(values['per-file']) : undefined,
  });
}
