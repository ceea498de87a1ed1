import { describe, expect, it } from 'vitest';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { allFindings, CATALOGUE, DEPARTMENT, findingsOf, power } from '../helpers/fixtures.js';

/** A template whose step `investigate` (line 7, column 10) only the template has. */
const TEMPLATE = `kind: Process
id: penalty-external
name: 行政处罚外部流程
view: external
steps:
  - {id: file, name: 立案, type: start, actor: 执法机关, next: investigate}
  - {id: investigate, name: 调查取证, actor: 执法人员, next: decide}
  - {id: decide, name: 作出处罚决定, type: end, actor: 执法机关}
`;

/** Lines 18–25 of the power: a template for the public and an inline internal process. */
const PROCESS = `process:
  external: {use: penalty-external}
  internal:
    steps:
      - {id: file, name: 立案审批, type: start, actor: clerk, function: handle, next: review}
      - {id: review, name: 法制审核, actor: chief, function: review, next: decide}
      - {id: decide, name: 作出处罚决定, type: end, actor: deputy, function: decide}
risks:
`;

async function diagnostics(files: Record<string, string>, lang: 'en' | 'zh-CN' = 'en') {
  const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, ...files });
  return lintRoot(root, { only: ['risk-controls'], lang });
}

describe('risk-controls', { timeout: 60_000 }, () => {
  it('passes a high risk with controls on a template step and a medium one on an inline step (clean under every rule)', async () => {
    const risks = `  - step: investigate
    level: high
    points: [调查取证不全面、选择性执法]
    controls: [两名以上执法人员共同调查，执法记录仪全程记录]
    owner: clerk
  - step: review
    level: medium
    points: [法制审核走过场]
`;
    expect(await allFindings({ 'processes/penalty-external.yaml': TEMPLATE, 'powers/a.yaml': power(undefined, undefined, PROCESS + risks) })).toEqual([]);
  });

  it('reports high risks without controls, and steps that no process of the power has', async () => {
    const risks = `  - step: investigate
    level: high
  - step: decide
    level: high
    controls: []
  - step: invesigate
    level: low
  - step: hearing
    level: low
`;
    const files = { 'processes/penalty-external.yaml': TEMPLATE, 'powers/a.yaml': power(undefined, undefined, PROCESS + risks) };
    expect(await findingsOf('risk-controls', files)).toEqual([
      'risk-controls powers/a.yaml:26:5',
      'risk-controls powers/a.yaml:30:15',
      'risk-controls powers/a.yaml:31:11',
      'risk-controls powers/a.yaml:33:11',
    ]);
    const found = await diagnostics(files);
    expect(found.map((d) => d.message)).toEqual([
      'the risk at step "investigate" is high but lists no controls (controls); give at least one',
      'the risk at step "decide" is high but its controls (controls) are empty; give at least one',
      'risk step "invesigate" is not a step of this power\'s processes; did you mean "investigate"?',
      'risk step "hearing" is not a step of this power\'s processes; the steps are: file, investigate, decide, review',
    ]);
    expect(found[2]?.related.map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`)).toEqual([
      'processes/penalty-external.yaml:7:10 step "investigate" is here',
    ]);
    expect(found[3]?.related.map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`)).toEqual([
      'processes/penalty-external.yaml:2:5 searched this process: penalty-external',
      'powers/a.yaml:20:3 searched this process: process.internal',
    ]);
    const zh = await diagnostics(files, 'zh-CN');
    expect(zh[3]?.message).toBe('廉政风险点的环节「hearing」不在本事项的流程中；可用的环节：file, investigate, decide, review');
  });

  it('reports a risk on a power without any process', async () => {
    const files = { 'powers/a.yaml': power(undefined, undefined, 'risks:\n  - {step: decide, level: medium, points: [处罚幅度畸轻畸重]}\n') };
    expect(await findingsOf('risk-controls', files)).toEqual(['risk-controls powers/a.yaml:19:12']);
    const [finding] = await diagnostics(files);
    expect(finding?.message).toBe(
      'risk step "decide" has nothing to sit on: this power has no process steps (process); write the process first, then attach the risk to one of its steps',
    );
  });

  it('leaves the steps of a power with an unknown template to process-ref, but still checks controls', async () => {
    const extra = `process:
  external: {use: no-such-template}
risks:
  - step: anything
    level: high
  - step: anything-else
    level: high
    controls: 专人保管
`;
    // The second risk's controls are text, not a list: the schema's finding, not this rule's.
    expect(await findingsOf('risk-controls', { 'powers/a.yaml': power(undefined, undefined, extra) })).toEqual(['risk-controls powers/a.yaml:21:5']);
  });
});
