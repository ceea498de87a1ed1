import { join, relative, sep } from 'node:path';
import type { Span } from '../load/source.js';
import type { SourceFile } from '../load/source.js';
import type { Diagnostic, RelatedLocation, Severity } from '../core/diagnostic.js';
import type { Lang } from '../core/messages.js';
import { interpolate, type MessageData } from '../core/messages.js';
import type { Rule, Target } from '../rules/rule.js';

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

/** A path relative to the root, with forward slashes (called for every file: files below the root take a short cut). */
export function relativePath(root: string, path: string): string {
  const below = path.startsWith(root + sep) ? path.slice(root.length + 1) : relative(root, path);
  return sep === '/' ? below : below.split(sep).join('/');
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
