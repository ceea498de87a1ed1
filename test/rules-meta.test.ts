import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesMarkdown } from '../src/docs/rule-docs.js';
import { renderMessage } from '../src/lint/to-diagnostic.js';
import { placeholders } from '../src/core/messages.js';
import { RULES } from '../src/rules/index.js';
import { REPO } from './helpers/catalogue.js';
import { exampleFiles, exampleFindings, messageIdsOf } from './helpers/rule-examples.js';

const RULES_DIR = join(REPO, 'src/rules');
const ruleFolders = readdirSync(RULES_DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'shared')
  .map((e) => e.name);

/**
 * Messages a rule's bad example cannot show, and why. Everything else a rule declares must be
 * reported when the rule runs on its own bad example, so a message that nothing reports any
 * longer (or a renamed one) fails here. Each entry is covered by the test named beside it.
 */
const NOT_IN_EXAMPLE: Record<string, Record<string, string>> = {
  'yaml-syntax': {
    parse: "the fallback for a parser error no message is written for (load/yaml-diagnosis.test.ts)",
    indentMismatch: 'the fallback for an indentation error whose lines are not modelled, e.g. after an anchor (load/yaml-diagnosis.test.ts)',
    keyStructure: 'the fallback for a key structure error whose lines are not modelled (load/yaml-diagnosis.test.ts)',
    keyTooLong: 'a key of over 1,024 characters (load/yaml-diagnosis.test.ts)',
    aliases: 'an alias bomb: thousands of expansions (bad-input.test.ts)',
    tooDeep: '1,000-deep nesting (bad-input.test.ts)',
    aliasExpansion: 'aliases adding over a million characters, the default limit (bad-input.test.ts)',
    tooManyDocuments: 'over 5,000 documents in one file, the default limit (bad-input.test.ts)',
    binary: 'NUL bytes: an example is text (bad-input.test.ts)',
    gb18030: 'GBK bytes: an example is UTF-8 text (bad-input.test.ts)',
    utf16: 'UTF-16 bytes: an example is UTF-8 text (bad-input.test.ts)',
    notUtf8: 'invalid UTF-8 bytes: an example is UTF-8 text (bad-input.test.ts)',
    tooLarge: 'a file over the size limit, 10 MB by default (bad-input.test.ts)',
    unreadable: 'a file the system refuses to read (load/read-file.test.ts)',
  },
  schema: {
    catalogueMissing: 'a powercat.yaml without a Catalogue, which the example needs for its other findings (bad-input.test.ts)',
    invalid: 'the fallback for a JSON Schema keyword no message is written for; none of the format\'s schemas reaches it (schema.test.ts)',
  },
  'code-format': {
    patternMismatch: 'codeProfile: pattern, while the example shows national codes (code-format.test.ts)',
    patternMissing: 'codeProfile: pattern without codePattern (code-format.test.ts)',
    patternInvalid: 'codeProfile: pattern with an invalid regex (code-format.test.ts)',
    patternUnsupported: 'codeProfile: pattern with lookaround or a backreference (code-format.test.ts)',
  },
  'upstream-source': Object.fromEntries(
    ['noCatalogueFile', 'yamlFile', 'notJson', 'notOpenData', 'openDataVersion1', 'notCatalogueKind', 'unknownVersion', 'pinMismatch', 'pinOnFolder', 'pinnedHere', 'sourceHere'].map((m) => [
      m,
      'one bad source is shown; the other ways a source can be unusable each need their own file (upstream-source.test.ts)',
    ]),
  ),
  'upstream-unknown': {
    unknownList: 'a list powercat.yaml does not name (upstream-unknown.test.ts)',
    listRequired: 'several lists, one link without `list` (upstream-unknown.test.ts)',
    noLists: 'a link in a catalogue without upstream lists, while the example has one (upstream-unknown.test.ts)',
    abolished: 'an item abolished upstream: the example county\'s list abolishes none (upstream-unknown.test.ts)',
    abolishedByCode: 'the same, linked by code (upstream-unknown.test.ts)',
    upstreamItem: 'related only when the upstream is a catalogue folder; the example county\'s is open data (upstream-unknown.test.ts)',
  },
  'upstream-mismatch': {
    upstreamName: 'related only when the upstream is a catalogue folder (upstream-mismatch.test.ts)',
    upstreamType: 'related only when the upstream is a catalogue folder (upstream-mismatch.test.ts)',
    upstreamBasis: 'related only when the upstream is a catalogue folder (upstream-mismatch.test.ts)',
  },
  'upstream-missing': { upstreamItem: 'related only when the upstream is a catalogue folder (upstream-missing.test.ts)' },
  'upstream-changed': { upstreamItem: 'related only when the upstream is a catalogue folder (upstream-changed.test.ts)' },
  'process-structure': {
    tooManySteps: 'over 200 steps, the default limit (process-structure.test.ts)',
  },
};

