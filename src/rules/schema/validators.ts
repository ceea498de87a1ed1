import { createRequire } from 'node:module';
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type ajvFormats from 'ajv-formats';
import { buildSchemas } from '../../schema/index.js';
import type { Kind } from '../../schema/index.js';

const SCHEMA_OF_KIND = { Catalogue: 'catalogue', Department: 'department', Power: 'power', Process: 'process' } as const;

let ajv: Ajv2020 | undefined;
const compiled = new Map<Kind, { validator: ValidateFunction; schema: Record<string, unknown> }>();

export interface Validation {
  errors: ErrorObject[];
  /** The kind's schema, for questions about it (which keys are required where). */
  schema: Record<string, unknown>;
}

/** ajv is loaded on first use: a re-lint that finds every file in its cache never needs it. */
function newAjv(): Ajv2020 {
  const require = createRequire(import.meta.url);
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const formats = require('ajv-formats') as typeof ajvFormats & { default?: typeof ajvFormats };
  const addFormats = (formats.default ?? formats) as unknown as (ajv: Ajv2020) => Ajv2020;
  return addFormats(new Ajv2020({ allErrors: true, strict: true, verbose: true }));
}

/** Compiled on first use per kind: a catalogue without processes never pays for that schema. */
export function validate(kind: Kind, value: unknown): Validation {
  let entry = compiled.get(kind);
  if (!entry) {
    ajv ??= newAjv();
    const schema = buildSchemas()[SCHEMA_OF_KIND[kind]];
    entry = { validator: ajv.compile(schema), schema };
    compiled.set(kind, entry);
  }
  return { errors: entry.validator(value) ? [] : [...(entry.validator.errors ?? [])], schema: entry.schema };
}
