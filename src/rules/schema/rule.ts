import { isRootCatalogueFile } from '../../model/build-model.js';
import { compileExcludeGlob } from '../../load/exclude-glob.js';
import { pointerOf } from '../../load/locate.js';
import type { LoadedDocument } from '../../load/source.js';
import { KINDS, type Kind } from '../../schema/index.js';
import { recordOf } from '../../model/read.js';
import { didYouMean } from '../../util/did-you-mean.js';
import { defineRule, type Finding, type RuleContext } from '../rule.js';
import { optionsSchema } from '../rule-options.js';
import { mapSchemaErrors } from './map-errors.js';
import { SCHEMA_MESSAGES, type SchemaMessageId } from './messages.js';
import { validate, validateWith } from './validators.js';
import { valueTypeWords } from './value-kinds.js';

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
      bad: '# powercat.yaml\nkind: Catalogue\nid: qingshui\nname: 青水县权责清单\ncodeProfile: national\nrules:\n  code-duplicat: off\n  no-such-rule: warn\n  code-duplicate: {level: error, options: {strict: true}}\nexclude: ["drafts/@(a|b)/**"]\n---\nkind: Catalogue\nid: qingshui-again\nname: 青水县权责清单（第二份）\n---\n# departments/departments.yaml\nkind: Departmnt\nid: scjgj\nname: 青水县市场监督管理局\n---\nkind: Office\nid: office\nname: 青水县人民政府办公室\n---\nid: sfj\nname: 青水县司法局\n---\n- 青水县卫生健康局\n---\nkind: Catalogue\nid: misplaced\nname: 放错位置的清单\n---\nkind: Department\nid: Health_Bureau\nname: ""\n---\n# powers/market.yaml\nkind: Power\ncode: 000131001000\nnmae: 食品经营许可\ntype: licensng\ndepartment:\nlevel: [4, 4]\ntimeLimit:\n  statutory: {value: 20}\n  promised: {value: 0, unit: workday}\nbasis: 中华人民共和国食品安全法\nonline: {url: "www.example.org"}\neffective: "2021-13-01"\nstatus: closed\nremark: 备注\n---\nkind: Power\ncode: 131002000\nname: "　 "\ntype: licensing\ndepartment: scjgj\nlevel: []\ntimeLimit:\n  statutory: never\n---\nkind: Power\ncode: "000131003000"\nname: 食品生产许可\ntype: licensing\ndepartment: scjgj\nstatutory: {value: 20, unit: workday}\nbasis:\n  - level: law\n    title: 中华人民共和国食品安全法\n    department: scjgj\n---\n# processes/approval.yaml\nkind: Process\nid: approval\nname: 审批流程\nsteps:\n  - {id: a, name: 受理, type: start, next: b}\n  - {id: b, name: 办结, type: end}\n---\n# powers/empty.yaml\n# 这个文件里只有注释\n',
      good: '# powers/market.yaml\nkind: Power\ncode: "000131001000"\nname: 食品经营许可\ntype: licensing\ndepartment: scjgj\ntimeLimit:\n  statutory: {value: 20, unit: workday}\n  promised: {value: 7, unit: workday}\nbasis:\n  - {level: law, title: 中华人民共和国食品安全法}\nonline: {url: "https://www.example.org/"}\neffective: "2021-12-01"\n',
    },
  },
  check: (context) => [
    ...context.model.documents.flatMap(checkDocument),
    ...emptyFiles(context),
    ...cataloguePlacement(context),
    ...unknownRules(context),
    ...ruleOptions(context),
    ...unsupportedExcludes(context),
  ],
});

function checkDocument(doc: LoadedDocument): SchemaFinding[] {
  const value = doc.value;
  if (value === null || value === undefined) return [];
  const root = { doc, pointer: '', anchor: 'value' as const };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return [{ messageId: 'notMapping', data: { actual: valueTypeWords(value) }, target: root }];
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
  const ids = knownRules.map((meta) => meta.id);
  return Object.keys(rules)
    .filter((id) => !ids.includes(id))
    .map((id) => {
      const suggestion = didYouMean(id, ids);
      return {
        messageId: suggestion ? 'unknownRuleDidYouMean' : 'unknownRule',
        data: { rule: id, suggestion: suggestion ?? '' },
        target: { doc: model.catalogue!.doc, pointer: pointerOf(['rules', id]), anchor: 'key' as const },
      };
    });
}

/**
 * `options:` of each rule set in powercat.yaml, against the rule's declared options (names, type,
 * range), each finding at its option; a rule that has none is told so at `options`.
 */
function ruleOptions({ model, knownRules }: RuleContext): SchemaFinding[] {
  const catalogue = model.catalogue;
  const rules = recordOf(catalogue?.data.rules);
  if (!catalogue || !rules) return [];
  return knownRules.flatMap((meta): SchemaFinding[] => {
    const options = recordOf(recordOf(rules[meta.id])?.options);
    if (!options || Object.keys(options).length === 0) return [];
    const at = pointerOf(['rules', meta.id, 'options']);
    if (!meta.options) return [{ messageId: 'ruleWithoutOptions', data: { rule: meta.id }, target: { doc: catalogue.doc, pointer: at, anchor: 'key' } }];
    const schema = optionsSchema(meta);
    const errors = validateWith(schema, options).map((error) => ({ ...error, instancePath: at + error.instancePath }));
    // the document's schema as far as these errors go: where they are, and that no option is required
    const inDocument = { properties: { rules: { properties: { [meta.id]: { properties: { options: schema } } } } } };
    return mapSchemaErrors(catalogue.doc, { errors, schema: inDocument });
  });
}

/** Globs the loader would not use (exclude-glob.ts): reported at the glob, which then excludes nothing. */
function unsupportedExcludes({ model }: RuleContext): SchemaFinding[] {
  const exclude = model.catalogue?.data.exclude;
  if (!Array.isArray(exclude)) return [];
  return exclude.flatMap((glob: unknown, i) => {
    if (typeof glob !== 'string') return [];
    const compiled = compileExcludeGlob(glob);
    if (!('unsupported' in compiled)) return [];
    return [{ messageId: 'excludeUnsupported' as const, data: { glob, construct: compiled.unsupported }, target: { doc: model.catalogue!.doc, pointer: pointerOf(['exclude', i]), anchor: 'value' as const } }];
  });
}
