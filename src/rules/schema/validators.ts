import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { buildSchemas } from '../../schema/index.js';
import type { Kind } from '../../schema/index.js';

const addFormats = ((ajvFormats as unknown as { default?: typeof ajvFormats }).default ?? ajvFormats) as unknown as (
  ajv: Ajv2020,
) => Ajv2020;

const SCHEMA_OF_KIND = { Catalogue: 'catalogue', Department: 'department', Power: 'power', Process: 'process' } as const;

let ajv: Ajv2020 | undefined;
const compiled = new Map<Kind, ValidateFunction>();

/** Compiled on first use per kind: a catalogue without processes never pays for that schema. */
export function validate(kind: Kind, value: unknown): ErrorObject[] {
  let validator = compiled.get(kind);
  if (!validator) {
    ajv ??= addFormats(new Ajv2020({ allErrors: true, strict: true, verbose: true }));
    validator = ajv.compile(buildSchemas()[SCHEMA_OF_KIND[kind]]);
    compiled.set(kind, validator);
  }
  return validator(value) ? [] : [...(validator.errors ?? [])];
}
