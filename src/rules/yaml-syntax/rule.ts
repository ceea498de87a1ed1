import type { SyntaxMessageId } from '../../load/source.js';
import { defineRule } from '../rule.js';

export const yamlSyntax = defineRule<SyntaxMessageId>({
  meta: {
    id: 'yaml-syntax',
    defaultSeverity: 'error',
    scope: 'file',
    description: {
      'zh-CN': '文件必须是可解析的 UTF-8 YAML：无语法错误、无重复键、别名数量受限、不超过大小上限。',
      en: 'Files must be parsable UTF-8 YAML: no syntax errors, no duplicate keys, a capped number of aliases, within the size limit.',
    },
    messages: {
      parse: { 'zh-CN': 'YAML 语法错误（{code}）：{detail}', en: 'YAML syntax error ({code}): {detail}' },
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
      unknownTag: {
        'zh-CN': '未知的 YAML 标签（!…）；请删除标签，直接写值',
        en: 'unknown YAML tag (!…); remove the tag and write the plain value',
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
      bad: 'kind: Power\ncode: "000131001000"\ncode: "000131002000"\n',
      good: 'kind: Power\ncode: "000131001000"\n',
    },
    options: {
      maxFileSizeMB: {
        description: { 'zh-CN': '单个文件大小上限（MB）', en: 'size limit of one file, in MB' },
        default: 10,
      },
    },
  },
  check: ({ model }) =>
    model.files.flatMap((file) =>
      file.problems.map((problem) => ({
        messageId: problem.messageId,
        data: problem.data,
        target: { file, span: problem.span },
      })),
    ),
});
