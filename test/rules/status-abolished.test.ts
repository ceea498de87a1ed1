import { describe, expect, it } from 'vitest';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { allFindings, CATALOGUE, DEPARTMENT, findingsOf, power } from '../helpers/fixtures.js';

describe('status-abolished', { timeout: 60_000 }, () => {
  it('passes an abolished power with date and reason, and active or suspended ones without (clean under every rule)', async () => {
    const files = {
      'powers/a.yaml': power('000231001000', undefined, 'status: abolished\nabolishedOn: "2021-07-15"\nreason: 上位法修订后删除了该处罚条款\n'),
      'powers/b.yaml': power('000231002000', '对经营超过保质期食品的处罚', 'status: suspended\n'),
      'powers/c.yaml': power('000231003000', '对未按规定贮存食品的处罚', 'status: active\n'),
    };
    expect(await allFindings(files)).toEqual([]);
  });

  it('reports what is missing at the power\'s first key, with the status related', async () => {
    const files = {
      'powers/a.yaml': power('000231001000', undefined, 'status: abolished\n'),
      'powers/b.yaml': power('000231002000', '对经营超过保质期食品的处罚', 'status: abolished\nabolishedOn: "2019-03-01"\nreason: "  "\n'),
      'powers/c.yaml': power('000231003000', '对未按规定贮存食品的处罚', 'reason: 国务院决定取消\nabolishedOn:\nstatus: abolished\n'),
    };
    expect(await findingsOf('status-abolished', files)).toEqual([
      'status-abolished powers/a.yaml:1:1',
      'status-abolished powers/b.yaml:1:1',
      'status-abolished powers/c.yaml:1:1',
    ]);
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, ...files });
    const found = await lintRoot(root, { only: ['status-abolished'] });
    expect(found.map((d) => d.message)).toEqual([
      'abolished power "对未取得食品经营许可从事食品经营活动的处罚" needs the date (abolishedOn) and the reason (reason) of its abolition; both are missing',
      'abolished power "对经营超过保质期食品的处罚" needs the reason for its abolition (reason)',
      'abolished power "对未按规定贮存食品的处罚" needs the date of its abolition (abolishedOn, YYYY-MM-DD)',
    ]);
    expect(found.map((d) => d.related.map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`))).toEqual([
      ['powers/a.yaml:18:9 marked abolished here'],
      ['powers/b.yaml:18:9 marked abolished here'],
      ['powers/c.yaml:20:9 marked abolished here'],
    ]);
    const [zh] = await lintRoot(root, { only: ['status-abolished'], lang: 'zh-CN' });
    expect(zh?.message).toBe('已取消的权力事项「对未取得食品经营许可从事食品经营活动的处罚」须写明取消日期（abolishedOn）和取消理由（reason），两者都缺');
  });
});
