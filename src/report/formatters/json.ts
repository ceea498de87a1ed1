import type { Formatter } from './types.js';

/** The machine-readable report; its shape is public API (version 1). */
export const json: Formatter = ({ diagnostics, summary }) =>
  JSON.stringify(
    {
      version: 1,
      diagnostics: diagnostics.map((d) => ({
        rule: d.rule,
        severity: d.severity,
        message: d.message,
        file: d.file,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        pointer: d.pointer,
        related: d.related.map((r) => ({ file: r.file, line: r.line, column: r.column, message: r.message })),
      })),
      summary: {
        errors: summary.errors,
        warnings: summary.warnings,
        files: summary.files,
        documents: summary.documents,
        ...(summary.cases === undefined ? {} : { cases: summary.cases }),
      },
    },
    null,
    2,
  ) + '\n';
