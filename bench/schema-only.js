// The baseline of the lint bench: the fastest honest way to do the same schema work, single-
// threaded, with nothing powercat adds — find the files with a plain recursive readdir (every
// *.yaml/*.yml, skipping dot-folders and node_modules; no .gitignore, no exclude globs), js-yaml
// load (core schema, no positions), validate each document with the compiled schema of its kind.
// No positions, no rules, no report beyond a count.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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

/** @param {string} dir @param {string[]} out */
function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) out.push(path);
  }
  return out;
}

if (root) {
  const files = walk(root, []);
  let documents = 0;
  let invalid = 0;
  for (const file of files) {
    for (const doc of jsyaml.loadAll(readFileSync(file, 'utf8'), undefined, { schema: jsyaml.CORE_SCHEMA })) {
      documents++;
      const validate = validators[doc?.kind];
      if (!validate || !validate(doc)) invalid++;
    }
  }
  process.stdout.write(`${files.length} files, ${documents} documents, ${invalid} invalid\n`);
}
