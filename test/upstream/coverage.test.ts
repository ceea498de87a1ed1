import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintCatalogue } from '../../src/lint/run-lint.js';
import { catalogueJson } from '../../src/site/exports/json.js';
import { publicCatalogue } from '../../src/site/public-data.js';
import { siteDate } from '../../src/site/site-date.js';
import { coverageOf } from '../../src/upstream/coverage.js';
import { loadUpstream, upstreamOf } from '../../src/upstream/load-upstream.js';
import { REPO, runCli } from '../helpers/catalogue.js';
import { county, countyCatalogue, countyPower } from '../helpers/upstream-fixtures.js';

const lintOf = (root: string) => lintCatalogue(root, [root], { paths: [root], cwd: root, ruleOverrides: new Map(), env: {} });
const PAIR = join(REPO, 'test/corpus/err/upstream-pair');

describe('the example county and its province', () => {
  it('keeps, as its upstream, exactly the open data powercat publishes for examples/province', async () => {
    const { model } = await lintOf(join(REPO, 'examples/province'));
    const published = publicCatalogue(model, []);
    expect(readFileSync(join(REPO, 'examples/county/upstream/dongling-2026-06.json'), 'utf8')).toBe(catalogueJson(published, siteDate(published, undefined)));
  });

  it('implements every item meant for a county but the one marked not applicable, and has two local items', async () => {
    const coverage = coverageOf((await lintOf(join(REPO, 'examples/county'))).model);
    expect(coverage.lists).toEqual([
      expect.objectContaining({ items: 23, meantForLevel: 20, implemented: 19, missing: [], linked: 19, conform: 19, differ: [], unknown: [], changed: [] }),
    ]);
    expect(coverage.lists[0]!.notApplicable).toEqual([{ code: '000118099000', name: '港口经营许可', reason: '本县无港口，港口经营许可由东岭市交通运输局实施' }]);
    expect({ powers: coverage.powers, linked: coverage.linked, broken: coverage.broken, localOnly: coverage.localOnly.map((p) => p.code) }).toEqual({
      powers: 21,
      linked: 19,
      broken: [],
      localOnly: ['000211001000', '11990521MB0C11253H4002031001000'],
    });
  });
});

describe('upstream data', () => {
  it('is read once per model and shared', async () => {
    const { model } = await lintOf(PAIR);
    expect(await loadUpstream(model)).toBe(upstreamOf(model));
    expect(upstreamOf(model)).toBe(upstreamOf(model));
  });
});

