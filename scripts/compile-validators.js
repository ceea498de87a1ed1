// Part of `npm run build`: compiles the JSON Schemas' validators ahead of time into
// validators.compiled.cjs beside each module that loads it (dist/rules/schema/ and the bundle's
// folder, dist/bundle/), so that a lint (and each of its worker threads) does not spend a good
// part of a second compiling them. src/rules/schema/validators.ts uses the file only while it
// matches the schemas; without it, the validators are compiled at run time.
import { writeFileSync } from 'node:fs';

const { compiledValidatorsSource } = await import('../dist/rules/schema/validators.js');
const source = compiledValidatorsSource();
for (const folder of ['../dist/rules/schema/', '../dist/bundle/']) writeFileSync(new URL(`${folder}validators.compiled.cjs`, import.meta.url), source);
