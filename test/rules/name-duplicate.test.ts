import { describe, expect, it } from 'vitest';
import { DEPARTMENT, allFindings, findingsOf, power, reported } from '../helpers/fixtures.js';

const HEALTH = DEPARTMENT.split('---\n')[0]!.replace('id: scjgj', 'id: wjj').replace('青水县市场监督管理局', '青水县卫生健康局').replace('11100000MB0341032Y', '11440100007482575H');

describe('name-duplicate', { timeout: 60_000 }, () => {
  it('passes different names, types, departments joined in jointWith, abolished listings (clean under every rule)', async () => {
    const files = {
      'departments/wjj.yaml': HEALTH,
      'powers/a.yaml': [
        power('000231001000'),
        power('000231002000', '对未取得食品经营许可从事食品经营活动的处罚（旧）', 'status: abolished\nabolishedOn: "2020-01-01"\nreason: 合并\n'),
        power('000231003000', '对未取得食品经营许可从事食品经营活动的处罚（旧）（县级）'),
        power('000231004000', '对无照经营的处罚', 'jointWith: [wjj]\n'),
        power('000223004000', '对无照经营的处罚', 'jointWith: [scjgj]\n').replace('department: scjgj\nundertaker: scjgj-zfdd', 'department: wjj'),
      ].join('---\n'),
    };
    expect(await allFindings(files)).toEqual([]);
  });

  it('reports the later of two listings of one department at its name, normalised as owner-ambiguous does, the other related', async () => {
    const files = {
      'powers/a.yaml': power('000231001000'),
      'powers/b.yaml': power('000231009000', '对未取得食品经营许可从事食品经营活动的处罚 （县级）'),
      'powers/c.yaml': power('000231010000', '对未取得食品经营许可从事食品经营活动的处罚(市级)'),
    };
    expect(await findingsOf('name-duplicate', files)).toEqual(['name-duplicate powers/b.yaml:3:7', 'name-duplicate powers/c.yaml:3:7']);
    expect(await reported('name-duplicate', files)).toEqual([
      'powers/b.yaml:3:7 "对未取得食品经营许可从事食品经营活动的处罚 （县级）" is the same item (Administrative penalty) as "对未取得食品经营许可从事食品经营活动的处罚" (code "000231001000") already listed by this department, under another code "000231009000": one item listed twice; merge them, or name them so that they can be told apart' +
        ' | powers/a.yaml:3:7 the same item is listed here (code "000231001000") | powers/c.yaml:3:7 the same item is listed here (code "000231010000")',
      'powers/c.yaml:3:7 "对未取得食品经营许可从事食品经营活动的处罚(市级)" is the same item (Administrative penalty) as "对未取得食品经营许可从事食品经营活动的处罚" (code "000231001000") already listed by this department, under another code "000231010000": one item listed twice; merge them, or name them so that they can be told apart' +
        ' | powers/a.yaml:3:7 the same item is listed here (code "000231001000") | powers/b.yaml:3:7 the same item is listed here (code "000231009000")',
    ]);
    expect((await reported('name-duplicate', files, 'zh-CN'))[0]).toMatch(
      /^powers\/b\.yaml:3:7 「对未取得食品经营许可从事食品经营活动的处罚 （县级）」与本部门已列的「对未取得食品经营许可从事食品经营活动的处罚」（编码「000231001000」）是同一事项（行政处罚），却用了另一个编码「000231009000」：/,
    );
  });

  it('leaves one code used twice to code-duplicate', async () => {
    const files = { 'powers/a.yaml': power('000231001000'), 'powers/b.yaml': power('000231001000') };
    expect(await findingsOf('name-duplicate', files)).toEqual([]);
    expect(await findingsOf('code-duplicate', files)).toEqual(['code-duplicate powers/b.yaml:2:7']);
  });

  it('holds in a version-1 catalogue: a duplicate listing is a defect in any list', async () => {
    const files = { 'powers/a.yaml': power('000231001000') + '---\n' + power('000231002000') };
    expect(await findingsOf('name-duplicate', files)).toEqual(['name-duplicate powers/a.yaml:21:7']);
  });
});
