import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaJson } from '../src/cli/commands/schema.js';
import { SCHEMA_NAMES, schemaFileName } from '../src/schema/index.js';
import { REPO } from './helpers/catalogue.js';

const SCHEMA_FOLDERS = ['schemas', ...readdirSync(join(REPO, 'examples')).map((name) => `examples/${name}/schemas`).filter((folder) => existsSync(join(REPO, folder)))];

describe('committed schemas', { timeout: 60_000 }, () => {
  it.each(SCHEMA_FOLDERS)('%s holds exactly what `powercat schema` writes (run `npm run schemas` when this fails)', (folder) => {
    expect(readdirSync(join(REPO, folder)).sort()).toEqual(SCHEMA_NAMES.map(schemaFileName).sort());
    for (const name of SCHEMA_NAMES) {
      expect(readFileSync(join(REPO, folder, schemaFileName(name)), 'utf8'), name).toBe(schemaJson(name));
    }
  });
});
