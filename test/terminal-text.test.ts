import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Report } from '../src/core/diagnostic.js';
import { FORMATTERS, type FormatContext } from '../src/report/formatters/index.js';
import { pathAtLineStart, startsSafely, visible, wrap } from '../src/report/terminal-text.js';
import { displayWidth } from '../src/util/display-width.js';
import { power, DEPARTMENT, CATALOGUE } from './helpers/fixtures.js';
import { makeCatalogue, runCli } from './helpers/catalogue.js';

/** The value from issue 17: under GitHub Actions, echoed raw, it became two workflow commands. */
const INJECTION = 'x\n::error file=README.md,line=1::Fake finding\n::stop-commands::pwned';
const ESCAPES = '\u001b[2J\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007\u001b]52;c;cHduZWQ=\u0007';
const BIDI = 'abc\u202edcba\u2066x\u2069\u202a\u202b\u202c\u202d\u2067\u2068';

/**
 * Nothing a terminal or CI runner would act on: no control, no bidi override, and no line that
 * starts (after blanks) with `:` or `#` — except, in the github format, the one workflow command
 * per finding that powercat means to write.
 */
function assertInert(output: string, format = 'stylish', findings = 0): void {
  expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
  const lines = output.split('\n');
  if (format === 'github') {
    expect(lines.slice(0, -1)).toHaveLength(findings);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^::(error|warning) file=[^:,]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:,]*::/);
  } else {
    for (const line of lines) expect(line.trimStart(), line).not.toMatch(/^[:#]/);
  }
}

const TOOL: FormatContext['tool'] = { name: 'powercat', version: '0', informationUri: 'https://powercat.dev', rules: [] };

function diagnostic(extra: Partial<Diagnostic>): Diagnostic {
  return { rule: 'schema', severity: 'error', message: 'm', file: 'powers/a.yaml', line: 1, column: 1, endLine: 1, endColumn: 2, pointer: '', related: [], ...extra };
}

function format(name: string, diagnostics: Diagnostic[], sources: Map<string, string> = new Map(), width?: number): string {
  const report: Report = { diagnostics, summary: { errors: diagnostics.length, warnings: 0, suppressed: 0, baselined: 0, files: 1, documents: 1 } };
  return FORMATTERS[name]!(report, { lang: 'en', color: false, sources, tool: TOOL, ...(width === undefined ? {} : { width }) });
}

describe('visible: catalogue text is shown, never obeyed', { timeout: 120_000 }, () => {
  it('writes controls, separators and bidi overrides as escapes, and leaves CJK text alone', () => {
    expect(visible(INJECTION)).toBe('x\\n::error file=README.md,line=1::Fake finding\\n::stop-commands::pwned');
    expect(visible('a\r\nb\tc\u0000\u007f\u0085\u009b\u2028\u2029')).toBe('a\\r\\nb\\tc\\u0000\\u007f\\u0085\\u009b\\u2028\\u2029');
    expect(visible(ESCAPES)).toBe('\\u001b[2J\\u001b]8;;https://evil.example\\u0007link\\u001b]8;;\\u0007\\u001b]52;c;cHduZWQ=\\u0007');
    expect(visible(BIDI)).toBe('abc\\u202edcba\\u2066x\\u2069\\u202a\\u202b\\u202c\\u202d\\u2067\\u2068');
    expect(visible('对未取得食品经营许可从事食品经营活动的处罚　（全角）𠀋')).toBe('对未取得食品经营许可从事食品经营活动的处罚　（全角）𠀋');
  });

  it('lets only letters, digits, CJK text and a few harmless characters start a line', () => {
    for (const safe of ['powers/a.yaml', '食品.yaml', './x', '../x', '_x', '"a"', '(a)', '9']) expect(startsSafely(safe), safe).toBe(true);
    for (const unsafe of ['::error', '##[group]', ' ::x', '\u3000::x', '\u200b', '---', '+++', '-x', '[x', '%x']) expect(startsSafely(unsafe), unsafe).toBe(false);
    expect(pathAtLineStart('::warning::pwned.yaml')).toBe('./::warning::pwned.yaml');
    expect(pathAtLineStart('powers/a\n::error::b.yaml')).toBe('powers/a\\n::error::b.yaml');
    expect(pathAtLineStart('powers/a.yaml')).toBe('powers/a.yaml');
  });
});

describe('wrap', { timeout: 120_000 }, () => {
  it('fits lines to the width, counting CJK characters as two columns, breaking between them', () => {
    const text = '编码「000231001000」重复：已用于「对未取得食品经营许可从事食品经营活动的处罚」（共3处）';
    expect(wrap(text, 30)).toEqual(['编码「000231001000」重复：已用', '于「对未取得食品经营许可从事食', '品经营活动的处罚」（共3处）']);
    const lines = wrap(text, 16);
    expect(lines.join('')).toBe(text);
    for (const line of lines) {
      expect(displayWidth(line), line).toBeLessThanOrEqual(16);
      expect(line, 'no closing punctuation first, no opening punctuation last').not.toMatch(/^[，。」）：]|[「（]$/);
    }
  });

  it('never starts a line with what a CI runner would read as a command, overflowing instead', () => {
    expect(wrap('value x ::error file=README.md::Fake ::stop-commands::pwned ##[warning]x', 10)).toEqual([
      'value',
      'x ::error',
      'file=README.md::Fake ::stop-commands::pwned ##[warning]x',
    ]);
    expect(wrap(':::::::::::::::::::::::::::::::::::::::', 10)).toEqual([':::::::::::::::::::::::::::::::::::::::']);
  });

  it('keeps short text as it is', () => {
    expect(wrap('short', 80)).toEqual(['short']);
    expect(wrap('', 80)).toEqual(['']);
  });

  it('wraps 100,000-character text in linear time', () => {
    const text = 'a '.repeat(25_000) + ' '.repeat(25_000) + '食'.repeat(25_000);
    const lines = wrap(text, 80);
    expect(lines.every((l) => displayWidth(l) <= 80)).toBe(true);
  }, 10_000);
});

describe('every text formatter keeps catalogue text inert', { timeout: 120_000 }, () => {
  const hostile = [
    diagnostic({ message: `"type" has the invalid value "${INJECTION}"`, line: 4, column: 7, endColumn: 20 }),
    diagnostic({ message: `name ${ESCAPES} ${BIDI}`, line: 5, related: [{ file: 'powers/b\n::error::x.yaml', line: 1, column: 1, message: `also ${INJECTION}` }] }),
    diagnostic({ file: '::warning::pwned.yaml', message: '##[error]x' }),
    diagnostic({ file: '\u3000::error::x.yaml', message: ' ::error::leading blank' }),
  ];
  const sources = new Map([
    ['powers/a.yaml', `kind: Power\ncode: "1"\nname: x\ntype: "x\n::error file=README.md::raw line\n"\nname2: ${ESCAPES}\r::error::cr-only\n`],
  ]);

  it.each(['stylish', 'codeframe', 'github'])('%s', (name) => {
    for (const width of [undefined, 20, 80, 200]) assertInert(format(name, hostile, sources, width), name, hostile.length);
  });

  it('holds for arbitrary text made of the dangerous pieces, at any width', () => {
    const piece = fc.constantFrom('\n', '\r', '\r\n', '::', '##[', ' ', '\u3000', '\t', '\u001b', '\u0085', '\u202e', '\u2028', 'error', '食品', 'a', ':', '#', '「', '」', '，');
    const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, text, text, fc.integer({ min: 1, max: 120 }), fc.constantFrom('stylish', 'codeframe', 'github'), (message, file, source, width, name) => {
        const d = diagnostic({ message, file: file || 'a.yaml', related: [{ file, line: 1, column: 1, message }] });
        assertInert(format(name, [d], new Map([[d.file, source]]), width), name, 1);
      }),
      { numRuns: 1500, seed: 20261201 },
    );
  });
});

