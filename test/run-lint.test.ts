import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint/run-lint.js';
import { brief, makeCatalogue } from './helpers/catalogue.js';
import { CATALOGUE, DEPARTMENT, power } from './helpers/fixtures.js';

describe('lint reports each finding once', { timeout: 60_000 }, () => {
  it('one node reached through two paths (a YAML alias) gives one diagnostic, and the summary counts it once', async () => {
    // The internal process is written as an alias of the external one: both bodies are checked,
    // and a pointer into the alias resolves to the alias itself, so the two "zz" branches of the
    // internal body become one finding at one place with one message.
    const process = `process:
  external: &steps
    steps:
      - {id: apply, name: 申请, type: start, next: check}
      - {id: check, name: 审查, type: decision, next: [{to: done, label: 准予}, {to: zz, label: 补正}, {to: recheck, label: 复核}]}
      - {id: recheck, name: 复核, type: decision, next: [{to: done, label: 准予}, {to: zz, label: 补正}]}
      - {id: done, name: 办结, type: end}
  internal: *steps
`;
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, 'powers/a.yaml': power('000231001000', undefined, process) });
    const { report } = await lint({ paths: [root], cwd: root, lang: 'en', ruleOverrides: new Map(), env: {} });
    expect(report.summary.errors).toBe(report.diagnostics.filter((d) => d.severity === 'error').length);
    const found = report.diagnostics.filter((d) => d.rule === 'process-structure');
    expect(found.map((d) => `${brief(d)} ${d.message}`)).toEqual([
      'process-structure powers/a.yaml:22:82 next points at "zz", which is no step of this process; its steps: apply, check, recheck, done',
      'process-structure powers/a.yaml:23:84 next points at "zz", which is no step of this process; its steps: apply, check, recheck, done',
      'process-structure powers/a.yaml:25:13 next points at "zz", which is no step of this process; its steps: apply, check, recheck, done',
    ]);
  });
});
