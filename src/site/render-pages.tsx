import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';
import { compareStrings } from '../core/compare.js';
import { POWER_TYPE } from '../format/vocabulary.js';
import { changeEntries, movedCodes } from './changes.js';
import { AbolishedPage } from './pages/abolished.js';
import { ChangelogPage, CHANGES_PATH } from './pages/changelog.js';
import { MovedPage } from './pages/moved.js';
import {
  ABOLISHED_PATH,
  departmentPagePath,
  departmentsOf,
  HOME_PATH,
  isCurrent,
  SCRIPT_PATHS,
  SEARCH_PATH,
  TYPE_ORDER,
  typePagePath,
  UPSTREAM_PATH,
} from './pages/common.js';
import { DepartmentPage } from './pages/department.js';
import { HomePage } from './pages/home.js';
import { governmentService, JsonLd } from './pages/json-ld.js';
import { Page, type PageProps, rootOf } from './pages/layout.js';
import { pageUrl } from './pages/page-url.js';
import { PowerPage, type Flowcharts } from './pages/power.js';
import { PrintQrCodes } from './pages/qr.js';
import { SearchPage } from './pages/search.js';
import { TypePage } from './pages/type.js';
import { UpstreamPage } from './pages/upstream.js';
import type { PublicCatalogue } from './public-data.js';


export interface PageInput {
  catalogue: PublicCatalogue;
  flowcharts: Flowcharts;
  /** YYYY-MM-DD: the only date on any page (none when the catalogue gives none). */
  generatedOn: string | undefined;
  /** The fingerprint of the key that signs the site, shown in every footer. */
  keyFingerprint?: string;
}

/** One page, not yet rendered: what it shows decides whether a previous build's copy is still right. */
export interface PagePlan {
  path: string;
  /** Everything the page shows apart from the flowchart SVGs (JSON-serialisable). */
  shows: unknown;
  /** The flowcharts drawn on the page, whose SVGs it inlines. */
  flowchartIds: readonly string[];
  render(): string;
}

type PageOptions = Omit<PageProps, 'site' | 'generatedOn' | 'path' | 'keyFingerprint' | 'children'>;

/**
 * Every page of the disclosure site, by path relative to the site root, in path order. Rendered
 * only from the PublicCatalogue, so nothing withheld can appear; the same input always gives the
 * same bytes (every list is sorted, no clock is read).
 */
export function pagePlans(input: PageInput): PagePlan[] {
  const { catalogue, flowcharts, generatedOn, keyFingerprint } = input;
  const plans: PagePlan[] = [];
  const page = (path: string, options: PageOptions, shows: unknown, body: () => VNode, flowchartIds: readonly string[] = []) => {
    plans.push({
      path,
      shows: { options, shows },
      flowchartIds,
      render: () =>
        `<!doctype html>\n${render(
          <Page site={catalogue.site} generatedOn={generatedOn} path={path} keyFingerprint={keyFingerprint} {...options}>
            {body()}
          </Page>,
        )}\n`,
    });
  };

  page(HOME_PATH, { current: 'home', description: `${catalogue.name}：按权力类型和实施主体公开的权力事项` }, catalogue, () => <HomePage catalogue={catalogue} />);
  page(SEARCH_PATH, { title: '搜索', current: 'search', scripts: [SCRIPT_PATHS.search] }, null, () => <SearchPage />);

  const changes = changeEntries(catalogue);
  page(CHANGES_PATH, { title: '事项调整记录', current: 'changes' }, changes, () => <ChangelogPage root={rootOf(CHANGES_PATH)} entries={changes} feed={generatedOn !== undefined} />);
  for (const moved of movedCodes(catalogue)) {
    page(moved.path, { title: moved.code, canonical: moved.to[0]!.path, noindex: true }, moved, () => <MovedPage root={rootOf(moved.path)} moved={moved} />);
  }

  const abolished = catalogue.powers.filter((p) => !isCurrent(p));
  page(ABOLISHED_PATH, { title: '已取消的权力事项', current: 'abolished' }, abolished, () => <AbolishedPage root={rootOf(ABOLISHED_PATH)} powers={abolished} />);

  const upstream = catalogue.upstream;
  if (upstream) page(UPSTREAM_PATH, { title: '与上级目录的对照' }, upstream, () => <UpstreamPage root={rootOf(UPSTREAM_PATH)} upstream={upstream} />);

  for (const type of TYPE_ORDER) {
    const current = catalogue.powers.filter((p) => p.type === type && isCurrent(p));
    if (current.length === 0) continue;
    const path = typePagePath(type);
    const label = POWER_TYPE[type];
    const abolishedCount = abolished.filter((p) => p.type === type).length;
    page(path, { title: label.zh }, { current, abolishedCount }, () => (
      <TypePage root={rootOf(path)} label={label} powers={current} abolishedCount={abolishedCount} />
    ));
  }

  const departments = departmentsOf(catalogue);
  const departmentById = new Map(departments.map((d) => [d.id, d]));
  for (const department of departments) {
    const path = departmentPagePath(department.id);
    const powers = catalogue.powers.filter((p) => p.department.id === department.id);
    const parent = department.parent !== undefined && department.parent !== department.id ? departmentById.get(department.parent) : undefined;
    page(path, { title: department.name }, { department, powers, parent }, () => (
      <DepartmentPage root={rootOf(path)} department={department} powers={powers} parent={parent} />
    ));
  }

  for (const power of catalogue.powers) {
    const path = power.path;
    const ids = [...new Set(Object.values(power.flowcharts))];
    const url = pageUrl(catalogue.site.baseUrl, path);
    page(
      path,
      { title: `${power.name}（${power.code}）`, description: `${power.department.name} · ${POWER_TYPE[power.type].zh} · ${power.name}` },
      { power, outlines: ids.map((id) => flowcharts.get(id)?.spec.outline), region: catalogue.region },
      () => (
        <>
          <PowerPage root={rootOf(path)} power={power} flowcharts={flowcharts} />
          <PrintQrCodes url={url} power={power} />
          <JsonLd data={governmentService(power, catalogue.region, url)} />
        </>
      ),
      ids,
    );
  }
  return plans.sort((a, b) => compareStrings(a.path, b.path));
}

/** Every page rendered, by path. */
export function renderPages(input: PageInput): Map<string, string> {
  return new Map(pagePlans(input).map((plan) => [plan.path, plan.render()]));
}
