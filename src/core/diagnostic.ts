import { compareStrings } from './compare.js';
import type { Lang } from './messages.js';

export type Severity = 'error' | 'warning';
export type Level = Severity | 'off';

export interface RelatedLocation {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** A finding after its location has been resolved and its message rendered: what formatters print. */
export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  pointer: string;
  related: RelatedLocation[];
}

export interface Summary {
  errors: number;
  warnings: number;
  /** Accepted by `# powercat-disable-next-line … -- reason`. */
  suppressed: number;
  /** Accepted by `--baseline`. */
  baselined: number;
  files: number;
  documents: number;
  /** Cases read, for an audit of handling records (its files are records files). */
  cases?: number;
}

export interface Report {
  diagnostics: Diagnostic[];
  summary: Summary;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.rule, b.rule) ||
    compareStrings(a.message, b.message)
  );
}


/** How severities read in each language. */
export const SEVERITY_LABEL: Readonly<Record<Lang, Record<Severity, string>>> = {
  'zh-CN': { error: '错误', warning: '警告' },
  en: { error: 'error', warning: 'warning' },
};
