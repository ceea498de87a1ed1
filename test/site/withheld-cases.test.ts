import { describe, expect, it } from 'vitest';
import { collectFlowcharts } from '../../src/flowchart/collect.js';
import { lintCatalogue } from '../../src/lint/run-lint.js';
import { siteUnits } from '../../src/site/build-site.js';
import { makeCatalogue } from '../helpers/catalogue.js';
import { DEPARTMENT, power } from '../helpers/fixtures.js';
import { svgOf } from '../helpers/site-pages.js';

/* The withheld-data cases of the red-team report (issue 17, item 1), each as it was found. */

async function site(powers: string[], sourceDate?: string): Promise<Map<string, string>> {
  const root = makeCatalogue({ 'departments/d.yaml': DEPARTMENT, 'powers/p.yaml': powers.join('---\n') });
  const { model } = await lintCatalogue(root, [root], { paths: [root], cwd: root, ruleOverrides: new Map(), env: {} });
  const charts = collectFlowcharts(model).map((spec) => ({ ...spec, svg: svgOf(spec.source), key: spec.id }));
  const files = new Map<string, string>();
  for (const unit of siteUnits(model, charts, sourceDate)) {
    // the manifest (unit.last) holds hashes of these files and the catalogue's id and name only
    if (unit.group === 'search index' || unit.group === 'assets' || unit.last) continue;
    for (const [path, content] of await unit.produce()) if (!path.endsWith('.xlsx')) files.set(path, typeof content === 'string' ? content : Buffer.from(content).toString('utf8'));
  }
  return files;
}

const abolished = (extra: string) =>
  power('000231002000', '已废止的处罚事项', `status: abolished\nabolishedOn: "2031-05-06"\nreason: 机构改革取消\n${extra}`);

describe('withheld data stays unpublished', { timeout: 120_000 }, () => {
  it('withhold [status, abolishedOn, reason]: not 已取消, not on the abolished page, and 不予公开 rather than 未填写', async () => {
    const files = await site([
      power(),
      abolished('disclosure: {withhold: [status, abolishedOn, reason], reason: 内部调整中, basis: 政府信息公开条例第十六条}\n'),
    ]);
    const page = files.get('powers/000231002000.html')!;
    expect(page).toContain('已废止的处罚事项');
    expect(page).not.toMatch(/已取消(?!事项)/); // the navigation's 已取消事项 link is on every page
    expect(page).not.toContain('2031-05-06');
    expect(page).not.toContain('机构改革取消');
    expect(page).not.toContain('未填写');
    expect(page).toContain('不予公开');
    expect(files.get('abolished.html')).not.toContain('已废止的处罚事项');
    const json = files.get('data/catalogue.json')!;
    const entry = (JSON.parse(json) as { powers: Record<string, unknown>[] }).powers.find((p) => p.code === '000231002000')!;
    expect(entry).not.toHaveProperty('status');
    expect(entry.withheld).toEqual(['status', 'abolishedOn', 'reason']);
    expect(files.get('data/catalogue.csv')).not.toMatch(/已取消/);
    // Nothing withheld became the site's date either.
    for (const text of files.values()) expect(text).not.toContain('2031-05-06');
  });

  it('withhold [internalProcess] or [process]: risks do not name the internal step they sit on', async () => {
    const withInternal = (code: string, withhold: string) =>
      power(
        code,
        `内部流程不公开的处罚${code.slice(-1)}`,
        'process:\n  internal:\n    steps:\n      - {id: s, name: 秘密内部环节, type: start, actor: clerk, next: e}\n      - {id: e, name: 办结, type: end, actor: deputy}\n' +
          'risks:\n  - {step: s, level: high, points: [风险点甲], controls: [控制甲]}\n' +
          `disclosure: {withhold: [${withhold}], reason: 涉及执法策略, basis: 政府信息公开条例第十四条}\n`,
      );
    const files = await site([withInternal('000231003000', 'internalProcess'), withInternal('000231004000', 'process')]);
    for (const [path, text] of files) expect(text.includes('秘密内部环节'), path).toBe(false);
    expect(files.get('powers/000231003000.html')).toContain('风险点甲');
    expect(files.get('powers/000231003000.html')).toContain('内部流程图');
  });

  it('the site date comes from public fields only, and is left out when there is none', async () => {
    const secretDate = power('000231005000', '不公开的事项', 'effective: "2039-01-01"\ndisclosure: {public: false, reason: 涉密, basis: 保密法}\n');
    const withheldDate = power('000231006000', '生效日期不公开的事项', 'effective: "2038-01-01"\ndisclosure: {withhold: [effective], reason: 未定, basis: 条例}\n');
    const none = await site([secretDate, withheldDate]);
    for (const text of none.values()) {
      expect(text).not.toContain('2039-01-01');
      expect(text).not.toContain('2038-01-01');
      expect(text).not.toContain('1970-01-01');
      expect(text).not.toContain('生成日期');
    }
    expect(JSON.parse(none.get('data/catalogue.json')!)).not.toHaveProperty('generatedOn');
    const dated = await site([secretDate, withheldDate, power('000231007000', '公开的事项', 'effective: "2025-03-04"\n')]);
    expect(dated.get('index.html')).toContain('2025-03-04');
    expect((JSON.parse(dated.get('data/catalogue.json')!) as { generatedOn: string }).generatedOn).toBe('2025-03-04');
    expect((await site([secretDate], '2024-01-02')).get('index.html')).toContain('2024-01-02');
  });
});
