import { describe, expect, it } from 'vitest';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { allFindings, CATALOGUE, DEPARTMENT, findingsOf, power } from '../helpers/fixtures.js';

const PATTERN = (pattern: string) => `kind: Catalogue\nid: test\nname: 青水县权责清单\ncodeProfile: pattern\ncodePattern: '${pattern}'\n`;

async function messages(files: Record<string, string>): Promise<string[]> {
  const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, ...files });
  return (await lintRoot(root)).filter((d) => d.rule === 'code-format').map((d) => `${d.line}:${d.column} ${d.message}`);
}

describe('code-format', { timeout: 60_000 }, () => {
  it('passes the three national forms (and the fixture is clean under every rule)', async () => {
    const files = {
      'powers/a.yaml': [
        power('000231001000'),
        power('11100000MB0341032Y4000231002000', '对经营超过保质期食品的处罚'),
        power('11100000MB0341032Y400023100300001', '对经营病死畜禽肉类的处罚'),
      ].join('---\n'),
    };
    expect(await allFindings(files)).toEqual([]);
  });

  it('reports national codes of the wrong length or structure, powers and sub-items', async () => {
    const files = {
      'powers/a.yaml': power('QS-SCJG-001') + '---\n' + power('00023100200Y', '有子项的处罚', 'subItems:\n  - {code: "000231002-01", name: 子项一}\n'),
      'powers/b.yaml': [
        power('11100000mb0341032Y4000231003000', '前缀小写'),
        power('11100000MB0341032Y8000231004000', '层级错误'),
        power('009931005000', '类型 99'),
        power('11100000MB0341032Y40002310060000A', '序号错误'),
      ].join('---\n'),
    };
    expect(await findingsOf('code-format', files)).toEqual([
      'code-format powers/a.yaml:2:7',
      'code-format powers/a.yaml:37:12',
      'code-format powers/b.yaml:2:7',
      'code-format powers/b.yaml:20:7',
      'code-format powers/b.yaml:38:7',
      'code-format powers/b.yaml:56:7',
    ]);
    const forms =
      'a national code is a 12-char basic code (基本编码), a 31-char implementation code (实施编码: the body\'s USCC, a level digit, the basic code) or a 33-char handling-item code (业务办理项编码: the implementation code and a 2-digit serial)';
    expect(await messages(files)).toEqual([
      `2:7 code "QS-SCJG-001" has 11 characters and does not fit codeProfile national: ${forms}`,
      `37:12 the basic code "000231002-01" in code "000231002-01" does not fit the national structure (region 2, type 01–29 2, ministry 2, sequence 3, sub-item 000/00Y/001–999 3): ${forms}`,
      `2:7 the first 18 characters of code "11100000mb0341032Y4000231003000", "11100000mb0341032Y", are not shaped like a USCC (digits and capital letters except I O S V Z): ${forms}`,
      `20:7 character 19 of code "11100000MB0341032Y8000231004000", "8", should be a level digit 1–7: ${forms}`,
      `38:7 the basic code "009931005000" in code "009931005000" does not fit the national structure (region 2, type 01–29 2, ministry 2, sequence 3, sub-item 000/00Y/001–999 3): ${forms}`,
      `56:7 the last 2 characters of code "11100000MB0341032Y40002310060000A", "0A", should be the handling-item serial (2 digits): ${forms}`,
    ]);
  });

  it('checks nothing under the free profile (the default)', async () => {
    const catalogue = 'kind: Catalogue\nid: test\nname: 青水县权责清单\n';
    expect(await findingsOf('code-format', { 'powercat.yaml': catalogue, 'powers/a.yaml': power('QS-SCJG-001') })).toEqual([]);
  });

  it('matches the whole code against codePattern', async () => {
    const files = {
      'powercat.yaml': PATTERN('QS-[A-Z]{4}-\\d{3}'),
      'powers/a.yaml': [power('QS-SCJG-001'), power('QS-SCJG-0021', '多一位'), power('XQS-SCJG-003', '前面多一个字母')].join('---\n'),
    };
    expect(await findingsOf('code-format', files)).toEqual(['code-format powers/a.yaml:20:7', 'code-format powers/a.yaml:38:7']);
    expect((await messages(files))[0]).toBe(
      '20:7 code "QS-SCJG-0021" does not match the catalogue\'s codePattern "QS-[A-Z]{4}-\\d{3}" (the whole code must match); correct the code to the local scheme',
    );
  });

  it('reports a pattern profile without codePattern at codeProfile, once', async () => {
    const files = { 'powercat.yaml': 'kind: Catalogue\nid: test\nname: 青水县权责清单\ncodeProfile: pattern\n', 'powers/a.yaml': power('QS-SCJG-001') };
    expect(await findingsOf('code-format', files)).toEqual(['code-format powercat.yaml:4:14']);
    expect(await messages(files)).toEqual([
      '4:14 codeProfile is pattern but no codePattern is given: add the regex every code must match to powercat.yaml, or use national or free',
    ]);
  });

  it('reports an invalid codePattern at its value instead of crashing', async () => {
    const files = { 'powercat.yaml': PATTERN('QS-[A-Z'), 'powers/a.yaml': power('QS-SCJG-001') };
    expect(await findingsOf('code-format', files)).toEqual(['code-format powercat.yaml:5:14']);
    expect(await messages(files)).toEqual([
      '5:14 codePattern "QS-[A-Z" is not a valid JavaScript regular expression (Unterminated character class), so no code was checked against it; correct it',
    ]);
  });

  it('runs codePattern in linear time: a catastrophically backtracking pattern cannot hang lint', async () => {
    const code = 'a'.repeat(5_000) + 'b';
    const files = { 'powercat.yaml': PATTERN('(a+)+$'), 'powers/a.yaml': power(code) };
    const started = performance.now();
    expect(await findingsOf('code-format', files)).toEqual(['code-format powers/a.yaml:2:7']);
    // With JavaScript's backtracking engine this match alone takes longer than the universe is old.
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 30_000);

  it('refuses, at codePattern, what the linear-time engine does not run (lookaround, backreferences)', async () => {
    for (const [pattern, error] of [
      ['QS-(?=S)[A-Z]{4}-\\d{3}', 'invalid or unsupported Perl syntax: `(?=`'],
      ['(Q)\\1S-\\d{3}', 'invalid escape sequence: `\\1`'],
    ]) {
      const files = { 'powercat.yaml': PATTERN(pattern!), 'powers/a.yaml': power('QS-SCJG-001') };
      expect(await messages(files)).toEqual([
        `5:14 codePattern "${pattern}" uses what is not supported (${error}), so no code was checked against it: codePattern runs on the linear-time RE2 engine, so that no pattern can make lint hang, which has no lookaround (?=…) (?!…) (?<=…) (?<!…), no backreferences \\1 and no repeat counts over 1000; rewrite it`,
      ]);
    }
  }, 30_000);

  it('reads JavaScript escapes such as \\u4e00 in codePattern', async () => {
    const files = { 'powercat.yaml': PATTERN('青水-[\\u4e00-\\u9fff]{2}-\\d{3}'), 'powers/a.yaml': [power('青水-市场-001'), power('青水-SC-002', '第二项')].join('---\n') };
    expect(await findingsOf('code-format', files)).toEqual(['code-format powers/a.yaml:20:7']);
  });

  it('reports invisible characters in a code under every profile, and only that', async () => {
    const hidden = [power('000231\u200b001000'), power('\u202e000231002000', '第二项'), power('QS-\u2066SCJG\u2069-001', '第三项')].join('---\n');
    for (const catalogue of [CATALOGUE, 'kind: Catalogue\nid: test\nname: 青水县权责清单\n', PATTERN('QS-[A-Z]{4}-\\d{3}|\\d{12}')]) {
      const root = makeCatalogue({ 'powercat.yaml': catalogue, 'departments/scjgj.yaml': DEPARTMENT, 'powers/a.yaml': hidden });
      const found = (await lintRoot(root, { only: ['code-format'] })).map((d) => `${d.line}:${d.column} ${d.message}`);
      expect(found.slice(0, 3)).toEqual([
        '2:7 code "000231001000" holds invisible characters (U+200B), such as zero-width spaces or bidi controls, which make codes that look alike count as different; delete them',
        '20:7 code "000231002000" holds invisible characters (U+202E), such as zero-width spaces or bidi controls, which make codes that look alike count as different; delete them',
        '38:7 code "QS-SCJG-001" holds invisible characters (U+2066, U+2069), such as zero-width spaces or bidi controls, which make codes that look alike count as different; delete them',
      ]);
      expect(found).toHaveLength(3);
    }
  });

  it('accepts the 14-char basic code + serial for handling items only, and names both handling forms when one has another length', async () => {
    const files = {
      'powers/a.yaml': power('000231001000', undefined, 'handlingItems:\n  - {code: "00023100100101", name: 新办}\n  - {code: "0002310010010", name: 变更}\n'),
      'powers/b.yaml': power('00023100200101', '对另一违法行为的处罚', 'subItems:\n  - {code: "00023100200101", name: 子项}\n').replace('"00023100200101"', '"00023100200Y"'),
    };
    expect(await findingsOf('code-format', files)).toEqual(['code-format powers/a.yaml:20:12', 'code-format powers/b.yaml:19:12']);
    expect(await messages(files)).toEqual([
      '20:12 handling-item code "0002310010010" has 13 characters: it is its item\'s code and a 2-digit serial, 33 characters (a 31-char implementation code + 2) or 14 (a 12-char basic code + 2)',
      '19:12 code "00023100200101" has 14 characters, the short handling-item form (a 12-char basic code and a 2-digit serial), which only a handling item (handlingItems) may use; a power or sub-item takes a 12-char basic or 31-char implementation code',
    ]);
  });
});
