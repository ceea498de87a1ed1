import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintCatalogue } from '../src/lint/run-lint.js';
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
  }, 60_000);
});

describe('examples/qingshui', () => {
  it('is a version-2 catalogue that uses every version-2 field (upstream lists aside)', async () => {
    const root = join(REPO, 'examples/qingshui');
    const { model } = await lintCatalogue(root, [root], { paths: [root], cwd: root, ruleOverrides: new Map(), env: {} });
    const catalogue = model.catalogue!.data;
    expect(catalogue.formatVersion).toBe(2);
    expect(catalogue.region?.code).toMatch(/^\d{12}$/);
    expect(catalogue.calendar?.holidays?.length).toBeGreaterThan(0);
    expect(catalogue.calendar?.workdays?.length).toBeGreaterThan(0);
    expect(model.departments.some((d) => d.data.orgCode !== undefined && d.data.uscc === undefined)).toBe(true);
    const powers = model.powers.map((p) => p.data);
    const guides = powers.flatMap((p) => (p.guide ? [p.guide] : []));
    for (const key of ['conditions', 'materials', 'place', 'hours', 'url', 'visits', 'onlineDepth', 'results', 'quantityLimit', 'intermediaries', 'specialProcedures']) {
      expect(guides.some((g) => key in g), `guide.${key}`).toBe(true);
    }
    const materials = guides.flatMap((g) => g.materials ?? []);
    for (const key of ['form', 'copies', 'required', 'source', 'note', 'sample']) expect(materials.some((m) => key in m), `materials[].${key}`).toBe(true);
    expect(powers.some((p) => p.timeLimit?.immediate === true)).toBe(true);
    expect(powers.some((p) => (p.level?.length ?? 0) > 0)).toBe(true);
    const bases = powers.flatMap((p) => p.basis ?? []);
    expect(new Set(bases.map((b) => b.role))).toEqual(new Set([undefined, 'setting', 'implementing']));
    expect(bases.map((b) => b.level)).toEqual(expect.arrayContaining(['state-council-decision', 'departmental-rule']));
    const handlingItems = powers.flatMap((p) => p.handlingItems ?? []);
    expect(handlingItems.map((h) => h.kind)).toEqual(expect.arrayContaining(['new', 'change', 'renewal', 'cancellation']));
    expect(handlingItems.some((h) => h.timeLimit?.immediate === true)).toBe(true);
    const actions = powers.flatMap((p) => (p.history ?? []).map((h) => h.action));
    expect(actions).toEqual(expect.arrayContaining(['added', 'adjusted', 'merged', 'renamed', 'abolished']));
    expect(powers.every((p) => (p.history ?? []).every((h) => h.basis !== undefined))).toBe(true);
    const abolished = powers.find((p) => p.status === 'abolished' && p.history?.at(-1)?.action === 'abolished');
    expect(abolished?.history?.at(-1)?.date).toBe(abolished?.abolishedOn);
    expect(powers.some((p) => (p.supersedes?.length ?? 0) > 0 && p.history?.some((h) => h.action === 'renamed' && h.from?.every((c) => p.supersedes!.includes(c))))).toBe(true);
  }, 60_000);
});
