import type { Chalk } from 'chalk';
import { plural, type Lang } from '../../core/messages.js';
import type { Summary } from '../../core/diagnostic.js';

/** `✖ 3 problems (2 errors, 1 warning, 1 suppressed; 12 files, 40 documents)`, in either language. */
export function summaryLine(s: Summary, lang: Lang, c: InstanceType<typeof Chalk>): string {
  const problems = s.errors + s.warnings;
  const zh = lang === 'zh-CN';
  const suppressed =
    (s.suppressed === 0 ? '' : zh ? `，${s.suppressed} 个已豁免` : `, ${s.suppressed} suppressed`) +
    (s.baselined === 0 ? '' : zh ? `，${s.baselined} 个在基线中` : `, ${s.baselined} in the baseline`);
  const scope =
    s.cases === undefined
      ? zh ? `${s.files} 个文件，${s.documents} 个文档` : `${plural(s.files, 'file')}, ${plural(s.documents, 'document')}`
      : zh ? `${s.files} 个记录文件，${s.cases} 件案件` : `${plural(s.files, 'records file')}, ${plural(s.cases, 'case')}`;
  if (problems === 0) return c.green(zh ? `✔ 没有问题（${scope}${suppressed}）` : `✔ no problems (${scope}${suppressed})`);
  const text = zh
    ? `✖ ${problems} 个问题（${s.errors} 个错误，${s.warnings} 个警告${suppressed}；${scope}）`
    : `✖ ${plural(problems, 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}${suppressed}; ${scope})`;
  return (s.errors > 0 ? c.red.bold : c.yellow.bold)(text);
}
