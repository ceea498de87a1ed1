import { power } from './fixtures.js';

/** An internal template that is valid for the fixture department (posts window, clerk, chief, deputy, director). */
export const INTERNAL_TEMPLATE = `kind: Process
id: approval
name: 内部审批流程
view: internal
steps:
  - {id: receive, name: 窗口受理, type: start, actor: window, function: handle, limit: {value: 1, unit: workday}, next: review}
  - {id: review, name: 承办人审查, actor: clerk, function: handle, limit: {value: 2, unit: workday}, next: check}
  - {id: check, name: 负责人审核, actor: chief, function: review, limit: {value: 1, unit: workday}, next: decide}
  - {id: decide, name: 分管领导决定, actor: deputy, function: decide, limit: {value: 1, unit: workday}, next: done}
  - {id: done, name: 送达归档, type: end, actor: window, function: handle}
`;

/** A licensing power with a promised limit, using the template above. */
export function licensing(code: string, promised: string, extra = ''): string {
  return power(code, `许可事项${code.slice(-6)}`, `timeLimit:\n  promised: ${promised}\nprocess:\n  internal: {use: approval}\n${extra}`).replace(
    'type: penalty',
    'type: licensing',
  ).replace(/discretion: .*\n/, '');
}
