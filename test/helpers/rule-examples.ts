import { lintCatalogue } from '../../src/lint/run-lint.js';
import { RULE_METAS } from '../../src/rules/index.js';
import type { Finding, Rule } from '../../src/rules/rule.js';
import { effectiveOptions } from '../../src/rules/rule-options.js';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { makeCatalogue, REPO } from './catalogue.js';
import { DEPARTMENT } from './fixtures.js';

/*
 * A rule's examples (what `explain` and docs/rules.md show) are YAML documents separated by
 * `---`. A document whose first line is `# path.yaml` (nothing else on the line) starts that file
 * of the catalogue; other documents go to the file before them, or to `powers/example.yaml`.
 * Unless the example writes them, the catalogue gets a powercat.yaml (national codes, format
 * version 2) and, when the example declares no Department, the test fixtures' departments.
 */
const FILE_HEADER = /^# (\S+\.ya?ml)$/;
const EXAMPLE_CATALOGUE = 'kind: Catalogue\nid: example\nname: 青水县权责清单\nformatVersion: 2\ncodeProfile: national\n';

export function exampleFiles(example: string): Record<string, string> {
  const files: Record<string, string> = {};
  let file = 'powers/example.yaml';
  for (const doc of example.split(/^---$/m).map((d) => d.replace(/^\n/, ''))) {
    const header = FILE_HEADER.exec(doc.split('\n')[0] ?? '');
    if (header) file = header[1]!;
    files[file] = file in files ? `${files[file]}---\n${doc}` : doc;
  }
  if (!('powercat.yaml' in files)) files['powercat.yaml'] = EXAMPLE_CATALOGUE;
  if (!/^kind: Department$/m.test(example)) files['departments/fixture.yaml'] = DEPARTMENT;
  return files;
}

/**
 * What one rule finds on an example, run the way `lint` runs it (default options): in a catalogue
 * of its own, or — when the rule's examples name a `context` — in a copy of that example catalogue
 * with the example's files written over it.
 */
export async function exampleFindings(rule: Rule, example: string): Promise<Finding[]> {
  const context = rule.meta.examples.context;
  const root = context === undefined ? makeCatalogue(exampleFiles(example)) : inContext(context, example);
  const { model } = await lintCatalogue(root, [root], { paths: [root], cwd: root, ruleOverrides: new Map(), env: {} });
  return rule.check({ model, options: effectiveOptions(rule.meta, {}), knownRules: RULE_METAS });
}

/** The message ids a rule's findings use, related locations included. */
export function messageIdsOf(findings: readonly Finding[]): Set<string> {
  return new Set(findings.flatMap((f) => [f.messageId, ...(f.related ?? []).map((r) => r.messageId)]));
}

/** A copy of a bundled example catalogue with an example's documents written into it. */
function inContext(context: string, example: string): string {
  const root = mkdtempSync(join(tmpdir(), 'powercat-example-'));
  cpSync(join(REPO, context), root, { recursive: true });
  const files: Record<string, string> = {};
  let file = 'powers/example.yaml';
  for (const doc of example.split(/^---$/m).map((d) => d.replace(/^\n/, ''))) {
    const header = FILE_HEADER.exec(doc.split('\n')[0] ?? '');
    if (header) file = header[1]!;
    files[file] = file in files ? `${files[file]}---\n${doc}` : doc;
  }
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}
