import { describe, expect, it } from 'vitest';
import { allFindings, CATALOGUE_V2, findingsOf, licence, reported } from '../helpers/fixtures.js';

/** A licence with a guide of these keys (besides materials) and these forms of handling. */
const withGuide = (code: string, guide: string, handling?: string) =>
  licence(code, `许可${code.slice(-6, -3)}`, handling === undefined ? '' : `handling: ${handling}\n`).replace('guide:\n', `guide:\n${guide}`);

describe('guide-consistency', { timeout: 60_000 }, () => {
  it('passes visits that agree with the online depth and the forms of handling, or with no forms stated (clean under every rule)', async () => {
    const files = {
      'powers/a.yaml': [
        withGuide('000131001000', '  visits: 0\n  onlineDepth: 4\n', '[online-pc, online-mobile]'),
        withGuide('000131002000', '  visits: 0\n', '[window, mail]'),
        withGuide('000131003000', '  visits: 1\n  onlineDepth: 3\n', '[window]'),
        withGuide('000131004000', '  onlineDepth: 4\n'),
        withGuide('000131005000', '  visits: 0\n'),
      ].join('---\n'),
    };
    expect(await allFindings(files, CATALOGUE_V2)).toEqual([]);
  });

  it('reports visits beside full online handling, and zero visits with no remote form of handling, at visits', async () => {
    const files = {
      'powers/a.yaml': withGuide('000131001000', '  onlineDepth: 4\n  visits: 2\n', '[window, online-pc]'),
      'powers/b.yaml': withGuide('000131002000', '  visits: 0\n', '[window, other]'),
    };
    expect(await findingsOf('guide-consistency', files, CATALOGUE_V2)).toEqual([
      'guide-consistency powers/a.yaml:19:11',
      'guide-consistency powers/b.yaml:18:11',
    ]);
    expect(await reported('guide-consistency', files, 'en', CATALOGUE_V2)).toEqual([
      'powers/a.yaml:19:11 "许可001" is fully online (onlineDepth: 4) but needs 2 visits (visits): a fully online item needs none; correct one of them | powers/a.yaml:18:16 marked fully online here',
      'powers/b.yaml:18:11 "许可002" needs no visit (visits: 0), but its forms of handling (handling) include none of online-pc (Online (computer)), online-mobile (Online (mobile)), mail (By courier), so an applicant still has to come: add the form of handling, or correct the visits | powers/b.yaml:21:11 the forms of handling are here',
    ]);
    expect((await reported('guide-consistency', files, 'zh-CN', CATALOGUE_V2))[1]).toBe(
      'powers/b.yaml:18:11 「许可002」标为零跑动（visits: 0），但办理形式（handling）中没有 online-pc 网上办理（电脑端）、online-mobile 网上办理（移动端）、mail 快递申请 中的任何一种，申请人仍须到现场：补上相应的办理形式，或改正到现场次数 | powers/b.yaml:21:11 办理形式在此',
    );
  });
});
