import { describe, expect, it } from 'vitest';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { allFindings, CATALOGUE, DEPARTMENT, findingsOf, power } from '../helpers/fixtures.js';

async function diagnostics(files: Record<string, string>) {
  const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, ...files });
  return (await lintRoot(root)).filter((d) => d.rule === 'code-type-mismatch');
}

/** The penalty fixture with another type (a licensing power needs a time limit to be clean). */
function licensing(code: string, name: string, extra = ''): string {
  return power(code, name, `timeLimit:\n  statutory: {value: 20, unit: workday}\n${extra}`).replace('type: penalty', 'type: licensing').replace(/discretion: .*\n/, '');
}

describe('code-type-mismatch', { timeout: 60_000 }, () => {
  it('passes codes whose type segment agrees (and the fixture is clean under every rule)', async () => {
    const files = {
      'powers/a.yaml': power('000231001000') + '---\n' + licensing('11100000MB0341032Y4000131002000', '食品经营许可'),
    };
    expect(await allFindings(files)).toEqual([]);
  });

  it('reports a code whose type segment names another type, with the type related', async () => {
    const files = { 'powers/a.yaml': licensing('000231001000', '食品经营许可') };
    expect(await findingsOf('code-type-mismatch', files)).toEqual(['code-type-mismatch powers/a.yaml:2:7']);
    const [d] = await diagnostics(files);
    expect(d?.message).toBe(
      'code "000231001000" says type 02 (Administrative penalty) but the power\'s type is licensing (Administrative licensing, code 01); correct the code or the type',
    );
    expect(d?.related.map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`)).toEqual([
      'powers/a.yaml:4:7 the power\'s type is given here: licensing (Administrative licensing)',
    ]);
  });

  it('compares sub-item codes with their power\'s type', async () => {
    const files = {
      'powers/a.yaml': power('00023100100Y', '有子项的处罚', 'subItems:\n  - {code: "000231001001", name: 子项一}\n  - {code: "000131001002", name: 子项二}\n'),
    };
    expect(await findingsOf('code-type-mismatch', files)).toEqual(['code-type-mismatch powers/a.yaml:20:12']);
  });

  it('accepts extension slots (11–19, 21–29) only for type other', async () => {
    const other = power('001531001000', '其他权力').replace('type: penalty', 'type: other');
    const files = { 'powers/a.yaml': other + '---\n' + power('001531002000', '扩展位处罚') };
    expect(await findingsOf('code-type-mismatch', files)).toEqual(['code-type-mismatch powers/a.yaml:20:7']);
    const [d] = await diagnostics(files);
    expect(d?.message).toBe(
      'code "001531002000" has type 15, an extension slot that stands for no standard type, but the power\'s type is penalty (Administrative penalty, code 02); extension slots fit only type: other',
    );
  });

  it('checks only national codes under the national profile', async () => {
    const free = { 'powercat.yaml': 'kind: Catalogue\nid: test\nname: 青水县权责清单\n', 'powers/a.yaml': licensing('000231001000', '食品经营许可') };
    expect(await findingsOf('code-type-mismatch', free)).toEqual([]);
    expect(await findingsOf('code-type-mismatch', { 'powers/a.yaml': licensing('0002310010', '编码位数不对') })).toEqual([]);
  });
});
