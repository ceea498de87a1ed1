import type { RuleDescription } from './rule.js';
import { validateWith } from './schema/validators.js';

type Schema = Record<string, unknown>;

const schemas = new WeakMap<RuleDescription<string>, Schema>();

/**
 * The JSON Schema of a rule's `options:` mapping, made from its metadata: the one statement of
 * what each option accepts, read by rule `schema` (findings) and by `effectiveOptions` (defaults).
 */
export function optionsSchema(meta: RuleDescription<string>): Schema {
  let schema = schemas.get(meta);
  if (!schema) {
    const properties = Object.fromEntries(
      Object.entries(meta.options ?? {}).map(([name, { type, minimum, exclusiveMinimum, maximum }]) => [
        name,
        Object.fromEntries(Object.entries({ type, minimum, exclusiveMinimum, maximum }).filter(([, v]) => v !== undefined)),
      ]),
    );
    schema = { type: 'object', properties, additionalProperties: false };
    schemas.set(meta, schema);
  }
  return schema;
}

/** The options a rule runs with: each declared one as the catalogue sets it when that is valid, else its default. */
export function effectiveOptions(meta: RuleDescription<string>, configured: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const declared = Object.entries(meta.options ?? {});
  if (declared.length === 0) return {};
  // Nothing set (the usual case): the defaults, without compiling a validator at every start.
  if (Object.keys(configured).length === 0) return Object.fromEntries(declared.map(([name, option]) => [name, option.default]));
  const wrong = new Set(validateWith(optionsSchema(meta), configured).map((e) => e.instancePath.split('/')[1]));
  return Object.fromEntries(
    declared.map(([name, option]) => [name, Object.hasOwn(configured, name) && !wrong.has(name) ? configured[name] : option.default]),
  );
}
