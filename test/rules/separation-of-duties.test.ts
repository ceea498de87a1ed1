import { describe, expect, it } from 'vitest';
import { findingsOf } from '../helpers/fixtures.js';
import { INTERNAL_TEMPLATE } from '../helpers/process-fixtures.js';

describe('separation-of-duties', () => {
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
  });

  it('leaves external processes alone', async () => {
    const external = INTERNAL_TEMPLATE.replace('view: internal', 'view: external').replace('actor: deputy, function: decide', 'actor: clerk, function: decide');
    expect(await findingsOf('separation-of-duties', { 'processes/a.yaml': external })).toEqual([]);
  });
});
