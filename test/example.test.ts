import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from './helpers/catalogue.js';

/** The example catalogues (examples/records holds handling records, not a catalogue). */
const examples = readdirSync(join(REPO, 'examples')).filter((name) => existsSync(join(REPO, 'examples', name, 'powercat.yaml')));

describe('bundled examples', () => {
  it.each(examples)('%s lints clean (exit 0, no findings)', { timeout: 60_000 }, (name) => {
    const result = runCli(['lint', join('examples', name), '-f', 'json']);
    const report = JSON.parse(result.stdout);
    expect(report.diagnostics).toEqual([]);
    expect(result.code).toBe(0);
    expect(report.summary.documents).toBeGreaterThan(25);
  });
});