describe('powercat upstream', () => {
  it('counts, per list, what is implemented, missing, differs, is broken or changed, and the local-only powers', { timeout: 60_000 }, () => {
    const result = runCli(['upstream', PAIR, '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('powercat: the upstream list "国家政务服务事项基本目录" was not compared: it cannot be read or fails its pin (powercat lint says why)\n');
    const report = JSON.parse(result.stdout);
    expect(report).toEqual({
      version: 1,
      catalogue: { id: 'upstream-pair', name: '云溪县权责清单', level: 4 },
      lists: [
        {
          id: 'province',
          name: '东岭省权责清单通用目录',
          source: 'upstream/province-2026',
          previous: 'upstream/province-2025.json',
          items: 7,
          meantForLevel: 5,
          implemented: 4,
          notApplicable: [],
          missing: [{ code: '000831001000', name: '对举报食品安全违法行为查证属实的举报人的奖励' }],
          linked: 4,
          conform: 3,
          differ: [{ code: '000631001000', name: '对食品经营者的日常监督检查', upstreamCode: '000631001000', fields: ['name', 'basis'] }],
          unknown: [
            { code: '000231003000', name: '对使用未经检验的食品添加剂的行政处罚' },
            { code: '000231005000', name: '对食品经营者未按规定公示食品安全信息的行政处罚' },
          ],
          changed: [{ code: '11990521MB0C11253H4000131011000', name: '食品经营许可', upstreamCode: '000131011000', fields: ['statutory'] }],
        },
        {
          id: 'national',
          name: '国家政务服务事项基本目录',
          source: 'upstream/national.json',
          problem: 'openDataVersion1',
          items: 0,
          meantForLevel: 0,
          implemented: 0,
          notApplicable: [],
          missing: [],
          linked: 0,
          conform: 0,
          differ: [],
          unknown: [],
        },
      ],
      powers: 7,
      linked: 4,
      broken: [
        { code: '000231003000', name: '对使用未经检验的食品添加剂的行政处罚' },
        { code: '000231005000', name: '对食品经营者未按规定公示食品安全信息的行政处罚' },
      ],
      localOnly: [{ code: '000231006000', name: '对擅自在城区道路两侧摆摊经营食品的行政处罚' }],
    });
  });

  it('writes text (default, in the catalogue’s language) and Markdown, to standard output or a file', { timeout: 60_000 }, () => {
    const text = runCli(['upstream', 'examples/county'], { env: { LANG: '' } });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('上级目录「东岭省省市县三级权责清单通用目录」（upstream/dongling-2026-06.json）\n  上级目录的事项          23\n  适用于本级的事项        20\n    已实施                19\n    本级不实施             1\n    未实施                 0\n');
    expect(text.stdout).toContain('  本级不实施：\n  - 000118099000  港口经营许可 — 理由：本县无港口，港口经营许可由东岭市交通运输局实施\n');
    const out = join(mkdtempSync(join(tmpdir(), 'powercat-upstream-')), 'coverage.md');
    const markdown = runCli(['upstream', 'examples/county', '-f', 'markdown', '--lang', 'en', '-o', out]);
    expect(markdown).toEqual({ code: 0, stdout: '', stderr: '' });
    const written = readFileSync(out, 'utf8');
    expect(written).toContain('# 云溪县人民政府工作部门权责清单 · Coverage of the upstream lists (level of government: county)\n');
    expect(written).toContain('| Category | Count |\n|---|---:|\n| Items of the upstream list | 23 |\n| Items meant for this level | 20 |\n| &emsp;Implemented | 19 |\n');
    expect(written).toContain('| 000118099000 | 港口经营许可 | Reason: 本县无港口，港口经营许可由东岭市交通运输局实施 |');
  });

  it('refuses a catalogue without upstream lists and an unknown format (exit 2)', { timeout: 60_000 }, () => {
    expect(runCli(['upstream', 'examples/province'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'powercat: powercat.yaml of examples/province names no upstream list, so there is nothing to compare; see docs/upstream.md\n',
    });
    const unknown = runCli(['upstream', 'examples/county', '-f', 'html']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('powercat: unknown format "html"; use one of text, markdown, json\n');
  });

  it('keeps catalogue text inert in text and Markdown', { timeout: 60_000 }, () => {
    const root = county({
      'powercat.yaml': countyCatalogue(['id: province\nname: "东岭省\\u001b[2J|目录"\nsource: upstream/province.json']),
      'upstream/province.json': JSON.stringify({ formatVersion: 2, catalogue: {}, powers: [{ code: '::error::x', name: '*强调*\n第二行', type: 'penalty' }] }),
      'powers/market.yaml': countyPower('000231001000', '对无证经营的处罚'),
    });
    const text = runCli(['upstream', root, '--lang', 'en']).stdout;
    expect(text).toContain('Upstream list "东岭省\\u001b[2J|目录"');
    expect(text).toContain('  - ::error::x  *强调*\\n第二行\n');
    expect(text).not.toContain('\u001b');
    const markdown = runCli(['upstream', root, '-f', 'markdown', '--lang', 'zh-CN']).stdout;
    expect(markdown).toContain('## 上级目录「东岭省\\\\u001b\\[2J\\|目录」');
    expect(markdown).toContain('| ::error::x | \\*强调\\*\\\\n第二行 |  |');
  });
});
