import type { ErrorObject } from 'ajv';
import { pointerOf, pointerSegments, sourceText, type Anchor } from '../../load/locate.js';
import type { LoadedDocument } from '../../load/source.js';
import type { MessageData, Words } from '../../core/messages.js';
import { STRING_VOCABULARIES } from '../../format/vocabulary.js';
import { NOT_BLANK } from '../../schema/fields.js';
import { didYouMean, editDistance, MAX_SUGGESTION_DISTANCE } from '../../util/did-you-mean.js';
import type { Finding } from '../rule.js';
import type { SchemaMessageId } from './messages.js';
import { subjectOf } from '../shared/subject.js';
import { isRequiredKey, objectInside, propertiesOf, schemaAt, schemaNodeAt, type SchemaNode } from './schema-nodes.js';
import type { Validation } from './validators.js';
import { titleWords, typeWords, valueTypeWords } from './value-kinds.js';

type SchemaFinding = Finding<SchemaMessageId>;

/** `basis/0/level` → `basis[0].level`: how a clerk names a field. */
export function fieldName(pointer: string): string {
  return pointerSegments(pointer)
    .map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`))
    .join('');
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 40 ? text.slice(0, 39) + '…' : text;
}

/** 工作日 → workday: the values a Chinese term a clerk may type stands for (其他 is in several vocabularies). */
const enumValuesByTerm = ((): Map<string, string[]> => {
  const byTerm = new Map<string, string[]>();
  for (const vocabulary of STRING_VOCABULARIES) {
    for (const [value, term] of Object.entries(vocabulary)) byTerm.set(term.zh, [...(byTerm.get(term.zh) ?? []), value]);
  }
  return byTerm;
})();

function enumSuggestion(value: unknown, allowed: readonly unknown[]): string | undefined {
  if (typeof value !== 'string') return undefined;
  const byTerm = enumValuesByTerm.get(value.trim())?.find((candidate) => allowed.includes(candidate));
  return byTerm ?? didYouMean(value, allowed.map(String));
}

/**
 * Turns ajv's errors for one document into findings at the node that is wrong: the key of an
 * unknown property, the value of a wrong value, the first key of an object missing a field.
 */
export function mapSchemaErrors(doc: LoadedDocument, { errors, schema }: Validation): SchemaFinding[] {
  if (errors.length === 0) return [];
  const at = (pointer: string, anchor: Anchor) => ({ doc, pointer, anchor });
  const findings: SchemaFinding[] = [];
  const mergedRequired = new Set<string>();
  const missingAt = (path: string) =>
    errors.filter((e) => e.keyword === 'required' && e.instancePath === path).map((e) => e.params.missingProperty as string);

  for (const error of errors) {
    if (error.keyword !== 'additionalProperties') continue;
    const key = error.params.additionalProperty as string;
    const pointer = error.instancePath + pointerOf([key]);
    const target = at(pointer, 'key');
    const belongs = misplacedKey(schema, error.instancePath, key, error.data);
    if (belongs) {
      findings.push({ messageId: belongs.inside ? 'keyBelongsInside' : 'keyBelongsOutside', data: { key, holder: belongs.holder }, target });
      continue;
    }
    const meant = missingAt(error.instancePath).find((m) => editDistance(key, m) <= MAX_SUGGESTION_DISTANCE);
    if (meant) mergedRequired.add(error.instancePath + pointerOf([meant]));
    const present = Object.keys((error.data ?? {}) as object);
    const declared = Object.keys((error.parentSchema?.properties ?? {}) as object);
    const allowed = declared.filter((k) => !present.includes(k));
    const suggestion = meant ?? didYouMean(key, allowed);
    findings.push({
      messageId: suggestion ? 'unknownKeyDidYouMean' : 'unknownKey',
      // every key there may be, when all are written already (`{share: 0.6, shar: 0.3}`)
      data: { key, suggestion: suggestion ?? '', allowed: (allowed.length > 0 ? allowed : declared).join(', ') },
      target,
      // the misspelt key stands for the one it suggests: a rule missing that one yields to this finding
      ...(suggestion && { about: [pointer, error.instancePath + pointerOf([suggestion])] }),
    });
  }

  for (const error of errors) {
    const pointer = error.instancePath;
    const field = fieldName(pointer);
    const value = error.data;
    const push = (messageId: SchemaMessageId, data: MessageData, anchor: Anchor = 'value', where = pointer) =>
      findings.push({ messageId, data: { field, ...data }, target: at(where, anchor) });
    switch (error.keyword) {
      case 'required':
        break; // below: one finding per object
      case 'type': {
        if (value === null) {
          // `key:` left empty: an optional field is then absent, and the rule that owns it speaks
          if (isRequiredKey(schema, pointer)) push('noValue', {});
          break;
        }
        const expected = String(error.params.type);
        if (expected === 'string' && typeof value === 'number') {
          const raw = sourceText(doc.file, doc.index, pointer) ?? String(value);
          push(/^[-+]?0\d/.test(raw) ? 'numberLostZeros' : 'numberNotString', { value: String(value), raw });
        } else {
          push('wrongType', { expected: typeWords(expected), actual: valueTypeWords(value) });
        }
        break;
      }
      case 'enum': {
        const allowed = error.params.allowedValues as unknown[];
        const suggestion = enumSuggestion(value, allowed);
        push(suggestion ? 'badEnumDidYouMean' : 'badEnum', {
          value: show(value),
          allowed: allowed.join(', '),
          suggestion: suggestion ?? '',
        });
        break;
      }
      case 'const':
        push('badConst', { value: show(value), allowed: String(error.params.allowedValue) });
        break;
      case 'pattern':
        if (error.params.pattern !== NOT_BLANK) push('pattern', { value: show(value), pattern: String(error.params.pattern), title: titleWords(error.parentSchema) });
        else if (value !== '') push('blank', {}); // '' is minLength's finding
        break;
      case 'format':
        push('format', { value: show(value), title: titleWords(error.parentSchema) });
        break;
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        push('range', { value: show(value), comparison: String(error.params.comparison), limit: Number(error.params.limit) });
        break;
      case 'minLength':
        push('empty', {});
        break;
      case 'minItems':
        push('minItems', { limit: Number(error.params.limit) });
        break;
      case 'uniqueItems':
        push('uniqueItems', { value: show((value as unknown[])[error.params.j as number]) });
        break;
      case 'additionalProperties':
      case 'if':
        break; // handled above; `if` only repeats the failure of its `then`/`else`
      default:
        push('invalid', { detail: error.message ?? error.keyword });
    }
  }
  return [...findings, ...missingKeys(doc, errors, schema, mergedRequired)];
}

/**
 * The required keys an object lacks, as one finding at its first key (one incomplete object, one
 * finding); a key required by an `if/then` gets its own, which says why.
 */
function missingKeys(doc: LoadedDocument, errors: readonly ErrorObject[], schema: SchemaNode, merged: ReadonlySet<string>): SchemaFinding[] {
  const subject = subjectOf(doc.kind, doc.value);
  const byObject = new Map<string, string[]>();
  const findings: SchemaFinding[] = [];
  for (const error of errors) {
    if (error.keyword !== 'required') continue;
    const key = error.params.missingProperty as string;
    const pointer = error.instancePath;
    if (merged.has(pointer + pointerOf([key]))) continue;
    const condition = requiredWhen(schema, error);
    if (condition) {
      findings.push({ messageId: 'missingKeyWhen', data: { subject, key, ...condition }, target: { doc, pointer, anchor: 'first-key' }, about: [pointer + pointerOf([key])] });
    } else byObject.set(pointer, [...(byObject.get(pointer) ?? []), key]);
  }
  for (const [pointer, keys] of byObject) {
    const field = fieldName(pointer);
    findings.push({
      messageId: field ? 'missingKeyIn' : 'missingKey',
      data: { subject, field, keys: { zh: keys.map((k) => `「${k}」`).join('、'), en: `${keys.length === 1 ? 'key' : 'keys'} ${keys.map((k) => `"${k}"`).join(', ')}` } },
      target: { doc, pointer, anchor: 'first-key' },
      about: keys.map((k) => pointer + pointerOf([k])),
    });
  }
  return findings;
}

/**
 * Why an `if/then` requires a key: the property its `if` tests and the value that made it hold
 * (`type: licensing` → 行政许可), read from ajv's path to the `then`.
 */
function requiredWhen(schema: SchemaNode, error: ErrorObject): { property: string; value: string; label: Words } | undefined {
  if (!/\/then\/required$/.test(error.schemaPath)) return undefined;
  const test = schemaNodeAt(schema, error.schemaPath.replace(/\/then\/required$/, '/if'));
  const data = (error.data ?? {}) as Record<string, unknown>;
  for (const [property, node] of Object.entries(test ? propertiesOf(test) : {})) {
    const value = data[property];
    const allowed = node.enum as unknown[] | undefined;
    if (typeof value !== 'string' || !allowed?.includes(value)) continue;
    const vocabulary = STRING_VOCABULARIES.find((v) => allowed.every((a) => Object.hasOwn(v, a as string)));
    return { property, value, label: vocabulary?.[value] ?? { zh: value, en: value } };
  }
  return undefined;
}

/**
 * A key written at the wrong depth: not a key of its object, but of the object it should have
 * been indented under (the key before it, by preference: `promised:` out of `timeLimit:`), or of
 * the object one level up (a key indented into its sibling).
 */
function misplacedKey(schema: SchemaNode, instancePath: string, key: string, data: unknown): { holder: string; inside: boolean } | undefined {
  const segments = pointerSegments(instancePath);
  const here = schemaAt(schema, segments);
  if (!here) return undefined;
  const holders = Object.entries(propertiesOf(here))
    .filter(([, node]) => { const inner = objectInside(schema, node); return inner !== undefined && Object.hasOwn(propertiesOf(inner), key); })
    .map(([name]) => name);
  const written = Object.keys((data ?? {}) as object);
  const before = written[written.indexOf(key) - 1];
  const present = holders.filter((h) => written.includes(h));
  const inside = before !== undefined && holders.includes(before) ? before : [present, holders].find((c) => c.length === 1)?.[0];
  if (inside !== undefined) return { holder: inside, inside: true };
  // up: past list indexes to the key this object is the value (or an item) of
  let depth = segments.length;
  while (depth > 0 && /^\d+$/.test(segments[depth - 1]!)) depth--;
  if (depth === 0) return undefined;
  const outer = schemaAt(schema, segments.slice(0, depth - 1));
  return outer && Object.hasOwn(propertiesOf(outer), key) ? { holder: segments[depth - 1]!, inside: false } : undefined;
}
