import { describe, expect, it } from 'vitest';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { allFindings, CATALOGUE, DEPARTMENT, findingsOf, power } from '../helpers/fixtures.js';
import { HEALTH, ownedBy } from './ownership-fixtures.js';

const SOURCE_NAMED = 'source:\n  kind: delegated\n  from: 青水市市场监督管理局\n  basis: 青水市人民政府关于下放部分行政权力事项的决定\n';
const SOURCE_ID = 'source:\n  kind: entrusted\n  from: wjj\n';

describe('owner-unknown', { timeout: 60_000 }, () => {
  it('passes references to defined departments and a source.from that is a body name (the fixture is clean under every rule)', async () => {
    const files = {
      'departments/wjj.yaml': HEALTH,
      'powers/a.yaml': power('000231001000', undefined, SOURCE_NAMED) + '---\n' + power('000231002000', '对经营超过保质期食品的处罚', SOURCE_ID),
    };
    expect(await allFindings(files)).toEqual([]);
  });

  it('reports every field that names no department, at its value', async () => {
    const files = {
      'departments/wjj.yaml': HEALTH + '---\nkind: Department\nid: wjj-ys\nname: 青水县卫生健康局医政医管股\nunit: true\nparent: wjjj\n',
      'powers/a.yaml': ownedBy('scjgg', 'scjgj-zfd', undefined, undefined, 'jointWith: [wjj, nosuch-body]\nsource:\n  kind: delegated\n  from: city-market\n'),
      'powers/b.yaml': power('000231002000', '对经营超过保质期食品的处罚', 'source:\n  kind: delegated\n  from: Qingshui City SAMR\n'),
    };
    expect(await findingsOf('owner-unknown', files)).toEqual([
      'owner-unknown departments/wjj.yaml:20:9',
      'owner-unknown powers/a.yaml:5:13',
      'owner-unknown powers/a.yaml:6:13',
      'owner-unknown powers/a.yaml:18:18',
      'owner-unknown powers/a.yaml:21:9',
    ]);
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, ...files });
    const messages = (await lintRoot(root, { only: ['owner-unknown'] })).map((d) => d.message);
    expect(messages).toEqual([
      'parent "wjjj" names no Department; did you mean "wjj"?',
      'department "scjgg" names no Department; did you mean "scjgj"?',
      'undertaker "scjgj-zfd" names no Department; did you mean "scjgj-zfdd"?',
      'jointWith "nosuch-body" names no Department; use a defined department id or add a Department with this id',
      'source.from "city-market" is written like a department id but names no Department; use a defined department id or write out the name of the body the power came from',
    ]);
    const zh = (await lintRoot(root, { only: ['owner-unknown'], lang: 'zh-CN' })).map((d) => d.message);
    expect(zh[1]).toBe('department「scjgg」不是已定义的部门 id，是否应为「scjgj」？');
  });

  it('skips values of the wrong type and empty ones (schema reports them)', async () => {
    const files = { 'powers/a.yaml': ownedBy('""', '', undefined, undefined, 'jointWith: [12, {id: wjj}]\nsource: wjj\n') };
    expect(await findingsOf('owner-unknown', files)).toEqual([]);
  });
});
