import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { findCatalogueRoot } from '../load/find-root.js';
import { catalogueFilePaths, readCatalogueFile, type LoadSettings } from '../load/load-catalogue.js';
import { kindOf, type SourceFile } from '../load/source.js';
import { buildModel } from '../model/build-model.js';
import { listOf, recordOf } from '../model/read.js';
import type { CatalogueModel } from '../model/types.js';
import { compareDiagnostics, type Diagnostic, type Level, type Report, type Severity } from '../core/diagnostic.js';
import { chooseLang, type Lang, type LocalizedText } from '../core/messages.js';
import { UsageError } from '../core/errors.js';
import { POWERCAT_VERSION } from '../core/version.js';
import { findRule, RULES } from '../rules/index.js';
import { loadUpstream, readUpstreamLists, type UpstreamEntry } from '../upstream/load-upstream.js';
import { upstreamPaths } from '../upstream/paths.js';
import { codeVersion } from '../util/code-version.js';
import { foldCascades } from './cascade.js';
import { catalogueFindingsBefore, changedSince, onlyChanged } from './changed-since.js';
import { collectFiles, completeFacts, type CollectedFile } from './collect-facts.js';
import { resolveRuleSettings, type RuleSettings } from './config.js';
import { catalogueRulesPowerKeys, isOtherKind, lazySource, sourceFromFacts, type FileFacts } from './file-facts.js';
import { fileCheckContext, type FileCheckSetup } from './file-tasks.js';
import { enabledCatalogueRules, place, runCatalogueRules, type FindingData } from './finding-data.js';
import { KNOWN_RULES } from './known-rules.js';
import { checkFormatVersion } from './format-version.js';
import { checkPathsRead } from './left-out.js';
import { LintCache } from './lint-cache.js';
import { catalogueFindingsAfterEdits, type CatalogueFindings } from './rerun-part.js';
import { suppressionsOf } from './suppress.js';
import { displayPath, toDiagnostic, type PlacedFinding, type RenderContext } from './to-diagnostic.js';
export interface LintOptions {
  /** Catalogue folders, or files and folders inside catalogues. */
  paths: readonly string[];
  cwd: string;
  lang?: string;
  ruleOverrides: ReadonlyMap<string, Level>;
  env: Record<string, string | undefined>;
  /** Threads reading and checking files; 1: the main thread alone. Default: the number of cores, once there is enough to read for them to pay. */
  jobs?: number;
  /** The folder of the lint cache; undefined: no cache. */
  cacheDir?: string;
  /** Report only what concerns the files changed since this git ref (see changed-since.ts). */
  changedSince?: string;
  /** Say in a note what the lint took from the cache. */
  debug?: boolean;
}

