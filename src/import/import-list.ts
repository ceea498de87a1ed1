import { basename, extname } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { CodeProfile } from '../format/vocabulary.js';
import { catalogueFiles } from './catalogue-files.js';
import { codeProfileFor, settleCodes } from './codes.js';
import { departmentSheetOf, settleDepartments, type DepartmentDoc } from './departments.js';
import type { ImportMap } from './map-file.js';
import { Notes, type ImportNote } from './notes.js';
import type { ReadStats } from './read-fields.js';
import { readTable, type Table } from './read-table.js';
import { itemsOf } from './row-items.js';
import { draftsOf, type PowerDraft } from './rows-to-powers.js';
import { layoutOf, type Layout } from './sheet-layout.js';
import { slugOf } from './slug.js';
import { typeAliases } from './type-aliases.js';

/*
 * `powercat import`: a published list (CSV or XLSX) to the files of a catalogue, with everything
 * the clerk must know about what could not be read. Reading never stops at a bad cell: the
 * catalogue is written with what was read, and the linter finds what is missing.
 */

export interface ImportRequest {
  /** The file to read. */
  path: string;
  /** The file as the user named it, for messages. */
  shown: string;
  map: ImportMap;
  sheet?: string;
}

export interface ImportResult {
  table: Table;
  layout: Layout;
  files: Map<string, string>;
  notes: ImportNote[];
  stats: ReadStats;
  codeProfile: CodeProfile;
  departments: DepartmentDoc[];
  drafts: PowerDraft[];
  /** Rows below the header that hold something. */
  rowsRead: number;
  catalogueName: string;
  /** The 实施主体 given to every power when the list has no such column. */
  defaultDepartment?: string;
}

/** The file and where its list is: enough for `--print-map`. */
export async function readLayout(request: ImportRequest): Promise<{ table: Table; layout: Layout }> {
  const table = await readTable(request.path, request.shown);
  return { table, layout: layoutOf(table, request.map.columns, request.shown, request.sheet) };
}

/** Words after a name that make it a list's title rather than a body's name. */
const LIST_WORDS = /(?:[（(][^（()）]*[)）])?(?:权力清单|权责清单|责任清单|职权目录|事项清单|事项目录|清单|目录|一览表)(?:[（(][^（()）]*[)）])?$/;

export async function importList(request: ImportRequest): Promise<ImportResult> {
  const { table, layout } = await readLayout(request);
  const notes = new Notes();
  const stats: ReadStats = { typeValues: new Map(), guessedLevels: 0, untitledBasis: 0, regionCodes: new Set() };
  const items = itemsOf(layout, notes);
  if (items.length === 0) {
    throw new UsageError({
      'zh-CN': `${request.shown} 的标题行（第 ${layout.headerRow} 行）下面没有任何事项；什么也没有写`,
      en: `${request.shown} has no items below its header row (row ${layout.headerRow}); nothing was written`,
    });
  }
  const drafts = draftsOf(items, { notes, aliases: typeAliases(request.map.types), stats });
  for (const draft of drafts) {
    if (typeof draft.data.name !== 'string') {
      notes.problem({ row: draft.row }, {
        'zh-CN': '这一行没有事项名称；已作为没有 name 的事项写入清单（powercat lint 会报告），请补上名称',
        en: 'this row has no item name; it is in the catalogue as an item without name (powercat lint reports it): add the name',
      });
    }
  }
  const codeProfile = codeProfileFor(drafts);
  settleCodes(drafts, codeProfile, notes);

  const fileName = basename(request.shown, extname(request.shown));
  const titleName = layout.title?.trim();
  const catalogueName = titleName ?? fileName;
  const hasColumn = layout.columns.some((c) => c.field === 'department');
  const defaultDepartment = hasColumn ? undefined : (titleName ?? fileName).replace(LIST_WORDS, '').trim() || fileName;
  if (defaultDepartment !== undefined) {
    notes.note(undefined, {
      'zh-CN': `表中没有“实施主体”列，全部事项都归到名为“${defaultDepartment}”的部门；请在 departments/ 中改正部门名称和代码`,
      en: `the list has no 实施主体 (implementing body) column: every item was given to a department named "${defaultDepartment}"; correct its name and code in departments/`,
    });
  }
  const departments = settleDepartments({ drafts, defaultName: defaultDepartment ?? fileName, hasColumn, sheet: departmentSheetOf(table.sheets.filter((s) => s !== layout.sheet)), notes });
  const regionCode = stats.regionCodes.size === 1 ? [...stats.regionCodes][0] : undefined;
  const files = catalogueFiles({ id: slugOf(fileName), name: catalogueName, codeProfile, source: basename(request.shown), ...(regionCode ? { regionCode } : {}) }, departments, drafts);
  return {
    table,
    layout,
    files,
    notes: notes.sorted(),
    stats,
    codeProfile,
    departments,
    drafts,
    rowsRead: items.reduce((n, item) => n + 1 + item.more.length + item.subRows.filter((r) => r !== item.main).length, 0),
    catalogueName,
    ...(defaultDepartment !== undefined ? { defaultDepartment } : {}),
  };
}
