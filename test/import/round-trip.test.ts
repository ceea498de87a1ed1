import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importList } from '../../src/import/import-list.js';
import { EMPTY_MAP } from '../../src/import/map-file.js';
import { writeCatalogueFolder } from '../../src/import/write-catalogue.js';
import { lintCatalogue } from '../../src/lint/run-lint.js';
import { catalogueCsvText } from '../../src/site/exports/csv.js';
import { catalogueJson } from '../../src/site/exports/json.js';
import { catalogueXlsx } from '../../src/site/exports/xlsx.js';
import { publicCatalogue, type PublicCatalogue } from '../../src/site/public-data.js';
import { REPO } from '../helpers/catalogue.js';

/*
 * The site's own open data, imported, is the catalogue again: data/catalogue.json of the imported
 * catalogue equals the original's for every public field the spreadsheets carry. What no column
 * carries is left out of the comparison, by name: processes (and so flowcharts and the steps
 * risks sit on) and a sub-item's own basis and time limit.
 */

const EXAMPLE = join(REPO, 'examples/qingshui');
const work = mkdtempSync(join(tmpdir(), 'powercat-round-trip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function published(root: string): Promise<PublicCatalogue> {
  const { model } = await lintCatalogue(root, [root], { paths: [root], cwd: root, lang: 'en', ruleOverrides: new Map(), env: {} });
  return publicCatalogue(model, []);
}

type Json = Record<string, unknown>;

/** The open data's powers, without what the spreadsheets do not carry; contacts as the reader sees them (the power's, else its department's). */
function comparable(catalogue: PublicCatalogue, departmentAs: 'id' | 'name'): Json[] {
  const data = JSON.parse(catalogueJson(catalogue, undefined)) as { departments: Json[]; powers: Json[] };
  const departments = new Map(data.departments.map((d) => [d.id as string, d]));
  const named = (id: unknown) => (departmentAs === 'id' ? id : departments.get(id as string)?.name);
  return data.powers.map(({ process: _process, risks: _risks, flowcharts: _flowcharts, ...power }) => {
    const department = departments.get(power.department as string)!;
    const own = (power.contact ?? {}) as Json;
    const inherited = (department.contact ?? {}) as Json;
    const contact = { phone: own.phone ?? inherited.phone, supervisionPhone: own.supervisionPhone ?? inherited.supervisionPhone };
    return {
      ...power,
      department: named(power.department),
      undertaker: power.undertaker === undefined ? undefined : named(power.undertaker),
      jointWith: (power.jointWith as string[] | undefined)?.map(named),
      subItems: (power.subItems as Json[] | undefined)?.map(({ timeLimit: _timeLimit, basis: _basis, ...sub }) => sub),
      contact: power.public ? contact : undefined,
    };
  });
}

async function importInto(file: string): Promise<string> {
  const result = await importList({ path: file, shown: file, map: EMPTY_MAP });
  const out = `${file}.catalogue`;
  writeCatalogueFolder(out, result.files);
  return out;
}

describe('importing the site\'s own export gives the catalogue back', { timeout: 120_000 }, () => {
  it('from data/catalogue.xlsx: every public field of every power, and the departments with their ids', async () => {
    const original = await published(EXAMPLE);
    const file = join(work, 'catalogue.xlsx');
    writeFileSync(file, await catalogueXlsx(original, '2025-01-01'));
    const back = await published(await importInto(file));
    expect(comparable(back, 'id')).toEqual(comparable(original, 'id'));
    expect(back.departments).toEqual(original.departments);
    // Not vacuous: the example has these fields, and they came back.
    const powers = comparable(back, 'id');
    expect(powers).toHaveLength(45);
    for (const field of ['basis', 'subItems', 'timeLimit', 'fees', 'responsibilities', 'accountability', 'discretion', 'undertaker', 'jointWith', 'source', 'exception', 'withheld', 'online', 'effective', 'abolishedOn', 'guide', 'history', 'handlingItems', 'level', 'supersedes']) {
      expect(powers.some((p) => p[field] !== undefined), field).toBe(true);
    }
  });

  it('from data/catalogue.csv: the same, with departments known by name (the CSV has no ids)', async () => {
    const original = await published(EXAMPLE);
    const file = join(work, 'catalogue.csv');
    writeFileSync(file, catalogueCsvText(original));
    const back = await published(await importInto(file));
    expect(comparable(back, 'name')).toEqual(comparable(original, 'name'));
  });
});
