import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';
import type { FlowchartSpec } from '../flowchart/collect.js';
import { compareStrings } from '../report/diagnostic.js';
import { SITE_CSS } from './assets.js';
import { AbolishedPage } from './pages/abolished.js';
import {
  ABOLISHED_PATH,
  departmentPagePath,
  departmentsOf,
  HOME_PATH,
  isCurrent,
  powerPagePath,
  STYLESHEET_PATH,
  TYPE_ORDER,
  typeLabel,
  typePagePath,
} from './pages/common.js';
import { DepartmentPage } from './pages/department.js';
import { HomePage } from './pages/home.js';
import { Page, rootOf } from './pages/layout.js';
import { PowerPage } from './pages/power.js';
import { TypePage } from './pages/type.js';
import type { PublicCatalogue } from './public-data.js';

export { powerPagePath } from './pages/common.js';

export interface PageInput {
  catalogue: PublicCatalogue;
  flowcharts: ReadonlyMap<string, { svg: string; spec: FlowchartSpec }>;
  /** YYYY-MM-DD: the only date on any page. */
  generatedOn: string;
}

/**
 * Every page of the disclosure site (and its stylesheet), by path relative to the site root.
 * Rendered only from the PublicCatalogue, so nothing withheld can appear; the same input always
 * gives the same bytes (every list is sorted, no clock is read).
 */
export function renderPages(input: PageInput): Map<string, string> {
  const { catalogue, flowcharts, generatedOn } = input;
  const pages = new Map<string, string>();
  const page = (path: string, props: { title?: string; description?: string; current?: 'home' | 'abolished' }, body: VNode) => {
    const html = render(
      <Page site={catalogue.site} generatedOn={generatedOn} path={path} {...props}>
        {body}
      </Page>,
    );
    pages.set(path, `<!doctype html>\n${html}\n`);
  };

  page(HOME_PATH, { current: 'home', description: `${catalogue.name}：按权力类型和实施主体公开的权力事项` }, <HomePage catalogue={catalogue} />);

  const abolished = catalogue.powers.filter((p) => !isCurrent(p));
  page(ABOLISHED_PATH, { title: '已取消的权力事项', current: 'abolished' }, <AbolishedPage root={rootOf(ABOLISHED_PATH)} powers={abolished} />);

  for (const type of TYPE_ORDER) {
    const current = catalogue.powers.filter((p) => p.type === type && isCurrent(p));
    if (current.length === 0) continue;
    const path = typePagePath(type);
    const label = typeLabel(type);
    const abolishedCount = abolished.filter((p) => p.type === type).length;
    page(path, { title: label }, <TypePage root={rootOf(path)} label={label} powers={current} abolishedCount={abolishedCount} />);
  }

  const departments = departmentsOf(catalogue);
  const departmentById = new Map(departments.map((d) => [d.id, d]));
  for (const department of departments) {
    const path = departmentPagePath(department.id);
    const powers = catalogue.powers.filter((p) => p.department.id === department.id);
    const parent = department.parent !== undefined && department.parent !== department.id ? departmentById.get(department.parent) : undefined;
    page(path, { title: department.name }, <DepartmentPage root={rootOf(path)} department={department} powers={powers} parent={parent} />);
  }

  for (const power of catalogue.powers) {
    const path = powerPagePath(power.code);
    page(
      path,
      { title: `${power.name}（${power.code}）`, description: `${power.department.name} · ${power.typeLabel} · ${power.name}` },
      <PowerPage root={rootOf(path)} power={power} flowcharts={flowcharts} />,
    );
  }

  pages.set(STYLESHEET_PATH, SITE_CSS);
  return new Map([...pages].sort(([a], [b]) => compareStrings(a, b)));
}