describe('stylish as ESLint prints it', { timeout: 120_000 }, () => {
  const long = diagnostic({
    rule: 'responsibility-required',
    message: '权力事项「对未取得食品经营许可从事食品经营活动的处罚」没有列出责任事项（responsibilities）；请至少列出一项，写明环节和具体责任',
    line: 12,
    column: 3,
  });
  const short = diagnostic({ rule: 'schema', severity: 'warning', message: 'unknown key "remark"', line: 130, column: 1 });

  it('fits 80 columns: the message wraps under its column, the rule id stays on the first line', () => {
    const lines = format('stylish', [long, short], new Map(), 80).split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'powers/a.yaml',
      '   12:3  error    权力事项「对未取得食品经营许可从事食   responsibility-required',
      '                  品经营活动的处罚」没有列出责任事项',
      '                  （responsibilities）；请至少列出一',
      '                  项，写明环节和具体责任',
      '  130:1  warning  unknown key "remark"                   schema',
    ]);
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
  });

  it('is 80 columns wide unless told otherwise, and uses a wider terminal when it has one', () => {
    expect(format('stylish', [long, short])).toBe(format('stylish', [long, short], new Map(), 80));
    const wide = format('stylish', [long, short], new Map(), 200).split('\n');
    expect(wide[1]).toBe(`   12:3  error    ${long.message}  responsibility-required`);
    expect(wide[2]).toBe(`  130:1  warning  unknown key "remark"${' '.repeat(displayWidth(long.message) - 20)}  schema`);
  });

  it('keeps short messages on one line padded only to the longest, as before', () => {
    expect(format('stylish', [short], new Map(), 80).split('\n')[1]).toBe('  130:1  warning  unknown key "remark"  schema');
  });
});

describe('powercat lint on a catalogue value that tries to inject', { timeout: 120_000 }, () => {
  it('prints the value visibly in stylish and codeframe; the terminal width comes from $COLUMNS', () => {
    const hostile = power().replace('type: penalty', `type: ${JSON.stringify(INJECTION + ESCAPES + BIDI)}`);
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, 'powers/a.yaml': hostile });
    for (const format of ['stylish', 'codeframe', 'github']) {
      const { code, stdout } = runCli(['lint', root, '--lang', 'en', '-f', format], { cwd: root, env: { COLUMNS: '60' } });
      expect(code).toBe(1);
      expect(stdout).toContain('"x\\n::error');
      assertInert(stdout, format, 1);
      if (format === 'stylish') for (const line of stdout.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(60);
    }
  }, 60_000);
});
