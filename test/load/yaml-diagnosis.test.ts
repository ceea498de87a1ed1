import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interpolate } from '../../src/core/messages.js';
import { referenceParse } from '../../src/load/reference-parse.js';
import { diagnoseLines } from '../../src/load/yaml-diagnosis.js';
import { yamlSyntax } from '../../src/rules/yaml-syntax/rule.js';
import { REPO, lintRoot, makeCatalogue } from '../helpers/catalogue.js';

/** The first structural problem of a text: `line messageId`, and its zh-CN message. */
function first(text: string): { at: string; zh: string } {
  const problem = referenceParse(text).problems[0];
  if (!problem) return { at: 'none', zh: '' };
  return { at: `${problem.span.line} ${problem.messageId}`, zh: interpolate(yamlSyntax.meta.messages[problem.messageId]['zh-CN'], problem.data, 'zh-CN') };
}

const BASIS = 'kind: Power\nname: 食品经营许可\nbasis:\n  - level: law\n    title: 中华人民共和国食品安全法\n';

describe('a YAML layout mistake is reported at the line to edit, with the fix', () => {
  it.each([
    ['one space too many under a list item', `${BASIS}     article: 第三十五条\n`, '6 indentMore', '此行多缩进了 1 个空格：应与上面的「title」对齐（缩进 4 个空格）'],
    ['one space too few under a list item', `${BASIS}   article: 第三十五条\n`, '6 indentLess', '此行少缩进了 1 个空格：应与上面的「title」对齐（缩进 4 个空格）'],
    ['a top-level key indented', 'kind: Power\ncode: "000131001000"\n name: 食品经营许可\n', '3 indentMore', '此行多缩进了 1 个空格：应与上面的「code」对齐（不缩进）'],
    ['the first key of a document indented', ' kind: Power\ncode: "000131001000"\n', '1 indentMore', '此行多缩进了 1 个空格：应与下面的「code」对齐（不缩进）'],
    ['the first key of a block indented', 'kind: Power\ncontact:\n   phone: "0899-1"\n  supervisionPhone: "0899-2"\n', '3 indentMore', '此行多缩进了 1 个空格：应与下面的「supervisionPhone」对齐（缩进 2 个空格）'],
    ['a list dash too far in', 'kind: Power\nresponsibilities:\n  - {stage: 受理, text: 依法受理}\n   - {stage: 决定, text: 依法决定}\n', '4 indentMore', '此行多缩进了 1 个空格：应与上面列表项的「-」对齐（缩进 2 个空格）'],
    ['a list dash not far enough', 'kind: Power\nresponsibilities:\n  - {stage: 受理, text: 依法受理}\n - {stage: 决定, text: 依法决定}\n', '4 indentLess', '此行少缩进了 1 个空格：应与上面列表项的「-」对齐（缩进 2 个空格）'],
    ['a list item among keys', 'kind: Power\nname: 食品经营许可\n- licensing\n', '3 listAmongKeys', '列表项「- 」不能与字段并列：列表要写在一个字段下面（字段名后只写冒号，列表项从下一行起），或者此行的缩进不对'],
    ['a tab', 'kind: Power\ntimeLimit:\n\tstatutory: {value: 20, unit: workday}\n', '3 tabIndent', '此行用制表符（Tab）缩进，YAML 只能用空格缩进：把行首的 Tab 换成空格，与同一层的字段对齐'],
    ['a missing colon', 'kind: Power\nname 食品经营许可\ntype: licensing\n', '2 missingColon', '此行缺少冒号：字段名后面要写英文冒号和一个空格，如 name: 食品经营许可'],
    ['a full-width colon', 'kind: Power\nname：食品经营许可\n', '2 fullWidthColon', '此行用了中文冒号「：」：字段名后面要写英文冒号「:」和一个空格，如 name: 食品经营许可'],
    ['no space after the colon', 'kind: Power\ntype:licensing\nname: 食品经营许可\n', '2 colonSpace', '冒号后面缺少空格：字段名、冒号之后要空一格再写值，如 type: licensing'],
    ['no space after the colon of a list item', 'kind: Power\nresponsibilities:\n  - stage:受理\n    text: 依法受理\n', '3 colonSpace', '冒号后面缺少空格：字段名、冒号之后要空一格再写值，如 stage: 受理'],
    ['a block whose first key lacks its colon', 'kind: Power\ncontact:\n  phone 0899-1\n  supervisionPhone: 0899-2\n', '3 missingColon', '此行缺少冒号：字段名后面要写英文冒号和一个空格，如 phone: 0899-1'],
    ['a colon inside a value', 'kind: Power\nname: 食品经营许可: 新办\n', '2 valueColon', '值里有「: 」（冒号加空格），YAML 会把它当成又一个字段：请给整个值加引号，如 name: "食品经营许可: 新办"'],
    ['an unclosed quote, reported where it opens', 'kind: Power\ncode: "000131001000\nname: 食品经营许可\ntype: licensing\n', '2 unclosedQuote', '此行的引号 " 没有配对：在值的末尾补上 "（值里要用到 " 本身时，改用另一种引号把值括起来）'],
    ['an unclosed bracket', 'kind: Power\nhandling: [window, online-pc\ntype: licensing\n', '2 unclosedBracket', '此行的「[」没有配对：在末尾补上「]」'],
    ['text after a quote', 'kind: Power\nname: "食品经营许可" 新办\n', '2 textAfterQuote', '引号后面还有文字：引号要括住整个值，或者去掉引号'],
    ['a stray bracket', 'kind: Power\nhandling: [window]]\n', '2 extraBracket', '多出一个「]」：删去它，或补上与它配对的「[」'],
    ['a reserved first character', 'kind: Power\nname: @食品经营许可\n', '2 reservedStart', '值不能以「@」开头（它在 YAML 中另有含义）：请给值加引号，如 name: "@食品经营许可"'],
    ['a backslash in double quotes', 'kind: Power\nnote: "见 C:\\共享"\n', '2 badEscape', '双引号里的反斜杠「\\」是转义符，「\\共」不是有效的转义：反斜杠本身要写成「\\\\」，或改用单引号把值括起来'],
    ['a star that is text', 'kind: Power\nnote: *重要\n', '2 unknownAlias', '以「*」开头的值是 YAML 的别名（引用），但没有名为「重要」的锚点（&重要）：如果这是文字，请加引号，如 "*重要"'],
    ['a block scalar line less indented than its first', 'kind: Power\nnote: |\n  第一行\n 第二行\n', '4 indentLess', '此行少缩进了 1 个空格：应与「note」的多行文字的第一行对齐（缩进 2 个空格）'],
  ])('%s', (_name, text, at, zh) => {
    expect(first(text)).toEqual({ at, zh });
  });

  it('the issue\'s case: one extra space on line 15 is reported on line 15 in the words of indentation', async () => {
    const power = [
      'kind: Power', 'code: "000131001000"', 'name: 某某许可', 'type: licensing', 'department: scjgj', 'timeLimit:',
      '  statutory: {value: 20, unit: workday}', '  promised: {value: 7, unit: workday}', 'responsibilities:', '  - {stage: 受理, text: 依法受理}',
      'accountability:', '  - text: 对符合法定条件的申请不予受理的', 'basis:', '  - level: law', '     title: 中华人民共和国行政许可法',
    ].join('\n');
    const root = makeCatalogue({ 'powers/a.yaml': `${power}\n` });
    const [finding] = await lintRoot(root, { lang: 'zh-CN', only: ['yaml-syntax'] });
    expect(finding).toMatchObject({ line: 15, column: 1, message: '此行多缩进了 1 个空格：应与上面的「level」对齐（缩进 4 个空格）' });
  }, 30_000);

  it.each([
    ['an anchor before a key', 'kind: Power\n&a name: x\n  type: y\n', '2 keyStructure'],
    ['a tag before a mis-indented key', 'kind: Power\nx:\n  y: 1\n !!str z: 2\n', '4 indentMismatch'],
    ['a parser error without its own message', 'kind: Power\nname: &a &b x\n', '2 parse'],
    ['a key over 1,024 characters', `kind: Power\n${'键'.repeat(1100)}: 1\n`, '2 keyTooLong'],
  ])('falls back to the parser\'s error in its own words: %s', (_name, text, at) => {
    expect(first(text).at).toBe(at);
  });

  it('the parser\'s English is shown only behind a Chinese explanation', () => {
    expect(first('kind: Power\nname: &a &b x\n').zh).toBe('YAML 语法错误：请检查此处的缩进、冒号和引号。以下是解析器的英文原话（MULTIPLE_ANCHORS）：A node can have at most one anchor');
  });
});

