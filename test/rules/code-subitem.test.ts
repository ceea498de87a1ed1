import { describe, expect, it } from 'vitest';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { allFindings, CATALOGUE, DEPARTMENT, findingsOf, power } from '../helpers/fixtures.js';

async function diagnostics(files: Record<string, string>) {
  const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, ...files });
  return (await lintRoot(root)).filter((d) => d.rule === 'code-subitem');
}

const withSubItems = (code: string, ...subCodes: string[]) =>
  power(code, '有子项的处罚', 'subItems:\n' + subCodes.map((c, i) => `  - {code: "${c}", name: 子项${i + 1}}\n`).join(''));

describe('code-subitem', { timeout: 60_000 }, () => {
  it('passes derived sub-item codes (and the fixture is clean under every rule)', async () => {
    const files = {
      'powers/a.yaml': withSubItems('00023100100Y', '000231001001', '000231001002') + '---\n' +
        withSubItems('11100000MB0341032Y400023100200Y', '11100000MB0341032Y4000231002001').replace('有子项的处罚', '有子项的处罚（实施编码）'),
    };
    expect(await allFindings(files)).toEqual([]);
  });

  it('reports a parent with sub-items whose code does not end 00Y, with the first sub-item related', async () => {
    const files = { 'powers/a.yaml': withSubItems('000231001000', '000231001001') };
    expect(await findingsOf('code-subitem', files)).toEqual(['code-subitem powers/a.yaml:2:7']);
    const [d] = await diagnostics(files);
    expect(d?.message).toBe('power "有子项的处罚" has sub-items, so the basic code of its code "000231001000" should end 00Y (not 000): 00023100100Y');
    expect(d?.related.map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`)).toEqual(['powers/a.yaml:19:12 sub-item code "000231001001"']);
  });

  it('reports a 00Y code without sub-items', async () => {
    const files = { 'powers/a.yaml': power('00023100100Y') };
    expect(await findingsOf('code-subitem', files)).toEqual(['code-subitem powers/a.yaml:2:7']);
    expect((await diagnostics(files))[0]?.message).toBe(
      'code "00023100100Y" ends 00Y, which marks a power with sub-items, but the power lists no subItems; list them, or end the code 000',
    );
  });

  it('reports sub-item codes not derived from the parent, with the parent related', async () => {
    const files = { 'powers/a.yaml': withSubItems('00023100100Y', '000231002001', '000231001000', '000231001003') };
    expect(await findingsOf('code-subitem', files)).toEqual(['code-subitem powers/a.yaml:19:12', 'code-subitem powers/a.yaml:20:12']);
    const [d] = await diagnostics(files);
    expect(d?.message).toBe(
      'sub-item code "000231002001" is not derived from its power\'s code "00023100100Y": its basic code "000231002001" should be one of 000231001001 to 000231001999 (the parent\'s first 9 characters, then 001–999)',
    );
    expect(d?.related.map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`)).toEqual(['powers/a.yaml:2:7 the power\'s code "00023100100Y"']);
  });

  it('compares the USCC and level of implementation codes, and the form', async () => {
    const files = {
      'powers/a.yaml': withSubItems(
        '11100000MB0341032Y400023100100Y',
        '11440000MB2D0164XH4000231001001',
        '11100000MB0341032Y3000231001002',
        '000231001003',
        '11100000MB0341032Y4000231001004',
      ),
    };
    expect(await findingsOf('code-subitem', files)).toEqual([
      'code-subitem powers/a.yaml:19:12',
      'code-subitem powers/a.yaml:20:12',
      'code-subitem powers/a.yaml:21:12',
    ]);
    const messages = (await diagnostics(files)).map((d) => d.message);
    expect(messages[0]).toBe(
      'sub-item code "11440000MB2D0164XH4000231001001" begins with "11440000MB2D0164XH4" (USCC and level) but its power\'s code "11100000MB0341032Y400023100100Y" begins with "11100000MB0341032Y4"; a sub-item is implemented by its power\'s body at the same level',
    );
    expect(messages[2]).toBe(
      'sub-item code "000231001003" has 12 characters but its power\'s code "11100000MB0341032Y400023100100Y" has 31; write both in the same form (basic, implementation or handling-item code)',
    );
  });

  it('checks only under the national profile and only codes that are well formed', async () => {
    const free = { 'powercat.yaml': 'kind: Catalogue\nid: test\nname: 青水县权责清单\n', 'powers/a.yaml': withSubItems('000231001000', '000231002001') };
    expect(await findingsOf('code-subitem', free)).toEqual([]);
    expect(await findingsOf('code-subitem', { 'powers/a.yaml': withSubItems('QS-001', '000231002001') })).toEqual([]);
  });

  describe('handling items (业务办理项)', () => {
    const handling = (...codes: string[]) => codes.map((c, i) => `      - {code: "${c}", name: 办理项${i + 1}}\n`).join('');

    it('passes the parent code + 01–99, on a 31-char power, a 12-char power and a sub-item (clean under every rule)', async () => {
      const files = {
        'powers/a.yaml': [
          power('11100000MB0341032Y4000231001000', '处罚甲', `handlingItems:\n${handling('11100000MB0341032Y400023100100001', '11100000MB0341032Y400023100100099').replace(/^ {4}/gm, '')}`),
          power('000231002000', '处罚乙', `handlingItems:\n${handling('00023100200001').replace(/^ {4}/gm, '')}`),
          power('00023100300Y', '处罚丙', `subItems:\n  - code: "000231003001"\n    name: 子项\n    handlingItems:\n${handling('00023100300101', '00023100300102')}`),
        ].join('---\n'),
      };
      expect(await allFindings(files)).toEqual([]);
    });

    it('reports a handling-item code that is not its parent\'s code + 01–99, with the parent related', async () => {
      const files = {
        'powers/a.yaml': power('00023100100Y', '处罚甲', `subItems:\n  - code: "000231001001"\n    name: 子项\n    handlingItems:\n${handling('00023100100200', '00023100100100', '000231001001', '00023100100101')}`),
      };
      expect(await findingsOf('code-subitem', files)).toEqual(['code-subitem powers/a.yaml:22:16', 'code-subitem powers/a.yaml:23:16', 'code-subitem powers/a.yaml:24:16']);
      const found = await diagnostics(files);
      expect(found[0]?.message).toBe(
        'handling-item code "00023100100200" is not derived from its item\'s code "000231001001": it should be that code and a 2-digit serial, one of 00023100100101 to 00023100100199',
      );
      expect(found[0]?.related.map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`)).toEqual(['powers/a.yaml:19:11 sub-item code "000231001001"']);
      const onPower = { 'powers/a.yaml': power('11100000MB0341032Y4000231001000', '处罚甲', `handlingItems:\n  - {code: "11100000MB0341032Y400023100200001", name: 办理项}\n`) };
      const [d] = await diagnostics(onPower);
      expect(`${d?.line}:${d?.column} ${d?.related[0]?.message}`).toBe('19:12 the power\'s code "11100000MB0341032Y4000231001000"');
    });
  });
});
