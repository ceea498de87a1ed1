import { Chalk } from 'chalk';
import type { Diagnostic, Lang, Summary } from '../diagnostic.js';
import { displayWidth, padEnd } from '../../util/display-width.js';
import type { Formatter } from './types.js';

const SEVERITY_LABEL = { 'zh-CN': { error: '错误', warning: '警告' }, en: { error: 'error', warning: 'warning' } } as const;

/** Grouped by file, `line:col severity message rule`, then a summary line (ESLint's layout). */
export const stylish: Formatter = ({ diagnostics, summary }, { lang, color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [];
  for (const [file, group] of groupByFile(diagnostics)) {
    out.push(c.underline(file));
    const rows = group.map((d) => ({
      d,
      where: `${d.line}:${d.column}`,
      severity: SEVERITY_LABEL[lang][d.severity],
    }));
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    const severityWidth = Math.max(...rows.map((r) => displayWidth(r.severity)));
    const messageWidth = Math.max(...rows.map((r) => displayWidth(r.d.message)));
    for (const { d, where, severity } of rows) {
      const paint = d.severity === 'error' ? c.red : c.yellow;
      out.push(
        `  ${c.dim(where.padStart(whereWidth))}  ${paint(padEnd(severity, severityWidth))}  ${padEnd(d.message, messageWidth)}  ${c.dim(d.rule)}`,
      );
      for (const r of d.related) out.push(`  ${' '.repeat(whereWidth)}  ${c.dim(`↳ ${r.file}:${r.line}:${r.column} ${r.message}`)}`);
    }
    out.push('');
  }
  out.push(summaryLine(summary, lang, c));
  return out.join('\n') + '\n';
};

function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) groups.set(d.file, [...(groups.get(d.file) ?? []), d]);
  return groups;
}

function summaryLine(s: Summary, lang: Lang, c: InstanceType<typeof Chalk>): string {
  const problems = s.errors + s.warnings;
  const zh = lang === 'zh-CN';
  const suppressed = s.suppressed === 0 ? '' : zh ? `，${s.suppressed} 个已豁免` : `, ${s.suppressed} suppressed`;
  const scope = zh ? `${s.files} 个文件，${s.documents} 个文档` : `${s.files} files, ${s.documents} documents`;
  if (problems === 0) return c.green(zh ? `✔ 没有问题（${scope}${suppressed}）` : `✔ no problems (${scope}${suppressed})`);
  const text = zh
    ? `✖ ${problems} 个问题（${s.errors} 个错误，${s.warnings} 个警告${suppressed}；${scope}）`
    : `✖ ${problems} ${problems === 1 ? 'problem' : 'problems'} (${s.errors} ${s.errors === 1 ? 'error' : 'errors'}, ${s.warnings} ${s.warnings === 1 ? 'warning' : 'warnings'}${suppressed}; ${scope})`;
  return (s.errors > 0 ? c.red.bold : c.yellow.bold)(text);
}
