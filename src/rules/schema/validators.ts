import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Ajv2020, ErrorObject, Options, ValidateFunction } from 'ajv/dist/2020.js';
import type ajvFormats from 'ajv-formats';
import { buildSchemas, KINDS } from '../../schema/index.js';
import type { Kind } from '../../schema/index.js';

const SCHEMA_OF_KIND = { Catalogue: 'catalogue', Department: 'department', Power: 'power', Process: 'process' } as const;
const AJV_OPTIONS: Options = { allErrors: true, strict: true, verbose: true };
/**
 * Whether a document is valid is asked of a validator without `verbose`, which runs in about half
 * the time on a valid document (the verbose one carries each schema node along); only an invalid
 * document is validated again for errors that say where and against what.
 */
const QUICK_OPTIONS: Options = { ...AJV_OPTIONS, verbose: false };
const OPTIONS = { quick: QUICK_OPTIONS, verbose: AJV_OPTIONS } as const;
export type ValidatorSet = keyof typeof OPTIONS;
export const VALIDATOR_SETS = Object.keys(OPTIONS) as ValidatorSet[];

/**
 * Written by `npm run build` (scripts/compile-validators.js) beside this module, a file per set:
 * the verbose set (315 KB of code, 266 KB the quick one) is loaded only once a document is invalid.
 */
export const compiledValidatorsFile = (set: ValidatorSet) => `validators.${set}.cjs`;

const require = createRequire(import.meta.url);
const ajvs: Partial<Record<ValidatorSet, Ajv2020>> = {};
let builtSchemas: ReturnType<typeof buildSchemas> | undefined;
let builtHash: string | undefined;
/** Each set's validators compiled ahead of time; null: not there, or compiled from other schemas. */
const ahead: Partial<Record<ValidatorSet, Record<string, ValidateFunction> | null>> = {};
const compiled = new Map<Kind, Partial<Record<ValidatorSet, ValidateFunction>>>();

export interface Validation {
  errors: ErrorObject[];
  /** The kind's schema, for questions about it (which keys are required where). */
  schema: Record<string, unknown>;
}

/** ajv is loaded on first use: a re-lint that finds every file in its cache never needs it. */
function newAjv(options: Options): Ajv2020 {
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const formats = require('ajv-formats') as typeof ajvFormats & { default?: typeof ajvFormats };
  const addFormats = (formats.default ?? formats) as unknown as (ajv: Ajv2020) => Ajv2020;
  return addFormats(new Ajv2020(options));
}

/** What the schemas are: the validators compiled ahead of time are used only for these very schemas. */
function schemasHash(schemas: ReturnType<typeof buildSchemas>): string {
  return createHash('sha256').update(JSON.stringify([AJV_OPTIONS, QUICK_OPTIONS, schemas])).digest('hex');
}

const schemas = () => (builtSchemas ??= buildSchemas());
const ajvOf = (set: ValidatorSet) => (ajvs[set] ??= newAjv(OPTIONS[set]));

/**
 * A set's validators compiled ahead of time, when they are there and were compiled from the
 * schemas as they are now; otherwise each is compiled on first use (which takes a good part of a second).
 */
function compiledAhead(set: ValidatorSet): Record<string, ValidateFunction> | null {
  if (ahead[set] === undefined) {
    ahead[set] = null;
    try {
      const module = require(`./${compiledValidatorsFile(set)}`) as Record<string, ValidateFunction> & { schemasHash?: string };
      if (module.schemasHash === (builtHash ??= schemasHash(schemas()))) ahead[set] = module;
    } catch {
      // not compiled ahead: compiled here
    }
  }
  return ahead[set];
}

function validator(kind: Kind, set: ValidatorSet): ValidateFunction {
  let sets = compiled.get(kind);
  if (!sets) compiled.set(kind, (sets = {}));
  return (sets[set] ??= compiledAhead(set)?.[SCHEMA_OF_KIND[kind]] ?? ajvOf(set).compile(schemas()[SCHEMA_OF_KIND[kind]]));
}

/** Compiled (or loaded) on first use per kind: a catalogue without processes never pays for that schema. */
export function validate(kind: Kind, value: unknown): Validation {
  const schema = schemas()[SCHEMA_OF_KIND[kind]];
  if (validator(kind, 'quick')(value)) return { errors: [], schema };
  // Only once a document is invalid: most lints never need it.
  const verbose = validator(kind, 'verbose');
  verbose(value);
  return { errors: [...(verbose.errors ?? [])], schema };
}

/**
 * The source of a CommonJS module of every kind's validators of one set, compiled with its
 * options (ajv's standalone code: `exports.power` …), and the hash of the schemas.
 */
export function compiledValidatorsSource(set: ValidatorSet): string {
  const standaloneCode = (require('ajv/dist/standalone/index.js') as { default: (ajv: Ajv2020, refs: Record<string, string>) => string }).default;
  const generator = newAjv({ ...OPTIONS[set], code: { source: true } });
  for (const kind of KINDS) generator.addSchema(schemas()[SCHEMA_OF_KIND[kind]], SCHEMA_OF_KIND[kind]);
  const code = standaloneCode(generator, Object.fromEntries(KINDS.map((kind) => [SCHEMA_OF_KIND[kind], SCHEMA_OF_KIND[kind]])));
  return [
    '// Generated by scripts/compile-validators.js from src/schema: do not edit.',
    code,
    `exports.schemasHash = ${JSON.stringify(schemasHash(schemas()))};`,
    '',
  ].join('\n');
}

const compiledSchemas = new WeakMap<object, ValidateFunction>();

/** A value's errors against a schema made at run time (rule options), compiled once per schema object. */
export function validateWith(schema: Record<string, unknown>, value: unknown): ErrorObject[] {
  let validator = compiledSchemas.get(schema);
  if (!validator) {
    validator = ajvOf('verbose').compile(schema);
    compiledSchemas.set(schema, validator);
  }
  return validator(value) ? [] : [...(validator.errors ?? [])];
}
