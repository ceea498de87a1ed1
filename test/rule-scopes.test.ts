import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCatalogue } from '../bench/generate.js';
import { generateOtherCatalogue } from '../bench/generate-other.js';
import { compareDiagnostics, type Diagnostic } from '../src/core/diagnostic.js';
import { catalogueFilePaths, DEFAULT_MAX_FILE_BYTES, readCatalogueFile } from '../src/load/load-catalogue.js';
import { DEFAULT_PARSE_LIMITS } from '../src/load/reference-parse.js';
import { readSourceFile } from '../src/load/read-file.js';
import { buildModel } from '../src/model/build-model.js';
import { recordOf } from '../src/model/read.js';
import { findRule, RULES } from '../src/rules/index.js';
import { loadUpstream } from '../src/upstream/load-upstream.js';
import { upstreamPaths } from '../src/upstream/paths.js';
import { foldCascades } from '../src/lint/cascade.js';
import { KNOWN_RULES } from '../src/lint/known-rules.js';
import { FACETS } from '../src/rules/facets.js';
import { powerKeysOf, type Partition, type Rule } from '../src/rules/rule.js';
import type { Entity, PowerData } from '../src/model/types.js';
import type { SourceFile } from '../src/load/source.js';
import { projectValue } from '../src/lint/file-facts.js';
import { findingData, place } from '../src/lint/finding-data.js';
import { resolveRuleSettings } from '../src/lint/config.js';
import { lint } from '../src/lint/run-lint.js';
import { relativePath, toDiagnostic } from '../src/lint/to-diagnostic.js';
import { REPO } from './helpers/catalogue.js';

/*
 * The lint runs each file rule file by file (with powercat.yaml beside it) and each catalogue
 * rule on documents cut to its declared Power keys. Both are claims about the rules; here they
 * are held to the plain way: every rule on the whole catalogue, documents whole.
 */
const LIMITS = { maxFileBytes: DEFAULT_MAX_FILE_BYTES, ...DEFAULT_PARSE_LIMITS };

async function plainLint(root: string): Promise<Diagnostic[]> {
  const rootFile = readCatalogueFile(root);
  const catalogue = rootFile.documents.find((d) => d.kind === 'Catalogue')?.value;
  const settings = resolveRuleSettings(RULES, recordOf(catalogue)?.rules, new Map());
  const paths = catalogueFilePaths(root, { exclude: [], excludedPaths: upstreamPaths(catalogue), ...LIMITS });
  const files = paths.map((path) => (path === 'powercat.yaml' ? rootFile : readSourceFile(join(root, path), LIMITS)));
  const byPath = new Map(files.map((f) => [relativePath(root, f.path), f]));
  const model = buildModel(root, files);
  await loadUpstream(model);
  const found = RULES.flatMap((rule) => {
    const { level, options } = settings.get(rule.meta.id)!;
    return level === 'off' ? [] : rule.check({ model, options, knownRules: KNOWN_RULES }).map((finding) => findingData(root, rule, finding));
  });
  const diagnostics = foldCascades(found, findRule).map((data) => {
    const rule = findRule(data.rule)!;
    const placed = place(data, (path) => byPath.get(path) ?? readSourceFile(join(root, path), LIMITS), () => undefined);
    return toDiagnostic(rule, settings.get(rule.meta.id)!.level as Diagnostic['severity'], placed, [], { lang: 'en', cwd: root, root });
  });
  return diagnostics.sort(compareDiagnostics).filter((d, i, all) => i === 0 || compareDiagnostics(all[i - 1]!, d) !== 0);
}

const corpus = (kind: string) =>
  readdirSync(join(REPO, 'test/corpus', kind), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(REPO, 'test/corpus', kind, e.name));

let made: string[] | undefined;

/** Both generators' catalogues, with findings: injected by bench/generate.js, edited into generate-other.js's clean one (made once, read only). */
function generated(): string[] {
  return (made ??= generate());
}

