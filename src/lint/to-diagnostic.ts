import { join, relative, sep } from 'node:path';
import { locate } from '../load/locate.js';
import type { Span } from '../load/source.js';
import type { SourceFile } from '../load/source.js';
import type { Diagnostic, RelatedLocation, Severity } from '../core/diagnostic.js';
import type { Lang } from '../core/messages.js';
import { interpolate, type MessageData } from '../core/messages.js';
import type { Finding, Rule, Target } from '../rules/rule.js';

export interface Located {
  file: SourceFile;
  span: Span;
  pointer: string;
}

/** A finding with its places resolved: plain data, the same wherever and whenever it was found. */
export interface PlacedFinding {
  rule: string;
  messageId: string;
  data: MessageData;
  /** Relative to the catalogue root, with forward slashes. */
  file: string;
  span: Span;
  pointer: string;
  related: PlacedRelated[];
}

export interface PlacedRelated {
  file: string;
  span: Span;
  messageId: string;
  data?: MessageData;
}

export function targetFile(target: Target): SourceFile {
  return 'span' in target ? target.file : target.doc.file;
}

/** The expensive step, done only for findings: a positioned parse of the file, once. */
export function resolveTarget(target: Target): Located {
  if ('span' in target) return { file: target.file, span: target.span, pointer: '' };
  const { doc, pointer, anchor } = target;
  return { file: doc.file, span: locate(doc.file, doc.index, pointer, anchor), pointer };
}

/** Resolves a finding's target and related targets to places in files relative to the root. */
export function placeFinding(root: string, rule: Rule, finding: Finding): PlacedFinding {
  const located = resolveTarget(finding.target);
  return {
    rule: rule.meta.id,
    messageId: finding.messageId,
    data: finding.data,
    file: relativePath(root, located.file.path),
    span: located.span,
    pointer: located.pointer,
    related: (finding.related ?? []).map((r) => {
      const where = resolveTarget(r.target);
      return { file: relativePath(root, where.file.path), span: where.span, messageId: r.messageId, ...(r.data && { data: r.data }) };
    }),
  };
}

export function relativePath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

export function displayPath(path: string, cwd: string): string {
  return relative(cwd, path).split(sep).join('/');
}

export interface RenderContext {
  lang: Lang;
  cwd: string;
  /** The catalogue root the places of findings are relative to. */
  root: string;
}

export function renderMessage(rule: Rule, messageId: string, data: MessageData | undefined, lang: Lang): string {
  const template = (rule.meta.messages as Record<string, Record<Lang, string>>)[messageId];
  return template ? interpolate(template[lang], data ?? {}) : messageId;
}

export function toDiagnostic(
  rule: Rule,
  severity: Severity,
  finding: PlacedFinding,
  extraRelated: RelatedLocation[],
  { lang, cwd, root }: RenderContext,
): Diagnostic {
  const related = finding.related.map((r) => ({
    file: displayPath(join(root, r.file), cwd),
    line: r.span.line,
    column: r.span.column,
    message: renderMessage(rule, r.messageId, r.data, lang),
  }));
  return {
    rule: rule.meta.id,
    severity,
    message: renderMessage(rule, finding.messageId, finding.data, lang),
    file: displayPath(join(root, finding.file), cwd),
    line: finding.span.line,
    column: finding.span.column,
    endLine: finding.span.endLine,
    endColumn: finding.span.endColumn,
    pointer: finding.pointer,
    related: [...related, ...extraRelated],
  };
}
