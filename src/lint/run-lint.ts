import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { findCatalogueRoot } from '../load/find-root.js';
import { loadCatalogueFiles, type LoadSettings } from '../load/load-catalogue.js';
import type { SourceFile } from '../load/source.js';
import { buildModel } from '../model/build-model.js';
import { listOf, recordOf } from '../model/read.js';
import type { CatalogueModel } from '../model/types.js';
import { compareDiagnostics, type Diagnostic, type Level, type Report } from '../core/diagnostic.js';
import { chooseLang, type Lang, type LocalizedText } from '../core/messages.js';
import { AUDIT_RULES } from '../audit/rules/index.js';
import { RULES, RULE_METAS } from '../rules/index.js';
import type { RuleMeta } from '../rules/rule.js';
import { foldCascades } from './cascade.js';
import { resolveRuleSettings, type RuleSettings } from './config.js';
import { UsageError } from '../core/errors.js';
import { checkFormatVersion } from './format-version.js';
import { checkPathsRead } from './left-out.js';
import { suppressionsOf } from './suppress.js';
import { loadUpstream } from '../upstream/load-upstream.js';
import { upstreamPaths } from '../upstream/paths.js';
import { displayPath, resolveTarget, targetFile, toDiagnostic } from './to-diagnostic.js';

export interface LintOptions {
  /** Catalogue folders, or files and folders inside catalogues. */
  paths: readonly string[];
  cwd: string;
  lang?: string;
  ruleOverrides: ReadonlyMap<string, Level>;
  env: Record<string, string | undefined>;
}

export interface LintResult {
  report: Report;
  lang: Lang;
  /** Text of each file with findings, by reported path (for code frames). */
  sources: Map<string, string>;
}

/** Ids `rules:` in powercat.yaml may name: the catalogue's rules and the audit's (FORMAT §7 configures both there). */
/** Every rule `rules:` in powercat.yaml may name: the catalogue's and the audit's. */
const KNOWN_RULES: readonly RuleMeta<string>[] = [...RULE_METAS, ...AUDIT_RULES.map((r) => r.meta)];

const SUPPRESSION_WITHOUT_REASON: LocalizedText = {
  'zh-CN': '此处的 powercat-disable-next-line 没有写理由（-- 之后），因此未生效',
  en: 'the powercat-disable-next-line here gives no reason after "--", so it is ignored',
};

/** The catalogue a folder (or a file inside one) belongs to. */
export function catalogueRootOf(path: string, cwd: string): string {
  const absolute = resolve(cwd, path);
  if (!existsSync(absolute)) throw new UsageError({ 'zh-CN': `没有这个文件或文件夹：${path}`, en: `no such file or folder: ${path}` });
  const root = findCatalogueRoot(absolute);
  if (!root) {
    throw new UsageError({
      'zh-CN': `${path} 不属于任何清单：它和它上面的文件夹里都没有 powercat.yaml（新建清单请运行 powercat init）`,
      en: `no catalogue found for ${path}: there is no powercat.yaml in it or any folder above it (run "powercat init" to start one)`,
    });
  }
  return root;
}

/** Lints every catalogue the paths belong to; findings are kept only for the files asked about. */
export async function lint(options: LintOptions): Promise<LintResult> {
  const byRoot = new Map<string, string[]>();
  for (const path of options.paths.length > 0 ? options.paths : ['.']) {
    const root = catalogueRootOf(path, options.cwd);
    byRoot.set(root, [...(byRoot.get(root) ?? []), resolve(options.cwd, path)]);
  }
  const results = [];
  for (const [root, scope] of byRoot) {
    const result = await lintCatalogue(root, scope, options);
    checkPathsRead(root, scope, result.model.files, options.cwd, result.lang);
    results.push(result);
  }
  return {
    lang: results[0]!.lang,
    sources: new Map(results.flatMap((r) => [...r.sources])),
    report: {
      diagnostics: results.flatMap((r) => r.report.diagnostics).sort(compareDiagnostics),
      summary: {
        errors: sum(results, 'errors'),
        warnings: sum(results, 'warnings'),
        suppressed: sum(results, 'suppressed'),
        baselined: 0,
        files: sum(results, 'files'),
        documents: sum(results, 'documents'),
      },
    },
  };
}

