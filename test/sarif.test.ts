import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/core/diagnostic.js';
import { FORMATTERS } from '../src/report/formatters/index.js';
import { artifactLocation, FINGERPRINT_KEY, pascalCase } from '../src/report/formatters/sarif.js';
import { toolInfo } from '../src/report/tool-info.js';
import { RULE_IDS, RULES } from '../src/rules/index.js';
import { makeCatalogue, REPO, runCli } from './helpers/catalogue.js';
import { CATALOGUE, DEPARTMENT, power } from './helpers/fixtures.js';

/*
 * The SARIF the CLI writes, checked by Microsoft's SARIF Multitool (`validate`, the validator
 * behind the SARIF web validator) with its SARIF and GitHub rule sets, and for its structure.
 * The Multitool is a self-contained .NET executable from the npm package
 * @microsoft/sarif-multitool (which resolves to the platform package's binary): no .NET needed.
 */

interface SarifLog {
  $schema: string;
  version: string;
  runs: SarifRun[];
}
interface SarifRun {
  tool: { driver: { name: string; version: string; semanticVersion?: string; rules?: { id: string; name?: string; defaultConfiguration?: { level?: string } }[] } };
  results?: SarifResult[];
  columnKind?: string;
  originalUriBaseIds?: Record<string, unknown>;
  invocations?: { executionSuccessful: boolean; toolExecutionNotifications?: unknown[] }[];
}
interface SarifLocation {
  id?: number;
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> };
  message?: { text: string };
}
interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level?: string;
  message: { text?: string; id?: string; arguments?: string[] };
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints?: Record<string, string>;
}

const require = createRequire(import.meta.url);

/** Absolute path of the Sarif.Multitool executable for this platform. */
function multitool(): string {
  let path: string;
  try {
    path = require('@microsoft/sarif-multitool') as string;
  } catch (error) {
    throw new Error(`@microsoft/sarif-multitool has no binary for ${process.platform}-${process.arch}; run npm ci (${String(error)})`);
  }
  // Its postinstall only adds u+x, which the tarball already has; npm may skip install scripts.
  if ((statSync(path).mode & 0o100) === 0) chmodSync(path, 0o755);
  return path;
}

/**
 * SARIF2006 (UrisShouldBeReachable) fetches every URI in the log over HTTP: slow or flaky where
 * the network is closed, and powercat.dev is not a test's business. Every other rule stays on.
 */
const VALIDATOR_CONFIG = `<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" Type="Driver.RuleEnabledState" />
  </Properties>
</Properties>
`;

interface Validation {
  log: SarifLog;
  /** `level ruleId: message arguments`, one for each problem the validator found. */
  findings: { level: string; text: string; file: string }[];
  ms: number;
}

function validate(files: string[]): Validation {
  const dir = mkdtempSync(join(tmpdir(), 'powercat-sarif-validate-'));
  const config = join(dir, 'validator.xml');
  const output = join(dir, 'validation.sarif');
  writeFileSync(config, VALIDATOR_CONFIG);
  const started = performance.now();
  const result = spawnSync(
    multitool(),
    ['validate', ...files, '--output', output, '--log', 'ForceOverwrite', '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning;Note', '--config', config, '--quiet'],
    { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' }, timeout: 120_000 },
  );
  const ms = performance.now() - started;
  expect(result.error, 'the Multitool could not be started').toBeUndefined();
  expect(result.status, `validate exited ${result.status}: ${result.stderr}${result.stdout}`).toBe(0);
  const log = JSON.parse(readFileSync(output, 'utf8').replace(/^\uFEFF/, '')) as SarifLog;
  const run = log.runs[0]!;
  const rules = run.tool.driver.rules ?? [];
  const findings = (run.results ?? []).map((r) => ({
    // A result without a level takes its rule's default, and failing that "warning" (SARIF §3.27.10).
    level: r.level ?? rules[r.ruleIndex ?? -1]?.defaultConfiguration?.level ?? 'warning',
    text: `${r.ruleId}: ${r.message.text ?? (r.message.arguments ?? []).join(' | ')}`,
    file: decodeURIComponent(r.locations[0]?.physicalLocation.artifactLocation.uri ?? ''),
  }));
  return { log, findings, ms };
}

function errorsOf(v: Validation): string[] {
  return v.findings.filter((f) => f.level === 'error').map((f) => f.text);
}

function newestMtime(dir: string): number {
  return Math.max(0, ...readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => statSync(join(e.parentPath, e.name)).mtimeMs));
}

