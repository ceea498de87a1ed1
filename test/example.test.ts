import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from './helpers/catalogue.js';

const examples = readdirSync(join(REPO, 'examples'));

describe('bundled examples', () => {
  it.each(examples)('%s lints clean (exit 0, no findings)', (name) => {
    const result = runCli(['lint', join('examples', name), '-f', 'json']);
    const report = JSON.parse(result.stdout);
    expect(report.diagnostics).toEqual([]);
    expect(result.code).toBe(0);
    expect(report.summary.documents).toBeGreaterThan(25);
  });
});
