import { describe, expect, it } from 'vitest';
import { normalizePowerName } from '../../src/domain/power-name.js';

describe('normalizePowerName', () => {
  it('folds full and half width, both bracket styles and every kind of space', () => {
    expect(normalizePowerName('对未取得ＩＣＰ许可证的处罚')).toBe('对未取得ICP许可证的处罚');
    expect(normalizePowerName('建筑工程施工许可（含装修）')).toBe(normalizePowerName('建筑工程施工许可(含装修)'));
    expect(normalizePowerName(' 食品经营 许可\u3000（新办）\t')).toBe('食品经营许可(新办)');
    expect(normalizePowerName('食品\u00a0经营\u200b许可')).toBe('食品经营许可');
  });

  it('folds level suffixes at the end, in either bracket style, repeatedly', () => {
    for (const level of ['省级', '市级', '县级', '区级', '乡级', '乡镇级', '街道级']) {
      expect(normalizePowerName(`临时用地审批（${level}）`)).toBe('临时用地审批');
      expect(normalizePowerName(`临时用地审批 (${level})`)).toBe('临时用地审批');
    }
    expect(normalizePowerName('临时用地审批（县级）（市级）')).toBe('临时用地审批');
  });

  it('keeps level words that are not a bracketed suffix at the end, and other brackets', () => {
    expect(normalizePowerName('县级文物保护单位修缮审批')).toBe('县级文物保护单位修缮审批');
    expect(normalizePowerName('临时用地审批（县级）补正')).toBe('临时用地审批(县级)补正');
    expect(normalizePowerName('临时用地审批（县级以上）')).toBe('临时用地审批(县级以上)');
    expect(normalizePowerName('临时用地审批【县级】')).toBe('临时用地审批【县级】');
  });

  it('reduces a name that is only a suffix or spaces to the empty string', () => {
    expect(normalizePowerName('（县级）')).toBe('');
    expect(normalizePowerName(' \u3000 ')).toBe('');
  });
});
