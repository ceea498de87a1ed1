import { describe, expect, it } from 'vitest';
import { allFindings, findingsOf, power, reported } from '../helpers/fixtures.js';

const ABOLISHED = 'status: abolished\nabolishedOn: "2022-06-30"\nreason: 与其他事项合并\n';

describe('supersedes-conflict', { timeout: 60_000 }, () => {
  it('passes codes of abolished powers and codes gone from the catalogue (clean under every rule)', async () => {
    const files = {
      'powers/a.yaml': power('000231001000', '对旧违法行为的处罚', ABOLISHED + 'subItems:\n  - {code: "000231001001", name: 旧子项}\n').replace('"000231001000"', '"00023100100Y"'),
      'powers/b.yaml': power('000231002000', undefined, 'supersedes: ["00023100100Y", "000231001001", "000231009000"]\n'),
    };
    expect(await allFindings(files)).toEqual([]);
  });

  it('reports a superseded code still used by a power in force or a sub-item, at the code in supersedes', async () => {
    const files = {
      'powers/a.yaml': power('00023100100Y', '对旧违法行为的处罚', 'subItems:\n  - {code: "000231001001", name: 旧子项}\n'),
      'powers/b.yaml': power('000231002000', undefined, 'supersedes:\n  - "000231009000"\n  - "00023100100Y"\n  - "000231001001"\n'),
    };
    expect(await findingsOf('supersedes-conflict', files)).toEqual(['supersedes-conflict powers/b.yaml:20:5', 'supersedes-conflict powers/b.yaml:21:5']);
    expect(await reported('supersedes-conflict', files)).toEqual([
      'powers/b.yaml:20:5 "对未取得食品经营许可从事食品经营活动的处罚" lists "00023100100Y" in supersedes, but "对旧违法行为的处罚" still has this code and is not abolished: a replaced item is abolished or gone; correct supersedes, or mark the old item abolished (status: abolished) | powers/a.yaml:2:7 code "00023100100Y" is still used here',
      'powers/b.yaml:21:5 "对未取得食品经营许可从事食品经营活动的处罚" lists "000231001001" in supersedes, but "旧子项" still has this code and is not abolished: a replaced item is abolished or gone; correct supersedes, or mark the old item abolished (status: abolished) | powers/a.yaml:19:12 code "000231001001" is still used here',
    ]);
    expect((await reported('supersedes-conflict', files, 'zh-CN'))[0]).toMatch(/^powers\/b\.yaml:20:5 「对未取得食品经营许可从事食品经营活动的处罚」在 supersedes 中列出「00023100100Y」，但「对旧违法行为的处罚」仍在使用这个编码且未取消/);
  });
});
