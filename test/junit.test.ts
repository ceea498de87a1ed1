import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint/run-lint.js';
import type { Diagnostic, Report } from '../src/core/diagnostic.js';
import { FORMATTERS } from '../src/report/formatters/index.js';
import { attr, PASSING_TESTCASE, text } from '../src/report/formatters/junit.js';
import { toolInfo } from '../src/report/tool-info.js';
import { RULES } from '../src/rules/index.js';
import { REPO } from './helpers/catalogue.js';

/*
 * The JUnit report, read back with saxes, a strict XML 1.0 parser (it rejects what lenient
 * parsers let through: control characters, a bare `]]>`, `<` in attributes).
 */

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** A strict parse into a small tree; any well-formedness error fails. */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let declaration: Record<string, string | undefined> = {};
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('xmldecl', (decl) => {
    declaration = { version: decl.version, encoding: decl.encoding };
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attributes: { ...(tag.attributes as Record<string, string>) }, children: [], text: '' };
    if (stack.length > 0) stack[stack.length - 1]!.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('text', (t) => {
    if (stack.length > 0) stack[stack.length - 1]!.text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  expect(declaration).toEqual({ version: '1.0', encoding: 'UTF-8' });
  return root!;
}

const tool = toolInfo(RULES, 'en');

function format(diagnostics: Diagnostic[], lang: 'en' | 'zh-CN' = 'en'): string {
  const report: Report = { diagnostics, summary: { errors: 0, warnings: 0, suppressed: 0, files: 1, documents: 1 } };
  return FORMATTERS.junit!(report, { lang, color: false, sources: new Map(), tool });
}

function d(over: Partial<Diagnostic>): Diagnostic {
  return {
    rule: 'schema',
    severity: 'error',
    message: 'bad',
    file: 'powers/a.yaml',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    pointer: '',
    related: [],
    ...over,
  };
}

describe('junit', { timeout: 60_000 }, () => {
  it('gives a valid document with one passing testcase when nothing was found', () => {
    const xml = format([]);
    const root = parseXml(xml);
    expect(root).toMatchObject({ name: 'testsuites', attributes: { name: 'powercat', tests: '1', failures: '0', errors: '0' } });
    const [suite] = root.children;
    expect(suite).toMatchObject({ name: 'testsuite', attributes: { tests: '1', failures: '0' } });
    expect(suite!.children).toEqual([{ name: 'testcase', attributes: { classname: 'powercat', name: PASSING_TESTCASE }, children: [], text: '' }]);
  });

  it('has a testsuite per file (sorted) and a testcase per rule, listing every finding as line:col message', () => {
    const root = parseXml(
      format([
        d({ file: 'powers/b.yaml', rule: 'code-duplicate', line: 9, column: 7, message: 'dup 2', related: [{ file: 'powers/a.yaml', line: 2, column: 7, message: 'first use' }] }),
        d({ file: 'powers/a.yaml', rule: 'schema', line: 4, column: 3, message: 'schema 1', severity: 'warning' }),
        d({ file: 'powers/b.yaml', rule: 'code-duplicate', line: 3, column: 7, message: 'dup 1' }),
        d({ file: 'powers/b.yaml', rule: 'basis-required', line: 1, column: 1, message: 'no basis', severity: 'warning' }),
      ]),
    );
    expect(root.attributes).toEqual({ name: 'powercat', tests: '3', failures: '3', errors: '0' });
    expect(root.children.map((s) => [s.attributes.name, s.attributes.tests, s.attributes.failures])).toEqual([
      ['powers/a.yaml', '1', '1'],
      ['powers/b.yaml', '2', '2'],
    ]);
    const b = root.children[1]!;
    expect(b.children.map((c) => [c.attributes.classname, c.attributes.name])).toEqual([
      ['powers/b.yaml', 'basis-required'],
      ['powers/b.yaml', 'code-duplicate'],
    ]);
    const failure = b.children[1]!.children[0]!;
    expect(failure.name).toBe('failure');
    expect(failure.attributes).toEqual({ message: 'dup 1 (and 1 more)', type: 'error' });
    expect(failure.text).toBe('3:7 dup 1\n9:7 dup 2\n  ↳ powers/a.yaml:2:7 first use');
    expect(b.children[0]!.children[0]!.attributes.type).toBe('warning');
    expect(root.children[0]!.children[0]!.children[0]!.attributes).toEqual({ message: 'schema 1', type: 'warning' });
  });

  it('escapes markup in messages, file names and rule ids, and survives ]]>', () => {
    const nasty = `<img src=x onerror=alert(1)> & "quotes" 'apos' ]]> <![CDATA[x]]>`;
    const xml = format([d({ file: 'powers/<a&b>".yaml', message: nasty, related: [{ file: 'x]]>.yaml', line: 1, column: 1, message: '</failure>' }] })]);
    expect(xml).not.toContain('<img');
    expect(xml).not.toContain(']]>');
    const suite = parseXml(xml).children[0]!;
    expect(suite.attributes.name).toBe('powers/<a&b>".yaml');
    const failure = suite.children[0]!.children[0]!;
    expect(failure.attributes.message).toBe(nasty);
    expect(failure.text).toBe(`1:1 ${nasty}\n  ↳ x]]>.yaml:1:1 </failure>`);
  });

  it('replaces characters XML 1.0 cannot carry, and keeps line breaks and tabs in attributes', () => {
    const message = 'nul\u0000 bell\u0007 esc\u001b ffff\uffff lone\ud800 ok\ttab\nnewline\r\nCRLF 😀 中文';
    const failure = parseXml(format([d({ message })])).children[0]!.children[0]!.children[0]!;
    const expected = 'nul\uFFFD bell\uFFFD esc\uFFFD ffff\uFFFD lone\uFFFD ok\ttab\nnewline\r\nCRLF 😀 中文';
    expect(failure.attributes.message).toBe(expected);
    expect(failure.text).toBe(`1:1 ${expected}`);
    expect(attr('a\nb\tc\rd')).toBe('a&#10;b&#9;c&#13;d');
    expect(text(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&apos;');
  });

  it('says "and N more" in the report language', () => {
    const found = [d({ line: 1, message: '第一' }), d({ line: 2, message: '第二' }), d({ line: 3, message: '第三' })];
    const failure = parseXml(format(found, 'zh-CN')).children[0]!.children[0]!.children[0]!;
    expect(failure.attributes.message).toBe('第一（另有 2 处）');
  });

  it('reports a real lint run (corpus/err/code-duplicate) finding for finding', async () => {
    const corpus = join(REPO, 'test/corpus/err/code-duplicate');
    const { report } = await lint({ paths: [corpus], cwd: corpus, lang: 'en', ruleOverrides: new Map(), env: {} });
    expect(report.diagnostics.length).toBeGreaterThan(0);
    const root = parseXml(FORMATTERS.junit!(report, { lang: 'en', color: false, sources: new Map(), tool }));
    const lines = root.children.flatMap((s) =>
      s.children.flatMap((c) => c.children[0]!.text.split('\n').filter((l) => !l.startsWith('  ')).map((l) => `${c.attributes.classname} ${c.attributes.name} ${l}`)),
    );
    expect(lines.sort()).toEqual(report.diagnostics.map((x) => `${x.file} ${x.rule} ${x.line}:${x.column} ${x.message}`).sort());
  });
});
