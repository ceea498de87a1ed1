import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { auditPlan, type AuditPlan, type PlanCode } from '../audit/plan.js';
import { AUDIT_RULES, findAuditRule } from '../audit/rules/index.js';
import { auditRecords, type AuditOutcome, type FileFinding, type RecordsFile } from '../audit/run-records.js';
import type { RecordsJob } from '../audit/audit-range.js';
import { compareDiagnostics, type Diagnostic, type Level, type RelatedLocation, type Report } from '../core/diagnostic.js';
import { UsageError } from '../core/errors.js';
import type { Lang, LocalizedText } from '../core/messages.js';
import { dayOfDate } from '../domain/timestamp.js';
import type { SourceFile } from '../load/source.js';
import { indexesOf } from '../model/indexes.js';
import { recordOf } from '../model/read.js';
import type { CatalogueModel } from '../model/types.js';
import { powerConcentration } from '../rules/power-concentration/rule.js';
import { valueAt } from '../rules/targets.js';
import { resolveRuleSettings } from './config.js';
import { displayPath, placedAt, resolveTarget, toDiagnostic, type RenderContext } from './to-diagnostic.js';

export interface AuditOptions {
  /** Records files (JSON Lines or CSV), as given. */
  records: readonly string[];
  cwd: string;
  lang: Lang;
  ruleOverrides: ReadonlyMap<string, Level>;
  /** `YYYY-MM-DD`, or undefined for the latest date in the records. */
  asOf: string | undefined;
  threads: number;
}

export interface AuditResult {
  report: Report;
  lang: Lang;
  sources: Map<string, string>;
  plan: AuditPlan;
  outcome: AuditOutcome;
  /** The power (index in the plan) each record finding counts under, for the audit report. */
  powerOf: Map<Diagnostic, number>;
  /** The department (index in the plan) of each finding at a department. */
  departmentOf: Map<Diagnostic, number>;
  /** Records files as reported. */
  files: string[];
}

const RELATED_POWER: LocalizedText = { 'zh-CN': '清单中的该事项', en: 'the item in the catalogue' };

const FORMATS: Readonly<Record<string, RecordsJob['format']>> = { '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.csv': 'csv' };

/** Holds handling records against a catalogue that linted without errors (FORMAT §7). */
export async function auditCatalogue(model: CatalogueModel, options: AuditOptions): Promise<AuditResult> {
  const files = recordsFiles(options.records, options.cwd);
  const asOf = options.asOf === undefined ? undefined : dayOfDate(options.asOf);
  if (options.asOf !== undefined && asOf === undefined) throw new UsageError({ 'zh-CN': `--as-of ${options.asOf}：日期要写成 YYYY-MM-DD`, en: `--as-of ${options.asOf}: expected a date written YYYY-MM-DD` });
  const catalogueRules = recordOf(model.catalogue?.data)?.rules;
  const settings = resolveRuleSettings(AUDIT_RULES, catalogueRules, options.ruleOverrides);
  const concentration = resolveRuleSettings([powerConcentration], catalogueRules, new Map()).get(powerConcentration.meta.id)!;
  const share = typeof concentration.options.share === 'number' ? concentration.options.share : (powerConcentration.meta.options!.share!.default as number);
  const plan = auditPlan(model);
  const enabled = AUDIT_RULES.filter((r) => settings.get(r.meta.id)!.level !== 'off').map((r) => r.meta.id);
  const outcome = await auditRecords(files, plan, { enabled, share }, { threads: options.threads, asOf });
  const context: RenderContext = { lang: options.lang, cwd: options.cwd, root: model.root };
  const codes = new Map(plan.codes);
  const related = relatedPowers(model, codes, context);
  const powerOf = new Map<Diagnostic, number>();
  const departmentOf = new Map<Diagnostic, number>();
  const sources = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const recordsFile = sourceFiles();
  for (const finding of outcome.findings) {
    const diagnostic = recordDiagnostic(finding, recordsFile(finding.file), settings.get(finding.rule)!.level as Diagnostic['severity'], related, context);
    diagnostics.push(diagnostic);
    if (finding.code !== undefined) powerOf.set(diagnostic, codes.get(finding.code)!.power);
  }
  const { departmentById } = indexesOf(model);
  for (const finding of outcome.departmentFindings) {
    const rule = findAuditRule(finding.rule)!;
    const located = resolveTarget(valueAt(departmentById.get(plan.departments[finding.department]!.id)!, 'id'));
    const severity = settings.get(rule.meta.id)!.level as Diagnostic['severity'];
    const diagnostic = toDiagnostic(rule, severity, placedAt(model.root, located.file.path, located.span, located.pointer, finding), [], context);
    if (located.file.text !== undefined) sources.set(diagnostic.file, located.file.text);
    diagnostics.push(diagnostic);
    departmentOf.set(diagnostic, finding.department);
  }
  diagnostics.sort(compareDiagnostics);
  return {
    lang: options.lang,
    sources,
    plan,
    outcome,
    powerOf,
    departmentOf,
    files: files.map((f) => displayPath(f.path, options.cwd)),
    report: {
      diagnostics,
      summary: {
        errors: diagnostics.filter((d) => d.severity === 'error').length,
        warnings: diagnostics.filter((d) => d.severity === 'warning').length,
        suppressed: 0,
        baselined: 0,
        files: files.length,
        documents: 0,
        cases: outcome.cases,
      },
    },
  };
}

