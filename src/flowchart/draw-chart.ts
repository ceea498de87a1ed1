import type { ChartNode, ChartPlan, NodeLines } from './chart-plan.js';
import { FLOWCHART_CSS, LINE_STEP, MIN_LABEL_PX, RULE_GAP, SMALLEST_TEXT, TEXT_SIZE } from './chart-style.js';

type Point = [number, number];
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where Mermaid placed things, in the coordinates of its viewBox. */
export interface ChartLayout {
  viewBox: [number, number, number, number];
  /** Node id → its shape's bounding box. */
  nodes: Record<string, Box>;
  /** Mermaid's edge id (`L_<from>_<to>_<n>`) and the points of its route, first to last. */
  edges: { id: string; points: Point[] }[];
}

const ARROW = { length: 9, halfWidth: 4.5 };
const KIND_CLASS: Record<ChartNode['kind'], string> = { terminal: 's t', task: 's k', decision: 's q', branch: 'b' };

/**
 * Whole pixels for boxes, lines and text (half a pixel is invisible at any zoom a reader uses, and
 * a chart is inlined in thousands of pages); a tenth of a pixel for the small arrowheads, whose
 * shape would show the rounding.
 */
const round = (n: number, decimals: number) => {
  const rounded = Math.round(n * 10 ** decimals) / 10 ** decimals;
  return String(Object.is(rounded, -0) ? 0 : rounded);
};
const num = (n: number) => round(n, 0);
const pt = ([x, y]: Point) => `${num(x)},${num(y)}`;
const fine = ([x, y]: Point) => `${round(x, 1)},${round(y, 1)}`;

/** Text for an XML text node: markup characters escaped, characters XML cannot hold dropped. */
function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** d3's curveBasis (what Mermaid draws with `curve: basis`), as path data. */
function basis(points: readonly Point[]): string {
  const [first, ...rest] = points;
  if (first === undefined) return '';
  if (points.every(([x]) => Math.abs(x - first[0]) < 0.5)) return `M${pt(first)}V${num(points.at(-1)![1])}`;
  if (points.every(([, y]) => Math.abs(y - first[1]) < 0.5)) return `M${pt(first)}H${num(points.at(-1)![0])}`;
  let d = `M${pt(first)}`;
  if (rest.length === 1) return `${d}L${pt(rest[0]!)}`;
  let [x0, y0] = first;
  let [x1, y1] = rest[0]!;
  d += `L${pt([(5 * x0 + x1) / 6, (5 * y0 + y1) / 6])}`;
  for (const [x, y] of rest.slice(1)) {
    d += `C${pt([(2 * x0 + x1) / 3, (2 * y0 + y1) / 3])} ${pt([(x0 + 2 * x1) / 3, (y0 + 2 * y1) / 3])} ${pt([(x0 + 4 * x1 + x) / 6, (y0 + 4 * y1 + y) / 6])}`;
    [x0, y0, x1, y1] = [x1, y1, x, y];
  }
  d += `C${pt([(2 * x0 + x1) / 3, (2 * y0 + y1) / 3])} ${pt([(x0 + 2 * x1) / 3, (y0 + 2 * y1) / 3])} ${pt([x1, y1])}`;
  return d;
}

/** The line stops short of the target by the arrowhead, whose tip is where Mermaid ended the route. */
function arrowhead(points: Point[]): { line: Point[]; head: string } {
  const tip = points.at(-1)!;
  const before = points.at(-2)!;
  const length = Math.hypot(tip[0] - before[0], tip[1] - before[1]) || 1;
  const [ux, uy] = [(tip[0] - before[0]) / length, (tip[1] - before[1]) / length];
  const back = Math.min(ARROW.length, length * 0.9);
  const base: Point = [tip[0] - ux * back, tip[1] - uy * back];
  const left: Point = [base[0] - uy * ARROW.halfWidth, base[1] + ux * ARROW.halfWidth];
  const right: Point = [base[0] + uy * ARROW.halfWidth, base[1] - ux * ARROW.halfWidth];
  return { line: [...points.slice(0, -1), base], head: `M${fine(tip)}L${fine(left)}L${fine(right)}z` };
}

interface Row {
  kind: 'name' | 'detail' | 'branch' | 'badge' | 'rule';
  text: string;
}

function rowsOf(node: ChartNode, lines: NodeLines): Row[] {
  const rows: Row[] = lines.name.map((text) => ({ kind: node.kind === 'branch' ? 'branch' : 'name', text }));
  if (rows.length > 0 && lines.details.length > 0) rows.push({ kind: 'rule', text: '' });
  rows.push(...lines.details.map((text): Row => ({ kind: 'detail', text })));
  if (lines.risk !== undefined) rows.push({ kind: 'badge', text: lines.risk });
  return rows;
}

const stepOf = (row: Row) => (row.kind === 'rule' ? 2 * RULE_GAP + 1 : LINE_STEP[row.kind]);
const CLASS_OF: Record<Exclude<Row['kind'], 'rule' | 'badge'>, string> = { name: 'n', detail: 'd', branch: '' };

