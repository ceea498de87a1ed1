/*
 * Start and end steps are drawn as pills. Mermaid's own stadium shape is a hand-drawn rough.js path
 * of ≈ 20 KB per node (≈ 40 % of a typical diagram); instead the node is a rounded rectangle of a
 * marker class, and after rendering its corner radius becomes half its height: one <rect>.
 */

export const TERMINAL_CLASS = 'terminal';
/** The marker class's style: a radius no other style uses, replaced after rendering. */
export const TERMINAL_STYLE = 'rx:999px,ry:999px';
const INLINE_MARKER = 'rx:999px !important;ry:999px !important';
const STYLESHEET_RULE = new RegExp(`#[\\w-]+ \\.${TERMINAL_CLASS} [a-z]+\\{rx:999px!important;ry:999px!important;\\}`, 'g');

/** Every marked rectangle gets rx = ry = half its height; the marker leaves the SVG. */
export function pillTerminals(svg: string): string {
  return svg.replace(STYLESHEET_RULE, '').replace(/<rect\b[^>]*>/g, (rect) => {
    if (!rect.includes(INLINE_MARKER)) return rect;
    const height = Number(/\sheight="([\d.]+)"/.exec(rect)?.[1]);
    if (!Number.isFinite(height)) return rect;
    const radius = String(Math.round((height / 2) * 100) / 100);
    return rect
      .replace(new RegExp(`${INLINE_MARKER};?`), '')
      .replace(/\s(rx|ry)="[^"]*"/g, '')
      .replace(/\sstyle=""/, '')
      .replace(/^<rect/, `<rect rx="${radius}" ry="${radius}"`);
  });
}
