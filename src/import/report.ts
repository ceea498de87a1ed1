import { basename } from 'node:path';
import { plural, type Lang } from '../core/messages.js';
import { POWER_TYPE } from '../format/vocabulary.js';
import { columnLetter, noteLine } from './notes.js';
import type { ImportResult } from './import-list.js';
import type { ColumnMapping } from './headers.js';

/*
 * import-report.md: what was read from where, and every cell, row and decision the clerk should
 * look at, in their language. It is Markdown, so the linter (which reads YAML) leaves it alone.
 */

export const REPORT_FILE = 'import-report.md';

const TEXT = {
  'zh-CN': {
    title: (file: string) => `# 导入报告：${file}`,
    source: (r: ImportResult) =>
      `- 来源：${r.table.format === 'csv' ? 'CSV' : 'XLSX'}${r.table.encoding ? `（${r.table.encoding === 'GB18030' ? 'GBK/GB18030 编码，已转换' : r.table.encoding}）` : ''}${r.layout.sheet.name ? `，工作表“${r.layout.sheet.name}”` : ''}，标题行为第 ${r.layout.headerRow} 行`,
    counts: (r: ImportResult, units: number) =>
      `- 读入 ${r.rowsRead} 行，写出 ${r.drafts.length} 个事项（${r.drafts.reduce((n, d) => n + d.subItems.length, 0)} 个子项）、${r.departments.length - units} 个部门和 ${units} 个内设机构`,
    profile: (r: ImportResult) => `- 编码规则：codeProfile: ${r.codeProfile}（${r.codeProfile === 'national' ? '多数编码是国家编码' : '多数编码不是国家编码，编码格式不作检查'}）`,
    problems: (n: number, m: number) => `- 问题 ${n} 条（未能读取、未导入的内容），提示 ${m} 条（导入时替你做的决定）`,
    columns: '## 列的对应',
    columnHead: '| 列 | 标题 | 字段 |',
    how: { map: '（--map 指定）', ignored: '不读取（--map 中为 ignore）', unknown: '不读取（未识别的标题；可用 --map 指定）', duplicate: (by: string) => `不读取（字段已由 ${by} 列填写）`, empty: '不读取（空标题）' },
    types: '## 权力类型的写法',
    typeHead: '| 表中写法 | 读作 | 行数 |',
    notAType: '未能识别',
    departments: '## 部门',
    departmentHead: '| 名称 | id | 代码（原样） | 事项数 |',
    unit: '（内设机构）',
    problemTitle: '## 问题',
    problemIntro: '下列单元格或行未能按格式读取。未读取的内容没有写入清单（原文作为注释留在对应事项旁），请对照原表补充或改正。',
    noteTitle: '## 提示',
    basisGuess: (n: number) => `- 有 ${n} 条依据的层级（法律、行政法规、规章 …）是按文件名推断的（表中没有写明【法律】等层级）；请核对 basis 中的 level。`,
    next: '## 下一步',
    steps: (dir: string) => [
      `1. 运行 \`powercat lint ${dir}\`：它会逐条指出缺少的依据、责任事项、时限，以及不合规的统一社会信用代码等，并给出文件和行号。`,
      '2. 按上面的问题和 lint 的结果，在 YAML 文件中补充、改正（每个事项上方的注释写明了它在原表中的行号）。',
      '3. 再次运行 lint，直到没有错误；然后用 `powercat build` 生成公开网站。',
      '',
      '再次导入会覆盖这些文件（需加 --force）：请在 YAML 中修改，而不要反复导入。',
    ],
    none: '无',
  },
  en: {
    title: (file: string) => `# Import report: ${file}`,
    source: (r: ImportResult) =>
      `- Source: ${r.table.format === 'csv' ? 'CSV' : 'XLSX'}${r.table.encoding ? ` (${r.table.encoding === 'GB18030' ? 'GBK/GB18030, converted' : r.table.encoding})` : ''}${r.layout.sheet.name ? `, worksheet "${r.layout.sheet.name}"` : ''}, headers in row ${r.layout.headerRow}`,
    counts: (r: ImportResult, units: number) =>
      `- Read ${plural(r.rowsRead, 'row')}; wrote ${plural(r.drafts.length, 'item')} (${plural(r.drafts.reduce((n, d) => n + d.subItems.length, 0), 'sub-item')}), ${plural(r.departments.length - units, 'department')} and ${plural(units, 'unit')}`,
    profile: (r: ImportResult) => `- Codes: codeProfile: ${r.codeProfile} (${r.codeProfile === 'national' ? 'most codes are national codes' : 'most codes are not national codes, so their format is not checked'})`,
    problems: (n: number, m: number) => `- ${plural(n, 'problem')} (what could not be read or was left out), ${plural(m, 'note')} (decisions taken for you)`,
    columns: '## Columns',
    columnHead: '| Column | Header | Field |',
    how: { map: ' (from --map)', ignored: 'not read (ignore in --map)', unknown: 'not read (unknown header; map it with --map)', duplicate: (by: string) => `not read (column ${by} fills the field)`, empty: 'not read (no header)' },
    types: '## Power types as written',
    typeHead: '| Written | Read as | Rows |',
    notAType: 'not recognised',
    departments: '## Departments',
    departmentHead: '| Name | id | Code (as published) | Items |',
    unit: ' (unit)',
    problemTitle: '## Problems',
    problemIntro: 'These cells or rows could not be read as the format wants. What was not read is not in the catalogue (its text is kept as a comment beside its item): add or correct it from the list.',
    noteTitle: '## Notes',
    basisGuess: (n: number) => `- The level (law, administrative regulation, rule …) of ${n} basis entries was guessed from the document's title (the list gives no 【法律】 tags): check \`level\` under basis.`,
    next: '## Next steps',
    steps: (dir: string) => [
      `1. Run \`powercat lint ${dir}\`: it names every missing basis, responsibility and time limit, every malformed USCC and more, with file and line.`,
      '2. Add and correct in the YAML files, from the problems above and the linter\'s findings (the comment above each item gives its row in the list).',
      '3. Lint again until no error is left; then `powercat build` publishes the site.',
      '',
      'Importing again overwrites these files (with --force): make changes in the YAML rather than importing again.',
    ],
    none: 'none',
  },
} as const;

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

