import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_RULES_PAGE, rulesMarkdown } from '../../src/docs/rule-docs.js';
import { placeholders } from '../../src/core/messages.js';
import { AUDIT_RULES } from '../../src/audit/rules/index.js';
import { RULES } from '../../src/rules/index.js';
import { REPO } from '../helpers/catalogue.js';

const RULES_DIR = join(REPO, 'src/audit/rules');
const ruleFolders = readdirSync(RULES_DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

/** Where a rule's messages can be reported from: its folder, and the records readers for records-syntax. */
function sourcesOf(id: string): string {
  const dirs = [join(RULES_DIR, id), ...(id === 'records-syntax' ? [join(REPO, 'src/audit/records')] : [])];
  return dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(dir, f), 'utf8'))).join('\n');
}

describe('every audit rule', () => {
  it('has a folder and is registered once, with the id of its folder and none of a catalogue rule', () => {
    expect(AUDIT_RULES.map((r) => r.meta.id).sort()).toEqual([...ruleFolders].sort());
    expect(new Set(AUDIT_RULES.map((r) => r.meta.id)).size).toBe(AUDIT_RULES.length);
    for (const rule of AUDIT_RULES) expect(RULES.map((r) => r.meta.id)).not.toContain(rule.meta.id);
  });

  it('names the nine rules of FORMAT §7 in its order', () => {
    expect(AUDIT_RULES.map((r) => r.meta.id)).toEqual([
      'records-calendar',
      'records-syntax',
      'case-unlisted',
      'case-overdue',
      'case-step-order',
      'case-step-post',
      'case-step-overdue',
      'case-separation',
      'case-head-share',
    ]);
    expect(AUDIT_RULES.filter((r) => r.meta.defaultSeverity === 'warning').map((r) => r.meta.id)).toEqual(['case-step-overdue', 'case-separation', 'case-head-share']);
  });

  it.each(AUDIT_RULES.map((r) => [r.meta.id, r]))('%s is documented in both languages and uses all its messages', (id, rule) => {
    const { meta } = rule;
    expect(meta.description['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    expect(meta.description.en).toMatch(/^[\x20-\x7e‘’“”—–…]+$/u);
    expect(meta.examples.bad).not.toBe(meta.examples.good);
    const source = sourcesOf(id);
    for (const [messageId, text] of Object.entries(meta.messages)) {
      expect(placeholders(text['zh-CN']).sort(), `${id}.${messageId}`).toEqual(placeholders(text.en).sort());
      expect(text['zh-CN'], `${id}.${messageId} zh-CN`).toMatch(/[\u4e00-\u9fff]/);
      expect(source, `${id}: message "${messageId}" is never reported`).toMatch(new RegExp(`['"]${messageId}['"]`));
    }
  });
});

describe('docs/audit-rules.md', () => {
  it('is generated from the metadata (run `npm run docs` when this fails)', () => {
    expect(readFileSync(join(REPO, 'docs/audit-rules.md'), 'utf8')).toBe(rulesMarkdown(AUDIT_RULES, AUDIT_RULES_PAGE));
  });
});
