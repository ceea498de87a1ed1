import { describe, expect, it } from 'vitest';
import { brief, lintRoot, makeCatalogue } from './helpers/catalogue.js';
import { RULES } from '../src/rules/index.js';

const catalogue = (rules: string) => `kind: Catalogue\nid: test\nname: 测试县权责清单\nrules:\n${rules}`;
const BIG = `kind: Department\nid: big\nname: 某局\n# ${'注'.repeat(400_000)}\n`; // 1.2 MB

async function findings(rules: string, lang: 'en' | 'zh-CN' = 'en') {
  const root = makeCatalogue({ 'powercat.yaml': catalogue(rules), 'departments/big.yaml': BIG });
  return (await lintRoot(root, { only: ['schema', 'yaml-syntax'], lang })).map((d) => `${brief(d)} ${d.message}`);
}

// Each lint reads a 1.2 MB file: seconds on a busy machine.
describe('rule options are checked against their declaration', { timeout: 30_000 }, () => {
  it('a value out of range is an error at that option, and the default holds (maxFileSizeMB: -1)', async () => {
    expect(await findings('  yaml-syntax:\n    level: error\n    options: {maxFileSizeMB: -1}\n')).toEqual([
      'schema powercat.yaml:7:30 "rules.yaml-syntax.options.maxFileSizeMB" has the value -1, out of range: must be > 0',
    ]);
    expect(await findings('  yaml-syntax: {level: error, options: {maxFileSizeMB: 0}}\n', 'zh-CN')).toEqual([
      'schema powercat.yaml:5:56 「rules.yaml-syntax.options.maxFileSizeMB」的值 0 超出范围：应 > 0',
    ]);
  });

  it('a valid value is used', async () => {
    expect(await findings('  yaml-syntax: {level: error, options: {maxFileSizeMB: 1}}\n')).toEqual([
      expect.stringMatching(/^yaml-syntax departments\/big\.yaml:1:1 file too large \(1\.\d+ MB, limit 1 MB\)/),
    ]);
  });

  it('a wrong type, a value above the maximum, an unknown option and options of a rule without any are each found at their place', async () => {
    expect(
      await findings(
        '  power-concentration: {level: warn, options: {share: 1.5}}\n' +
          '  yaml-syntax: {level: error, options: {maxFileSizeMB: "10", maxFileSize: 3}}\n' +
          '  code-duplicate: {level: error, options: {strict: true}}\n',
      ),
    ).toEqual([
      'schema powercat.yaml:5:55 "rules.power-concentration.options.share" has the value 1.5, out of range: must be <= 1',
      'schema powercat.yaml:6:56 "rules.yaml-syntax.options.maxFileSizeMB" must be a number, this is text',
      'schema powercat.yaml:6:62 unknown key "maxFileSize"; keys allowed here: maxDocuments, maxAliasExpansion',
      'schema powercat.yaml:7:34 rule "code-duplicate" has no options; remove options here',
    ]);
  });

  it('every declared option has a default within its own range', () => {
    for (const { meta } of RULES) {
      for (const [name, option] of Object.entries(meta.options ?? {})) {
        const where = `${meta.id}.${name}`;
        if (option.type === 'integer') expect(Number.isInteger(option.default), where).toBe(true);
        if (option.minimum !== undefined) expect(option.default, where).toBeGreaterThanOrEqual(option.minimum);
        if (option.exclusiveMinimum !== undefined) expect(option.default, where).toBeGreaterThan(option.exclusiveMinimum);
        if (option.maximum !== undefined) expect(option.default, where).toBeLessThanOrEqual(option.maximum);
      }
    }
  });
});
