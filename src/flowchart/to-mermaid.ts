import type { StepNode } from '../model/process-graph.js';
import { TERMINAL_CLASS, TERMINAL_STYLE } from './terminal-shape.js';
import { timeAmount } from '../format/time-amount.js';
import { RISK_LEVEL, type RiskLevel } from '../format/vocabulary.js';
import type { Limit, View } from '../model/types.js';

export interface FlowchartInput {
  view: View;
  steps: readonly StepNode[];
  /** Internal view: post id → the owning department's name for it. */
  postNames: ReadonlyMap<string, string>;
  /** Step id → the highest risk level on it. */
  risks: ReadonlyMap<string, RiskLevel>;
}

/*
 * Every piece of user text goes into a quoted label with Mermaid's numeric entity codes (#34;)
 * for each character that could end the label or start syntax, and newlines folded: no input can
 * add a node, an edge, a directive (%%{init}%%), a click handler or markup. Node ids are
 * generated. (With SVG-text labels Mermaid leaves these codes as `&#34;` text; the renderer turns
 * them back into characters, see decodeLabelEntities.)
 */
const ENTITY: Readonly<Record<string, string>> = Object.fromEntries(
  [...'"#&<>[](){}|`%;\\'].map((char) => [char, `#${char.codePointAt(0)};`]),
);

export function escapeLabel(text: string): string {
  let out = '';
  for (const char of text.replace(/[\r\n\t\u2028\u2029]+/g, ' ')) out += ENTITY[char] ?? char;
  return out.trim();
}

const RISK_STYLE: Record<RiskLevel, string> = {
  high: 'fill:#fde2e1,stroke:#b42318,stroke-width:3px,color:#5c1510',
  medium: 'fill:#fff4d6,stroke:#b54708,stroke-width:2px,color:#4d2a04',
  low: 'fill:#e8f4fd,stroke:#175cd3,stroke-width:2px,color:#0b2e5c',
};
const RISK_ORDER: readonly RiskLevel[] = ['high', 'medium', 'low'];

/** `1 个工作日`, joined by a no-break space so a label never wraps between number and unit. */
export function formatLimit(limit: Limit): string {
  return timeAmount(limit.value, limit.unit).zh.replace(' ', '\u00a0');
}

function stepLabel(step: StepNode, input: FlowchartInput): string {
  const lines = [step.name ?? step.id ?? ''];
  const who = step.actor === undefined ? undefined : input.view === 'internal' ? input.postNames.get(step.actor) ?? step.actor : step.actor;
  const details = [who, step.limit && formatLimit(step.limit)].filter((d): d is string => Boolean(d));
  if (details.length > 0) lines.push(details.join(' · '));
  const risk = step.id === undefined ? undefined : input.risks.get(step.id);
  if (risk) lines.push(`⚠ ${RISK_LEVEL[risk].zh}风险`);
  return lines.map(escapeLabel).join('<br/>');
}

const isTerminal = (step: StepNode) => step.type === 'start' || step.type === 'end';

function shape(step: StepNode, label: string): string {
  if (isTerminal(step)) return `("${label}")`;
  if (step.type === 'decision') return `{"${label}"}`;
  return `["${label}"]`;
}

/** Mermaid flowchart source for one process body, deterministic for the same input. */
export function toMermaid(input: FlowchartInput): string {
  const nodeId = new Map<string, string>();
  input.steps.forEach((step, i) => {
    if (step.id !== undefined && !nodeId.has(step.id)) nodeId.set(step.id, `s${i}`);
  });
  const lines = ['flowchart TD'];
  input.steps.forEach((step, i) => lines.push(`  s${i}${shape(step, stepLabel(step, input))}`));
  input.steps.forEach((step, i) => {
    for (const edge of step.next) {
      const target = nodeId.get(edge.to);
      if (target === undefined) continue;
      lines.push(edge.label ? `  s${i} -->|"${escapeLabel(edge.label)}"| ${target}` : `  s${i} --> ${target}`);
    }
  });
  const terminals = input.steps.flatMap((step, i) => (isTerminal(step) ? [`s${i}`] : []));
  if (terminals.length > 0) lines.push(`  classDef ${TERMINAL_CLASS} ${TERMINAL_STYLE}`, `  class ${terminals.join(',')} ${TERMINAL_CLASS}`);
  const used = RISK_ORDER.filter((level) => input.steps.some((s) => s.id !== undefined && input.risks.get(s.id) === level));
  if (used.length > 0) {
    for (const level of used) lines.push(`  classDef risk_${level} ${RISK_STYLE[level]}`);
    input.steps.forEach((step, i) => {
      const level = step.id === undefined ? undefined : input.risks.get(step.id);
      if (level) lines.push(`  class s${i} risk_${level}`);
    });
    lines.push('  subgraph legend["图例：廉政风险等级"]', '    direction LR');
    for (const level of used) lines.push(`    legend_${level}["⚠ ${RISK_LEVEL[level].zh}风险"]`, `    class legend_${level} risk_${level}`);
    lines.push('  end');
  }
  return lines.join('\n') + '\n';
}
