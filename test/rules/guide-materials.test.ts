import { describe, expect, it } from 'vitest';
import { allFindings, CATALOGUE, CATALOGUE_V2, findingsOf, licence, power, reported } from '../helpers/fixtures.js';

const GUIDE = 'guide:\n  materials:\n    - {name: 食品经营许可申请书}\n';
/** A licence whose guide is replaced by `guide` (YAML at the top level, or ''). */
const withGuide = (code: string, guide: string, extra = '') => licence(code, `许可${code.slice(-6, -3)}`, extra).replace(GUIDE, guide);

describe('guide-materials', { timeout: 60_000 }, () => {
  it('passes materials, immediate items, abolished powers and types without a time limit (clean under every rule)', async () => {
    const files = {
      'powers/a.yaml': [
        licence('000131001000'),
        withGuide('000131002000', '').replace('  promised: {value: 7, unit: workday}\n', '  immediate: true\n'),
        withGuide('000131003000', '', 'status: abolished\nabolishedOn: "2020-01-01"\nreason: 国务院决定取消\n'),
        power('000231004000'),
      ].join('---\n'),
    };
    expect(await allFindings(files, CATALOGUE_V2)).toEqual([]);
  });

  it('reports a missing guide at the power, missing materials at the guide, an empty list at the list', async () => {
    const files = {
      'powers/a.yaml': withGuide('000131001000', ''),
      'powers/b.yaml': withGuide('000131002000', 'guide:\n  place: 青水县政务服务中心\n  visits: 1\n'),
      'powers/c.yaml': withGuide('000131003000', 'guide:\n  materials: []\n'),
    };
    expect(await findingsOf('guide-materials', files, CATALOGUE_V2)).toEqual([
      'guide-materials powers/a.yaml:1:1',
      'guide-materials powers/b.yaml:18:3',
      'guide-materials powers/c.yaml:18:14',
    ]);
    expect(await reported('guide-materials', files, 'en', CATALOGUE_V2)).toEqual([
      'powers/a.yaml:1:1 the service guide of "许可001" (Administrative licensing) lists no application materials (guide.materials): say what an applicant must hand in',
      'powers/b.yaml:18:3 the service guide of "许可002" (Administrative licensing) lists no application materials (guide.materials): say what an applicant must hand in',
      'powers/c.yaml:18:14 the application materials (guide.materials) of "许可003" (Administrative licensing) are an empty list: say what an applicant must hand in',
    ]);
    expect((await reported('guide-materials', files, 'zh-CN', CATALOGUE_V2))[0]).toBe(
      'powers/a.yaml:1:1 行政许可事项「许可001」的办事指南没有列出申请材料（guide.materials）：写明申请人要提交哪些材料',
    );
  });

  it('runs only where powercat.yaml declares formatVersion: 2', async () => {
    const files = { 'powers/a.yaml': withGuide('000131001000', '') };
    expect(await findingsOf('guide-materials', files, CATALOGUE)).toEqual([]);
    expect(await findingsOf('guide-materials', files, `${CATALOGUE}formatVersion: 1\n`)).toEqual([]);
    expect(await findingsOf('guide-materials', files, CATALOGUE_V2)).toEqual(['guide-materials powers/a.yaml:1:1']);
  });
});
