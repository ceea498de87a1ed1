import { render } from 'preact-render-to-string';
import { relative, sep } from 'node:path';
import type { CatalogueModel } from '../../model/types.js';
import { textOf } from '../../model/read.js';
import { writeOutputDir } from '../../output/output-dir.js';
import { SITE_CSS } from '../../site/assets.js';
import { staticFiles } from '../../site/static-files.js';
import { SCRIPT_PATHS } from '../../site/pages/common.js';
import { reportData, type ReportInput } from './report-data.js';
import { REPORT_SCRIPT, REPORT_STYLESHEET, ReportPage } from './report-page.js';

/** What the audit report adds to the site's stylesheet. */
const REPORT_CSS = `
/* powercat audit report */
.block { display: block; }
.time { white-space: nowrap; }
.time-chart { vertical-align: middle; }
.audit-detail td { background: var(--soft); }
.rule-counts { margin: 0 0 0.25rem; }
.audit-findings { margin: 0.25rem 0; padding-left: 1.25rem; font-size: 0.875rem; }
.audit-findings li { margin: 0.125rem 0; }
.finding-error > .code:first-child { color: #8a1c1c; }
.finding-warning > .code:first-child { color: #6b4100; }
.where { color: var(--muted); }
@media print { .audit-detail td { background: none; } }
`;

export type AuditReportInput = Omit<ReportInput, 'catalogue' | 'displayPath'> & { cwd: string };

/**
 * Writes the audit report into `out` (a folder powercat owns, replaced as a whole): index.html, the
 * site's stylesheet and its language toggle. Same records, catalogue and --as-of → same bytes.
 */
export async function writeAuditReport(out: string, model: CatalogueModel, input: AuditReportInput, protect: readonly string[]): Promise<void> {
  const data = reportData({
    ...input,
    catalogue: textOf(model.catalogue?.data.name) ?? '',
    displayPath: (path) => relative(input.cwd, path).split(sep).join('/'),
  });
  const html = `<!doctype html>\n${render(<ReportPage data={data} />)}\n`;
  const script = staticFiles().get(SCRIPT_PATHS.lang)!;
  await writeOutputDir(out, new Map([['index.html', html], [REPORT_STYLESHEET, SITE_CSS + REPORT_CSS], [REPORT_SCRIPT, script]]), protect);
}
