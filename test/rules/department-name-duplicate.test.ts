import { describe, expect, it } from 'vitest';
import { allFindings, findingsOf, power, reported } from '../helpers/fixtures.js';

const department = (id: string, name: string) => `kind: Department\nid: ${id}\nname: ${name}\ncontact:\n  supervisionPhone: "0899-8210102"\n`;

describe('department-name-duplicate', { timeout: 60_000 }, () => {
  it('passes distinct names (clean under every rule)', async () => {
    const files = { 'departments/units.yaml': department('wjj', '青水县卫生健康局') + '---\n' + department('jyj', '青水县教育局'), 'powers/a.yaml': power() };
    expect(await allFindings(files)).toEqual([]);
  });

  it('reports the later department at its name, spaces and level suffixes folded, the first related', async () => {
    const files = {
      'departments/units.yaml': [department('a', '青水县 市场监督管理局'), department('b', '青水县卫生健康局'), department('c', '青水县卫生健康局（县级）')].join('---\n'),
    };
    expect(await findingsOf('department-name-duplicate', files)).toEqual(['department-name-duplicate departments/units.yaml:3:7', 'department-name-duplicate departments/units.yaml:15:7']);
    expect(await reported('department-name-duplicate', files)).toEqual([
      'departments/units.yaml:3:7 the name "青水县 市场监督管理局" of department "a" is the name "青水县市场监督管理局" of department "scjgj": readers cannot tell them apart; write each one\'s full name, or merge them | departments/scjgj.yaml:3:7 department "scjgj" has the same name',
      'departments/units.yaml:15:7 the name "青水县卫生健康局（县级）" of department "c" is the name "青水县卫生健康局" of department "b": readers cannot tell them apart; write each one\'s full name, or merge them | departments/units.yaml:9:7 department "b" has the same name',
    ]);
    expect((await reported('department-name-duplicate', files, 'zh-CN'))[1]).toMatch(/^departments\/units\.yaml:15:7 部门「c」的名称「青水县卫生健康局（县级）」与部门「b」的「青水县卫生健康局」相同/);
  });

  it('leaves one id used twice to id-duplicate', async () => {
    const files = { 'departments/units.yaml': department('wjj', '青水县卫生健康局') + '---\n' + department('wjj', '青水县卫生健康局') };
    expect(await findingsOf('department-name-duplicate', files)).toEqual([]);
    expect(await findingsOf('id-duplicate', files)).toEqual(['id-duplicate departments/units.yaml:8:5']);
  });
});
