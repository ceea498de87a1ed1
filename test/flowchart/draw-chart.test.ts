import { describe, expect, it } from 'vitest';
import type { ChartPlan, NodeLines } from '../../src/flowchart/chart-plan.js';
import { FLOWCHART_CSS } from '../../src/flowchart/chart-style.js';
import { drawChart, standaloneSvg, type ChartLayout } from '../../src/flowchart/draw-chart.js';

/** A decision with one labelled branch, laid out by hand the way Mermaid reports it. */
const PLAN: ChartPlan = {
  nodes: [
    { id: 's0', kind: 'terminal', name: '申请 <b>&</b>', details: [] },
    { id: 's1', kind: 'decision', name: '是否\u0007齐全', details: ['窗口'], risk: 'high' },
    { id: 's2', kind: 'task', name: '受理', details: ['承办人'], risk: 'medium' },
    { id: 'b0', kind: 'branch', name: '齐全', details: [] },
  ],
  edges: [
    { from: 's0', to: 's1', arrow: true },
    { from: 's1', to: 'b0', arrow: false },
    { from: 'b0', to: 's2', arrow: true },
  ],
};
const LINES = new Map<string, NodeLines>([
  ['s0', { name: ['申请 <b>&</b>'], details: [] }],
  ['s1', { name: ['是否\u0007齐全'], details: ['窗口'], risk: '高风险' }],
  ['s2', { name: ['受理'], details: ['承办人'], risk: '中风险' }],
  ['b0', { name: ['齐全'], details: [] }],
]);
const LAYOUT: ChartLayout = {
  viewBox: [-8, -8, 280, 400],
  nodes: { s0: { x: 60, y: 0, width: 120, height: 40 }, s1: { x: 40, y: 70, width: 160, height: 100 }, b0: { x: 90, y: 200, width: 60, height: 30 }, s2: { x: 50, y: 270, width: 140, height: 90 } },
  edges: [
    { id: 'L_s0_s1_0', points: [[120, 40], [120, 55], [120, 70]] },
    { id: 'L_s1_b0_0', points: [[120, 170], [120, 185], [120, 200]] },
    { id: 'L_b0_s2_0', points: [[120, 230], [100, 250], [120, 270]] },
  ],
};
const widthOf = (text: string) => [...text].length * 16;
const svg = drawChart(PLAN, LINES, LAYOUT, widthOf);

describe('drawing a chart from its layout', () => {
  it('writes every text escaped, without characters XML cannot hold, and no id, style block or link', () => {
    expect(svg).toContain('>申请 &lt;b&gt;&amp;&lt;/b&gt;</text>');
    expect(svg).toContain('>是否齐全</text>');
    expect(svg).not.toMatch(/\sid="|<style|<a\b|href=/);
  });

  it('moves everything into a viewBox at the origin, with the chart’s smallest legible width', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="fc" viewBox="0 0 280 400" width="280" height="400" style="--fc-min-width:240px">/);
    expect(svg).toContain('<rect x="68" y="8" width="120" height="40" rx="20"/>');
  });

  it('puts an arrowhead where a line enters a step, none where it enters a branch label', () => {
    expect(svg.match(/z/g)).toHaveLength(2);
    expect(svg).toContain('<path d="M128,178V208"/>');
  });

  it('marks risk as the page does: the step outlined in its colour, a bar on a task, the words as a badge', () => {
    expect(svg).toMatch(/<g class="s q r-high"><polygon [^>]*\/>/);
    expect(svg).toMatch(/<g class="s k r-medium"><rect [^>]*\/><rect class="m" /);
    expect(svg).toMatch(/<g class="g"><rect [^>]*\/><text [^>]*>中风险<\/text><\/g>/);
    expect(FLOWCHART_CSS).toContain('.fc .r-high .g rect{fill:#fde8e8');
  });

  it('sets a name apart from its details: bold name, a rule, muted details', () => {
    expect(svg).toMatch(/<text class="n" [^>]*>受理<\/text><path class="u" d="M[^"]+"\/><text class="d" [^>]*>承办人<\/text>/);
  });

  it('as a file of its own, carries the one flowchart stylesheet', () => {
    const file = standaloneSvg(svg);
    expect(file.match(/<style>/g)).toHaveLength(1);
    expect(file).toContain(`<style>${FLOWCHART_CSS}</style>`);
    expect(file.replace(`<style>${FLOWCHART_CSS}</style>`, '')).toBe(svg);
  });
});
