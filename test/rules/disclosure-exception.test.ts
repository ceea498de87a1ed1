import { describe, expect, it } from 'vitest';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { allFindings, CATALOGUE, DEPARTMENT, findingsOf, power } from '../helpers/fixtures.js';

describe('disclosure-exception', { timeout: 60_000 }, () => {
  it('passes withholding with a reason and a basis, and public powers without either (clean under every rule)', async () => {
    const files = {
      'powers/a.yaml': power('000231001000', undefined, 'disclosure:\n  public: false\n  reason: 涉及国家秘密\n  basis: 《中华人民共和国政府信息公开条例》第十四条\n'),
      'powers/b.yaml': power('000231002000', '对经营超过保质期食品的处罚', 'disclosure:\n  withhold: [risks]\n  reason: 公开后可能影响执法检查的正常进行\n  basis: 《中华人民共和国政府信息公开条例》第十六条\n'),
      'powers/c.yaml': power('000231003000', '对未按规定贮存食品的处罚', 'disclosure:\n  public: true\n  withhold: []\n'),
    };
    expect(await allFindings(files)).toEqual([]);
  });

  it('reports what is missing at the disclosure object, with the withholding related', async () => {
    const files = {
      'powers/a.yaml': power('000231001000', undefined, 'disclosure:\n  public: false\n'),
      'powers/b.yaml': power('000231002000', '对经营超过保质期食品的处罚', 'disclosure:\n  withhold: [risks, discretion]\n  reason: 公开后可能影响执法检查\n'),
      'powers/c.yaml': power(
        '000231003000',
        '对未按规定贮存食品的处罚',
        "disclosure:\n  basis: 《中华人民共和国政府信息公开条例》第十四条\n  public: false\n  withhold: [internalProcess]\n  reason: ''\n",
      ),
    };
    expect(await findingsOf('disclosure-exception', files)).toEqual([
      'disclosure-exception powers/a.yaml:19:3',
      'disclosure-exception powers/b.yaml:19:3',
      'disclosure-exception powers/c.yaml:19:3',
    ]);
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, ...files });
    const found = await lintRoot(root, { only: ['disclosure-exception'] });
    expect(found.map((d) => d.message)).toEqual([
      'withholding (public: false) needs a reason (reason) and a basis (basis); both are missing',
      'withholding (withhold: risks, discretion) needs a basis (basis); only the reason is given',
      'withholding (public: false; withhold: internalProcess) needs a reason (reason); only the basis is given',
    ]);
    expect(found.map((d) => d.related.map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`))).toEqual([
      ['powers/a.yaml:19:11 the whole power is withheld here'],
      ['powers/b.yaml:19:13 these fields are withheld here: risks, discretion'],
      ['powers/c.yaml:20:11 the whole power is withheld here', 'powers/c.yaml:21:13 these fields are withheld here: internalProcess'],
    ]);
    const [zh] = await lintRoot(root, { only: ['disclosure-exception'], lang: 'zh-CN' });
    expect(zh?.message).toBe('不公开（public: false）须写明理由（reason）和依据（basis），两者都缺');
  });
});
