import { disclosureOf } from '../model/disclosure.js';
import { indexesOf } from '../model/indexes.js';
import { processesOfPower, type StepNode } from '../model/process-graph.js';
import { listOf, recordOf, textOf } from '../model/read.js';
import type { CatalogueModel, View } from '../model/types.js';
import { compareStrings } from '../core/compare.js';
import { chartPlan, formatLimit, riskText, type ChartPlan, type RiskLevel } from './chart-plan.js';
import { chartNames } from './chart-names.js';
import { mermaidSource } from './to-mermaid.js';

export interface FlowchartSpec {
  /** Filesystem-safe and findable: `<template id>` or `<power code>.<view>` (chart-names.ts). */
  id: string;
  view: View;
  /** What the chart shows, and its Mermaid source (one per distinct chart). */
  plan: ChartPlan;
  source: string;
  /** The steps as text, in order: the flowchart's text alternative. */
  outline: string[];
  /** Codes of the powers that show this flowchart, sorted. */
  powers: string[];
  /** The templates it is drawn from, sorted; none for a process written in a power. */
  templates: string[];
}

const RISK_RANK: Record<RiskLevel, number> = { low: 1, medium: 2, high: 3 };

/** `受理（窗口受理岗，1 个工作日）→ 审查`: each step with who does it, its limit, risk and where it leads. */
function outline(steps: readonly StepNode[], postNames: ReadonlyMap<string, string>, risks: ReadonlyMap<string, RiskLevel>): string[] {
  const nameOf = new Map(steps.flatMap((s) => (s.id !== undefined ? [[s.id, s.name ?? s.id] as const] : [])));
  return steps.map((step) => {
    const who = step.actor === undefined ? undefined : postNames.get(step.actor) ?? step.actor;
    const risk = step.id === undefined ? undefined : risks.get(step.id);
    const details = [who, step.limit && formatLimit(step.limit), risk && riskText(risk)].filter(Boolean).join('，');
    const next = step.next.map((e) => `${e.label ? `${e.label}：` : ''}${nameOf.get(e.to) ?? e.to}`).join('；');
    return `${step.name ?? step.id ?? ''}${details ? `（${details}）` : ''}${next ? ` → ${next}` : ''}`;
  });
}

/** One flowchart per distinct Mermaid source: a template used by 500 powers with the same posts renders once. */
export function collectFlowcharts(model: CatalogueModel): FlowchartSpec[] {
  const { departmentById } = indexesOf(model);
  const bySource = new Map<string, { spec: Omit<FlowchartSpec, 'id' | 'powers' | 'templates'>; powers: Set<string>; templates: Set<string> }>();
  for (const power of model.powers) {
    const code = textOf(power.data.code);
    if (code === undefined) continue;
    const published = disclosureOf(model, power);
    const department = departmentById.get(textOf(power.data.department) ?? '');
    const postNames = new Map(
      listOf(department?.data.posts).flatMap((p) => {
        const id = textOf(recordOf(p)?.id);
        const name = textOf(recordOf(p)?.name);
        return id !== undefined && name !== undefined ? [[id, name] as const] : [];
      }),
    );
    const risks = new Map<string, RiskLevel>();
    if (published.shows('risks')) {
      for (const raw of listOf(power.data.risks)) {
        const step = textOf(recordOf(raw)?.step);
        const level = recordOf(raw)?.level as RiskLevel | undefined;
        if (step === undefined || !level || !(level in RISK_RANK)) continue;
        if (RISK_RANK[level] > RISK_RANK[risks.get(step) ?? 'low'] || !risks.has(step)) risks.set(step, level);
      }
    }
    for (const { view, body, use } of processesOfPower(model, power)) {
      if (!body || body.steps.length === 0 || !published.views.has(view)) continue;
      const plan = chartPlan({ view, steps: body.steps, postNames: view === 'internal' ? postNames : new Map(), risks });
      const source = mermaidSource(plan);
      let entry = bySource.get(source);
      if (!entry) {
        entry = { spec: { view, plan, source, outline: outline(body.steps, view === 'internal' ? postNames : new Map(), risks) }, powers: new Set(), templates: new Set() };
        bySource.set(source, entry);
      }
      entry.powers.add(code);
      if (use !== undefined) entry.templates.add(use);
    }
  }
  const charts = [...bySource.values()].map(({ spec, powers, templates }) => ({
    ...spec,
    powers: [...powers].sort(compareStrings),
    templates: [...templates].sort(compareStrings),
  }));
  const names = chartNames(charts);
  return charts.map((chart, i) => ({ id: names[i]!, ...chart })).sort((a, b) => compareStrings(a.id, b.id));
}
