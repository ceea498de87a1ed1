import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { buildSchemas } from '../../schema/index.js';
import type { Kind } from '../../schema/index.js';

const addFormats = ((ajvFormats as unknown as { default?: typeof ajvFormats }).default ?? ajvFormats) as unknown as (
  ajv: Ajv2020,
) => Ajv2020;

const SCHEMA_OF_KIND = { Catalogue: 'catalogue', Department: 'department', Power: 'power', Process: 'process' } as const;

let ajv: Ajv2020 | undefined;
const compiled = new Map<Kind, { validator: ValidateFunction; schema: Record<string, unknown> }>();

export interface Validation {
  errors: ErrorObject[];
  /** The kind's schema, for questions about it (which keys are required where). */
  schema: Record<string, unknown>;
}

const instance = () => (ajv ??= addFormats(new Ajv2020({ allErrors: true, strict: true, verbose: true })));

/** Compiled on first use per kind: a catalogue without processes never pays for that schema. */
export function validate(kind: Kind, value: unknown): Validation {
  let entry = compiled.get(kind);
  if (!entry) {
    const schema = buildSchemas()[SCHEMA_OF_KIND[kind]];
    entry = { validator: instance().compile(schema), schema };
    compiled.set(kind, entry);
  }
  return { errors: entry.validator(value) ? [] : [...(entry.validator.errors ?? [])], schema: entry.schema };
}

const compiledSchemas = new WeakMap<object, ValidateFunction>();

/** A value's errors against a schema made at run time (rule options), compiled once per schema object. */
export function validateWith(schema: Record<string, unknown>, value: unknown): ErrorObject[] {
  let validator = compiledSchemas.get(schema);
  if (!validator) {
    validator = instance().compile(schema);
    compiledSchemas.set(schema, validator);
  }
  return validator(value) ? [] : [...(validator.errors ?? [])];
}
