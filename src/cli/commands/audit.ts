import { AUDIT_RULE_IDS, AUDIT_RULES } from '../../audit/rules/index.js';
import { writeAuditReport } from '../../audit/report/write-report.js';
import { UsageError } from '../../core/errors.js';
import { auditCatalogue } from '../../lint/run-audit.js';
import { AUDIT_DOCS_URL } from '../../report/tool-info.js';
import { defaultThreads } from '../../audit/run-records.js';
import { EXIT } from '../exit-codes.js';
import { lintedModel } from '../lint-gate.js';
import { parseFormats, parseRuleFlags, readBaselineFlag, report, type ReportFlags } from '../report-options.js';

export interface AuditFlags extends ReportFlags {
  catalogue: string;
  asOf?: string;
  report?: string;
  lang?: string;
  jobs?: number;
}

export async function auditCommand(records: string[], flags: AuditFlags): Promise<number> {
  parseFormats(flags.format, flags.output);
  const accepted = readBaselineFlag(flags);
  const ruleOverrides = parseRuleFlags(flags.rule, AUDIT_RULE_IDS, 'docs/audit-rules.md');
  if (flags.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.asOf)) throw new UsageError({ 'zh-CN': `--as-of ${flags.asOf}：日期要写成 YYYY-MM-DD`, en: `--as-of ${flags.asOf}: expected a date written YYYY-MM-DD` });
  const linted = await lintedModel(flags.catalogue, flags.lang, {
    'zh-CN': '办件记录只对照没有错误的清单检查，请先改正这些错误',
    en: 'records are audited only against a catalogue without errors; fix these first',
  });
  if (!linted) return EXIT.findings;
  const { lang } = linted;
  const result = await auditCatalogue(linted.model, {
    records,
    cwd: process.cwd(),
    lang,
    ruleOverrides,
    asOf: flags.asOf,
    threads: flags.jobs ?? defaultThreads(),
  });
  const { code, shown } = report(result, flags, accepted, AUDIT_RULES, AUDIT_DOCS_URL);
  if (flags.report !== undefined && shown) {
    await writeAuditReport(flags.report, linted.model, { ...shown, diagnostics: shown.report.diagnostics, cwd: process.cwd() }, [linted.root]);
  }
  return code;
}
