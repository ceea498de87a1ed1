import { relative, sep } from 'node:path';
import { locate } from '../load/locate.js';
import type { Span } from '../load/source.js';
import type { SourceFile } from '../load/source.js';
import type { Diagnostic, RelatedLocation, Severity } from '../core/diagnostic.js';
import type { Lang } from '../core/messages.js';
import { interpolate, type MessageData } from '../core/messages.js';
import type { Finding, RuleMeta, Target } from '../rules/rule.js';

/** What reporting needs of a rule (catalogue and audit rules alike): its metadata. */
export interface Described {
  meta: RuleMeta<string>;
}

export interface Located {
  file: SourceFile;
  span: Span;
  pointer: string;
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

export function displayPath(path: string, cwd: string): string {
  return relative(cwd, path).split(sep).join('/');
}

export interface RenderContext {
  lang: Lang;
  cwd: string;
}

export function renderMessage(rule: Described, messageId: string, data: MessageData | undefined, lang: Lang): string {
  const template = (rule.meta.messages as Record<string, Record<Lang, string>>)[messageId];
  return template ? interpolate(template[lang], data ?? {}, lang) : messageId;
}

export function toDiagnostic(
  rule: Described,
  severity: Severity,
  finding: Finding,
  located: Located,
  extraRelated: RelatedLocation[],
  { lang, cwd }: RenderContext,
): Diagnostic {
  const related = (finding.related ?? []).map((r) => {
    const where = resolveTarget(r.target);
    return {
      file: displayPath(where.file.path, cwd),
      line: where.span.line,
      column: where.span.column,
      message: renderMessage(rule, r.messageId, r.data, lang),
    };
  });
  return {
    rule: rule.meta.id,
    severity,
    message: renderMessage(rule, finding.messageId, finding.data, lang),
    file: displayPath(located.file.path, cwd),
    line: located.span.line,
    column: located.span.column,
    endLine: located.span.endLine,
    endColumn: located.span.endColumn,
    pointer: located.pointer,
    related: [...related, ...extraRelated],
  };
}