function generate(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'powercat-scopes-'));
  generateCatalogue({ powers: 400, out: join(dir, 'a'), seed: 11, findings: 150, findingFiles: 50 });
  generateOtherCatalogue({ powers: 300, out: join(dir, 'b'), perDepartment: 100 });
  const department = join(dir, 'b', 'departments', 'dept-0001.yaml');
  writeFileSync(
    department,
    readFileSync(department, 'utf8')
      .replace("code: 'X0000101'", "code: 'X0000007'") // code-duplicate, owner-ambiguous
      .replace('actor: chief', 'actor: nobody') // process-actor
      .replace('name: 申请, type: start', 'name: 申请') // process-structure
      .replace('department: dept-0001\n', 'department: dept-0002\n') // owner-ambiguous
      .replace(/statutory: \{value: \d+/, 'statutory: {value: 1'), // process-time
  );
  return [join(dir, 'a'), join(dir, 'b')];
}

/** Each rule's findings as comparable lines, for files in `only` (all when undefined). */
async function findingsOf(rule: Rule, root: string, files: SourceFile[], only?: SourceFile): Promise<string[]> {
  const model = buildModel(root, files);
  await loadUpstream(model);
  const byPath = new Map(files.map((f) => [relativePath(root, f.path), f]));
  return rule
    .check({ model, options: {}, knownRules: KNOWN_RULES })
    .map((finding) => place(findingData(root, rule, finding), (path) => byPath.get(path) ?? readSourceFile(join(root, path), LIMITS), () => undefined))
    .filter((placed) => !only || placed.file === relativePath(root, only.path))
    .map((placed) => JSON.stringify(placed))
    .sort();
}

function wholeFiles(root: string): SourceFile[] {
  const rootFile = readCatalogueFile(root);
  const catalogue = rootFile.documents.find((d) => d.kind === 'Catalogue')?.value;
  return catalogueFilePaths(root, { exclude: [], excludedPaths: upstreamPaths(catalogue), ...LIMITS }).map((path) =>
    path === 'powercat.yaml' ? rootFile : readSourceFile(join(root, path), LIMITS),
  );
}

/** The files with every Power document cut to the keys one rule declares. */
function projected(root: string, files: SourceFile[], keys: ReadonlySet<string>): SourceFile[] {
  return files.map((f) => {
    const file: SourceFile = { ...f, documents: [] };
    file.documents = f.documents.map((d) => ({ ...d, file, value: projectValue(d.value, keys) }));
    return file;
  });
}

describe('each rule keeps to its declared scope', () => {
  const roots = [...corpus('err'), join(REPO, 'examples/qingshui'), join(REPO, 'examples/county')];
  it.each(RULES.filter((r) => r.meta.scope === 'file').map((r) => [r.meta.id, r]))(
    '%s: its findings in a file are those it finds with only that file and powercat.yaml',
    async (_id, rule) => {
      for (const root of roots) {
        const files = wholeFiles(root);
        for (const file of files) {
          const alone = file === files[0] ? [file] : [files[0]!, file];
          expect(await findingsOf(rule, root, alone, file), `${root}: ${file.path}`).toEqual(await findingsOf(rule, root, files, file));
        }
      }
    },
    60_000,
  );

  it.each(RULES.filter((r) => r.meta.scope === 'catalogue').map((r) => [r.meta.id, r]))(
    '%s: it finds the same in Power documents cut to its declared keys',
    async (_id, rule) => {
      if (rule.meta.scope !== 'catalogue' || !rule.meta.powerKeys) return; // reads every key: nothing is cut
      const meta = rule.meta;
      for (const root of roots) {
        const files = wholeFiles(root);
        const catalogue = files[0]!.documents.find((d) => d.kind === 'Catalogue')?.value;
        const keys = new Set(powerKeysOf(meta, upstreamPaths(catalogue).length > 0));
        expect(await findingsOf(rule, root, projected(root, files, keys)), root).toEqual(await findingsOf(rule, root, files));
      }
    },
    60_000,
  );
});

/** A rule's findings as plain data (no positions to find), by the document they are at. */
async function findingsByDocument(rule: Rule, root: string, files: SourceFile[]): Promise<Map<string, string[]>> {
  const model = buildModel(root, files);
  await loadUpstream(model);
  const byDocument = new Map<string, string[]>();
  for (const finding of rule.check({ model, options: {}, knownRules: KNOWN_RULES })) {
    const data = findingData(root, rule, finding);
    const at = 'doc' in data.target ? `${data.target.file}#${data.target.doc}` : data.target.file;
    byDocument.set(at, [...(byDocument.get(at) ?? []), JSON.stringify(data)].sort());
  }
  return byDocument;
}

