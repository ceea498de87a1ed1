import type { LocalizedText } from '../core/messages.js';
import { spawnSync } from 'node:child_process';

/** Fonts the flowcharts ask for, in order; the first one installed is used. */
export const FONT_STACK = ['Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'PingFang SC', 'Microsoft YaHei'];
export const FONT_FAMILY = [...FONT_STACK.map((f) => `"${f}"`), 'sans-serif'].join(', ');

export type FontCheck =
  | { ok: true; font: string }
  | { ok: false; reason: 'no-cjk-font' }
  | { ok: true; font: 'unknown (no fontconfig)' };

/**
 * The font Chinese labels will be set in, asked of fontconfig (`fc-list :lang=zh`). Geometry
 * depends on it, so it is part of the cache key; without any CJK font, labels would be boxes.
 */
export function resolveCjkFont(): FontCheck {
  const listed = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (listed.error) return { ok: true, font: 'unknown (no fontconfig)' };
  const families = new Set(listed.stdout.split('\n').flatMap((line) => line.split(',').map((f) => f.trim())).filter(Boolean));
  if (families.size === 0) return { ok: false, reason: 'no-cjk-font' };
  const chosen = FONT_STACK.find((f) => families.has(f)) ?? [...families].sort()[0]!;
  return { ok: true, font: chosen };
}

export const FONT_HOW_TO: LocalizedText = {
  'zh-CN': '没有安装中文（CJK）字体，流程图中的文字会显示成空方框。请安装一种：apt-get install fonts-noto-cjk（或 fonts-wqy-microhei）',
  en: 'no Chinese (CJK) font is installed, so flowchart labels would render as empty boxes. Install one: apt-get install fonts-noto-cjk (or fonts-wqy-microhei)',
};
