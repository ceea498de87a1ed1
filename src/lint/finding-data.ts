import { locate, type Anchor } from '../load/locate.js';
import type { SourceFile, Span } from '../load/source.js';
import type { MessageData } from '../core/messages.js';
import type { CatalogueModel } from '../model/types.js';
import type { Finding, Rule, RuleDescription, Target } from '../rules/rule.js';
import { fieldsOf, type About } from './cascade.js';
import type { RuleSettings } from './config.js';
import { relativePath, type PlacedFinding } from './to-diagnostic.js';

/** A target as plain data: a node of a document, by the document's index in its file, or a span. */
export type TargetData = { file: string; doc: number; pointer: string; anchor: Anchor } | { file: string; span: Span };

/**
 * A rule's finding as plain data (its targets by file, document index and pointer), with where
 * it was placed and the content hashes of the files it was placed in: while those files are
 * unchanged, so is the place. The cache keeps the catalogue rules' findings so.
 */
export interface FindingData {
  rule: string;
  messageId: string;
  data: MessageData;
  target: TargetData;
  related: { target: TargetData; messageId: string; data?: MessageData }[];
  about?: About;
  placed?: { finding: PlacedFinding; hashes: Record<string, string | null> };
}

export function findingData(root: string, rule: Rule, finding: Finding): FindingData {
  const target = targetData(root, finding.target);
  return {
    rule: rule.meta.id,
    messageId: finding.messageId,
    data: finding.data,
    target,
    related: (finding.related ?? []).map((r) => ({ target: targetData(root, r.target), messageId: r.messageId, ...(r.data && { data: r.data }) })),
    ...('doc' in target && { about: { file: target.file, doc: target.doc, fields: fieldsOf(finding) } }),
  };
}

function targetData(root: string, target: Target): TargetData {
  if ('span' in target) return { file: relativePath(root, target.file.path), span: target.span };
  return { file: relativePath(root, target.doc.file.path), doc: target.doc.index, pointer: target.pointer, anchor: target.anchor };
}

/** The files a finding points into. */
function filesOf(finding: FindingData): string[] {
  return [finding.target.file, ...finding.related.map((r) => r.target.file)];
}

/**
 * Where a finding sits: as placed before when the files it points into still have the content
 * they had then, otherwise located again (a positioned parse of those files).
 */
export function place(finding: FindingData, fileOf: (path: string) => SourceFile, hashOf: (path: string) => string | undefined): PlacedFinding {
  const files = filesOf(finding);
  if (finding.placed && files.every((path) => finding.placed!.hashes[path] !== null && finding.placed!.hashes[path] === hashOf(path))) {
    return finding.placed.finding;
  }
  const spanOf = (target: TargetData) => ('span' in target ? target.span : locate(fileOf(target.file), target.doc, target.pointer, target.anchor));
  const placed: PlacedFinding = {
    rule: finding.rule,
    messageId: finding.messageId,
    data: finding.data,
    file: finding.target.file,
    span: spanOf(finding.target),
    pointer: 'span' in finding.target ? '' : finding.target.pointer,
    related: finding.related.map((r) => ({ file: r.target.file, span: spanOf(r.target), messageId: r.messageId, ...(r.data && { data: r.data }) })),
    ...(finding.about && { about: finding.about }),
  };
  finding.placed = { finding: placed, hashes: Object.fromEntries(files.map((path) => [path, hashOf(path) ?? null])) };
  return placed;
}

/** The catalogue rules the settings leave on. */
export function enabledCatalogueRules(rules: readonly Rule[], settings: RuleSettings): Rule[] {
  return rules.filter((rule) => rule.meta.scope === 'catalogue' && settings.get(rule.meta.id)?.level !== 'off');
}

/** The findings of the enabled catalogue rules in a model, as plain data. */
export function runCatalogueRules(model: CatalogueModel, settings: RuleSettings, rules: readonly Rule[], knownRules: readonly RuleDescription<string>[]): FindingData[] {
  const findings: FindingData[] = [];
  for (const rule of enabledCatalogueRules(rules, settings)) {
    const { options } = settings.get(rule.meta.id)!;
    for (const finding of rule.check({ model, options, knownRules })) findings.push(findingData(model.root, rule, finding));
  }
  return findings;
}

/** What makes a placed finding the same finding in another state of the catalogue: rule, place and message data (not its related places). */
export function findingKey(finding: PlacedFinding): string {
  return JSON.stringify([finding.rule, finding.file, finding.span.line, finding.span.column, finding.messageId, finding.data]);
}
