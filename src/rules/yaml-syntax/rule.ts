import { DEFAULT_PARSE_LIMITS } from '../../load/reference-parse.js';
import type { SyntaxMessageId } from '../../load/source.js';
import { defineRule } from '../rule.js';

export const yamlSyntax = defineRule<SyntaxMessageId>({
  meta: {
    id: 'yaml-syntax',
    defaultSeverity: 'error',
    scope: 'file',
    description: {
      'zh-CN':
        '文件必须是可解析的 UTF-8 YAML（1.2 核心模式）：无语法错误、无重复键、只用核心模式的标签（!!str、!!int 等，不用 !!timestamp、!!binary、!!set 等）、别名的数量和展开后的大小受限、文件大小和一个文件中的文档数不超过上限。语法错误报告在要修改的那一行，说明缩进、冒号、引号或列表哪里不对以及怎样改（如“此行多缩进了 1 个空格：应与上面的「title」对齐”）；每个文档只报告第一处语法错误，其后的错误多半由它引起。',
      en: 'Files must be parsable UTF-8 YAML (1.2 core schema): no syntax errors, no duplicate keys, only the core schema\'s tags (!!str, !!int …, not !!timestamp, !!binary, !!set …), aliases capped in number and in expanded size, files within the size limit and the limit of documents per file. A syntax error is reported at the line to edit, saying what is wrong with its indentation, colon, quotes or list dash and how to fix it ("this line is indented 1 space too far: level it with title above"); only the first syntax error of a document is reported, as the rest usually follow from it.',
    },
    messages: {
      tabIndent: {
        'zh-CN': '此行用制表符（Tab）缩进，YAML 只能用空格缩进：把行首的 Tab 换成空格，与同一层的字段对齐',
        en: 'this line is indented with a tab, and YAML indents with spaces only: replace the tab at the start of the line with spaces, level with the keys of its level',
      },
      indentMore: {
        'zh-CN': '此行多缩进了 {spaces}：应与{sibling}对齐（{expected}）',
        en: 'this line is indented {spaces} too far: level it with {sibling} ({expected})',
      },
      indentLess: {
        'zh-CN': '此行少缩进了 {spaces}：应与{sibling}对齐（{expected}）',
        en: 'this line is indented {spaces} too little: level it with {sibling} ({expected})',
      },
      listAmongKeys: {
        'zh-CN': '列表项「- 」不能与字段并列：列表要写在一个字段下面（字段名后只写冒号，列表项从下一行起），或者此行的缩进不对',
        en: 'a list item ("- ") cannot stand among keys: a list goes under a key (the key with only a colon, its items from the next line on), or this line is indented wrongly',
      },
      missingColon: {
        'zh-CN': '此行缺少冒号：字段名后面要写英文冒号和一个空格，如 {fix}',
        en: 'this line has no colon: a key is followed by a colon and a space, e.g. {fix}',
      },
      fullWidthColon: {
        'zh-CN': '此行用了中文冒号「：」：字段名后面要写英文冒号「:」和一个空格，如 {fix}',
        en: 'this line uses a full-width colon "：": a key is followed by an ASCII colon ":" and a space, e.g. {fix}',
      },
      colonSpace: {
        'zh-CN': '冒号后面缺少空格：字段名、冒号之后要空一格再写值，如 {fix}',
        en: 'the colon needs a space after it: a key and a colon, then a space before the value, e.g. {fix}',
      },
      valueColon: {
        'zh-CN': '值里有「: 」（冒号加空格），YAML 会把它当成又一个字段：请给整个值加引号，如 {fix}',
        en: 'the value holds ": " (a colon and a space), which YAML reads as another key: quote the whole value, e.g. {fix}',
      },
      unclosedQuote: {
        'zh-CN': '此行的引号 {quote} 没有配对：在值的末尾补上 {quote}（值里要用到 {quote} 本身时，改用另一种引号把值括起来）',
        en: 'the quote {quote} on this line is never closed: add {quote} at the end of the value (to use {quote} inside a value, quote it with the other kind)',
      },
      unclosedBracket: {
        'zh-CN': '此行的「{open}」没有配对：在末尾补上「{close}」',
        en: 'the "{open}" on this line is never closed: add "{close}" at its end',
      },
      textAfterQuote: {
        'zh-CN': '引号后面还有文字：引号要括住整个值，或者去掉引号',
        en: 'there is text after the closing quote: quote the whole value, or drop the quotes',
      },
      extraBracket: {
        'zh-CN': '多出一个「{token}」：删去它，或补上与它配对的「{open}」',
        en: 'a stray "{token}": remove it, or add the "{open}" it closes',
      },
      reservedStart: {
        'zh-CN': '值不能以「{char}」开头（它在 YAML 中另有含义）：请给值加引号，如 {fix}',
        en: 'a value cannot start with "{char}", which means something else in YAML: quote it, e.g. {fix}',
      },
      badEscape: {
        'zh-CN': '双引号里的反斜杠「\\」是转义符，「{escape}」不是有效的转义：反斜杠本身要写成「\\\\」，或改用单引号把值括起来',
        en: 'in double quotes a backslash starts an escape, and "{escape}" is none: write a backslash itself as "\\\\", or quote the value with single quotes',
      },
      unknownAlias: {
        'zh-CN': '以「*」开头的值是 YAML 的别名（引用），但没有名为「{name}」的锚点（&{name}）：如果这是文字，请加引号，如 "*{name}"',
        en: 'a value starting with "*" is a YAML alias, and there is no anchor "{name}" (&{name}): if it is text, quote it, e.g. "*{name}"',
      },
      keyTooLong: {
        'zh-CN': '字段名太长（超过 1024 个字符）：多半是上面某个值缺了引号或冒号，请检查此行和上一行',
        en: 'the key is too long (over 1,024 characters): usually a value above lacks a quote or a colon; check this line and the one before',
      },
      indentMismatch: {
        'zh-CN': '此行的缩进与同一层的其他行不一致：同一层的字段（或列表项的「-」）要用相同的空格数缩进',
        en: 'this line is indented differently from the others of its level: the keys (or list dashes) of one level start in the same column',
      },
      keyStructure: {
        'zh-CN': 'YAML 在此处分不清字段和值：检查此行和上一行——每个字段写成「字段: 值」占一行，缩进与同一层的字段相同，值里有「: 」的要加引号',
        en: 'YAML cannot tell keys from values here: check this line and the one above — each key on a line of its own as "key: value", indented like the keys of its level, and a value holding ": " quoted',
      },
      parse: {
        'zh-CN': 'YAML 语法错误：请检查此处的缩进、冒号和引号。以下是解析器的英文原话（{code}）：{detail}',
        en: 'YAML syntax error: check the indentation, colons and quotes here. The parser says ({code}): {detail}',
      },
      duplicateKey: {
        'zh-CN': '重复的键：同一对象中每个键只能出现一次，请删除或合并其中一个',
        en: 'duplicate key: each key may appear only once in an object; remove or merge one of them',
      },
      aliases: {
        'zh-CN': '别名（*引用）展开过多（上限 {limit}），疑似资源耗尽攻击；请直接写出内容',
        en: 'too many alias expansions (limit {limit}), which looks like a resource-exhaustion attack; write the content out',
      },
      tooDeep: {
        'zh-CN': '嵌套层级过深，无法解析；清单数据不需要这么深的结构',
        en: 'nesting is too deep to parse; catalogue data never needs structures this deep',
      },
      complexKey: {
        'zh-CN': '不支持以列表或对象作为键；键必须是普通文字',
        en: 'a list or mapping used as a key is not supported; keys must be plain text',
      },
      aliasExpansion: {
        'zh-CN': '别名（*引用）展开后的内容超过 {limit} 个字符上限，疑似资源耗尽攻击；请直接写出内容，或在 powercat.yaml 中调高上限：rules: {yaml-syntax: {level: error, options: {maxAliasExpansion: …}}}',
        en: 'aliases here expand to more than the limit of {limit} characters, which looks like a resource-exhaustion attack; write the content out, or raise the limit in powercat.yaml: rules: {yaml-syntax: {level: error, options: {maxAliasExpansion: …}}}',
      },
      aliasLoop: {
        'zh-CN': '别名 *{name} 位于它所引用的锚点 &{name} 之内，展开后无穷无尽；请直接写出内容',
        en: 'the alias *{name} stands inside the node its anchor &{name} names, so it would expand for ever; write the content out',
      },
      tooManyDocuments: {
        'zh-CN': '文件中有 {count} 个文档（以 --- 分隔），超过上限 {limit} 个，从此处起的文档未读取、未检查；请拆分为几个文件，或在 powercat.yaml 中调高上限：rules: {yaml-syntax: {level: error, options: {maxDocuments: …}}}',
        en: 'the file holds {count} documents (separated by ---), more than the limit of {limit}, so those from here on were neither read nor checked; split it into several files, or raise the limit in powercat.yaml: rules: {yaml-syntax: {level: error, options: {maxDocuments: …}}}',
      },
      unknownTag: {
        'zh-CN': '未知的 YAML 标签 {tag}；请删除标签，直接写值',
        en: 'unknown YAML tag {tag}; remove the tag and write the plain value',
      },
      dateTag: {
        'zh-CN': 'YAML 标签 {tag} 不属于 YAML 1.2 核心模式，不受支持；日期请直接写成文字，如 2024-01-01（不加标签）',
        en: 'the YAML tag {tag} is not part of the YAML 1.2 core schema and is not supported; write a date as plain text, e.g. 2024-01-01 (no tag)',
      },
      binaryTag: {
        'zh-CN': 'YAML 标签 {tag}（二进制数据）不受支持，清单中只写文字；请删除标签和二进制内容',
        en: 'the YAML tag {tag} (binary data) is not supported: a catalogue holds text; remove the tag and the binary content',
      },
      collectionTag: {
        'zh-CN': 'YAML 标签 {tag} 不属于 YAML 1.2 核心模式，不受支持；请删除标签，对象写成「键: 值」，列表写成「- 项」',
        en: 'the YAML tag {tag} is not part of the YAML 1.2 core schema and is not supported; remove it and write a mapping (key: value) or a list (- item)',
      },
      mergeTag: {
        'zh-CN': '合并键（<<、!!merge）不受支持；请把要合并的键逐一写出',
        en: 'merge keys (<<, !!merge) are not supported; write out the keys to be merged',
      },
      tagMismatch: {
        'zh-CN': '值与它的 YAML 标签 {tag} 不符；请删除标签，直接写值',
        en: 'the value does not fit its YAML tag {tag}; remove the tag and write the plain value',
      },
      binary: {
        'zh-CN': '这是二进制文件而不是 YAML 文本（含 NUL 字节）；请删除或移出清单目录',
        en: 'this is a binary file, not YAML text (it contains NUL bytes); delete it or move it out of the catalogue',
      },
      gb18030: {
        'zh-CN': '文件不是 UTF-8 编码，看起来是 GB18030/GBK；请转换：iconv -f GB18030 -t UTF-8 原文件 > 新文件（或在编辑器中“另存为 UTF-8”）',
        en: 'the file is not UTF-8; it looks like GB18030/GBK. Convert it: iconv -f GB18030 -t UTF-8 old.yaml > new.yaml (or "save as UTF-8" in your editor)',
      },
      utf16: {
        'zh-CN': '文件是 UTF-16 编码；请另存为 UTF-8：iconv -f UTF-16 -t UTF-8 原文件 > 新文件',
        en: 'the file is UTF-16; save it as UTF-8: iconv -f UTF-16 -t UTF-8 old.yaml > new.yaml',
      },
      notUtf8: {
        'zh-CN': '文件不是有效的 UTF-8 编码（此处字节无效）；请用编辑器另存为 UTF-8',
        en: 'the file is not valid UTF-8 (invalid bytes here); save it as UTF-8 in your editor',
      },
      tooLarge: {
        'zh-CN': '文件过大（{size} MB，上限 {limit} MB）；请拆分文件，或在 powercat.yaml 中设置 rules: {yaml-syntax: {level: error, options: {maxFileSizeMB: …}}}',
        en: 'file too large ({size} MB, limit {limit} MB); split it, or raise the limit in powercat.yaml: rules: {yaml-syntax: {level: error, options: {maxFileSizeMB: …}}}',
      },
      unreadable: { 'zh-CN': '无法读取文件（{reason}）', en: 'cannot read the file ({reason})' },
    },
    examples: {
      bad: '# powers/a.yaml\nkind: Power\ncode: "000131001000"\ncode: "000131002000"\n---\n# powers/b.yaml\nkind: Power\nname: !licence 食品经营许可\n---\n# powers/c.yaml\nkind: Power\n? [name, type]\n: 食品经营许可\n---\n# powers/d.yaml\nkind: Power\nname: 食品经营许可\n type: licensing\n---\nkind: Power\ntimeLimit:\n  statutory: {value: 20, unit: workday}\n promised: {value: 7, unit: workday}\n---\nkind: Power\ntimeLimit:\n\tstatutory: {value: 20, unit: workday}\n---\nkind: Power\nname: 食品经营许可\n- licensing\n---\nkind: Power\nname 食品经营许可\n---\nkind: Power\nname：食品经营许可\n---\nkind: Power\ntype:licensing\n---\nkind: Power\nname: 食品经营许可: 新办\n---\nkind: Power\ncode: "000131001000\nname: 食品经营许可\n---\nkind: Power\nhandling: [window, online-pc\n---\nkind: Power\nname: "食品经营许可" 新办\n---\nkind: Power\nhandling: [window]]\n---\nkind: Power\nname: @食品经营许可\n---\nkind: Power\nnote: "见 C:\\共享\\许可"\n---\nkind: Power\nnote: *重要\n---\n# powers/e.yaml\nkind: Power\neffective: !!timestamp 2024-01-01\n---\nkind: Power\nnote: !!binary 5aSH5rOo\n---\nkind: Power\nfees: !!set {工本费, 证照费}\n---\nkind: Power\n!!merge <<: {type: licensing}\n---\nkind: Power\ncode: !!int 000131001000A\n---\nkind: Power\nrisks: &risks [*risks]\n',
      good: 'kind: Power\ncode: "000131001000"\n',
    },
    options: {
      maxFileSizeMB: {
        description: { 'zh-CN': '单个文件大小上限（MB）', en: 'size limit of one file, in MB' },
        type: 'number',
        exclusiveMinimum: 0,
        default: 10,
      },
      maxDocuments: {
        description: { 'zh-CN': '一个文件中读取的文档个数上限（其后的文档不读取）', en: 'the most documents read from one file (the rest are not read)' },
        type: 'integer',
        minimum: 1,
        default: DEFAULT_PARSE_LIMITS.maxDocuments,
      },
      maxAliasExpansion: {
        description: {
          'zh-CN': '一个文档中别名（*引用）展开后可增加的字符数上限',
          en: 'the most characters aliases may add to one document by repeating their anchors',
        },
        type: 'integer',
        minimum: 0,
        default: DEFAULT_PARSE_LIMITS.maxAliasExpansion,
      },
    },
  },
  // Every limit is applied while reading (they are read from powercat.yaml first); this reports what reading found.
  check: ({ model }) =>
    model.files.flatMap((file) =>
      file.problems.map((problem) => ({
        messageId: problem.messageId,
        data: problem.data,
        target: { file, span: problem.span },
      })),
    ),
});
