import * as pagefind from 'pagefind';
import { UsageError } from '../core/errors.js';
import { compareStrings } from '../core/compare.js';
import { ui } from './i18n.js';
import type { Words } from '../core/messages.js';
import { DEPARTMENT_NATURE, POWER_STATUS, POWER_TYPE, zhLabel } from '../format/vocabulary.js';
import { departmentPagePath, departmentsOf } from './pages/common.js';
import type { PublicCatalogue } from './public-data.js';

/*
 * The site's offline search: a Pagefind index of custom records built from the public catalogue
 * only (never from pages, so nothing but public fields can be indexed). Pagefind segments the
 * Chinese text into words; it matches words and word prefixes, which covers names, departments
 * and code prefixes.
 */

export const SEARCH_INDEX_DIR = 'pagefind';
const LANGUAGE = 'zh-cn';
/**
 * Pagefind writes one small file (≈ 250 bytes) per record; beyond this many it bundles them.
 * 3,000 powers become 512 files of a few records each: a search still fetches little, and a build
 * and a deploy handle 2,500 fewer files.
 */
const MAX_FRAGMENTS = 512;

export interface SearchRecord {
  url: string;
  content: string;
  /** `kind` and `status` are labels, with their English beside them for the English interface. */
  meta: { title: string; kind: string; kind_en: string; code?: string; department?: string; status?: string; status_en?: string };
}

const label = <K extends string>(key: K, text: Words) => ({ [key]: text.zh, [`${key}_en`]: text.en }) as Record<K | `${K}_en`, string>;

/** One record per power (current or abolished) and per department, in catalogue order. */
export function searchRecords(catalogue: PublicCatalogue): SearchRecord[] {
  const powers = catalogue.powers.map((power): SearchRecord => {
    const subItems = (power.subItems ?? []).flatMap((item) => [item.name, item.code]);
    const handlingItems = [...(power.handlingItems ?? []), ...(power.subItems ?? []).flatMap((item) => item.handlingItems ?? [])].flatMap((item) => [item.name, item.code]);
    return {
      url: power.path,
      // The codes a power supersedes lead to it: an old code stays findable (FORMAT §2 `supersedes`).
      content: [power.name, power.code, ...subItems, ...handlingItems, ...(power.supersedes ?? []), power.department.name, POWER_TYPE[power.type].zh].join('\n'),
      meta: {
        title: power.name,
        ...label('kind', POWER_TYPE[power.type]),
        code: power.code,
        department: power.department.name,
        ...(power.status === undefined || power.status === 'active' ? {} : label('status', POWER_STATUS[power.status])),
      },
    };
  });
  const departments = departmentsOf(catalogue).map(
    (department): SearchRecord => ({
      url: departmentPagePath(department.id),
      content: [department.name, department.nature === undefined ? '' : zhLabel(DEPARTMENT_NATURE, department.nature)].join('\n'),
      meta: { title: department.name, ...label('kind', ui('实施主体')) },
    }),
  );
  return [...departments, ...powers];
}

/** Pagefind's own UI bundles are not used (the search page has its own, textContent-only, script). */
const isUsed = (path: string) => !/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(path);

/** The index files under `pagefind/`, byte-identical for the same records. */
export async function searchIndexFiles(records: readonly SearchRecord[]): Promise<Map<string, Uint8Array>> {
  try {
    const created = await pagefind.createIndex({ forceLanguage: LANGUAGE, maxFragments: MAX_FRAGMENTS });
    const index = created.index;
    if (index === undefined) throw new Error(created.errors.join('; '));
    // Sent all at once, in order: one round trip to the Pagefind process per record took ≈ 1 s at 3,000.
    const added = await Promise.all(records.map((record) => index.addCustomRecord({ ...record, language: LANGUAGE, meta: { ...record.meta } })));
    const refused = added.flatMap((response) => response.errors);
    if (refused.length > 0) throw new Error(refused.join('; '));
    const { files, errors } = await index.getFiles();
    if (errors.length > 0) throw new Error(errors.join('; '));
    const used = files.filter((f) => isUsed(f.path)).sort((a, b) => compareStrings(a.path, b.path));
    return new Map(used.map((f) => [`${SEARCH_INDEX_DIR}/${f.path}`, new Uint8Array(f.content)]));
  } catch (error) {
    throw new UsageError(
      `the search index could not be built with Pagefind (${error instanceof Error ? error.message : String(error)}); ` +
        'reinstall with `npm ci` so that its binary for this platform (@pagefind/<platform>) is present',
    );
  } finally {
    await pagefind.close();
  }
}
