// Part of `npm run build`: compiles the JSON Schemas' validators ahead of time, a file per set
// (quick, verbose), beside each module that loads them (dist/rules/schema/ and the bundle's
// folder, dist/bundle/), so that a lint (and each of its worker threads) does not spend a good
// part of a second compiling them. src/rules/schema/validators.ts uses the files only while they
// match the schemas; without them, the validators are compiled at run time.
import { writeFileSync } from 'node:fs';

const { compiledValidatorsFile, compiledValidatorsSource, VALIDATOR_SETS } = await import('../dist/rules/schema/validators.js');
for (const set of VALIDATOR_SETS) {
  const source = compiledValidatorsSource(set);
  for (const folder of ['../dist/rules/schema/', '../dist/bundle/']) writeFileSync(new URL(folder + compiledValidatorsFile(set), import.meta.url), source);
}
