import { isRootCatalogueFile } from '../../model/build-model.js';
import { pointerOf } from '../../load/locate.js';
import type { LoadedDocument } from '../../load/source.js';
import { KINDS, type Kind } from '../../schema/index.js';
import { didYouMean } from '../../util/did-you-mean.js';
import { defineRule, type Finding, type RuleContext } from '../rule.js';
import { mapSchemaErrors } from './map-errors.js';
import { SCHEMA_MESSAGES, type SchemaMessageId } from './messages.js';
import { validate } from './validators.js';

type SchemaFinding = Finding<SchemaMessageId>;

export const schema = defineRule<SchemaMessageId>({
  meta: {
    id: 'schema',
    defaultSeverity: 'error',
    scope: 'file',
    description: {
      'zh-CN':
        '每个文档必须符合其 kind 的 JSON Schema（字段名、类型、枚举值、必填字段）。拼错的字段名和枚举值会给出“是否想写”建议；被 YAML 读成数字的编码会提示加引号。',
      en: "Every document must match its kind's JSON Schema (keys, types, enum values, required keys). Misspelt keys and enum values get a did-you-mean; a code YAML read as a number is told to be quoted.",
    },
    messages: SCHEMA_MESSAGES,
    examples: {
      bad: 'kind: Power\ncode: 000131001000\nnmae: 对未取得许可从事经营活动的处罚\ntype: penalty\ndepartment: scjgj\n',
      good: 'kind: Power\ncode: "000131001000"\nname: 对未取得许可从事经营活动的处罚\ntype: penalty\ndepartment: scjgj\n',
    },
  },
  check: (context) => [
    ...context.model.documents.flatMap(checkDocument),
    ...emptyFiles(context),
    ...cataloguePlacement(context),
    ...unknownRules(context),
  ],
});

function checkDocument(doc: LoadedDocument): SchemaFinding[] {
  const value = doc.value;
  if (value === null || value === undefined) return [];
  const root = { doc, pointer: '', anchor: 'value' as const };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return [{ messageId: 'notMapping', data: { actual: Array.isArray(value) ? 'list' : typeof value }, target: root }];
  }
  const kind = (value as Record<string, unknown>).kind;
  if (kind === undefined) return [{ messageId: 'missingKind', data: {}, target: { ...root, anchor: 'first-key' } }];
  if (!KINDS.includes(kind as Kind)) {
    const suggestion = typeof kind === 'string' ? didYouMean(kind, KINDS) : undefined;
    return [
      {
        messageId: suggestion ? 'unknownKindDidYouMean' : 'unknownKind',
        data: { value: String(kind), suggestion: suggestion ?? '' },
        target: { doc, pointer: '/kind', anchor: 'value' },
      },
    ];
  }
  return mapSchemaErrors(doc, validate(kind as Kind, value));
}

function emptyFiles({ model }: RuleContext): SchemaFinding[] {
  return model.files
    .filter((file) => file.text !== undefined && file.problems.length === 0 && file.documents.every((d) => d.value == null))
    .map((file) => ({
      messageId: 'emptyFile',
      data: {},
      target: { file, span: { line: 1, column: 1, endLine: 1, endColumn: 1 } },
    }));
}

function cataloguePlacement({ model }: RuleContext): SchemaFinding[] {
  const findings: SchemaFinding[] = [];
  const catalogueFile = model.files[0];
  let seen = false;
  for (const doc of model.documents) {
    if (doc.kind !== 'Catalogue') continue;
    const target = { doc, pointer: '/kind', anchor: 'value' as const };
    if (!isRootCatalogueFile(model.root, doc.file)) findings.push({ messageId: 'catalogueMisplaced', data: {}, target });
    else if (seen) findings.push({ messageId: 'catalogueDuplicate', data: {}, target });
    else seen = true;
  }
  if (!seen && catalogueFile && catalogueFile.text !== undefined && catalogueFile.problems.length === 0) {
    findings.push({
      messageId: 'catalogueMissing',
      data: {},
      target: { file: catalogueFile, span: { line: 1, column: 1, endLine: 1, endColumn: 1 } },
    });
  }
  return findings;
}

function unknownRules({ model, knownRules }: RuleContext): SchemaFinding[] {
  const rules = model.catalogue?.data.rules;
  if (!rules || typeof rules !== 'object' || Array.isArray(rules)) return [];
  return Object.keys(rules)
    .filter((id) => !knownRules.includes(id))
    .map((id) => {
      const suggestion = didYouMean(id, knownRules);
      return {
        messageId: suggestion ? 'unknownRuleDidYouMean' : 'unknownRule',
        data: { rule: id, suggestion: suggestion ?? '' },
        target: { doc: model.catalogue!.doc, pointer: pointerOf(['rules', id]), anchor: 'key' as const },
      };
    });
}
