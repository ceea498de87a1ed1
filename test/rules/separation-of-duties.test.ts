import { describe, expect, it } from 'vitest';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { CATALOGUE, DEPARTMENT, findingsOf } from '../helpers/fixtures.js';
import { INTERNAL_TEMPLATE } from '../helpers/process-fixtures.js';

describe('separation-of-duties', { timeout: 60_000 }, () => {
  it('passes a template where different posts handle, decide and supervise', async () => {
    expect(await findingsOf('separation-of-duties', { 'processes/a.yaml': INTERNAL_TEMPLATE })).toEqual([]);
  });

  it('warns at the second conflicting step: handle+decide, decide+supervise', async () => {
    const template = INTERNAL_TEMPLATE.replace('actor: deputy, function: decide', 'actor: clerk, function: decide').replace(
      "{id: done, name: 送达归档, type: end, actor: window, function: handle}",
      '{id: done, name: 监督, type: end, actor: clerk, function: supervise}',
    );
    expect(await findingsOf('separation-of-duties', { 'processes/a.yaml': template })).toEqual([
      'separation-of-duties processes/a.yaml:9:56',
      'separation-of-duties processes/a.yaml:10:61',
    ]);
    // the functions in the message's language (was: 既handle（…）又decide)
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, 'processes/a.yaml': template });
    expect((await lintRoot(root, { only: ['separation-of-duties'], lang: 'zh-CN' })).map((d) => d.message)).toEqual([
      '岗位「clerk」在本流程中既承办（步骤「承办人审查」）又决定（步骤「分管领导决定」），应由不同岗位承担',
      '岗位「clerk」在本流程中既决定（步骤「分管领导决定」）又监督（步骤「监督」），应由不同岗位承担',
    ]);
  });

  it('leaves external processes alone', async () => {
    const external = INTERNAL_TEMPLATE.replace('view: internal', 'view: external').replace('actor: deputy, function: decide', 'actor: clerk, function: decide');
    expect(await findingsOf('separation-of-duties', { 'processes/a.yaml': external })).toEqual([]);
  });
});
