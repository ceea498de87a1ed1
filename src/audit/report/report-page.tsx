import type { ComponentChildren } from 'preact';
import { T, t } from '../../site/pages/common.js';
import { ui, uiAttr } from '../../site/i18n.js';
import type { Counts, DepartmentView, FindingView, Listed, PowerView, ReportData } from './report-data.js';
import { duration, TimeChart } from './time-chart.js';

export const REPORT_STYLESHEET = 'assets/site.css';
export const REPORT_SCRIPT = 'assets/lang.js';

/** A local file, not a site: no inline script, and nothing from anywhere else. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

/** The audit report: one page, zh-CN with the site's English toggle; readable and printable without scripts. */
export function ReportPage({ data }: { data: ReportData }) {
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content={CSP} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <meta name="generator" content="powercat" />
        <title>{`办件电子监察报告 - ${data.catalogue}`}</title>
        <link rel="stylesheet" href={REPORT_STYLESHEET} />
        {/* A classic deferred script: module scripts do not run from file:// pages. */}
        <script src={REPORT_SCRIPT} defer />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t('跳到正文')}
        </a>
        <header class="site-header">
          <div class="wrap">
            <p class="site-title">{data.catalogue}</p>
            <button type="button" id="ui-lang-toggle" class="lang-toggle" lang="en" hidden="hidden">
              English
            </button>
          </div>
        </header>
        <main id="main" class="wrap" tabindex={-1}>
          <h1>{t('办件电子监察报告')}</h1>
          <p class="notice notice-withheld">{t('本报告列出办件人员，仅供内部监督使用，不随公开网站发布。')}</p>
          <Overview data={data} />
          <Unlisted data={data} />
          <ByRule data={data} />
          <Departments data={data} />
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <ul class="site-ids">
              <li>
                <span class="label">{t('判断日期')}</span> <time datetime={data.asOf}>{data.asOf ?? '—'}</time>
              </li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  );
}

function Overview({ data }: { data: ReportData }) {
  const { counts } = data;
  return (
    <table class="fields">
      <tbody>
        <Field label={t('判断日期')}>{data.asOf ?? '—'}</Field>
        <Field label={t('记录文件')}>
          {data.files.map((file) => (
            <span key={file} class="code block">
              {file}
            </span>
          ))}
        </Field>
        <Field label={t('案件')}>{counts.cases}</Field>
        <Field label={t('已办结')}>{counts.finished}</Field>
        <Field label={t('未办结')}>{counts.cases - counts.finished}</Field>
        <Field label={t('已判断时限')}>{counts.judged}</Field>
        <Field label={t('超期')}>{counts.overdue}</Field>
        <Field label={t('超期率')}>{rate(counts)}</Field>
        <Field label={t('清单外行权')}>{data.unlisted.reduce((n, u) => n + u.cases, 0)}</Field>
        <Field label={t('问题')}>{counts.findings}</Field>
      </tbody>
    </table>
  );
}

function Field({ label, children }: { label: ComponentChildren; children: ComponentChildren }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{children}</td>
    </tr>
  );
}