describe('every rule', { timeout: 60_000 }, () => {
  it('has a folder and is registered, once, with the id of its folder', () => {
    expect([...RULES.map((r) => r.meta.id)].sort()).toEqual([...ruleFolders].sort());
    expect(new Set(RULES.map((r) => r.meta.id)).size).toBe(RULES.length);
  });

  it.each(RULES.map((r) => [r.meta.id, r]))('%s is documented in both languages', (id, rule) => {
    const { meta } = rule;
    expect(meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(['error', 'warning']).toContain(meta.defaultSeverity);
    expect(meta.description['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    expect(meta.description.en).toMatch(/^[\x20-\x7e‘’“”—–…]+$/u);
    expect(meta.examples.bad.trim()).not.toBe('');
    expect(meta.examples.good.trim()).not.toBe('');
    expect(meta.examples.bad).not.toBe(meta.examples.good);
    for (const [messageId, text] of Object.entries(meta.messages)) {
      expect(placeholders(text['zh-CN']).sort(), `${id}.${messageId}: zh-CN and en use the same placeholders`).toEqual(placeholders(text.en).sort());
      expect(text['zh-CN'], `${id}.${messageId} zh-CN`).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it.each(RULES.map((r) => [r.meta.id, r]))('%s reports every message it declares on its bad example, and nothing on its good one', async (id, rule) => {
    const exempt = NOT_IN_EXAMPLE[id] ?? {};
    for (const messageId of Object.keys(exempt)) expect(rule.meta.messages, `${id}: exempt message "${messageId}" is declared`).toHaveProperty(messageId);
    const reported = messageIdsOf(await exampleFindings(rule, rule.meta.examples.bad));
    for (const messageId of Object.keys(rule.meta.messages)) {
      if (messageId in exempt) continue;
      expect(reported.has(messageId), `${id}: message "${messageId}" is not reported on the bad example`).toBe(true);
    }
    for (const messageId of Object.keys(exempt)) expect(reported.has(messageId), `${id}: "${messageId}" is shown after all; drop its exemption`).toBe(false);
    expect((await exampleFindings(rule, rule.meta.examples.good)).map((f) => f.messageId), `${id}: the good example`).toEqual([]);
  }, 30_000);
});

/**
 * Words of the format's vocabulary that a Chinese message must say in Chinese (工作日, 承办, 内部流程,
 * 文字): a unit, a step function, a view or a YAML type as a bare English word. Literal values a
 * clerk types stay as written after `key: ` or `key.`, in 「」 or quotes, and in lists of ids.
 */
const ENGLISH_TERM = /(?<![:.「"'\-_,：] ?)\b(workday|day|month|year|hour|handle|review|decide|supervise|internal|external|string|mapping|list|null|boolean)s?\b(?![」"'])/;

describe('Chinese messages', { timeout: 60_000 }, () => {
  it.each(RULES.map((r) => [r.meta.id, r]))('%s says units, functions, views and value types in Chinese on its bad example', async (_id, rule) => {
    for (const finding of await exampleFindings(rule, rule.meta.examples.bad)) {
      for (const { messageId, data } of [finding, ...(finding.related ?? [])]) {
        const zh = renderMessage(rule, messageId, data, 'zh-CN');
        expect(zh, `${rule.meta.id}.${messageId}`).not.toMatch(ENGLISH_TERM);
      }
    }
  }, 30_000);
});

describe('rule examples as catalogues', { timeout: 60_000 }, () => {
  it('put documents in the files their `# path.yaml` line names, with a catalogue and departments unless written', () => {
    const files = exampleFiles('# powers/a.yaml\nkind: Power\n---\nkind: Power\n---\n# processes/p.yaml\nkind: Process\n');
    expect(files['powers/a.yaml']).toBe('# powers/a.yaml\nkind: Power\n---\nkind: Power\n');
    expect(files['processes/p.yaml']).toBe('# processes/p.yaml\nkind: Process\n');
    expect(Object.keys(files).sort()).toEqual(['departments/fixture.yaml', 'powercat.yaml', 'powers/a.yaml', 'processes/p.yaml']);
    expect(Object.keys(exampleFiles('# powercat.yaml: codeProfile: national\nkind: Department\n'))).toEqual(['powers/example.yaml', 'powercat.yaml']);
  });
});

describe('docs/rules.md', { timeout: 60_000 }, () => {
  it('is generated from the metadata (run `npm run docs` when this fails)', () => {
    expect(readFileSync(join(REPO, 'docs/rules.md'), 'utf8')).toBe(rulesMarkdown(RULES));
  });
});