export interface LintResult {
  report: Report;
  lang: Lang;
  /** Text of each file with findings, by reported path (for code frames). */
  sources: Map<string, string>;
  /** Things the user should know that are no findings (an ignored cache, say). */
  notes: LocalizedText[];
}

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
  for (const [root, scope] of byRoot) results.push(await lintFiles(root, scope, options, false));
  return {
    lang: results[0]!.lang,
    sources: new Map(results.flatMap((r) => [...r.sources])),
    notes: results.flatMap((r) => r.notes),
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

/** Lints one catalogue for render and build: the model holds the documents whole. */
export async function lintCatalogue(root: string, scope: readonly string[], options: LintOptions): Promise<CatalogueLint> {
  const { model, ...result } = await lintFiles(root, scope, options, true);
  return { ...result, model: model! };
}

/**
 * The lint of one catalogue. Files are read and checked by the file rules (collectFiles); the
 * catalogue rules run on the model of all files' facts — unless the cache holds their findings
 * for facts with the same fingerprint, when no model is needed (and none is returned).
 */
async function lintFiles(
  root: string,
  scope: readonly string[],
  options: LintOptions,
  wholeDocuments: boolean,
): Promise<LintResult & { model: CatalogueModel | undefined }> {
  const notes: LocalizedText[] = [];
  const rootFile = readCatalogueFile(root);
  const catalogue = rootFile.documents.find((d) => d.kind === 'Catalogue')?.value;
  const { rules: settings, load } = catalogueSettings(rootFile, options.ruleOverrides);
  const lang = chooseLang(options.lang, recordOf(catalogue)?.lang, options.env);
  const withUpstream = upstreamPaths(catalogue).length > 0;
  const powerKeys = wholeDocuments ? undefined : catalogueRulesPowerKeys(RULES, settings, withUpstream);
  const setup: FileCheckSetup = {
    root,
    settings: [...settings],
    powerKeys: powerKeys && [...powerKeys],
    limits: { maxFileBytes: load.maxFileBytes, maxAliasExpansion: load.maxAliasExpansion, maxDocuments: load.maxDocuments },
    hashing: options.cacheDir !== undefined && !wholeDocuments,
  };
  const openCache = setup.hashing
    ? () => {
        const opened = LintCache.open(options.cacheDir!, root, cacheKey(setup, rootFile));
        if (opened.note) notes.push(opened.note);
        return opened.cache;
      }
    : undefined;
  const context = fileCheckContext(setup, rootFile);
  // Read while the threads parse the files, when the main thread would wait for them anyway.
  let upstreamRead: Promise<UpstreamEntry[]> | undefined;
  const readUpstream = () => (upstreamRead ??= readUpstreamLists(root, catalogue));
  const { files: collected, cache, hashed } = await collectFiles(setup, (onFile) => catalogueFilePaths(root, load, onFile), {
    jobs: options.jobs ?? availableParallelism(),
    jobsAsked: options.jobs !== undefined,
    openCache,
    cacheIndexBytes: openCache ? LintCache.indexBytes(options.cacheDir!, root) : 0,
    context,
    ...(withUpstream && { meanwhile: () => void readUpstream() }),
  });
  if (scope.some((path) => path !== root)) checkPathsRead(root, scope, collected.map((f) => join(root, f.path)), options.cwd, lang);
  // Made when asked for: a re-lint without findings never needs it.
  let byPathMade: Map<string, CollectedFile> | undefined;
  const byPath = () => (byPathMade ??= new Map(collected.map((f) => [f.path, f])));
  // Made when asked for: a re-lint from the cache needs only the files that have findings.
  const files = new Map<string, SourceFile>();
  const fileOf = (path: string): SourceFile => {
    let file = files.get(path);
    if (!file) {
      // A path of no catalogue file is in an upstream list (FORMAT §6), read again to place a finding there.
      const known = byPath().get(path);
      file = known?.source ?? lazySource(root, path, known?.summary.decoded ?? true);
      files.set(path, file);
    }
    return file;
  };
  let allFacts: FileFacts[] | undefined;
  const factsOfAll = () => (allFacts ??= completeFacts(setup, context, collected, cache));
  const modelOf = async (facts: readonly FileFacts[], sourceOf: (facts: FileFacts) => SourceFile, lists = readUpstreamLists(root, catalogue)) => {
    const built = buildModel(root, facts.map((f) => sourceOf(f)));
    await loadUpstream(built, lists);
    return built;
  };
  // The files of this catalogue as the main thread has them: read in this run, else made from the cached facts.
  const catalogueSource = (facts: FileFacts) => {
    if (!byPath().get(facts.path)?.facts) files.set(facts.path, sourceFromFacts(root, facts));
    return fileOf(facts.path);
  };

  // Upstream lists are read afresh on every run: the catalogue rules' findings are cached only without them.
  const fingerprint = cache && !withUpstream ? fingerprintOf(collected) : undefined;
  let found: { findings: FindingData[]; context?: string[]; ran?: CatalogueFindings['ran'] } | undefined =
    fingerprint === undefined
      ? undefined
      : (cache!.catalogueFor(fingerprint) ??
        (await catalogueFindingsAfterEdits(cache!, collected, byPath(), enabledCatalogueRules(RULES, settings), async (facts, rules) =>
          runCatalogueRules(await modelOf(facts, catalogueSource, readUpstream()), settings, rules, KNOWN_RULES),
        )));
  let model: CatalogueModel | undefined;
  if (!found) {
    const facts = factsOfAll();
    model = await modelOf(facts, catalogueSource, readUpstream());
    const findings = runCatalogueRules(model, settings, RULES, KNOWN_RULES);
    // What the cache needs to run them again on a part (rerun-part.ts): the files of other documents than powers.
    found = fingerprint === undefined ? { findings } : { findings, context: facts.filter((f) => f.values.some((v) => isOtherKind(kindOf(v)))).map((f) => f.path) };
  }
  const catalogueFindings = found.findings;
  const inScope = scopeFilter(root, scope);
  const folded = new Set<PlacedFinding | FindingData>(foldCascades([...collected.flatMap((f) => f.summary.findings), ...catalogueFindings], findRule));
  const fileFindings = collected.flatMap((f) => (inScope(f.path) ? f.summary.findings.filter((finding) => folded.has(finding)) : []));
  // Scope first: placing means a positioned parse, wasted on a file nobody asked about.
  const placeOf = (finding: FindingData) => place(finding, fileOf, (path) => byPath().get(path)?.hash);
  const placed = [...fileFindings, ...catalogueFindings.filter((f) => folded.has(f) && inScope(f.target.file)).map(placeOf)];
  const reported =
    options.changedSince === undefined
      ? placed
      : await onlyChanged(changedSince(root, options.changedSince), fileFindings, placed.slice(fileFindings.length), (changed) =>
          catalogueFindingsBefore(setup, settings, factsOfAll(), changed, load.exclude, modelOf),
        );
  if (cache) {
    if (options.debug) notes.push(cacheUse(collected.filter((f) => f.facts).length, hashed, collected.length, model ? undefined : (found.ran ?? { rules: [], files: 0 })));
    if (fingerprint !== undefined) cache.setCatalogueFindings({ fingerprint, findings: found.findings, ...(found.context && { context: found.context }) });
    const saved = cache.save();
    if (saved) notes.push(saved);
  }

  const { diagnostics, sources, suppressed } = diagnose(reported, fileOf, settings, { lang, cwd: options.cwd, root });
  const scoped = collected.filter((f) => inScope(f.path));
  return {
    model,
    lang,
    sources,
    notes,
    report: {
      diagnostics,
      summary: {
        errors: diagnostics.filter((d) => d.severity === 'error').length,
        warnings: diagnostics.filter((d) => d.severity === 'warning').length,
        suppressed,
        baselined: 0,
        files: scoped.length,
        documents: scoped.reduce((n, f) => n + f.summary.documents, 0),
      },
    },
  };
}

/** What the catalogue rules' findings depend on besides the cache key: each file's path and facts, in order. */
function fingerprintOf(files: readonly CollectedFile[]): string | undefined {
  const hash = createHash('sha256');
  for (const { path, summary } of files) {
    if (summary.factsHash === undefined) return undefined;
    hash.update(`${path}\0${summary.factsHash}\n`);
  }
  return hash.digest('base64');
}

/**
 * What a lint took from the cache: files read again, those only hashed (their times changed: a
 * fresh checkout's are all new), and the catalogue rules run again (undefined: all, on the whole catalogue).
 */
function cacheUse(read: number, hashed: number, files: number, ran: CatalogueFindings['ran'] | undefined): LocalizedText {
  const head = {
    'zh-CN': `lint 缓存：${files} 个文件中重新读取了 ${read} 个${hashed > 0 ? `，另有 ${hashed} 个因时间变了重新计算哈希、内容未变` : ''}；`,
    en: `lint cache: ${read} of ${files} files read again${hashed > 0 ? `, ${hashed} more hashed (their times changed, their bytes did not)` : ''}; `,
  };
  if (!ran) return { 'zh-CN': `${head['zh-CN']}跨文件规则在整个清单上重新运行`, en: `${head.en}the catalogue rules run again on the whole catalogue` };
  if (ran.rules.length === 0) return { 'zh-CN': `${head['zh-CN']}跨文件规则的结果全部取自缓存`, en: `${head.en}the catalogue rules' findings all from the cache` };
  return {
    'zh-CN': `${head['zh-CN']}跨文件规则 ${ran.rules.join('、')} 在 ${ran.files} 个文件上重新运行，其余结果取自缓存`,
    en: `${head.en}catalogue rules ${ran.rules.join(', ')} run again on ${ran.files} files, the rest from the cache`,
  };
}

/**
 * Placed findings as diagnostics, sorted and without repeats, less those a
 * `powercat-disable-next-line` comment with a reason accepts (counted); a comment without a
 * reason is ignored and said so beside the finding.
 */
function diagnose(
  placed: readonly PlacedFinding[],
  fileOf: (path: string) => SourceFile,
  settings: RuleSettings,
  context: RenderContext,
): { diagnostics: Diagnostic[]; sources: Map<string, string>; suppressed: number } {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  let suppressed = 0;
  for (const finding of placed) {
    const rule = findRule(finding.rule)!;
    const file = fileOf(finding.file);
    const suppression = suppressionsOf(file).get(finding.span.line);
    const notes = [];
    if (suppression?.rules.includes(rule.meta.id)) {
      if (suppression.reason) {
        suppressed++;
        continue;
      }
      notes.push({ file: displayPath(file.path, context.cwd), line: suppression.line, column: 1, message: SUPPRESSION_WITHOUT_REASON[context.lang] });
    }
    const diagnostic = toDiagnostic(rule, settings.get(rule.meta.id)!.level as Severity, finding, notes, context);
    if (file.text !== undefined) sources.set(diagnostic.file, file.text);
    diagnostics.push(diagnostic);
  }
  return { diagnostics: dedupe(diagnostics.sort(compareDiagnostics)), sources, suppressed };
}

/** Everything the facts of a file depend on besides its bytes. */
function cacheKey(setup: FileCheckSetup, rootFile: SourceFile): string {
  return createHash('sha256')
    .update(JSON.stringify({ code: codeVersion(), version: POWERCAT_VERSION, catalogue: rootFile.text ?? null, setup: { ...setup, root: undefined } }))
    .digest('hex');
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

/** Whether a file (relative to the root) is inside the paths asked about. */
function scopeFilter(root: string, scope: readonly string[]): (path: string) => boolean {
  if (scope.includes(root)) return () => true;
  return (path) => {
    const absolute = join(root, path);
    return scope.some((s) => absolute === s || absolute.startsWith(s + sep));
  };
}

function dedupe(sorted: Diagnostic[]): Diagnostic[] {
  return sorted.filter((d, i) => i === 0 || compareDiagnostics(sorted[i - 1]!, d) !== 0);
}