export function columnLines(columns: readonly ColumnMapping[], lang: Lang): string[] {
  const t = TEXT[lang];
  return columns.map((c) => {
    const field =
      c.field !== undefined
        ? `\`${c.field}\`${c.how === 'map' ? t.how.map : ''}`
        : c.how === 'duplicate'
          ? t.how.duplicate(columnLetter(c.shadowedBy!))
          : t.how[c.how as 'ignored' | 'unknown' | 'empty'];
    return `| ${columnLetter(c.index)} | ${cell(c.header)} | ${field} |`;
  });
}

export function reportMarkdown(result: ImportResult, shown: string, dir: string, lang: Lang): string {
  const t = TEXT[lang];
  const file = basename(shown);
  const units = result.departments.filter((d) => d.data.unit).length;
  const problems = result.notes.filter((n) => n.kind === 'problem');
  const notes = result.notes.filter((n) => n.kind === 'note');
  const itemsOf = new Map<string, number>();
  for (const draft of result.drafts) itemsOf.set(String(draft.data.department), (itemsOf.get(String(draft.data.department)) ?? 0) + 1);
  const lines = [
    t.title(file),
    '',
    t.source(result),
    t.counts(result, units),
    t.profile(result),
    t.problems(problems.length, notes.length + (result.stats.guessedLevels > 0 ? 1 : 0)),
    '',
    t.columns,
    '',
    t.columnHead,
    '|---|---|---|',
    ...columnLines(result.layout.columns, lang),
  ];
  if (result.stats.typeValues.size > 0) {
    lines.push('', t.types, '', t.typeHead, '|---|---|---|');
    for (const [written, { type, rows }] of result.stats.typeValues) {
      lines.push(`| ${cell(written)} | ${type ? `\`${type}\` ${lang === 'en' ? POWER_TYPE[type].en : POWER_TYPE[type].zh}` : t.notAType} | ${rows} |`);
    }
  }
  lines.push('', t.departments, '', t.departmentHead, '|---|---|---|---|');
  for (const { data } of result.departments) {
    const code = data.uscc !== undefined ? `uscc: ${data.uscc}` : data.orgCode !== undefined ? `orgCode: ${data.orgCode}` : '';
    lines.push(`| ${cell(data.name)}${data.unit ? t.unit : ''} | \`${data.id}\` | ${cell(code)} | ${itemsOf.get(data.id) ?? 0} |`);
  }
  lines.push('', t.problemTitle, '');
  if (problems.length === 0) lines.push(t.none);
  else lines.push(t.problemIntro, '', ...problems.map((n) => `- ${noteLine(file, n, lang)}`));
  lines.push('', t.noteTitle, '');
  if (notes.length === 0 && result.stats.guessedLevels === 0) lines.push(t.none);
  if (result.stats.guessedLevels > 0) lines.push(t.basisGuess(result.stats.guessedLevels));
  lines.push(...notes.map((n) => `- ${noteLine(file, n, lang)}`));
  lines.push('', t.next, '', ...t.steps(dir), '');
  return lines.join('\n');
}