function Unlisted({ data }: { data: ReportData }) {
  return (
    <section aria-labelledby="unlisted">
      <h2 id="unlisted">{t('清单外行权')}</h2>
      {data.unlisted.length === 0 ? (
        <p>{t('没有清单外的编码。')}</p>
      ) : (
        <>
          <p>{t('以下编码不是本清单中的事项，或受理时所属事项已经取消。')}</p>
          <table class="counts">
            <thead>
              <tr>
                <th scope="col">{t('编码')}</th>
                <th scope="col" class="num">
                  {t('案件')}
                </th>
                <th scope="col">{t('首个案件')}</th>
              </tr>
            </thead>
            <tbody>
              {data.unlisted.map((u) => (
                <tr key={u.code}>
                  <th scope="row" class="code">
                    {u.code}
                  </th>
                  <td class="num">{u.cases}</td>
                  <td class="code">{u.first}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function ByRule({ data }: { data: ReportData }) {
  return (
    <section aria-labelledby="by-rule">
      <h2 id="by-rule">{t('按规则')}</h2>
      {data.byRule.length === 0 ? (
        <p>{t('没有发现问题。')}</p>
      ) : (
        <table class="counts">
          <thead>
            <tr>
              <th scope="col">{t('规则')}</th>
              <th scope="col">{t('级别')}</th>
              <th scope="col" class="num">
                {t('数量')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.byRule.map((r) => (
              <tr key={r.rule}>
                <th scope="row" class="code">
                  {r.rule}
                </th>
                <td>{r.severity === 'error' ? t('错误') : t('警告')}</td>
                <td class="num">{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Departments({ data }: { data: ReportData }) {
  return (
    <section aria-labelledby="by-department">
      <h2 id="by-department">{t('按实施主体')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('实施主体')}</th>
            <CountHeads />
            <th scope="col" class="num">
              {t('一把手决定')}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.departments.map((d, i) => (
            <tr key={i}>
              <th scope="row">
                <a href={`#department-${i + 1}`}>{d.name}</a>
              </th>
              <CountCells counts={d.counts} />
              <td class="num">{d.head ? `${d.head.byHead} / ${d.head.finished}` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.departments.map((d, i) => (
        <Department key={i} id={`department-${i + 1}`} department={d} lang={data.lang} />
      ))}
    </section>
  );
}

function CountHeads() {
  return (
    <>
      {[t('案件'), t('已办结'), t('已判断时限'), t('超期'), t('超期率'), t('问题')].map((label, i) => (
        <th key={i} scope="col" class="num">
          {label}
        </th>
      ))}
    </>
  );
}

function CountCells({ counts }: { counts: Counts }) {
  return (
    <>
      {[counts.cases, counts.finished, counts.judged, counts.overdue, rate(counts), counts.findings].map((value, i) => (
        <td key={i} class="num">
          {value}
        </td>
      ))}
    </>
  );
}

function Department({ id, department, lang }: { id: string; department: DepartmentView; lang: ReportData['lang'] }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{department.name}</h3>
      <Findings listed={department} lang={lang} />
      <table class="audit-powers">
        <thead>
          <tr>
            <th scope="col">{t('权力编码')}</th>
            <th scope="col">{t('权力名称')}</th>
            <CountHeads />
            <th scope="col">{t('办理用时中位数 / 时限')}</th>
          </tr>
        </thead>
        <tbody>
          {department.powers.map((p) => (
            <PowerRows key={p.code} power={p} lang={lang} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function PowerRows({ power, lang }: { power: PowerView; lang: ReportData['lang'] }) {
  return (
    <>
      <tr>
        <td class="code">{power.code}</td>
        <th scope="row">{power.name}</th>
        <CountCells counts={power.counts} />
        <td class="time">
          {power.median === undefined ? (
            '—'
          ) : (
            <>
              <TimeChart median={power.median} limit={power.limit} unit={power.unit} />{' '}
              <T text={duration(power.median, power.unit)} />
              {power.limit !== undefined && (
                <>
                  {' / '}
                  <T text={duration(power.limit, power.unit)} />
                </>
              )}
            </>
          )}
        </td>
      </tr>
      {power.findings.length > 0 && (
        <tr class="audit-detail">
          <td colspan={10}>
            <p class="rule-counts">
              {power.byRule.map((r) => (
                <span key={r.rule} class="badge badge-type">
                  {`${r.rule} ×${r.count}`}
                </span>
              ))}
            </p>
            <Findings listed={power} lang={lang} />
          </td>
        </tr>
      )}
    </>
  );
}

function Findings({ listed, lang }: { listed: Listed; lang: ReportData['lang'] }) {
  if (listed.findings.length === 0) return null;
  return (
    <>
      <ul class="audit-findings" {...uiAttr('aria-label', ui('问题明细'))}>
        {listed.findings.map((f, i) => (
          <FindingItem key={i} finding={f} lang={lang} />
        ))}
      </ul>
      {listed.more > 0 && <p class="hint">{t('另有 {n} 条未列出，见命令行报告。', { n: listed.more })}</p>}
    </>
  );
}

/** A finding's message is in the report's language as the command line printed it, with the names as the records give them. */
function FindingItem({ finding, lang }: { finding: FindingView; lang: ReportData['lang'] }) {
  return (
    <li class={`finding-${finding.severity}`}>
      <span class="code">{finding.rule}</span> <span lang={lang === 'en' ? 'en' : undefined}>{finding.message}</span>{' '}
      <span class="code where">{finding.where}</span>
    </li>
  );
}

/** `12.5%`, or `—` when no case was judged for time. */
function rate(counts: Counts): string {
  return counts.judged === 0 ? '—' : `${Math.round((counts.overdue / counts.judged) * 1000) / 10}%`;
}