/** `npm test` builds before vitest; when this file is run alone, dist may predate src. */
function ensureBuilt(): void {
  const dist = join(REPO, 'dist');
  if (existsSync(join(dist, 'report/formatters/sarif.js')) && newestMtime(dist) >= newestMtime(join(REPO, 'src'))) return;
  const tsc = join(REPO, 'node_modules/typescript', (require('typescript/package.json') as { bin: { tsc: string } }).bin.tsc);
  const built = spawnSync(process.execPath, [tsc, '-p', join(REPO, 'tsconfig.json')], { encoding: 'utf8' });
  expect(built.status, built.stdout + built.stderr).toBe(0);
}

/** A catalogue whose paths need percent-encoding (space, #, CJK) and whose findings have related locations. */
function awkwardCatalogue(): string {
  return makeCatalogue({
    'powercat.yaml': CATALOGUE,
    'departments/scjgj.yaml': DEPARTMENT,
    'powers/食品 安全/a#1.yaml': power('000231001000'),
    'powers/食品 安全/b%2.yaml': power('000231001000', '对经营超过保质期食品的处罚'),
  });
}

interface Written {
  sarif: string;
  log: SarifLog;
  diagnostics: Diagnostic[];
}

/** Runs the real CLI with `-f sarif:FILE -f json:FILE`, in the catalogue's folder. */
function lintToSarif(root: string, lang: 'en' | 'zh-CN' = 'en'): Written {
  const out = mkdtempSync(join(tmpdir(), 'powercat-sarif-out-'));
  const result = runCli(['lint', '.', '--lang', lang, '-f', `sarif:${join(out, 'out.sarif')}`, '-f', `json:${join(out, 'out.json')}`], { cwd: root });
  expect(result.code, result.stderr).toBe(1);
  const sarif = readFileSync(join(out, 'out.sarif'), 'utf8');
  const diagnostics = (JSON.parse(readFileSync(join(out, 'out.json'), 'utf8')) as { diagnostics: Diagnostic[] }).diagnostics;
  return { sarif, log: JSON.parse(sarif) as SarifLog, diagnostics };
}

const corpus = join(REPO, 'test/corpus/err/code-duplicate');
let written: { name: string; file: string; w: Written }[] = [];

