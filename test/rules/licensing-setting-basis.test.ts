import { describe, expect, it } from 'vitest';
import { allFindings, CATALOGUE_V2, findingsOf, licence, power, reported } from '../helpers/fixtures.js';

/** A licence with the given basis entries (YAML list items, indented 2). */
const withBasis = (code: string, basis: string) =>
  licence(code, `许可${code.slice(-6, -3)}`).replace(/basis:\n {2}- level: law\n.*\n.*\n/, `basis:\n${basis}`);

describe('licensing-setting-basis', { timeout: 60_000 }, () => {
  it('passes a licence set by a law, by a plain rule (not judged), or with no setting entry (clean under every rule)', async () => {
    const files = {
      'powers/a.yaml': [
        withBasis('000131001000', '  - {level: law, title: 中华人民共和国食品安全法, role: setting}\n  - {level: departmental-rule, title: 食品经营许可和备案管理办法, role: implementing}\n'),
        withBasis('000131002000', '  - {level: departmental-rule, title: 食品经营许可和备案管理办法, role: setting}\n  - {level: government-rule, title: 某省食品小作坊管理办法, role: setting}\n'),
        withBasis('000131003000', '  - {level: rule, title: 某某管理办法, role: setting}\n  - {level: normative-document, title: 某某实施细则, role: setting}\n'),
        withBasis('000131004000', '  - {level: normative-document, title: 某某实施细则}\n'),
      ].join('---\n'),
    };
    expect(await allFindings(files, CATALOGUE_V2)).toEqual([]);
  });

  it('reports every setting entry of a licence when none of them can set a licence', async () => {
    const files = {
      'powers/a.yaml': withBasis(
        '000131001000',
        '  - level: departmental-rule\n    title: 食品经营许可和备案管理办法\n    role: setting\n  - {level: law, title: 中华人民共和国食品安全法}\n  - {role: setting, level: normative-document, title: 某省食品经营许可审查细则}\n',
      ),
    };
    expect(await findingsOf('licensing-setting-basis', files)).toEqual(['licensing-setting-basis powers/a.yaml:10:5', 'licensing-setting-basis powers/a.yaml:14:5']);
    expect(await reported('licensing-setting-basis', files)).toEqual([
      'powers/a.yaml:10:5 the setting basis "食品经营许可和备案管理办法" (Departmental rule) of licence "许可001" cannot set an administrative licence (Administrative Licensing Law, articles 14–17): name the law, regulation or decision that sets it (role: setting) and make this entry an implementing basis (role: implementing)',
      'powers/a.yaml:14:5 the setting basis "某省食品经营许可审查细则" (Normative document) of licence "许可001" cannot set an administrative licence (Administrative Licensing Law, articles 14–17): name the law, regulation or decision that sets it (role: setting) and make this entry an implementing basis (role: implementing)',
    ]);
    expect((await reported('licensing-setting-basis', files, 'zh-CN'))[0]).toBe(
      'powers/a.yaml:10:5 行政许可「许可001」的设定依据「食品经营许可和备案管理办法」属于部门规章，不能设定行政许可（行政许可法第十四条至第十七条）：请写明设定该许可的法律、法规或决定（role: setting），本条改作实施依据（role: implementing）',
    );
  });

  it('judges licences only', async () => {
    const files = { 'powers/a.yaml': power('000231001000', undefined).replace('  - level: law\n', '  - role: setting\n    level: normative-document\n') };
    expect(await findingsOf('licensing-setting-basis', files)).toEqual([]);
  });
});
