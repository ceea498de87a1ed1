// The baseline of the lint bench: what a bare schema check costs, with nothing powercat adds —
// find the files, js-yaml load (no positions), validate each document with the compiled schema
// of its kind. No positions, no rules, no report beyond a count.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globby } from 'globby';
import jsyaml from 'js-yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule.default ?? addFormatsModule;
const root = process.argv[2];
const schemaDir = new URL('../schemas/', import.meta.url);
const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true }));
const validators = Object.fromEntries(
  ['Catalogue', 'Department', 'Power', 'Process'].map((kind) => [
    kind,
    ajv.compile(JSON.parse(readFileSync(new URL(`${kind.toLowerCase()}.schema.json`, schemaDir), 'utf8'))),
  ]),
);
const files = await globby(['**/*.yaml', '**/*.yml'], { cwd: root, gitignore: true });
let documents = 0;
let invalid = 0;
for (const file of files) {
  for (const doc of jsyaml.loadAll(readFileSync(join(root, file), 'utf8'), undefined, { schema: jsyaml.CORE_SCHEMA })) {
    documents++;
    const validate = validators[doc?.kind];
    if (!validate || !validate(doc)) invalid++;
  }
}
process.stdout.write(`${files.length} files, ${documents} documents, ${invalid} invalid\n`);
