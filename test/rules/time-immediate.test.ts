import { describe, expect, it } from 'vitest';
import { allFindings, CATALOGUE_V2, findingsOf, licence, reported } from '../helpers/fixtures.js';

/** A licence whose time limit is given by `timeLimit` (YAML lines under `timeLimit:`). */
const withLimit = (code: string, timeLimit: string, extra = '') =>
  licence(code, `许可${code.slice(-4)}`, extra).replace('timeLimit:\n  statutory: {value: 20, unit: workday}\n  promised: {value: 7, unit: workday}\n', `timeLimit:\n${timeLimit}`);

describe('time-immediate', { timeout: 60_000 }, () => {
  it('passes an immediate item without a promised limit, and promised limits without immediate (clean under every rule)', async () => {
    const files = {
      'powers/a.yaml': [
        withLimit('000131001000', '  immediate: true\n  statutory: {value: 20, unit: workday}\n'),
        withLimit('000131002000', '  immediate: false\n  promised: {value: 5, unit: workday}\n'),
        withLimit('00013100300Y', '  immediate: true\n', 'subItems:\n  - code: "000131003001"\n    name: 子项\n    timeLimit: {immediate: true}\n'),
      ].join('---\n'),
    };
    expect(await allFindings(files, CATALOGUE_V2)).toEqual([]);
  });

  it('reports a promised limit beside immediate: true at the promised value, on powers, sub-items and handling items', async () => {
    const files = {
      'powers/a.yaml': withLimit(
        '00013100100Y',
        '  immediate: true\n  promised: {value: 1, unit: workday}\n',
        'subItems:\n  - code: "000131001001"\n    name: 子项\n    timeLimit: {promised: {value: 1, unit: day}, immediate: true}\n' +
          '    handlingItems:\n      - code: "00013100100101"\n        name: 新办\n        timeLimit:\n          immediate: true\n          promised: none\n',
      ),
    };
    expect(await findingsOf('time-immediate', files)).toEqual([
      'time-immediate powers/a.yaml:8:13',
      'time-immediate powers/a.yaml:23:27',
      'time-immediate powers/a.yaml:29:21',
    ]);
    const [first] = await reported('time-immediate', files);
    expect(first).toBe(
      'powers/a.yaml:8:13 an immediate item (immediate: true) is handled on the spot and takes no promised limit (promised): remove promised, or, if it is not immediate, remove immediate | powers/a.yaml:7:14 marked immediate here',
    );
    expect((await reported('time-immediate', files, 'zh-CN'))[0]).toBe(
      'powers/a.yaml:8:13 即办件（immediate: true）当场办结，不应再写承诺时限（promised）：删去 promised，或者不是即办件的，删去 immediate | powers/a.yaml:7:14 此处标为即办件',
    );
  });

  it('keeps process-time from comparing an immediate item with its statutory limit', async () => {
    const steps = 'process:\n  internal:\n    steps:\n      - {id: a, name: 受理, type: start, limit: {value: 30, unit: workday}, next: b}\n      - {id: b, name: 办结, type: end}\n';
    const files = { 'powers/a.yaml': withLimit('000131001000', '  immediate: true\n  statutory: {value: 20, unit: workday}\n', steps) };
    expect(await findingsOf('process-time', files)).toEqual([]);
    const notImmediate = { 'powers/a.yaml': withLimit('000131001000', '  statutory: {value: 20, unit: workday}\n', steps) };
    expect(await findingsOf('process-time', notImmediate)).toEqual(['process-time powers/a.yaml:20:3']);
  });
});