function sum(results: LintResult[], key: Exclude<keyof Report['summary'], 'cases'>): number {
  return results.reduce((n, r) => n + r.report.summary[key], 0);
}

/** One catalogue's lint, with the model it was run on (render and build go on from it). */
export interface CatalogueLint extends LintResult {
  model: CatalogueModel;
}

export async function lintCatalogue(root: string, scope: readonly string[], options: LintOptions): Promise<CatalogueLint> {
  let settings: RuleSettings | undefined;
  const { files } = await loadCatalogueFiles(root, (catalogueFile) => {
    const read = catalogueSettings(catalogueFile, options.ruleOverrides);
    settings = read.rules;
    return read.load;
  });
  const model = buildModel(root, files);
  await loadUpstream(model);
  const lang = chooseLang(options.lang, model.catalogue?.data.lang, options.env);
  const inScope = scopeFilter(root, scope);
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  let suppressed = 0;
  const produced = RULES.flatMap((rule) => {
    const { level, options: ruleOptions } = settings!.get(rule.meta.id)!;
    if (level === 'off') return [];
    return rule.check({ model, options: ruleOptions, knownRules: KNOWN_RULES }).map((finding) => ({ rule, level, finding }));
  });
  for (const { rule, level, finding } of foldCascades(produced)) {
    // Scope first: locating means a positioned parse, wasted on a file nobody asked about.
    if (!inScope(targetFile(finding.target))) continue;
    const located = resolveTarget(finding.target);
    const suppression = suppressionsOf(located.file).get(located.span.line);
    const notes = [];
    if (suppression?.rules.includes(rule.meta.id)) {
      if (suppression.reason) {
        suppressed++;
        continue;
      }
      notes.push({
        file: displayPath(located.file.path, options.cwd),
        line: suppression.line,
        column: 1,
        message: SUPPRESSION_WITHOUT_REASON[lang],
      });
    }
    const diagnostic = toDiagnostic(rule, level, finding, located, notes, { lang, cwd: options.cwd });
    if (located.file.text !== undefined) sources.set(diagnostic.file, located.file.text);
    diagnostics.push(diagnostic);
  }
  const scoped = model.files.filter(inScope);
  const unique = dedupe(diagnostics.sort(compareDiagnostics));
  return {
    model,
    lang,
    sources,
    report: {
      diagnostics: unique,
      summary: {
        errors: unique.filter((d) => d.severity === 'error').length,
        warnings: unique.filter((d) => d.severity === 'warning').length,
        suppressed,
        baselined: 0,
        files: scoped.length,
        documents: scoped.reduce((n, f) => n + f.documents.filter((d) => d.value != null).length, 0),
      },
    },
  };
}

/**
 * What `powercat.yaml` decides before the rest is read: its format version (refused when
 * unknown), the rule settings, and how files are selected and read. Also for `powercat diff`,
 * which reads catalogues the way lint does.
 */
export function catalogueSettings(catalogueFile: SourceFile, ruleOverrides: ReadonlyMap<string, Level>): { rules: RuleSettings; load: LoadSettings } {
  const catalogue = catalogueFile.documents.find((d) => d.kind === 'Catalogue')?.value;
  checkFormatVersion(recordOf(catalogue)?.formatVersion);
  const rules = resolveRuleSettings(RULES, recordOf(catalogue)?.rules, ruleOverrides);
  return { rules, load: loadSettings(catalogue, rules) };
}

function loadSettings(catalogue: unknown, settings: RuleSettings): LoadSettings {
  const exclude = listOf(recordOf(catalogue)?.exclude).filter((g): g is string => typeof g === 'string');
  const options = settings.get('yaml-syntax')!.options;
  return {
    exclude,
    excludedPaths: upstreamPaths(catalogue),
    maxFileBytes: (options.maxFileSizeMB as number) * 1024 * 1024,
    maxAliasExpansion: options.maxAliasExpansion as number,
    maxDocuments: options.maxDocuments as number,
  };
}

function scopeFilter(root: string, scope: readonly string[]): (file: SourceFile) => boolean {
  if (scope.includes(root)) return () => true;
  return (file) => scope.some((s) => file.path === s || file.path.startsWith(s + sep));
}

function dedupe(sorted: Diagnostic[]): Diagnostic[] {
  return sorted.filter((d, i) => i === 0 || compareDiagnostics(sorted[i - 1]!, d) !== 0);
}
