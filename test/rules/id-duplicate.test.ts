import { describe, expect, it } from 'vitest';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { allFindings, CATALOGUE, DEPARTMENT, findingsOf, power } from '../helpers/fixtures.js';

const PROCESS = (id: string, name: string) =>
  `kind: Process\nid: ${id}\nname: ${name}\nview: external\nsteps:\n  - {id: start, name: 立案, type: start, next: decide}\n  - {id: decide, name: 决定}\n  - {id: end, name: 结案, type: end}\n`.replace(
    '{id: decide, name: 决定}',
    '{id: decide, name: 决定, next: end}',
  );

const OTHER_DEPARTMENT = 'kind: Department\nid: wjw\nname: 青水县卫生健康局\nuscc: "11440000MB2D0164XH"\ncontact:\n  supervisionPhone: "0899-8210102"\n';

describe('id-duplicate', { timeout: 60_000 }, () => {
  it('passes distinct ids (and the fixture is clean under every rule)', async () => {
    const files = {
      'departments/wjw.yaml': OTHER_DEPARTMENT,
      'processes/p.yaml': PROCESS('penalty-external', '行政处罚外部流程') + '---\n' + PROCESS('simple-external', '简易程序外部流程'),
      'powers/a.yaml': power(),
    };
    expect(await allFindings(files)).toEqual([]);
  });

  it('reports the later of two departments with one id, the first related', async () => {
    const files = { 'departments/wjw.yaml': OTHER_DEPARTMENT.replace('id: wjw', 'id: scjgj'), 'powers/a.yaml': power() };
    expect(await findingsOf('id-duplicate', files)).toEqual(['id-duplicate departments/wjw.yaml:2:5']);
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, ...files });
    const [d] = (await lintRoot(root)).filter((x) => x.rule === 'id-duplicate');
    expect(d?.message).toBe('department id "scjgj" is used twice: already by department "青水县市场监督管理局"; give "青水县卫生健康局" another id');
    expect(d?.related.map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`)).toEqual(['departments/scjgj.yaml:2:5 department id "scjgj" is first used here']);
  });

  it('reports each later process with one id, the first related', async () => {
    const files = {
      'processes/a.yaml': PROCESS('penalty-external', '行政处罚外部流程'),
      'processes/b.yaml': PROCESS('penalty-external', '行政处罚外部流程（新）') + '---\n' + PROCESS('penalty-external', '行政处罚外部流程（旧）'),
    };
    expect(await findingsOf('id-duplicate', files)).toEqual(['id-duplicate processes/b.yaml:2:5', 'id-duplicate processes/b.yaml:11:5']);
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, ...files });
    const found = (await lintRoot(root)).filter((x) => x.rule === 'id-duplicate');
    expect(found[1]?.message).toBe('process id "penalty-external" is used twice: already by process "行政处罚外部流程"; give "行政处罚外部流程（旧）" another id');
    expect(found.map((d) => d.related.map((r) => `${r.file}:${r.line}:${r.column}`))).toEqual([['processes/a.yaml:2:5'], ['processes/a.yaml:2:5']]);
  });

  it('keeps departments and processes apart', async () => {
    expect(await findingsOf('id-duplicate', { 'processes/a.yaml': PROCESS('scjgj', '流程') })).toEqual([]);
  });
});
