import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Diagnostic, Level } from '../../src/core/diagnostic.js';
import { auditCatalogue, type AuditResult } from '../../src/lint/run-audit.js';
import { lintCatalogue } from '../../src/lint/run-lint.js';
import { makeCatalogue } from './catalogue.js';

/** posts: window, clerk, chief, deputy, director (head). */
export const BUREAU = `kind: Department
id: bureau
name: 测试县市场监督管理局
nature: statutory
contact: {phone: "0899-1", supervisionPhone: "0899-2"}
posts:
  - {id: window, name: 窗口受理岗}
  - {id: clerk, name: 承办人}
  - {id: chief, name: 股室负责人}
  - {id: deputy, name: 分管副局长}
  - {id: director, name: 局长, head: true}
`;

/** receive (start) → review → decide → deliver → archive (end); 1 + 2 + 1 + 1 workdays. */
export const APPROVAL = `kind: Process
id: approval
name: 审批流程
view: internal
steps:
  - {id: receive, name: 受理, type: start, actor: window, function: handle, limit: {value: 1, unit: workday}, next: review}
  - {id: review, name: 审查, actor: clerk, function: handle, limit: {value: 2, unit: workday}, next: decide}
  - {id: decide, name: 决定, actor: deputy, function: decide, limit: {value: 1, unit: workday}, next: deliver}
  - {id: deliver, name: 送达, actor: window, function: handle, limit: {value: 1, unit: workday}, next: archive}
  - {id: archive, name: 归档, type: end, actor: clerk, function: handle}
`;

const REQUIRED = `basis: [{level: law, title: 测试法}]
responsibilities: [{stage: 受理, text: 依法受理}]
accountability: [{text: 违法审批的}]
`;

/** P1: promised 5 workdays, its sub-item P1-1 10 days; P2 abolished on 2025-03-10; P3 statutory 30 days, no process. */
export const POWERS = `kind: Power
code: P1
name: 测试许可
type: licensing
department: bureau
${REQUIRED}timeLimit:
  statutory: {value: 20, unit: workday}
  promised: {value: 5, unit: workday}
subItems:
  - code: P1-1
    name: 测试许可（变更）
    timeLimit:
      promised: {value: 10, unit: day}
process:
  internal: {use: approval}
---
kind: Power
code: P2
name: 已取消的许可
type: licensing
department: bureau
status: abolished
abolishedOn: "2025-03-10"
reason: 国务院决定取消
${REQUIRED}timeLimit:
  promised: {value: 5, unit: workday}
---
kind: Power
code: P3
name: 测试检查
type: inspection
department: bureau
${REQUIRED}timeLimit:
  statutory: {value: 30, unit: day}
`;

export const CATALOGUE = 'kind: Catalogue\nid: audit-test\nname: 测试县权责清单\n';

/** A catalogue that lints without errors, with the given powercat.yaml (or the plain one). */
export function auditCatalogueDir(catalogue = CATALOGUE, powers = POWERS): string {
  return makeCatalogue({ 'powercat.yaml': catalogue, 'departments/bureau.yaml': BUREAU, 'processes/approval.yaml': APPROVAL, 'powers/powers.yaml': powers });
}

export interface AuditCall {
  asOf?: string;
  rules?: Record<string, Level>;
  lang?: 'zh-CN' | 'en';
  threads?: number;
}

/** Writes records files into the catalogue's folder and audits them in this process (files reported relative to the root). */
export async function auditRoot(root: string, records: Record<string, string | Uint8Array>, call: AuditCall = {}): Promise<AuditResult> {
  const linted = await lintCatalogue(root, [root], { paths: [root], cwd: root, lang: 'en', ruleOverrides: new Map(), env: {} });
  expect(linted.report.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.rule} ${d.file}:${d.line} ${d.message}`)).toEqual([]);
  for (const [name, content] of Object.entries(records)) writeFileSync(join(root, name), content);
  return auditCatalogue(linted.model, {
    records: Object.keys(records).map((name) => join(root, name)),
    cwd: root,
    lang: call.lang ?? 'en',
    ruleOverrides: new Map(Object.entries(call.rules ?? {})),
    asOf: call.asOf,
    threads: call.threads ?? 1,
  });
}

/** `rule file:line` for compact assertions. */
export const at = (d: Diagnostic): string => `${d.rule} ${d.file}:${d.line}`;

/** The findings of records against the standard fixture catalogue, as `rule file:line`. */
export async function findings(records: Record<string, string | Uint8Array>, call: AuditCall = {}): Promise<string[]> {
  return (await auditRoot(auditCatalogueDir(), records, call)).report.diagnostics.map(at);
}

/** One JSON line. */
export const line = (value: unknown): string => JSON.stringify(value);

export interface StepSpec {
  step: string;
  post: string;
  start: string;
  end?: string;
  person?: string;
}

/** A step by the post the process gives it, ending the day it starts, unless told otherwise. */
export function step(id: 'receive' | 'review' | 'decide' | 'deliver' | 'archive' | string, start: string, extra: Partial<StepSpec> = {}): StepSpec {
  const post = { receive: 'window', review: 'clerk', decide: 'deputy', deliver: 'window', archive: 'clerk' }[id] ?? 'clerk';
  return { step: id, post, start, end: start, ...extra };
}

/** A case of P1 that runs the whole process on consecutive days from `start`, finished on the last. */
export function fullCase(id: string, days: readonly string[], code = 'P1'): Record<string, unknown> {
  const ids = ['receive', 'review', 'decide', 'deliver', 'archive'];
  return { case: id, code, accepted: days[0], finished: days[4], outcome: 'approved', steps: ids.map((s, i) => step(s, days[i]!)) };
}
