import { describe, expect, it } from 'vitest';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { allFindings, CATALOGUE, DEPARTMENT, findingsOf, power } from '../helpers/fixtures.js';

async function diagnostics(files: Record<string, string>) {
  const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, ...files });
  return (await lintRoot(root)).filter((d) => d.rule === 'code-owner-mismatch');
}

describe('code-owner-mismatch', { timeout: 60_000 }, () => {
  it('passes codes that begin with the department\'s USCC (and the fixture is clean under every rule)', async () => {
    const files = {
      'powers/a.yaml': power('11100000MB0341032Y4000231001000') + '---\n' + power('11100000MB0341032Y400023100200001', '对经营超过保质期食品的处罚'),
    };
    expect(await allFindings(files)).toEqual([]);
  });

  it('reports a 31- or 33-char code of another body, sub-items too, with the department\'s USCC related', async () => {
    const files = {
      'powers/a.yaml':
        power('11440000MB2D0164XH4000231001000') + '---\n' +
        power('11100000MB0341032Y400023100200Y', '有子项的处罚', 'subItems:\n  - {code: "11440000MB2D0164XH4000231002001", name: 子项一}\n'),
    };
    expect(await findingsOf('code-owner-mismatch', files)).toEqual(['code-owner-mismatch powers/a.yaml:2:7', 'code-owner-mismatch powers/a.yaml:37:12']);
    const [d] = await diagnostics(files);
    expect(d?.message).toBe(
      'the first 18 characters of code "11440000MB2D0164XH4000231001000", "11440000MB2D0164XH", are not the USCC "11100000MB0341032Y" of its department "scjgj" (青水县市场监督管理局); correct the code or the department',
    );
    expect(d?.related.map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`)).toEqual([
      'departments/scjgj.yaml:4:7 the USCC "11100000MB0341032Y" of department "scjgj"',
    ]);
  });

  it('checks well-formed implementation codes under every codeProfile', async () => {
    const free = { 'powercat.yaml': 'kind: Catalogue\nid: test\nname: 青水县权责清单\n', 'powers/a.yaml': power('11440000MB2D0164XH4000231001000') };
    expect(await findingsOf('code-owner-mismatch', free)).toEqual(['code-owner-mismatch powers/a.yaml:2:7']);
    expect(await findingsOf('code-owner-mismatch', { ...free, 'powers/a.yaml': power('11440000MB2D0164XH-local-code-001') })).toEqual([]);
  });

  it('compares upper-cased and skips unknown departments and departments without a USCC', async () => {
    const lower = DEPARTMENT.replace('"11100000MB0341032Y"', '"11100000mb0341032y"');
    expect(await findingsOf('code-owner-mismatch', { 'departments/scjgj.yaml': lower, 'powers/a.yaml': power('11100000MB0341032Y4000231001000') })).toEqual([]);
    const noUscc = DEPARTMENT.replace('uscc: "11100000MB0341032Y"\n', '');
    expect(await findingsOf('code-owner-mismatch', { 'departments/scjgj.yaml': noUscc, 'powers/a.yaml': power('11440000MB2D0164XH4000231001000') })).toEqual([]);
    const unknown = power('11440000MB2D0164XH4000231001000').replace('department: scjgj', 'department: wjw');
    expect(await findingsOf('code-owner-mismatch', { 'powers/a.yaml': unknown })).toEqual([]);
  });
});
