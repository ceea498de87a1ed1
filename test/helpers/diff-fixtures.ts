import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/*
 * Two versions of one catalogue for `powercat diff`: the second adds, deletes, abolishes, merges,
 * splits, renames and adjusts items the way a yearly adjustment does.
 */

const CATALOGUE = 'kind: Catalogue\nid: qingshui\nname: 青水县权责清单\nformatVersion: 2\n';

const DEPARTMENTS = `kind: Department
id: scjgj
name: 青水县市场监督管理局
posts: [{id: clerk, name: 承办人}, {id: chief, name: 科室负责人}]
contact: {supervisionPhone: "12315"}
---
kind: Department
id: xzj
name: 青水县城关镇人民政府
`;

const template = (checkName: string) => `kind: Process
id: approve
name: 审批内部流程
view: internal
steps:
  - {id: accept, name: 受理, type: start, actor: clerk, next: check}
  - {id: check, name: ${checkName}, actor: chief, limit: {value: 3, unit: workday}, next: done}
  - {id: done, name: 办结, type: end, actor: chief}
`;

const power = (code: string, name: string, extra = '', type = 'licensing') => `kind: Power
code: "${code}"
name: ${name}
type: ${type}
department: scjgj
basis: [{level: law, title: 中华人民共和国行政许可法}]
${extra}`;

export const OLD_FILES: Record<string, string> = {
  'powercat.yaml': CATALOGUE,
  'departments.yaml': DEPARTMENTS,
  'processes/approve.yaml': template('审查'),
  'powers/kept.yaml': power('K1', '不变的事项', 'process: {internal: {use: approve}}\n'),
  'powers/changed.yaml': power(
    'C1',
    '食品经营许可',
    `timeLimit: {statutory: {value: 20, unit: workday}, promised: {value: 10, unit: workday}}
subItems:
  - {code: C1-1, name: 新办, handlingItems: [{code: C1-1-01, name: 首次申请}]}
  - {code: C1-2, name: 变更}
handlingItems: [{code: C1-01, name: 延续}]
process:
  external:
    steps:
      - {id: apply, name: 申请, type: start, next: decide}
      - {id: decide, name: 决定, type: end}
`,
  ),
  'powers/template-user.yaml': power('T1', '使用模板的事项', 'process: {internal: {use: approve}}\n'),
  'powers/moved.yaml': power('D1', '下放的事项', 'history: [{date: "2024-01-01", action: added, basis: 县政府令第 1 号}]\n'),
  'powers/to-abolish.yaml': power('A1', '将取消的事项'),
  'powers/to-delete.yaml': power('R1', '将删除的事项'),
  'powers/to-merge.yaml': power('M1', '合并前甲') + '---\n' + power('M2', '合并前乙'),
  'powers/to-split.yaml': power('S1', '拆分前'),
  'powers/to-rename.yaml': power('N1', '更名前'),
};

export const NEW_FILES: Record<string, string | null> = {
  ...OLD_FILES,
  'processes/approve.yaml': template('审查核实'),
  'powers/changed.yaml': power(
    'C1',
    '食品经营许可（含网络经营）',
    `timeLimit: {statutory: {value: 20, unit: workday}, promised: {value: 8, unit: workday}}
subItems:
  - {code: C1-1, name: 新办, handlingItems: [{code: C1-1-01, name: 首次申请（网上）}, {code: C1-1-02, name: 补办}]}
  - {code: C1-3, name: 注销}
handlingItems: [{code: C1-01, name: 延续, kind: renewal}]
process:
  external:
    steps:
      - {id: apply, name: 网上申请, type: start, next: decide}
      - {id: decide, name: 决定, type: end}
`,
  ),
  'powers/moved.yaml': power('D1', '下放的事项', 'history: [{date: "2024-01-01", action: added, basis: 县政府令第 1 号}, {date: "2025-03-01", action: delegated, basis: 县政府令第 7 号}]\n').replace(
    'department: scjgj',
    'department: xzj',
  ),
  'powers/to-abolish.yaml': power('A1', '将取消的事项', 'status: abolished\nabolishedOn: "2025-03-01"\nreason: 上位法废止\nnote: 已废止\n'),
  'powers/to-delete.yaml': null,
  'powers/to-merge.yaml': null,
  'powers/merged.yaml': power('M3', '合并后', 'supersedes: [M1, M2]\n'),
  'powers/to-split.yaml': null,
  'powers/split.yaml': power('S2', '拆分后甲', 'supersedes: [S1]\n') + '---\n' + power('S3', '拆分后乙', 'supersedes: [S1]\n'),
  'powers/to-rename.yaml': null,
  'powers/renamed.yaml': power('N2', '更名后', 'supersedes: [N1]\nhistory: [{date: "2025-03-01", action: renamed, from: [N1], basis: 县政府令第 7 号}]\n'),
  'powers/brand-new.yaml': power('B1', '新增的事项'),
};

/** The files written into a folder (null: not written). */
export function writeFiles(root: string, files: Record<string, string | null>): void {
  for (const [name, content] of Object.entries(files)) {
    const path = join(root, name);
    if (content === null) {
      rmSync(path, { force: true });
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

export function folderWith(files: Record<string, string | null>): string {
  const root = mkdtempSync(join(tmpdir(), 'powercat-diff-'));
  writeFiles(root, files);
  return root;
}

export const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } });

/** A repository with the catalogue in `sub/` committed twice (old, then new); the working tree holds the new version. */
export function repositoryWith(oldFiles: Record<string, string | null>, newFiles: Record<string, string | null>, extra: Record<string, string> = {}): { repo: string; catalogue: string } {
  const repo = mkdtempSync(join(tmpdir(), 'powercat-diff-git-'));
  const catalogue = join(repo, 'sub');
  git(repo, 'init', '-q', '-b', 'main');
  writeFiles(repo, extra);
  writeFiles(catalogue, oldFiles);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'old');
  writeFiles(catalogue, newFiles);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'new');
  return { repo, catalogue };
}

export function copyOf(root: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'powercat-diff-copy-'));
  cpSync(root, copy, { recursive: true });
  return copy;
}
