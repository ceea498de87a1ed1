import { describe, expect, it } from 'vitest';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { allFindings, CATALOGUE, DEPARTMENT, findingsOf, power } from '../helpers/fixtures.js';

const SFJ = 'kind: Department\nid: sfj\nname: 青水县司法局\nuscc: "11511301452259996u"\ncontact:\n  supervisionPhone: "0899-8210102"\n';

describe('uscc-case', { timeout: 60_000 }, () => {
  it('passes upper-case USCCs (and the fixture is clean under every rule)', async () => {
    expect(await allFindings({ 'departments/sfj.yaml': SFJ.replace('996u', '996U'), 'powers/a.yaml': power() })).toEqual([]);
  });

  it('warns about lower-case letters and shows the upper-cased form', async () => {
    const files = { 'departments/sfj.yaml': SFJ };
    expect(await findingsOf('uscc-case', files)).toEqual(['uscc-case departments/sfj.yaml:4:7']);
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, ...files });
    const found = (await lintRoot(root)).filter((d) => d.rule === 'uscc-case' || d.rule === 'uscc-invalid');
    expect(found.map((d) => [d.rule, d.severity, d.message])).toEqual([
      ['uscc-case', 'warning', 'USCC "11511301452259996u" contains lower-case letters; write it in capitals: "11511301452259996U"'],
    ]);
  });
});