/** The half width of the node's inside at height y, less a margin: all of a box, less of a diamond away from its middle. */
function innerHalfWidth(node: ChartNode, box: Box, y: number): number {
  const half = box.width / 2;
  if (node.kind !== 'decision') return half - 10;
  const fromMiddle = Math.abs(y - (box.y + box.height / 2));
  return Math.max(0, half * (1 - (2 * fromMiddle) / box.height) - 8);
}

function drawNode(node: ChartNode, box: Box, lines: NodeLines, widthOf: (text: string) => number): string {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const classes = [KIND_CLASS[node.kind], ...(node.risk ? [`r-${node.risk}`] : [])].join(' ');
  let out = `<g class="${classes}">`;
  if (node.kind === 'decision') {
    out += `<polygon points="${pt([cx, box.y])} ${pt([box.x + box.width, cy])} ${pt([cx, box.y + box.height])} ${pt([box.x, cy])}"/>`;
  } else {
    const [width, height] = [Number(num(box.width)), Number(num(box.height))];
    // a pill: ends of half its height (of the height as written, so the ends are round)
    const radius = node.kind === 'terminal' ? Math.min(height, width) / 2 : 4;
    out += `<rect x="${num(box.x)}" y="${num(box.y)}" width="${width}" height="${height}" rx="${radius}"/>`;
    if (node.risk && node.kind === 'task') out += `<rect class="m" x="${num(box.x)}" y="${num(box.y)}" width="6" height="${num(box.height)}"/>`;
  }
  const rows = rowsOf(node, lines);
  // Mermaid sized the box for its own lines (1.1 em apart): a tall label is set a little tighter to stay inside.
  const wanted = rows.reduce((sum, row) => sum + stepOf(row), 0);
  const scale = Math.min(1, (box.height - 10) / wanted);
  let top = cy - (wanted * scale) / 2;
  for (const row of rows) {
    const step = stepOf(row) * scale;
    const middle = top + step / 2;
    top += step;
    if (row.kind === 'rule') {
      const half = innerHalfWidth(node, box, middle);
      out += `<path class="u" d="M${pt([cx - half, middle])}H${num(cx + half)}"/>`;
      continue;
    }
    const size = TEXT_SIZE[row.kind];
    // the middle of a CJK glyph is ≈ 0.38 em above its baseline
    const baseline = middle + 0.38 * size;
    if (row.kind === 'badge') {
      const half = (widthOf(row.text) * size) / TEXT_SIZE.name / 2 + 7;
      const height = size + 6;
      out += `<g class="g"><rect x="${num(cx - half)}" y="${num(middle - height / 2)}" width="${num(2 * half)}" height="${num(height)}" rx="3"/><text x="${num(cx)}" y="${num(baseline)}">${xmlText(row.text)}</text></g>`;
      continue;
    }
    const cls = CLASS_OF[row.kind];
    out += `<text${cls ? ` class="${cls}"` : ''} x="${num(cx)}" y="${num(baseline)}">${xmlText(row.text)}</text>`;
  }
  return `${out}</g>`;
}

/**
 * The chart as an SVG to inline in a page: shapes, lines and text with class names only, styled by
 * the one flowchart stylesheet (chart-style.ts) — the site's, or the file's own (standaloneSvg).
 * Every text is the plan's, set in the lines powercat broke; no id, no link, no script.
 */
export function drawChart(plan: ChartPlan, lines: ReadonlyMap<string, NodeLines>, layout: ChartLayout, widthOf: (text: string) => number): string {
  const [vx, vy, vw, vh] = layout.viewBox;
  const shift = (box: Box): Box => ({ ...box, x: box.x - vx, y: box.y - vy });
  const arrow = new Map(plan.edges.map((e) => [`L_${e.from}_${e.to}`, e.arrow]));
  let edges = '';
  let heads = '';
  for (const edge of layout.edges) {
    const points = edge.points.map(([x, y]): Point => [x - vx, y - vy]);
    if (points.length < 2) continue;
    if (arrow.get(edge.id.replace(/_\d+$/, '')) !== false) {
      const { line, head } = arrowhead(points);
      edges += `<path d="${basis(line)}"/>`;
      heads += head;
    } else {
      edges += `<path d="${basis(points)}"/>`;
    }
  }
  const nodes = plan.nodes
    .map((node) => {
      const box = layout.nodes[node.id];
      return box === undefined ? '' : drawNode(node, shift(box), lines.get(node.id) ?? { name: [], details: [] }, widthOf);
    })
    .join('');
  const width = Math.ceil(vw);
  const height = Math.ceil(vh);
  // The narrowest the chart may be shown with its smallest label still MIN_LABEL_PX: a page's stylesheet lets it scroll instead.
  const legible = Math.ceil((width * MIN_LABEL_PX) / SMALLEST_TEXT);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="fc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" style="--fc-min-width:${legible}px">` +
    `<g class="e">${edges}</g>${heads ? `<path class="h" d="${heads}"/>` : ''}${nodes}</svg>`
  );
}

/** A chart as a file of its own: the same SVG carrying the flowchart stylesheet, which an .svg opened alone cannot take from the site. */
export function standaloneSvg(svg: string): string {
  return svg.replace(/^(<svg\b[^>]*>)/, `$1<style>${FLOWCHART_CSS}</style>`);
}
