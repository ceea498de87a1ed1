import type { LocalizedText } from '../../core/messages.js';

export const SCHEMA_MESSAGES = {
  notMapping: {
    'zh-CN': '文档必须是以 kind: 开头的键值对象，这里是{actual}',
    en: 'a document must be a mapping that starts with kind:, this is {actual}',
  },
  missingKind: {
    'zh-CN': '文档缺少 kind；请写明 kind: Catalogue、Department、Power 或 Process',
    en: 'the document has no kind; add kind: Catalogue, Department, Power or Process',
  },
  unknownKind: {
    'zh-CN': '未知的 kind「{value}」；应为 Catalogue、Department、Power 或 Process',
    en: 'unknown kind "{value}"; expected Catalogue, Department, Power or Process',
  },
  unknownKindDidYouMean: {
    'zh-CN': '未知的 kind「{value}」；是否想写「{suggestion}」？',
    en: 'unknown kind "{value}"; did you mean "{suggestion}"?',
  },
  unknownKey: {
    'zh-CN': '未知字段「{key}」；此处可用的字段：{allowed}',
    en: 'unknown key "{key}"; keys allowed here: {allowed}',
  },
  unknownKeyDidYouMean: {
    'zh-CN': '未知字段「{key}」；是否想写「{suggestion}」？',
    en: 'unknown key "{key}"; did you mean "{suggestion}"?',
  },
  keyBelongsInside: {
    'zh-CN': '未知字段「{key}」：{key} 是 {holder} 的字段，应当缩进到 {holder} 下面（比 {holder} 多缩进两个空格）',
    en: 'unknown key "{key}": {key} is a key of {holder}; indent it under {holder} (two spaces more than {holder})',
  },
  keyBelongsOutside: {
    'zh-CN': '未知字段「{key}」：{key} 不是 {holder} 的字段，而是与 {holder} 同一层的字段；请减少缩进，与 {holder} 对齐',
    en: 'unknown key "{key}": {key} is not a key of {holder} but of the level {holder} is on; indent it less, level with {holder}',
  },
  missingKey: {
    'zh-CN': '{subject}缺少必填字段{keys}',
    en: '{subject} is missing the required {keys}',
  },
  missingKeyIn: {
    'zh-CN': '{subject}的「{field}」缺少必填字段{keys}',
    en: '"{field}" of {subject} is missing the required {keys}',
  },
  missingKeyWhen: {
    'zh-CN': '{subject}缺少必填字段「{key}」：因为 {property} 是 {value}（{label}），必须填写 {key}',
    en: '{subject} is missing the required key "{key}": {key} is required because {property} is {value} ({label})',
  },
  wrongType: {
    'zh-CN': '「{field}」应为{expected}，这里是{actual}',
    en: '"{field}" must be {expected}, this is {actual}',
  },
  noValue: {
    'zh-CN': '必填字段「{field}」没有填写值',
    en: 'the required key "{field}" has no value',
  },
  numberNotString: {
    'zh-CN': '「{field}」被 YAML 读成了数字 {value}，编码必须是文字；请加引号：{field}: "{raw}"',
    en: '"{field}" was read by YAML as the number {value}, but it must be text; quote it: {field}: "{raw}"',
  },
  numberLostZeros: {
    'zh-CN': '「{field}」被 YAML 读成了数字 {value}，前导零已丢失；请加引号：{field}: "{raw}"',
    en: '"{field}" was read by YAML as the number {value} and lost its leading zeros; quote it: {field}: "{raw}"',
  },
  badEnum: {
    'zh-CN': '「{field}」的值「{value}」无效；可选值：{allowed}',
    en: '"{field}" has the invalid value "{value}"; allowed values: {allowed}',
  },
  badEnumDidYouMean: {
    'zh-CN': '「{field}」的值「{value}」无效；是否想写「{suggestion}」？',
    en: '"{field}" has the invalid value "{value}"; did you mean "{suggestion}"?',
  },
  badConst: {
    'zh-CN': '「{field}」的值「{value}」无效；只能是「{allowed}」',
    en: '"{field}" has the invalid value "{value}"; it must be "{allowed}"',
  },
  pattern: {
    'zh-CN': '「{field}」的值「{value}」不合{title}的写法（应符合 {pattern}）',
    en: '"{field}" has the value "{value}", which is not written as a {title} should be (it must match {pattern})',
  },
  format: {
    'zh-CN': '「{field}」的值「{value}」不是有效的{title}',
    en: '"{field}" has the value "{value}", which is not a valid {title}',
  },
  range: {
    'zh-CN': '「{field}」的值 {value} 超出范围：应 {comparison} {limit}',
    en: '"{field}" has the value {value}, out of range: must be {comparison} {limit}',
  },
  empty: { 'zh-CN': '「{field}」不能为空', en: '"{field}" must not be empty' },
  blank: { 'zh-CN': '「{field}」只有空白（空格、全角空格或换行），没有内容；请填写', en: '"{field}" holds only blanks (spaces, ideographic spaces or line breaks); write what it should say' },
  minItems: {
    'zh-CN': '「{field}」至少需要 {limit} 项',
    en: '"{field}" needs at least {limit} items',
  },
  uniqueItems: {
    'zh-CN': '「{field}」中的「{value}」重复出现',
    en: '"{field}" lists "{value}" more than once',
  },
  invalid: { 'zh-CN': '「{field}」无效：{detail}', en: '"{field}" is invalid: {detail}' },
  emptyFile: {
    'zh-CN': '文件中没有任何文档；请写入内容（以 kind: 开头）或删除此文件',
    en: 'the file holds no document; write one (starting with kind:) or delete the file',
  },
  catalogueMissing: {
    'zh-CN': 'powercat.yaml 中必须有一个 kind: Catalogue 文档',
    en: 'powercat.yaml must hold a kind: Catalogue document',
  },
  catalogueMisplaced: {
    'zh-CN': 'kind: Catalogue 只能写在清单根目录的 powercat.yaml 中',
    en: 'kind: Catalogue belongs only in powercat.yaml at the catalogue root',
  },
  catalogueDuplicate: {
    'zh-CN': 'powercat.yaml 中只能有一个 kind: Catalogue 文档',
    en: 'powercat.yaml may hold only one kind: Catalogue document',
  },
  unknownRule: {
    'zh-CN': '未知的规则「{rule}」；规则列表见 powercat explain 或 docs/rules.md',
    en: 'unknown rule "{rule}"; see powercat explain or docs/rules.md for the list',
  },
  excludeUnsupported: {
    'zh-CN': 'exclude 中的路径模式「{glob}」用了不支持的写法「{construct}」，未生效：只支持 *、**、?、[abc]、{a,b}；要写括号等字符本身，请在前面加 \\（如 旧版\\(2019\\)/**）',
    en: 'the exclude glob "{glob}" uses "{construct}", which is not supported, so it excludes nothing: only *, **, ?, [abc] and {a,b} are; put \\ before a bracket or other character meant as itself (e.g. old\\(2019\\)/**)',
  },
  unknownRuleDidYouMean: {
    'zh-CN': '未知的规则「{rule}」；是否想写「{suggestion}」？',
    en: 'unknown rule "{rule}"; did you mean "{suggestion}"?',
  },
  ruleWithoutOptions: {
    'zh-CN': '规则「{rule}」没有选项；请删除此处的 options',
    en: 'rule "{rule}" has no options; remove options here',
  },
} satisfies Record<string, LocalizedText>;

export type SchemaMessageId = keyof typeof SCHEMA_MESSAGES;
