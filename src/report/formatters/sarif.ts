import { createHash } from 'node:crypto';
import type { Diagnostic, RelatedLocation } from '../../core/diagnostic.js';
import type { Lang } from '../../core/messages.js';
import type { Formatter, RuleInfo, ToolInfo } from './types.js';

/*
 * SARIF 2.1.0, as GitHub code scanning accepts it (one run, a region on every location, levels
 * error/warning, locations relative to %SRCROOT%, which is the folder `powercat lint` ran in).
 * The output depends on the report and the context alone: no clock, no absolute paths, no
 * machine, so the same findings give the same bytes.
 */

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SRCROOT = '%SRCROOT%';
/** The key of our own fingerprint in `partialFingerprints`; bump the version if its input changes. */
export const FINGERPRINT_KEY = 'powercat/v1';

const HELP_LINK = { 'zh-CN': '详见', en: 'See' } as const;
const SRCROOT_DESCRIPTION = {
  'zh-CN': '运行 powercat lint 的目录（一般是仓库根目录）。',
  en: 'The directory powercat lint ran in (normally the repository root).',
} as const;

export const sarif: Formatter = ({ diagnostics }, { lang, tool }) => {
  const rules = ruleTable(tool, diagnostics);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const occurrences = new Map<string, number>();
  const results = diagnostics.map((d) => {
    const identity = JSON.stringify([d.rule, d.file, d.pointer]);
    const occurrence = occurrences.get(identity) ?? 0;
    occurrences.set(identity, occurrence + 1);
    return {
      ruleId: d.rule,
      ruleIndex: index.get(d.rule)!,
      level: d.severity,
      message: { text: d.message },
      locations: [{ physicalLocation: physicalLocation(d.file, region(d)) }],
      ...(d.related.length > 0 ? { relatedLocations: d.related.map(relatedLocation) } : {}),
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(d, occurrence) },
    };
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            semanticVersion: tool.version,
            informationUri: tool.informationUri,
            rules: rules.map((r) => reportingDescriptor(r, lang)),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { [SRCROOT]: { description: { text: SRCROOT_DESCRIPTION[lang] } } },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

/**
 * Every rule the tool has, in the tool's order, so that a rule's index is the same in every log;
 * a finding of a rule the tool does not list (there should be none) gets a bare entry after them.
 */
function ruleTable(tool: ToolInfo, diagnostics: readonly Diagnostic[]): RuleInfo[] {
  const known = new Set(tool.rules.map((r) => r.id));
  const extra = [...new Set(diagnostics.map((d) => d.rule).filter((id) => !known.has(id)))].sort();
  return [
    ...tool.rules,
    ...extra.map((id) => ({
      id,
      defaultSeverity: diagnostics.find((d) => d.rule === id)!.severity,
      shortDescription: id,
      fullDescription: id,
      helpUri: tool.informationUri,
    })),
  ];
}

function reportingDescriptor(rule: RuleInfo, lang: Lang) {
  const name = pascalCase(rule.id);
  return {
    id: rule.id,
    // The validator (SARIF1001) wants a name that differs from the id, ignoring case: `schema` has none.
    ...(name.toLowerCase() === rule.id.toLowerCase() ? {} : { name }),
    shortDescription: { text: rule.shortDescription },
    fullDescription: { text: rule.fullDescription },
    help: {
      text: `${rule.fullDescription}\n\n${HELP_LINK[lang]} ${rule.helpUri}`,
      markdown: `${rule.fullDescription}\n\n${HELP_LINK[lang]} [${rule.id}](${rule.helpUri})`,
    },
    helpUri: rule.helpUri,
    defaultConfiguration: { level: rule.defaultSeverity },
  };
}

/** `code-duplicate` → `CodeDuplicate`: SARIF's friendly rule name. */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

interface Region {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}

/** SARIF lines and columns start at 1 and endColumn is exclusive, as in a Diagnostic. */
function region(d: Diagnostic): Region {
  const startLine = Math.max(1, d.line);
  const startColumn = Math.max(1, d.column);
  const endLine = Math.max(startLine, d.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn, d.endColumn) : Math.max(1, d.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}

function relatedLocation(r: RelatedLocation, id: number) {
  return {
    id,
    physicalLocation: physicalLocation(r.file, { startLine: Math.max(1, r.line), startColumn: Math.max(1, r.column) }),
    message: { text: r.message },
  };
}

function physicalLocation(file: string, where: Region) {
  return { artifactLocation: artifactLocation(file), region: where };
}

/**
 * Reported paths are relative, with forward slashes; SARIF wants a URI reference, so each
 * segment is percent-encoded (spaces, `#`, `?`, `%`, `:` and non-ASCII such as 食品 too).
 * An absolute path (a file outside the working directory's drive) becomes a file: URI.
 */
export function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const path = file.replace(/\\/g, '/');
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  if (path.startsWith('/')) return { uri: `file://${encoded}` };
  if (/^[A-Za-z]:\//.test(path)) return { uri: `file:///${path.slice(0, 2)}${encoded.slice(encoded.indexOf('/'))}` };
  return { uri: encoded, uriBaseId: SRCROOT };
}

/**
 * Stable across edits that move a finding: the rule, the file and the JSON pointer of the node
 * (not its line), hashed with SHA-256. A pointer is per YAML document, so in a file of several
 * documents two findings can share all three; the count of earlier findings that do (in report
 * order) tells them apart, and changes only when such a finding is added or removed before it.
 */
function fingerprint(d: Diagnostic, occurrence: number): string {
  return createHash('sha256').update(JSON.stringify([d.rule, d.file, d.pointer, occurrence])).digest('hex');
}
