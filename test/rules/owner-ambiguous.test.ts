import { describe, expect, it } from 'vitest';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { allFindings, CATALOGUE, DEPARTMENT, findingsOf, power } from '../helpers/fixtures.js';
import { HEALTH, ownedBy } from './ownership-fixtures.js';

const COMMERCE = `kind: Department
id: swj
name: 青水县商务局
uscc: "11450000007565194H"
nature: statutory
contact:
  supervisionPhone: "0899-8241100"
`;

const NAME = '对未取得食品经营许可从事食品经营活动的处罚';
const joint = (...ids: string[]) => `jointWith: [${ids.join(', ')}]\n`;

function catalogueOf(files: Record<string, string>): string {
  return makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, 'departments/wjj.yaml': HEALTH, 'departments/swj.yaml': COMMERCE, ...files });
}

async function found(files: Record<string, string>, lang: 'en' | 'zh-CN' = 'en') {
  const diagnostics = await lintRoot(catalogueOf(files), { only: ['owner-ambiguous'], lang });
  return diagnostics.map((d) => ({
    at: `${d.file}:${d.line}:${d.column}`,
    message: d.message,
    related: d.related.map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`),
  }));
}

describe('owner-ambiguous', { timeout: 60_000 }, () => {
  it('passes a power shared by owners that list each other in jointWith (clean under every rule)', async () => {
    const files = {
      'departments/wjj.yaml': HEALTH,
      'powers/a.yaml': power('000231001000', NAME, joint('wjj')),
      'powers/b.yaml': ownedBy('wjj', 'wjj-zfdd', '000223001000', `${NAME}（县级）`, joint('scjgj')),
    };
    expect(await allFindings(files)).toEqual([]);
  });

  it('passes the same name under another type, twice in one department, and beside an abolished power', async () => {
    const files = {
      'powers/a.yaml': power('000231001000', NAME) + '---\n' + power('000231002000', NAME),
      'powers/b.yaml': ownedBy('wjj', 'wjj-zfdd', '000623001000', NAME).replace('type: penalty', 'type: inspection'),
      'powers/c.yaml': ownedBy('swj', '', '000221001000', NAME, 'status: abolished\nabolishedOn: "2023-06-01"\nreason: 职能划转至市场监管部门\n'),
    };
    expect(await found(files)).toEqual([]);
  });

  it('reports the later of two owners with the same normalised name, at its name, with the other owner related', async () => {
    const files = {
      'departments/wjj.yaml': HEALTH,
      'powers/a.yaml': power('000231001000', NAME),
      'powers/b.yaml': ownedBy('wjj', 'wjj-zfdd', '000223001000', `${NAME.replace('食品', '食 品')} (县级)`),
    };
    expect(await findingsOf('owner-ambiguous', files)).toEqual(['owner-ambiguous powers/b.yaml:3:7']);
    const [finding] = await found(files);
    expect(finding).toEqual({
      at: 'powers/b.yaml:3:7',
      message: `"对未取得食 品经营许可从事食品经营活动的处罚 (县级)" is already owned by "scjgj" and is owned here by "wjj", and they do not list each other in jointWith (overlapping duties); if they share it lawfully, list each other in jointWith on both powers, otherwise keep one owner`,
      related: ['powers/a.yaml:5:13 "scjgj" also owns this power'],
    });
    const [zh] = await found(files, 'zh-CN');
    expect(zh!.message).toBe('「对未取得食 品经营许可从事食品经营活动的处罚 (县级)」已由「scjgj」实施，这里又由「wjj」实施，双方未在 jointWith 中互相列明（职责交叉、多头执法）：确属共同实施的，在双方事项的 jointWith 中互相写明；否则理顺职责，只留一个实施主体');
  });

  it('reports the same basic code in two implementation codes at the later code', async () => {
    const files = {
      'powers/a.yaml': power('11100000MB0341032Y4000231001000', NAME),
      'powers/b.yaml': ownedBy('wjj', 'wjj-zfdd', '11440100007482575H4000231001000', '对无证经营食品的处罚'),
    };
    expect(await found(files)).toEqual([
      {
        at: 'powers/b.yaml:2:7',
        message: `basic code "000231001000" is already used by "${NAME}" of "scjgj", and "对无证经营食品的处罚" of "wjj" here is the same item, and they do not list each other in jointWith (overlapping duties); if they share it lawfully, list each other in jointWith on both powers, otherwise correct the code or keep one owner`,
        related: ['powers/a.yaml:5:13 "scjgj" also owns this power'],
      },
    ]);
  });

  it('reports a power that matches by name and by code once, at its name', async () => {
    const files = {
      'departments/wjj.yaml': HEALTH,
      'powers/a.yaml': power('11100000MB0341032Y4000231001000', NAME),
      'powers/b.yaml': ownedBy('wjj', 'wjj-zfdd', '11440100007482575H4000231001000', NAME),
    };
    expect(await findingsOf('owner-ambiguous', files)).toEqual(['owner-ambiguous powers/b.yaml:3:7']);
  });

  it('says which side is missing when only one owner lists the other', async () => {
    const listedByLater = { 'powers/a.yaml': power('000231001000', NAME), 'powers/b.yaml': ownedBy('wjj', 'wjj-zfdd', '000223001000', NAME, joint('scjgj')) };
    const listedByEarlier = { 'powers/a.yaml': power('000231001000', NAME, joint('wjj')), 'powers/b.yaml': ownedBy('wjj', 'wjj-zfdd', '000223001000', NAME) };
    expect((await found(listedByLater)).map((f) => `${f.at} ${f.message}`)).toEqual([
      `powers/b.yaml:3:7 the power of "wjj" lists "scjgj" in jointWith, but the same power owned by "scjgj" ("${NAME}") does not list "wjj"; joint owners must list each other on both powers`,
    ]);
    expect((await found(listedByEarlier)).map((f) => `${f.at} ${f.message}`)).toEqual([
      `powers/b.yaml:3:7 the power of "scjgj" lists "wjj" in jointWith, but the same power owned by "wjj" ("${NAME}") does not list "scjgj"; joint owners must list each other on both powers`,
    ]);
  });

  it('reports a third owner that the two joint owners do not list, with both related', async () => {
    const files = {
      'powers/a.yaml': power('000231001000', NAME, joint('wjj')),
      'powers/b.yaml': ownedBy('wjj', 'wjj-zfdd', '000223001000', NAME, joint('scjgj')),
      'powers/c.yaml': ownedBy('swj', '', '000221001000', NAME),
    };
    expect(await found(files)).toEqual([
      {
        at: 'powers/c.yaml:3:7',
        message: `"${NAME}" is already owned by "scjgj" and is owned here by "swj", and they do not list each other in jointWith (overlapping duties); if they share it lawfully, list each other in jointWith on both powers, otherwise keep one owner`,
        related: ['powers/a.yaml:5:13 "scjgj" also owns this power', 'powers/b.yaml:5:13 "wjj" also owns this power'],
      },
    ]);
  });

  it('leaves unknown owners and units as owners to the other owner rules', async () => {
    const files = {
      'departments/wjj.yaml': HEALTH,
      'powers/a.yaml': power('000231001000', NAME),
      'powers/b.yaml': ownedBy('nosuch', '', '000223001000', NAME) + '---\n' + ownedBy('wjj-zfdd', '', '000223002000', NAME),
    };
    expect(await findingsOf('owner-ambiguous', files)).toEqual([]);
  });
});
