import { allLines, chartPlan, unbrokenLines, type ChartNode, type ChartPlan, type FlowchartInput, type NodeLines } from './chart-plan.js';

/*
 * Every piece of user text goes into a quoted label with Mermaid's numeric entity codes (#34;)
 * for each character that could end the label or start syntax, and newlines folded: no input can
 * add a node, an edge, a directive (%%{init}%%), a click handler or markup. Node ids are
 * generated. Mermaid only places the boxes: the text a chart shows is written by powercat
 * (draw-chart.ts) from the plan, never taken from Mermaid's output.
 */
const ENTITY: Readonly<Record<string, string>> = Object.fromEntries(
  [...'"#&<>[](){}|`%;\\'].map((char) => [char, `#${char.codePointAt(0)};`]),
);

export function escapeLabel(text: string): string {
  let out = '';
  for (const char of text.replace(/[\r\n\t\u2028\u2029]+/g, ' ')) out += ENTITY[char] ?? char;
  return out.trim();
}

function shape(node: ChartNode, label: string): string {
  if (node.kind === 'terminal') return `("${label}")`;
  if (node.kind === 'decision') return `{"${label}"}`;
  return `["${label}"]`;
}

/**
 * Mermaid flowchart source for a plan, deterministic for the same plan: with each node's lines as
 * broken to fit (`lines`), the source that is laid out; without, the plan's own source (the cache
 * key, and the `.mmd` file `render` writes).
 */
export function mermaidSource(plan: ChartPlan, lines?: ReadonlyMap<string, NodeLines>): string {
  const out = ['flowchart TD'];
  for (const node of plan.nodes) {
    // A blank label is not Mermaid syntax: a space keeps the box (a lint finding names the step).
    const label = allLines(lines?.get(node.id) ?? unbrokenLines(node)).map(escapeLabel).join('<br/>') || ' ';
    out.push(`  ${node.id}${shape(node, label)}`);
  }
  for (const edge of plan.edges) out.push(`  ${edge.from} ${edge.arrow ? '-->' : '---'} ${edge.to}`);
  return out.join('\n') + '\n';
}

/** Mermaid flowchart source for one process body. */
export function toMermaid(input: FlowchartInput): string {
  return mermaidSource(chartPlan(input));
}
