import type { RecordsSyntaxMessage } from '../../records/case-record.js';
import { defineAuditRule } from '../rule.js';

/** Findings of this rule come from reading the records (src/audit/records), like `yaml-syntax`'s from loading. */
export const recordsSyntax = defineAuditRule<RecordsSyntaxMessage>({
  meta: {
    id: 'records-syntax',
    defaultSeverity: 'error',
    description: {
      'zh-CN':
        '办件记录必须能够读取：JSON Lines 每行一个 JSON 对象，CSV 为 UTF-8 编码、有表头、每行一个步骤；必须有 case、code、accepted，时间须为 ISO 8601 格式。无法读取的行报告一次，其余各行照常读取；GB18030/GBK 编码的文件不予读取并提示转换方法。',
      en: 'Handling records must be readable: JSON Lines with one JSON object a line, or UTF-8 CSV with a header row and one step a row; each case has case, code and accepted, and timestamps are ISO 8601. A line that cannot be read is reported once and the rest is read on; a GB18030/GBK file is refused with how to convert it.',
    },
    messages: {
      json: { 'zh-CN': '这一行不是有效的 JSON（第 {column} 列附近出错）；每行须是一个完整的 JSON 对象', en: 'this line is not valid JSON (near column {column}); each line must be one complete JSON object' },
      notObject: { 'zh-CN': '这一行不是 JSON 对象；每行须是一个案件 {"case": …, "code": …, "accepted": …}', en: 'this line is not a JSON object; each line must be one case {"case": …, "code": …, "accepted": …}' },
      missing: { 'zh-CN': '缺少必填项 {key}', en: 'the required key {key} is missing' },
      notText: { 'zh-CN': '{key} 须是文本（加引号的字符串）', en: '{key} must be text (a quoted string)' },
      timestamp: {
        'zh-CN': '{key} 的值 {value} 不是有效的 ISO 8601 时间；应写作 2025-03-04 或 2025-03-04T09:30:00+08:00',
        en: '{key} is {value}, which is not a valid ISO 8601 timestamp; write 2025-03-04 or 2025-03-04T09:30:00+08:00',
      },
      stepsNotList: { 'zh-CN': 'steps 须是步骤列表 [...]', en: 'steps must be a list of steps [...]' },
      stepNotObject: { 'zh-CN': '第 {index} 个步骤不是对象；步骤写作 {"step": …, "post": …, "start": …}', en: 'step {index} is not an object; write a step as {"step": …, "post": …, "start": …}' },
      csvQuote: {
        'zh-CN': '这一行无法按 CSV 读取：引号不成对，或右引号之后还有其他字符；字段中的双引号须写成两个（""）',
        en: 'this row cannot be read as CSV: a quote is not closed, or something follows a closing quote; write a quote inside a field as two ("")',
      },
      csvColumns: { 'zh-CN': '这一行有 {count} 列，表头有 {expected} 列', en: 'this row has {count} columns; the header has {expected}' },
      csvHeader: {
        'zh-CN': 'CSV 表头缺少列 {columns}；表头须用 JSON 中的键名：case、code、accepted、finished、outcome、step、post、person、start、end',
        en: 'the CSV header lacks the columns {columns}; name the columns as the JSON keys: case, code, accepted, finished, outcome, step, post, person, start, end',
      },
      csvSplitCase: {
        'zh-CN': '案件 {case} 的各行不相邻（前面已有该案件的行）；同一案件的所有步骤行须连续排列，本段各行未读取',
        en: 'the rows of case {case} are not together (it had rows above); keep all step rows of a case next to each other. These rows were not read',
      },
      csvConflict: {
        'zh-CN': '案件 {case} 的 {key} 在这一行是 {value}，与前面各行的 {earlier} 不同；同一案件各行的案件列须一致',
        en: 'case {case} has {key} {value} in this row but {earlier} above; the case columns must agree on every row of a case',
      },
      gb18030: {
        'zh-CN': '文件不是 UTF-8 编码，看起来是 GB18030/GBK，未读取；请转换：iconv -f GB18030 -t UTF-8 原文件 > 新文件（或在表格软件中“另存为 CSV UTF-8”）',
        en: 'the file is not UTF-8; it looks like GB18030/GBK and was not read. Convert it: iconv -f GB18030 -t UTF-8 old.csv > new.csv (or save it as "CSV UTF-8" in your spreadsheet)',
      },
      notUtf8: { 'zh-CN': '这一行不是有效的 UTF-8 编码（此处字节无效），未读取', en: 'this line is not valid UTF-8 (invalid bytes here) and was not read' },
      unreadable: { 'zh-CN': '无法读取文件（{reason}）', en: 'cannot read the file ({reason})' },
    },
    examples: {
      bad: '{"case": "2025-0001", "code": "000131011001", "accepted": "2025-03-04T09:30:00+08:00"\n{"case": "2025-0002", "code": "000131011001", "accepted": "2025/03/05"}\n',
      good: '{"case": "2025-0001", "code": "000131011001", "accepted": "2025-03-04T09:30:00+08:00"}\n{"case": "2025-0002", "code": "000131011001", "accepted": "2025-03-05"}\n',
    },
  },
});
