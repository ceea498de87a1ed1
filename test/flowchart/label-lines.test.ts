import { describe, expect, it } from 'vitest';
import { breakLabel, graphemesOf, lineUnits } from '../../src/flowchart/label-lines.js';
import { loadWordSegmenter } from '../../src/flowchart/word-segmenter.js';

/** Noto Sans CJK's proportions: ideographs and full-width marks 1 em, the rest about half. */
const widthOf = (g: string) => (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(g) ? 16 : 8);
const segment = await loadWordSegmenter();
const lines = (text: string, max: number) => breakLabel(text, max, segment, widthOf);
const width = (text: string) => graphemesOf(text).reduce((sum, g) => sum + widthOf(g), 0);
const CLOSING_START = /^[，。、；：！？）》」』】”’,.;:!?)\]…%]/u;

describe('breaking labels into lines', () => {
  it('keeps a label that fits on one line', () => {
    expect(lines('受理', 100)).toEqual(['受理']);
    expect(lines('', 100)).toEqual([]);
  });

  it.each([
    ['告知当事人听证权利', 80, ['告知当事人', '听证权利']],
    ['告知当事人听证权利', 64, ['告知', '当事人', '听证权利']],
    ['对检查对象进行现场检查', 96, ['对检查对象', '进行现场检查']],
    ['不要求听证（或不属于听证范围）', 128, ['不要求听证（或', '不属于听证范围）']],
  ])('breaks %j at %i px between words, never inside one (听证, 当事人, 对象)', (text, max, expected) => {
    expect(lines(text, max)).toEqual(expected);
  });

  it('keeps a negation with what it negates, and punctuation with its word', () => {
    expect(lines('不齐全或不符合法定形式', 128)).toEqual(['不齐全或不符合', '法定形式']);
    expect(lines('不齐全或不符合法定形式', 96)).toEqual(['不齐全或', '不符合', '法定形式']);
    expect(lines('材料是否齐全、符合法定形式', 128)).toEqual(['材料是否齐全、', '符合法定形式']);
  });

  it('never starts a line with a closing mark, nor ends one with an opening mark, at any width', () => {
    const texts = ['执法机关负责人（情节复杂或重大的集体讨论）', '申请人提交材料，窗口审查；不齐全的，一次性告知。', '《中华人民共和国行政许可法》第三十二条', '“双随机、一公开”检查'];
    for (const text of texts) {
      for (let max = 16; max <= 320; max += 8) {
        const broken = lines(text, max);
        expect(broken.join(''), `${text} at ${max}`).toBe(text);
        for (const line of broken) {
          expect(line, `${text} at ${max}`).not.toMatch(CLOSING_START);
          expect(line, `${text} at ${max}`).not.toMatch(/[（《「『【“‘(]$/u);
        }
      }
    }
  });

  it('never breaks at a no-break space, a middle dot or a hyphen, and keeps a number with its unit', () => {
    expect(lineUnits('承办人 · 1\u00a0个工作日', segment)).not.toContain('1');
    expect(lineUnits('联系电话0899-8200123', segment).some((u) => u.includes('0899-8200123'))).toBe(true);
    expect(lineUnits('约翰·史密斯', segment)).toEqual(['约翰·史密斯']);
    expect(lineUnits('15日内办结', segment)[0]).toMatch(/^15日/);
  });

  it('breaks at spaces between Latin words, and inside a word only when it is longer than a line', () => {
    expect(lines('online application form', 100)).toEqual(['online', 'application', 'form']);
    const long = 'https://zwfw.example.gov.cn/very/long/path';
    const broken = lines(long, 80);
    expect(broken.join('')).toBe(long);
    for (const line of broken) expect(width(line)).toBeLessThanOrEqual(80);
  });

  it('evens the lines out: as many as the width needs, each as short as it can be', () => {
    const broken = lines('政务服务中心综合受理窗口工作人员', 208);
    expect(broken).toHaveLength(2);
    expect(Math.abs(width(broken[0]!) - width(broken[1]!))).toBeLessThanOrEqual(32);
  });
});
