import { join, relative, sep } from 'node:path';
import { locate } from '../load/locate.js';
import type { Span } from '../load/source.js';
import type { About } from './cascade.js';
import type { SourceFile } from '../load/source.js';
import type { Diagnostic, RelatedLocation, Severity } from '../core/diagnostic.js';
import type { Lang } from '../core/messages.js';
import { interpolate, type MessageData } from '../core/messages.js';
import type { RuleDescription, Target } from '../rules/rule.js';

/** What reporting needs of a rule (catalogue and audit rules alike): its metadata. */
export interface Described {
  meta: RuleDescription<string>;
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
  /** What cascade control needs (src/lint/cascade.ts). */
  about?: About;
}

export interface PlacedRelated {
  file: string;
  span: Span;
  messageId: string;
  data?: MessageData;
}

/** Where a rule's target is, for findings that are placed at once (the audit's). */
export function resolveTarget(target: Target): { file: SourceFile; span: Span; pointer: string } {
  if ('span' in target) return { file: target.file, span: target.span, pointer: '' };
  const { doc, pointer, anchor } = target;
  return { file: doc.file, span: locate(doc.file, doc.index, pointer, anchor), pointer };
}

/** A finding placed at a span of a file (absolute path), with no related places of its own. */
export function placedAt(root: string, path: string, span: Span, pointer: string, finding: { rule: string; messageId: string; data: MessageData }): PlacedFinding {
  return { rule: finding.rule, messageId: finding.messageId, data: finding.data, file: relativePath(root, path), span, pointer, related: [] };
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

export function renderMessage(rule: Described, messageId: string, data: MessageData | undefined, lang: Lang): string {
  const template = (rule.meta.messages as Record<string, Record<Lang, string>>)[messageId];
  return template ? interpolate(template[lang], data ?? {}, lang) : messageId;
}

export function toDiagnostic(
  rule: Described,
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
