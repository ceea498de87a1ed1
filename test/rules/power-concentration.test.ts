import { describe, expect, it } from 'vitest';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { CATALOGUE, DEPARTMENT, findingsOf } from '../helpers/fixtures.js';
import { INTERNAL_TEMPLATE, licensing } from '../helpers/process-fixtures.js';

const BY_DIRECTOR = INTERNAL_TEMPLATE.replace('id: approval', 'id: major').replace('actor: deputy, function: decide', 'actor: director, function: decide');

function powers(byDirector: number, total: number): Record<string, string> {
  const files: Record<string, string> = { 'processes/approval.yaml': INTERNAL_TEMPLATE, 'processes/major.yaml': BY_DIRECTOR };
  for (let i = 1; i <= total; i++) {
    const code = `00013100${i}000`;
    files[`powers/p${i}.yaml`] = licensing(code, '{value: 5, unit: workday}').replace('{use: approval}', i <= byDirector ? '{use: major}' : '{use: approval}');
  }
  return files;
}

describe('power-concentration', { timeout: 60_000 }, () => {
  it('passes when the head decides exactly half', async () => {
    expect(await findingsOf('power-concentration', powers(2, 4))).toEqual([]);
  });

  it('warns at the head post when it decides more than half', async () => {
    expect(await findingsOf('power-concentration', powers(3, 4))).toEqual(['power-concentration departments/scjgj.yaml:11:36']);
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, ...powers(3, 4) });
    const [d] = await lintRoot(root, { only: ['power-concentration'] });
    expect(d).toMatchObject({ severity: 'warning', message: 'head post "局长" is the final decider of 3 of the department’s 4 powers (75%), above 50%; delegate some decisions to deputies' });
  });

  it('takes its share from the rule options', async () => {
    const catalogue = CATALOGUE + 'rules:\n  power-concentration: {level: warn, options: {share: 0.8}}\n';
    const root = makeCatalogue({ 'powercat.yaml': catalogue, 'departments/scjgj.yaml': DEPARTMENT, ...powers(3, 4) });
    expect(await lintRoot(root, { only: ['power-concentration'] })).toEqual([]);
  });
});
