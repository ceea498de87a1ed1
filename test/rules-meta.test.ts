import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesMarkdown } from '../src/docs/rule-docs.js';
import { placeholders } from '../src/core/messages.js';
import { RULES } from '../src/rules/index.js';
import { REPO } from './helpers/catalogue.js';

const RULES_DIR = join(REPO, 'src/rules');
const ruleFolders = readdirSync(RULES_DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'shared')
  .map((e) => e.name);

/** Source a rule's messages can be used from: its folder, the shared rule factories, and the loader (for yaml-syntax). */
function sourcesOf(id: string): string {
  const dirs = [join(RULES_DIR, id), join(RULES_DIR, 'shared'), ...(id === 'yaml-syntax' ? [join(REPO, 'src/load')] : [])];
  return dirs
    .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(dir, f), 'utf8')))
    .join('\n');
}

describe('every rule', () => {
  it('has a folder and is registered, once, with the id of its folder', () => {
    expect([...RULES.map((r) => r.meta.id)].sort()).toEqual([...ruleFolders].sort());
    expect(new Set(RULES.map((r) => r.meta.id)).size).toBe(RULES.length);
  });

  it.each(RULES.map((r) => [r.meta.id, r]))('%s is documented in both languages and uses all its messages', (id, rule) => {
    const { meta } = rule;
    expect(meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(['error', 'warning']).toContain(meta.defaultSeverity);
    expect(meta.description['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    expect(meta.description.en).toMatch(/^[\x20-\x7e‘’“”—–…]+$/u);
    expect(meta.examples.bad.trim()).not.toBe('');
    expect(meta.examples.good.trim()).not.toBe('');
    expect(meta.examples.bad).not.toBe(meta.examples.good);
    const source = sourcesOf(id);
    for (const [messageId, text] of Object.entries(meta.messages)) {
      expect(placeholders(text['zh-CN']).sort(), `${id}.${messageId}: zh-CN and en use the same placeholders`).toEqual(placeholders(text.en).sort());
      expect(text['zh-CN'], `${id}.${messageId} zh-CN`).toMatch(/[\u4e00-\u9fff]/);
      expect(source, `${id}: message "${messageId}" is never reported`).toMatch(new RegExp(`['"]${messageId}['"]`));
    }
  });
});

describe('docs/rules.md', () => {
  it('is generated from the metadata (run `npm run docs` when this fails)', () => {
    expect(readFileSync(join(REPO, 'docs/rules.md'), 'utf8')).toBe(rulesMarkdown(RULES));
  });
});
