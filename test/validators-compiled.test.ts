import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ValidateFunction } from 'ajv';
import { catalogueFilePaths, DEFAULT_MAX_FILE_BYTES } from '../src/load/load-catalogue.js';
import { DEFAULT_PARSE_LIMITS } from '../src/load/reference-parse.js';
import { readSourceFile } from '../src/load/read-file.js';
import { compiledValidatorsFile, compiledValidatorsSource, validate, VALIDATOR_SETS, type ValidatorSet } from '../src/rules/schema/validators.js';
import { KINDS, type Kind } from '../src/schema/index.js';
import { REPO } from './helpers/catalogue.js';

/*
 * `npm run build` compiles the validators ahead of time (scripts/compile-validators.js); they
 * must find exactly what the validators compiled at run time find, error for error.
 */
describe('validators compiled ahead of time', () => {
  it('give the same errors as those compiled at run time, on every document of the corpus', () => {
    const dir = join(REPO, 'test/artifacts');
    mkdirSync(dir, { recursive: true });
    const compiled = {} as Record<ValidatorSet, Record<string, ValidateFunction>>;
    for (const set of VALIDATOR_SETS) {
      const file = join(dir, compiledValidatorsFile(set));
      writeFileSync(file, compiledValidatorsSource(set));
      const module = createRequire(import.meta.url)(file) as Record<string, ValidateFunction> & { schemasHash: string };
      expect(module.schemasHash).toMatch(/^[0-9a-f]{64}$/);
      compiled[set] = module;
    }
    const roots = readdirSync(join(REPO, 'test/corpus/err'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => join(REPO, 'test/corpus/err', e.name));
    let compared = 0;
    let invalid = 0;
    for (const root of [...roots, join(REPO, 'examples/qingshui')]) {
      for (const path of catalogueFilePaths(root, { exclude: [], maxFileBytes: DEFAULT_MAX_FILE_BYTES, ...DEFAULT_PARSE_LIMITS })) {
        for (const doc of readSourceFile(join(root, path), { maxFileBytes: DEFAULT_MAX_FILE_BYTES, ...DEFAULT_PARSE_LIMITS }).documents) {
          if (!KINDS.includes(doc.kind as Kind)) continue;
          const ahead = compiled.verbose[(doc.kind as string).toLowerCase()]!;
          const valid = ahead(doc.value);
          expect(valid ? [] : ahead.errors, `${root}/${path}`).toEqual(validate(doc.kind as Kind, doc.value).errors);
          // the quick validator, which decides validity, agrees
          expect(compiled.quick[(doc.kind as string).toLowerCase()]!(doc.value), `${root}/${path}`).toBe(valid);
          if (!valid) invalid++;
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
    expect(invalid).toBeGreaterThan(0);
  }, 60_000);
});