describe('sarif output of powercat lint', { timeout: 60_000 }, () => {
  beforeAll(() => {
    ensureBuilt();
    const dir = mkdtempSync(join(tmpdir(), 'powercat-sarif-'));
    const awkward = awkwardCatalogue();
    written = [
      { name: 'corpus-en', w: lintToSarif(corpus, 'en') },
      { name: 'corpus-zh', w: lintToSarif(corpus, 'zh-CN') },
      { name: 'awkward', w: lintToSarif(awkward, 'en') },
    ].map(({ name, w }) => {
      const file = join(dir, `${name}.sarif`);
      writeFileSync(file, w.sarif);
      return { name, file, w };
    });
  }, 120_000);

  it('passes the SARIF Multitool validator (SARIF and GitHub rules) with no errors', () => {
    const v = validate(written.map((x) => x.file));
    console.log(`sarif-multitool validate: ${written.length} files in ${Math.round(v.ms)} ms; ${v.findings.length} findings, by level: ${JSON.stringify(countBy(v.findings.map((f) => f.level)))}`);
    // The validator skips a file it cannot load without a word (an unknown `level`, say): make
    // sure it looked at each of ours, which always draws notes (e.g. SARIF2009 on rule ids).
    expect(v.log.runs[0]!.invocations?.[0]?.executionSuccessful).toBe(true);
    for (const { file } of written) expect(v.findings.some((f) => f.file.endsWith(file)), file).toBe(true);
    expect(errorsOf(v)).toEqual([]);
    expect(v.findings.filter((f) => f.level === 'warning').map((f) => f.text)).toEqual([]);
  }, 120_000);

  it('the validator does catch what this test guards against (a control with broken indexes, regions and URIs)', () => {
    const broken = JSON.parse(written[0]!.w.sarif) as SarifLog;
    const result = broken.runs[0]!.results![0]!;
    result.ruleIndex = 999;
    result.locations[0]!.physicalLocation.region.endColumn = 1;
    result.locations[0]!.physicalLocation.artifactLocation.uri = 'powers/食品 安全/a#1.yaml';
    delete (broken.runs[0]!.results![1] as Partial<SarifResult>).locations;
    const file = join(mkdtempSync(join(tmpdir(), 'powercat-sarif-control-')), 'broken.sarif');
    writeFileSync(file, JSON.stringify(broken, null, 2));
    const errors = errorsOf(validate([file])).join('\n');
    expect(errors).toMatch(/^SARIF1009:/m); // ruleIndex out of range
    expect(errors).toMatch(/^SARIF1007:/m); // endColumn before startColumn
    expect(errors).toMatch(/^SARIF1002:/m); // not a valid URI
    expect(errors).toMatch(/^GH1015:/m); // GitHub: a result without a location
  }, 120_000);

  it('has the documented shape', () => {
    const { log } = written[0]!.w;
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(Object.keys(run.originalUriBaseIds ?? {})).toEqual(['%SRCROOT%']);
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(run.tool.driver).toMatchObject({ name: 'powercat', version: pkg.version, semanticVersion: pkg.version, informationUri: 'https://powercat.dev' });
  });

  it('lists every rule, in the tool order, whatever was found, so ruleIndex is stable', () => {
    for (const { w } of written) {
      const rules = w.log.runs[0]!.tool.driver.rules!;
      expect(rules.map((r) => r.id)).toEqual(RULE_IDS);
      for (const [i, r] of rules.entries()) {
        expect(r.defaultConfiguration?.level).toBe(RULES[i]!.meta.defaultSeverity);
        if (r.name !== undefined) expect(r.name).toBe(pascalCase(r.id));
      }
    }
    expect(pascalCase('code-duplicate')).toBe('CodeDuplicate');
    expect(pascalCase('schema')).toBe('Schema');
  });

  it('has one result per diagnostic, with its rule, level, message, region and related locations', () => {
    for (const { name, w } of written) {
      const run = w.log.runs[0]!;
      expect(w.diagnostics.length, name).toBeGreaterThan(0);
      expect(run.results).toHaveLength(w.diagnostics.length);
      expect(w.diagnostics.some((d) => d.related.length > 0), name).toBe(true);
      for (const [i, d] of w.diagnostics.entries()) {
        const r = run.results![i]!;
        expect(run.tool.driver.rules![r.ruleIndex!]!.id).toBe(r.ruleId);
        expect(r).toMatchObject({ ruleId: d.rule, level: d.severity, message: { text: d.message } });
        expect(['error', 'warning', 'note']).toContain(r.level);
        expect(r.locations).toHaveLength(1);
        const where = r.locations[0]!.physicalLocation;
        expect(where.artifactLocation).toEqual({ uri: artifactLocation(d.file).uri, uriBaseId: '%SRCROOT%' });
        expect(decodeURIComponent(where.artifactLocation.uri)).toBe(d.file);
        expect(where.region).toEqual({ startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn });
        expect(
          (r.relatedLocations ?? []).map((l) => ({ id: l.id, file: decodeURIComponent(l.physicalLocation.artifactLocation.uri), ...l.physicalLocation.region, message: l.message?.text })),
        ).toEqual(d.related.map((rel, id) => ({ id, file: rel.file, startLine: rel.line, startColumn: rel.column, message: rel.message })));
      }
    }
  });

  it('percent-encodes paths into valid relative URI references', () => {
    const uris = written[2]!.w.log.runs[0]!.results!.flatMap((r) => [...r.locations, ...(r.relatedLocations ?? [])].map((l) => l.physicalLocation.artifactLocation.uri));
    expect(uris).toContain('powers/%E9%A3%9F%E5%93%81%20%E5%AE%89%E5%85%A8/a%231.yaml');
    expect(uris).toContain('powers/%E9%A3%9F%E5%93%81%20%E5%AE%89%E5%85%A8/b%252.yaml');
    expect(artifactLocation('a:b/c d.yaml')).toEqual({ uri: 'a%3Ab/c%20d.yaml', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('/abs/x y.yaml')).toEqual({ uri: 'file:///abs/x%20y.yaml' });
  });

  it('fingerprints each finding by rule, file and JSON pointer, not by line', () => {
    for (const { w } of written) {
      const prints = w.log.runs[0]!.results!.map((r) => r.partialFingerprints?.[FINGERPRINT_KEY]);
      for (const p of prints) expect(p).toMatch(/^[0-9a-f]{64}$/);
      expect(new Set(prints).size).toBe(prints.length);
    }
    const tool = toolInfo(RULES, 'en');
    const base = written[0]!.w.diagnostics[0]!;
    const print = (d: Diagnostic) => JSON.parse(FORMATTERS.sarif!({ diagnostics: [d], summary: { errors: 1, warnings: 0, suppressed: 0, files: 1, documents: 1 } }, { lang: 'en', color: false, sources: new Map(), tool })).runs[0].results[0].partialFingerprints[FINGERPRINT_KEY];
    expect(print({ ...base, line: base.line + 10, endLine: base.endLine + 10, message: 'moved' })).toBe(print(base));
    expect(print({ ...base, pointer: '/name' })).not.toBe(print(base));
    expect(print({ ...base, file: 'other.yaml' })).not.toBe(print(base));
  });

  it('is byte-stable: the same catalogue gives the same bytes, from another copy of it too', () => {
    const copy = mkdtempSync(join(tmpdir(), 'powercat-sarif-copy-'));
    cpSync(corpus, copy, { recursive: true });
    expect(lintToSarif(corpus, 'en').sarif).toBe(written[0]!.w.sarif);
    expect(lintToSarif(copy, 'en').sarif).toBe(written[0]!.w.sarif);
  });
});

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}
