import { describe, expect, it } from 'vitest';
import { allFindings, findingsOf, power, reported } from '../helpers/fixtures.js';

const ABOLISHED = 'status: abolished\nabolishedOn: "2022-06-30"\nreason: 上位法修订后删除了该处罚条款\n';
const entry = (date: string, action: string, more = '') => `  - {date: "${date}", action: ${action}, basis: 青府发〔${date.slice(0, 4)}〕1号${more}}\n`;
const withHistory = (code: string, entries: string[], extra = '') => power(code, `处罚${code.slice(-6, -3)}`, `${extra}history:\n${entries.join('')}`);

describe('history-consistency', { timeout: 60_000 }, () => {
  it('passes a history in date order, ending abolished on abolishedOn for an abolished power (clean under every rule)', async () => {
    const files = {
      'powers/a.yaml': [
        withHistory('000231001000', [entry('2019-01-01', 'added'), entry('2019-01-01', 'adjusted'), entry('2021-05-01', 'renamed', ', from: ["000231009000"]')]),
        withHistory('000231002000', [entry('2019-01-01', 'added'), entry('2022-06-30', 'abolished')], ABOLISHED),
        withHistory('000231003000', [entry('2019-01-01', 'added'), entry('2020-01-01', 'abolished'), entry('2021-01-01', 'restored')]),
      ].join('---\n'),
    };
    expect(await allFindings(files)).toEqual([]);
  });

  it('reports an entry dated before the one above it, at its date, the previous date related', async () => {
    const files = { 'powers/a.yaml': withHistory('000231001000', [entry('2021-01-01', 'added'), entry('2020-06-01', 'adjusted'), entry('2022-01-01', 'adjusted')]) };
    expect(await reported('history-consistency', files)).toEqual([
      'powers/a.yaml:20:12 the change history of "处罚001" is not in date order: the entry of 2020-06-01 (Adjusted) comes after the entry of 2021-01-01; order the entries oldest first | powers/a.yaml:19:12 the previous entry, of 2021-01-01',
    ]);
    expect((await reported('history-consistency', files, 'zh-CN'))[0]).toMatch(/^powers\/a\.yaml:20:12 「处罚001」的调整记录没有按日期先后排列：2020-06-01 的记录（调整）排在 2021-01-01 的记录之后/);
  });

  it('reports merged, split, renamed and recoded entries without from', async () => {
    const files = {
      'powers/a.yaml': withHistory('000231001000', [
        entry('2019-01-01', 'merged'),
        entry('2019-02-01', 'split', ', from: []'),
        entry('2019-03-01', 'renamed', ', from: ["000231009000"]'),
        '  - date: "2019-04-01"\n    action: recoded\n',
      ]),
    };
    expect(await findingsOf('history-consistency', files)).toEqual([
      'history-consistency powers/a.yaml:19:6',
      'history-consistency powers/a.yaml:20:67',
      'history-consistency powers/a.yaml:22:5',
    ]);
    expect((await reported('history-consistency', files))[0]).toBe('powers/a.yaml:19:6 the change of "处罚001" on 2019-01-01 (Merged) must list the earlier codes in from');
  });

  it('ties the last entry to the status: abolished without an abolished entry, on another date, or an abolished entry on a power in force', async () => {
    const files = {
      'powers/a.yaml': [
        withHistory('000231001000', [entry('2019-01-01', 'added')], ABOLISHED),
        withHistory('000231002000', [entry('2019-01-01', 'added'), entry('2022-07-01', 'abolished')], ABOLISHED),
        withHistory('000231003000', [entry('2019-01-01', 'added'), entry('2022-07-01', 'abolished')], 'status: active\n'),
        withHistory('000231004000', [entry('2019-01-01', 'added'), entry('2022-07-01', 'abolished')]),
      ].join('---\n'),
    };
    expect(await reported('history-consistency', files)).toEqual([
      'powers/a.yaml:22:34 "处罚001" is abolished (status: abolished), but the last entry of its change history is "Added": add an abolished entry at the end of history, dated as abolishedOn | powers/a.yaml:18:9 the status is here',
      'powers/a.yaml:46:12 the change history of "处罚002" records its abolition on 2022-07-01, but abolishedOn is 2022-06-30: they must be the same day | powers/a.yaml:42:14 abolishedOn is here',
      'powers/a.yaml:68:34 the last entry of the change history of "处罚003" is abolished, but its status is not abolished: if it was abolished, write status: abolished, abolishedOn and reason; if it was restored, add a restored entry at the end | powers/a.yaml:65:9 the status is here',
      'powers/a.yaml:89:34 the last entry of the change history of "处罚004" is abolished, but its status is not abolished: if it was abolished, write status: abolished, abolishedOn and reason; if it was restored, add a restored entry at the end',
    ]);
  });
});