function recordsFiles(paths: readonly string[], cwd: string): RecordsFile[] {
  if (paths.length === 0) throw new UsageError({ 'zh-CN': '请至少给出一个办件记录文件（.jsonl 或 .csv）', en: 'name at least one records file (.jsonl or .csv)' });
  const unique = [...new Set(paths.map((p) => resolve(cwd, p)))];
  return unique.map((path, i) => {
    const format = FORMATS[extname(path).toLowerCase()];
    if (!format) throw new UsageError({ 'zh-CN': `${paths[i]}：办件记录须是 JSON Lines（.jsonl）或 CSV（.csv）文件；请改名或转换`, en: `${paths[i]}: records are JSON Lines (.jsonl) or CSV (.csv); rename the file or convert it` });
    let size: number;
    try {
      const stat = statSync(path);
      if (!stat.isFile()) throw new UsageError({ 'zh-CN': `${paths[i]} 不是文件`, en: `${paths[i]} is not a file` });
      size = stat.size;
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError({ 'zh-CN': `没有这个办件记录文件：${paths[i]}`, en: `no such records file: ${paths[i]}` });
    }
    return { path, format, size };
  });
}

/** The related location of each listed code: where the catalogue writes it (resolved once per code). */
function relatedPowers(model: CatalogueModel, codes: ReadonlyMap<string, PlanCode>, context: RenderContext): (code: string) => RelatedLocation {
  const cache = new Map<string, RelatedLocation>();
  return (code) => {
    let location = cache.get(code);
    if (!location) {
      const entry = codes.get(code)!;
      const where = resolveTarget(valueAt(model.powers[entry.power]!, ...entry.path));
      location = { file: displayPath(where.file.path, context.cwd), line: where.span.line, column: where.span.column, message: RELATED_POWER[context.lang] };
      cache.set(code, location);
    }
    return location;
  };
}

/** A records file as a SourceFile without text (it is never held whole), one per path. */
function sourceFiles(): (path: string) => SourceFile {
  const files = new Map<string, SourceFile>();
  return (path) => {
    let file = files.get(path);
    if (!file) {
      file = { path, text: undefined, documents: [], problems: [] };
      files.set(path, file);
    }
    return file;
  };
}

function recordDiagnostic(
  finding: FileFinding,
  file: SourceFile,
  severity: Diagnostic['severity'],
  related: (code: string) => RelatedLocation,
  context: RenderContext,
): Diagnostic {
  const rule = findAuditRule(finding.rule)!;
  const span = { line: finding.at.line, column: finding.at.column, endLine: finding.at.line, endColumn: finding.at.endColumn };
  return toDiagnostic(rule, severity, placedAt(context.root, file.path, span, finding.pointer, finding), finding.code === undefined ? [] : [related(finding.code)], context);
}