/** The catalogue with only these Power documents, and every document of another kind. */
function withPowers(files: SourceFile[], keep: (doc: SourceFile['documents'][number]) => boolean): SourceFile[] {
  return files.map((f) => ({ ...f, documents: f.documents.filter((d) => d.kind !== 'Power' || keep(d)) }));
}

/** Whether two powers share a key of one of the facets. */
function share(a: Entity<PowerData>, b: Entity<PowerData>, by: readonly (keyof typeof FACETS)[]): boolean {
  return by.some((name) => FACETS[name](a).some((key) => FACETS[name](b).includes(key)));
}

describe('each catalogue rule keeps to its declared partition (what a re-lint from the cache runs it again on)', () => {
  // The claims of the upstream rules hold without lists, the others' with or without.
  const roots = (rule: Rule) =>
    [...corpus('err'), join(REPO, 'examples/qingshui'), join(REPO, 'examples/county'), ...generated()].filter(
      (root) => !isUpstreamRule(rule) || upstreamPaths(wholeFiles(root)[0]!.documents[0]?.value).length === 0,
    );
  const isUpstreamRule = (rule: Rule) => rule.meta.scope === 'catalogue' && rule.meta.upstreamPowerKeys !== undefined;
  const partitioned = RULES.flatMap((rule) => (rule.meta.scope === 'catalogue' && rule.meta.partition ? [[rule.meta.id, rule, rule.meta.partition] as const] : []));

  it('every catalogue rule but power-concentration declares one (a rule without is run on the whole catalogue after any edit it reads)', () => {
    expect(RULES.filter((r) => r.meta.scope === 'catalogue' && !r.meta.partition).map((r) => r.meta.id)).toEqual(['power-concentration']);
  });

  it.each(partitioned)(
    '%s: its findings at a power are those it finds with the powers its partition names beside every other document',
    async (_id, rule, partition: Partition) => {
      let seen = 0;
      for (const root of roots(rule)) {
        const files = wholeFiles(root);
        const whole = await findingsByDocument(rule, root, files);
        const powers = buildModel(root, files).powers;
        for (const power of powers) {
          const part = partition === 'power' ? [power] : powers.filter((other) => other === power || share(other, power, partition.by));
          const docs = new Set(part.map((p) => p.doc));
          const at = `${relativePath(root, power.doc.file.path)}#${power.doc.index}`;
          expect((await findingsByDocument(rule, root, withPowers(files, (d) => docs.has(d)))).get(at), `${root}: ${at}`).toEqual(whole.get(at));
        }
        const atPowers = new Set(powers.map((p) => `${relativePath(root, p.doc.file.path)}#${p.doc.index}`));
        const elsewhere = [...whole].filter(([at]) => !atPowers.has(at));
        seen += [...whole.values()].flat().length;
        // Findings at other documents depend on no power (partition 'power'); a rule partitioned by facets has none.
        if (partition !== 'power') expect(elsewhere, root).toEqual([]);
        else {
          const withoutPowers = await findingsByDocument(rule, root, withPowers(files, () => false));
          expect(elsewhere, root).toEqual([...withoutPowers].filter(([at]) => !atPowers.has(at)));
        }
      }
      // The fixtures hold findings of every such rule (but the upstream rules', which without lists find next to nothing): no comparison of empty lists only.
      if (!isUpstreamRule(rule)) expect(seen).toBeGreaterThan(0);
    },
    120_000,
  );
});

describe('the lint, file rules in batches and catalogue rules on cut documents', () => {
  it.each([...corpus('err'), ...corpus('ok'), join(REPO, 'examples/qingshui'), join(REPO, 'examples/county')].map((root) => [relativePath(REPO, root), root]))(
    '%s: file rules file by file and catalogue rules on their Power keys find what every rule on the whole catalogue finds',
    async (_name, root) => {
      const { report } = await lint({ paths: [root], cwd: root, lang: 'en', ruleOverrides: new Map(), env: {} });
      expect(report.diagnostics).toEqual(await plainLint(root));
    },
    60_000,
  );

  it('the same on generated catalogues of both generators, findings of every injected kind included', async () => {
    for (const root of generated()) {
      const { report } = await lint({ paths: [root], cwd: root, lang: 'en', ruleOverrides: new Map(), env: {} });
      expect(report.diagnostics.length).toBeGreaterThan(root.endsWith('a') ? 100 : 2);
      expect(report.diagnostics).toEqual(await plainLint(root));
    }
  }, 120_000);
});
