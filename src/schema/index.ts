// Emits the JSON Schemas (draft 2020-12) of the catalogue format: one per kind plus `powercat`,
// the combined schema for files that mix kinds. Each schema is self-contained: the shared defs
// it references (transitively) are copied into its own `$defs`, so no `$ref` leaves the file.

import { DEFS, DRAFT_2020_12, type DefName, type Schema } from './fields.js';
import { KINDS, KIND_SCHEMAS } from './kinds.js';

export type { Schema } from './fields.js';
export { KINDS, type Kind } from './kinds.js';

export type SchemaName = 'catalogue' | 'department' | 'power' | 'process' | 'powercat';

export const SCHEMA_NAMES: readonly SchemaName[] = ['catalogue', 'department', 'power', 'process', 'powercat'];

const ID_BASE = 'https://powercat.dev/schemas/v1/';

/** `power` → `power.schema.json`. */
export function schemaFileName(name: SchemaName): string {
  return `${name}.schema.json`;
}

export const SCHEMA_IDS: Readonly<Record<SchemaName, string>> = Object.fromEntries(
  SCHEMA_NAMES.map((name) => [name, ID_BASE + schemaFileName(name)]),
) as Record<SchemaName, string>;

const DEF_REF = /^#\/\$defs\/(.+)$/;

/** Names of the shared defs `schema` references, directly or through other defs. */
function referencedDefs(schema: unknown, found = new Set<DefName>()): Set<DefName> {
  if (Array.isArray(schema)) {
    for (const item of schema) referencedDefs(item, found);
  } else if (schema !== null && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      const match = key === '$ref' && typeof value === 'string' ? DEF_REF.exec(value) : null;
      const name = match?.[1];
      if (name !== undefined && name in DEFS && !found.has(name as DefName)) {
        found.add(name as DefName);
        referencedDefs(DEFS[name as DefName], found);
      } else {
        referencedDefs(value, found);
      }
    }
  }
  return found;
}

/** The shared defs `schema` needs, in DEFS order (stable output). */
function defsFor(schema: Schema): Record<string, Schema> {
  const used = referencedDefs(schema);
  return Object.fromEntries(
    (Object.keys(DEFS) as DefName[]).filter((name) => used.has(name)).map((name) => [name, DEFS[name]]),
  );
}

function root(name: SchemaName, body: Schema): Schema {
  const { title, description, ...rest } = body;
  return {
    $schema: DRAFT_2020_12,
    $id: SCHEMA_IDS[name],
    title,
    description,
    ...rest,
    $defs: defsFor(body),
  };
}

function combined(): Schema {
  const dispatch: Schema = {
    type: 'object',
    title: '权力清单文档 (powercat document)',
    description:
      '任一种类的清单文档：按 kind 分派到 Catalogue（清单）、Department（部门）、Power（权力事项）或 Process（流程模板）的结构。',
    required: ['kind'],
    properties: {
      kind: {
        type: 'string',
        enum: [...KINDS],
        title: '文档类型 (kind)',
        description:
          '文档类型。取值：Catalogue 权力清单（powercat.yaml）；Department 部门；Power 权力事项；Process 流程模板。',
      },
    },
    allOf: KINDS.map((kind) => ({
      if: { properties: { kind: { const: kind } }, required: ['kind'] },
      then: { $ref: `#/$defs/${kind}` },
    })),
  };
  const kinds: Record<string, Schema> = { ...KIND_SCHEMAS };
  return { ...root('powercat', dispatch), $defs: { ...kinds, ...defsFor(kinds) } };
}

/** All schemas, freshly built (callers may mutate the result). */
export function buildSchemas(): Record<SchemaName, Schema> {
  const schemas = {
    catalogue: root('catalogue', KIND_SCHEMAS.Catalogue),
    department: root('department', KIND_SCHEMAS.Department),
    power: root('power', KIND_SCHEMAS.Power),
    process: root('process', KIND_SCHEMAS.Process),
    powercat: combined(),
  };
  return structuredClone(schemas);
}
