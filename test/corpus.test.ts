import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint/run-lint.js';
import type { Diagnostic } from '../src/core/diagnostic.js';
import { REPO } from './helpers/catalogue.js';

/*
 * actionlint's layout: every catalogue in corpus/ok lints clean; every catalogue corpus/err/X
 * has X.out beside it with the exact findings, one `file:line:col: message [rule]` a line.
 * UPDATE_CORPUS=1 rewrites the .out files (review the diff before committing).
 */
const CORPUS = join(REPO, 'test/corpus');

async function findings(root: string): Promise<Diagnostic[]> {
  const { report } = await lint({ paths: [root], cwd: root, lang: 'en', ruleOverrides: new Map(), env: {} });
  return report.diagnostics;
}

function line(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.message} [${d.rule}]`;
}

const cases = (kind: 'ok' | 'err') =>
  readdirSync(join(CORPUS, kind), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);

describe('corpus/ok lints clean', { timeout: 60_000 }, () => {
  it.each(cases('ok'))('%s', async (name) => {
    expect((await findings(join(CORPUS, 'ok', name))).map(line)).toEqual([]);
  });
});

describe('corpus/err reports exactly the expected findings', { timeout: 60_000 }, () => {
  it.each(cases('err'))('%s', async (name) => {
    const actual = (await findings(join(CORPUS, 'err', name))).map(line).join('\n') + '\n';
    const expectedFile = join(CORPUS, 'err', `${name}.out`);
    if (process.env.UPDATE_CORPUS) writeFileSync(expectedFile, actual);
    expect(existsSync(expectedFile), `${name}.out is missing`).toBe(true);
    expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
    expect(actual.trim()).not.toBe('');
  });
});
