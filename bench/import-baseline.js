// The baseline of the import bench: the fastest honest equivalent of `powercat import` — read the
// CSV with csv-parse, dump one YAML document per row with js-yaml, grouped into one file per
// department, and write as many files as the import wrote. No header mapping, no parsing of
// cells, no departments, no report.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import jsyaml from 'js-yaml';

const [file, out, fileCount] = process.argv.slice(2);
const rows = parse(readFileSync(file), { columns: true, bom: true });
const byDepartment = new Map();
for (const row of rows) {
  const doc = jsyaml.dump({ kind: 'Power', code: row['事项编码'], name: row['事项名称'], type: row['事项类型代码'], department: row['部门'] }, { lineWidth: -1 });
  byDepartment.set(row['部门'], [...(byDepartment.get(row['部门']) ?? []), doc]);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'powers'), { recursive: true });
let written = 0;
for (const [i, docs] of [...byDepartment.values()].entries()) {
  writeFileSync(join(out, 'powers', `${i}.yaml`), docs.join('---\n'));
  written++;
}
for (; written < Number(fileCount); written++) writeFileSync(join(out, `extra-${written}.yaml`), jsyaml.dump({ kind: 'Department', id: `d${written}` }));
