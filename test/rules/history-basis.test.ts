import { describe, expect, it } from 'vitest';
import { allFindings, findingsOf, power, reported } from '../helpers/fixtures.js';

describe('history-basis', { timeout: 60_000 }, () => {
  it('passes entries that name their basis (clean under every rule)', async () => {
    const files = { 'powers/a.yaml': power('000231001000', undefined, 'history:\n  - {date: "2019-01-01", action: added, basis: 青府发〔2018〕21号}\n') };
    expect(await allFindings(files)).toEqual([]);
  });

  it('reports an entry without basis at its first key, a blank basis at the value', async () => {
    const files = {
      'powers/a.yaml': power(
        '000231001000',
        undefined,
        'history:\n  - {date: "2019-01-01", action: added}\n  - action: adjusted\n    date: "2021-03-01"\n    basis: "  "\n  - {date: "2022-01-01", action: other, basis: 青府发〔2021〕9号}\n',
      ),
    };
    expect(await findingsOf('history-basis', files)).toEqual(['history-basis powers/a.yaml:19:6', 'history-basis powers/a.yaml:22:12']);
    expect(await reported('history-basis', files)).toEqual([
      'powers/a.yaml:19:6 the change of "对未取得食品经营许可从事食品经营活动的处罚" on 2019-01-01 (Added) gives no basis (basis): name the document that decided it, with its number',
      'powers/a.yaml:22:12 the basis (basis) of the change of "对未取得食品经营许可从事食品经营活动的处罚" on 2021-03-01 (Adjusted) is blank: name the document that decided it, with its number',
    ]);
    expect((await reported('history-basis', files, 'zh-CN'))[0]).toBe(
      'powers/a.yaml:19:6 「对未取得食品经营许可从事食品经营活动的处罚」2019-01-01 的调整记录（新增）没有写调整依据（basis）：写明决定调整的文件名称和文号',
    );
  });
});