const SAMPLES = ['examples/qingshui', 'test/corpus/ok/minimal'].flatMap((dir) => yamlFiles(join(REPO, dir)));

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : []));
}

describe('the line reading agrees with the parser', () => {
  it('finds nothing to fix in valid files', () => {
    for (const file of SAMPLES) {
      const lines = readFileSync(file, 'utf8').split('\n');
      expect(diagnoseLines(lines, 1, lines.length), file).toBeUndefined();
    }
  });

  it('names the very line when one key line of a valid file gets a space more or less, a tab, or loses the space after its colon', () => {
    const mutations: Record<string, (line: string) => string | undefined> = {
      more: (line) => ` ${line}`,
      less: (line) => (line.startsWith(' ') ? line.slice(1) : undefined),
      tab: (line) => (line.startsWith('  ') ? `\t${line.slice(2)}` : undefined),
      glued: (line) => (/: \S/.test(line) ? line.replace(': ', ':') : undefined),
    };
    let tried = 0;
    for (const file of SAMPLES.slice(0, 12)) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (!/^\s*(- )?[A-Za-z_][\w-]*:( |$)/.test(line)) return;
        for (const [name, mutate] of Object.entries(mutations)) {
          const changed = mutate(line);
          if (changed === undefined) continue;
          const problem = referenceParse([...lines.slice(0, i), changed, ...lines.slice(i + 1)].join('\n')).problems.find((p) => p.messageId !== 'duplicateKey');
          // some changes leave valid YAML (a value's continuation, a key at another valid level)
          if (problem) expect(`${problem.span.line} ${problem.messageId}`, `${name} at ${file}:${i + 1}`).toMatch(new RegExp(`^${i + 1} (indentMore|indentLess|tabIndent|colonSpace|listAmongKeys|valueColon)$`));
          tried++;
        }
      });
    }
    expect(tried).toBeGreaterThan(200);
  }, 120_000);
});
