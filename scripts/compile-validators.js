// Part of `npm run build`: compiles the JSON Schemas' validators ahead of time into
// dist/rules/schema/validators.compiled.cjs, so that a lint (and each of its worker threads)
// does not spend a good part of a second compiling them. src/rules/schema/validators.ts uses
// the file only while it matches the schemas; without it, the validators are compiled at run time.
import { writeFileSync } from 'node:fs';

const { compiledValidatorsSource } = await import('../dist/rules/schema/validators.js');
writeFileSync(new URL('../dist/rules/schema/validators.compiled.cjs', import.meta.url), compiledValidatorsSource());
