import { timeAmount } from '../format/time-amount.js';
import { RISK_LEVEL, type RiskLevel } from '../format/vocabulary.js';
import type { StepNode } from '../model/process-graph.js';
import type { Limit, View } from '../model/types.js';

export type { RiskLevel } from '../format/vocabulary.js';

export interface FlowchartInput {
  view: View;
  steps: readonly StepNode[];
  /** Internal view: post id → the owning department's name for it. */
  postNames: ReadonlyMap<string, string>;
  /** Step id → the highest risk level on it. */
  risks: ReadonlyMap<string, RiskLevel>;
}

/** Start and end are pills, decisions diamonds, tasks boxes; a branch is an edge's label, set as a node of its own. */
export type NodeKind = 'terminal' | 'task' | 'decision' | 'branch';

export interface ChartNode {
  /** `s<step index>` or `b<branch number>`: generated, never user text. */
  id: string;
  kind: NodeKind;
  /** The step's name (a branch's label): set apart from the details below it. */
  name: string;
  /** Who does it and its time limit, each a fact of its own. */
  details: string[];
  risk?: RiskLevel;
}

export interface ChartEdge {
  from: string;
  to: string;
  /** False for the line from a decision to its branch label: the arrow is on the way out of the label. */
  arrow: boolean;
}

/** What a flowchart shows, before any text is broken into lines or anything is placed. */
export interface ChartPlan {
  nodes: ChartNode[];
  edges: ChartEdge[];
}

/** `1 个工作日`, joined by a no-break space so a label never wraps between number and unit. */
export function formatLimit(limit: Limit): string {
  return timeAmount(limit.value, limit.unit).zh.replace(' ', '\u00a0');
}

/** `高风险`: the words of the page's risk badge. */
export const riskText = (level: RiskLevel) => `${RISK_LEVEL[level].zh}风险`;

/** Text as one line: line breaks and tabs folded, blank ends dropped (a blank label is no label). */
const oneLine = (text: string) => text.replace(/[\r\n\t\u2028\u2029]+/g, ' ').trim();

/*
 * An edge's label is a node of its own on the way from the decision to the target, not a label
 * Mermaid centres on the line: the line then ends at the label's box and starts again below it,
 * so no line ever runs under a label.
 */
export function chartPlan(input: FlowchartInput): ChartPlan {
  const nodeId = new Map<string, string>();
  input.steps.forEach((step, i) => {
    if (step.id !== undefined && !nodeId.has(step.id)) nodeId.set(step.id, `s${i}`);
  });
  const nodes: ChartNode[] = input.steps.map((step, i) => {
    const who = step.actor === undefined ? undefined : input.view === 'internal' ? input.postNames.get(step.actor) ?? step.actor : step.actor;
    const details = [who, step.limit && formatLimit(step.limit)].map((d) => oneLine(d ?? '')).filter((d) => d !== '');
    const risk = step.id === undefined ? undefined : input.risks.get(step.id);
    const kind: NodeKind = step.type === 'start' || step.type === 'end' ? 'terminal' : step.type === 'decision' ? 'decision' : 'task';
    return { id: `s${i}`, kind, name: oneLine(step.name ?? step.id ?? ''), details, ...(risk ? { risk } : {}) };
  });
  const branches: ChartNode[] = [];
  const edges: ChartEdge[] = [];
  input.steps.forEach((step, i) => {
    for (const edge of step.next) {
      const target = nodeId.get(edge.to);
      if (target === undefined) continue;
      const label = oneLine(edge.label ?? '');
      if (label === '') {
        edges.push({ from: `s${i}`, to: target, arrow: true });
        continue;
      }
      const branch = `b${branches.length}`;
      branches.push({ id: branch, kind: 'branch', name: label, details: [] });
      edges.push({ from: `s${i}`, to: branch, arrow: false }, { from: branch, to: target, arrow: true });
    }
  });
  return { nodes: [...nodes, ...branches], edges };
}

/** A node's text as lines: the name's, the details', and the risk badge's. */
export interface NodeLines {
  name: string[];
  details: string[];
  risk?: string;
}

/** The lines of a node before any is broken to fit: its name, its details on one line, its risk. */
export function unbrokenLines(node: ChartNode): NodeLines {
  return {
    name: node.name === '' ? [] : [node.name],
    details: node.details.length === 0 ? [] : [node.details.join(' · ')],
    ...(node.risk ? { risk: riskText(node.risk) } : {}),
  };
}

export const allLines = (lines: NodeLines): string[] => [...lines.name, ...lines.details, ...(lines.risk === undefined ? [] : [lines.risk])];
