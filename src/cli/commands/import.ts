import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { chooseLang, plural, type Lang } from '../../core/messages.js';
import { importList, readLayout, type ImportRequest } from '../../import/import-list.js';
import { EMPTY_MAP, readImportMap } from '../../import/map-file.js';
import { noteLine } from '../../import/notes.js';
import { columnLines, REPORT_FILE, reportMarkdown } from '../../import/report.js';
import { writeCatalogueFolder } from '../../import/write-catalogue.js';
import { findCatalogueRoot } from '../../load/find-root.js';
import { EXIT } from '../exit-codes.js';
import { powercatCommand, shellWord } from '../next-command.js';
import { checkOutputPath } from '../output-paths.js';

export interface ImportFlags {
  out?: string;
  map?: string;
  sheet?: string;
  force?: boolean;
  printMap?: boolean;
  lang?: string;
}

/** Problems shown on the terminal; the report has them all. */
const SHOWN_PROBLEMS = 10;

/**
 * `powercat import FILE --out DIR`: the list becomes a catalogue folder, written whole or not at
 * all; exit 0 whenever it was written (what could not be read is in DIR/import-report.md).
 * `--print-map` only shows how the columns would be read.
 */
export async function importCommand(file: string, flags: ImportFlags): Promise<number> {
  const lang = chooseLang(flags.lang, undefined, process.env);
  checkInput(file);
  const request: ImportRequest = { path: resolve(file), shown: file, map: flags.map === undefined ? EMPTY_MAP : readImportMap(flags.map), ...(flags.sheet !== undefined ? { sheet: flags.sheet } : {}) };
  if (flags.printMap) {
    const { layout } = await readLayout(request);
    process.stdout.write(`${TEXT[lang].mapOf(file, layout.sheet.name, layout.headerRow)}\n${columnLines(layout.columns, lang).join('\n')}\n`);
    return EXIT.ok;
  }
  if (flags.out === undefined) throw new UsageError({ 'zh-CN': '缺少 --out：请给出写入清单的文件夹', en: 'missing --out: give the folder to write the catalogue into' });
  checkOut(flags.out, file, Boolean(flags.force));
  const result = await importList(request);
  result.files.set(REPORT_FILE, reportMarkdown(result, file, flags.out, lang));
  writeCatalogueFolder(flags.out, result.files);
  const problems = result.notes.filter((n) => n.kind === 'problem');
  const text = TEXT[lang];
  const lines = [
    text.done(file, result.drafts.length, result.departments.filter((d) => !d.data.unit).length, flags.out),
    text.counted(problems.length, result.notes.length - problems.length, join(flags.out, REPORT_FILE)),
    ...problems.slice(0, SHOWN_PROBLEMS).map((n) => `  ${noteLine(file, n, lang)}`),
    ...(problems.length > SHOWN_PROBLEMS ? [text.more(problems.length - SHOWN_PROBLEMS)] : []),
    text.next(`${powercatCommand(process.cwd(), process.env, process.argv[1])} lint ${shellWord(flags.out)}`),
  ];
  process.stdout.write(lines.join('\n') + '\n');
  return EXIT.ok;
}

const TEXT: Readonly<Record<Lang, {
  mapOf: (file: string, sheet: string, row: number) => string;
  done: (file: string, items: number, departments: number, out: string) => string;
  counted: (problems: number, notes: number, report: string) => string;
  more: (n: number) => string;
  next: (command: string) => string;
}>> = {
  'zh-CN': {
    mapOf: (file, sheet, row) => `${file}${sheet ? ` 工作表“${sheet}”` : ''}，标题行第 ${row} 行，各列将这样读取：`,
    done: (file, items, departments, out) => `已从 ${file} 导入 ${items} 个事项（${departments} 个部门），写入 ${out}`,
    counted: (problems, notes, report) => `问题 ${problems} 条，提示 ${notes} 条，详见 ${report}`,
    more: (n) => `  ……另有 ${n} 条，见导入报告`,
    next: (command) => `下一步：${command}`,
  },
  en: {
    mapOf: (file, sheet, row) => `${file}${sheet ? `, worksheet "${sheet}"` : ''}, headers in row ${row}; its columns would be read so:`,
    done: (file, items, departments, out) => `imported ${plural(items, 'item')} of ${plural(departments, 'department')} from ${file} into ${out}`,
    counted: (problems, notes, report) => `${plural(problems, 'problem')} and ${plural(notes, 'note')}, all in ${report}`,
    more: (n) => `  … ${n} more in the report`,
    next: (command) => `next: ${command}`,
  },
};

function checkInput(file: string): void {
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw new UsageError({ 'zh-CN': `找不到 ${file}；请给出要导入的 .xlsx 或 .csv 文件`, en: `${file} does not exist; give the .xlsx or .csv file to import` });
  }
  if (!isFile) throw new UsageError({ 'zh-CN': `${file} 不是文件；请给出要导入的 .xlsx 或 .csv 文件`, en: `${file} is not a file; give the .xlsx or .csv file to import` });
}

/** `--out` must be new or empty (or replaced with --force), must not hold the list itself, and must not lie inside another catalogue. */
function checkOut(out: string, file: string, force: boolean): void {
  checkOutputPath(out, 'replaced folder', `--out ${out}`);
  const target = resolve(out);
  const inside = relative(target, resolve(file));
  if (!inside.startsWith('..') && inside !== '') {
    throw new UsageError({
      'zh-CN': `--out ${out} 包含要导入的文件 ${file}，写入时会把它替换掉；请换一个文件夹`,
      en: `--out ${out} holds ${file}, the file being imported, and writing would replace it; choose another folder`,
    });
  }
  const outer = findCatalogueRoot(dirname(target));
  if (outer !== undefined) {
    throw new UsageError({
      'zh-CN': `--out ${out} 位于 ${outer} 的清单之内，一个清单里不能再有清单；请换一个清单之外的文件夹`,
      en: `--out ${out} is inside the catalogue at ${outer}, and a catalogue cannot hold another; choose a folder outside it`,
    });
  }
  let entries: string[] = [];
  try {
    entries = readdirSync(target);
  } catch {
    return; // a new folder
  }
  if (entries.length > 0 && !force) {
    throw new UsageError({
      'zh-CN': `--out ${out} 不是空文件夹；什么也没有写。请换一个新文件夹，或加 --force 整个替换它`,
      en: `--out ${out} is not empty; nothing was written. Choose a new folder, or add --force to replace it as a whole`,
    });
  }
}
