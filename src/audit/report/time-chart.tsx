import { ui, uiAttr, type UiText } from '../../site/i18n.js';
import type { CountedUnit } from '../../domain/work-calendar.js';

const WIDTH = 160;
const HEIGHT = 20;

/** `3 个工作日` / `3 working days`. */
export function duration(n: number, unit: CountedUnit): UiText {
  return unit === 'workday' ? ui('{n} 个工作日', { n }) : ui('{n} 天', { n });
}

/**
 * The median handling time as a bar, the limit as a line across it; the bar turns red past the
 * limit. Inline SVG (no script, prints as drawn); the numbers are beside it in text as well.
 */
export function TimeChart({ median, limit, unit }: { median: number; limit: number | undefined; unit: CountedUnit }) {
  const scale = (WIDTH - 4) / (Math.max(median, limit ?? 0) * 1.1 || 1);
  const over = limit !== undefined && median > limit;
  const label =
    limit === undefined
      ? ui('中位数 {median}，无时限', { median: duration(median, unit) })
      : ui('中位数 {median}，时限 {limit}', { median: duration(median, unit), limit: duration(limit, unit) });
  const x = (value: number) => round(2 + value * scale);
  return (
    <svg class="time-chart" role="img" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} {...uiAttr('aria-label', label)}>
      <rect x="2" y="5" width={round(median * scale)} height="10" fill={over ? '#b42318' : '#0b4f8a'} />
      {limit !== undefined && <line x1={x(limit)} x2={x(limit)} y1="1" y2={HEIGHT - 1} stroke="#1f2328" stroke-width="2" />}
    </svg>
  );
}

const round = (n: number) => Math.round(n * 100) / 100;
