import { concat, ui } from '../i18n.js';
import type { PublicCatalogue } from '../public-data.js';
import {
  ABOLISHED_PATH,
  departmentPagePath,
  departmentsOf,
  groupByType,
  isCurrent,
  OPEN_DATA,
  T,
  t,
  typePagePath,
  UPSTREAM_PATH,
} from './common.js';
import { COVERAGE_LABEL } from '../../upstream/coverage-labels.js';

/** The home page: what the catalogue holds, by type and by department, and where the open data is. */
export function HomePage({ catalogue }: { catalogue: PublicCatalogue }) {
  const current = catalogue.powers.filter(isCurrent);
  const abolished = catalogue.powers.length - current.length;
  const withheld = current.filter((p) => !p.public).length;
  const types = groupByType(current);
  const departments = departmentsOf(catalogue).map((department) => {
    const own = catalogue.powers.filter((p) => p.department.id === department.id);
    return { department, current: own.filter(isCurrent).length, abolished: own.filter((p) => !isCurrent(p)).length };
  });
  const summary = concat(
    ui('本清单现行权力事项共 {n} 项', { n: current.length }),
    ...(withheld > 0 ? [ui('（其中 {n} 项依法不予公开，仅列明编码、名称、类型、实施主体和不予公开的理由与依据）', { n: withheld })] : []),
    ...(abolished > 0 ? [ui('，另有已取消事项 {n} 项', { n: abolished })] : []),
    ui('。公开是原则，不公开是例外。'),
  );
  return (
    <>
      <h1>{catalogue.site.title}</h1>
      {catalogue.name !== catalogue.site.title && <p class="lead">{catalogue.name}</p>}
      <p class="lead">
        <T text={summary} />
      </p>

      <section class="block" aria-labelledby="by-type">
        <h2 id="by-type">{t('按权力类型')}</h2>
        {types.length === 0 ? (
          <p>{t('目前没有现行的权力事项。')}</p>
        ) : (
          <table class="list counts">
            <thead>
              <tr>
                <th scope="col">{t('权力类型')}</th>
                <th scope="col" class="num">
                  {t('事项数')}
                </th>
              </tr>
            </thead>
            <tbody>
              {types.map((type) => (
                <tr key={type.type}>
                  <th scope="row">
                    <a href={typePagePath(type.type)}>
                      <T text={type.label} />
                    </a>
                  </th>
                  <td class="num">{type.powers.length}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('合计')}</th>
                <td class="num">{current.length}</td>
              </tr>
            </tfoot>
          </table>
        )}
      </section>

      <section class="block" aria-labelledby="by-department">
        <h2 id="by-department">{t('按实施主体')}</h2>
        {departments.length === 0 ? (
          <p>{t('目前没有实施主体。')}</p>
        ) : (
          <table class="list counts">
            <thead>
              <tr>
                <th scope="col">{t('实施主体')}</th>
                <th scope="col" class="num">
                  {t('现行事项')}
                </th>
                <th scope="col" class="num">
                  {t('已取消')}
                </th>
              </tr>
            </thead>
            <tbody>
              {departments.map((d) => (
                <tr key={d.department.id}>
                  <th scope="row">
                    <a href={departmentPagePath(d.department.id)}>{d.department.name}</a>
                  </th>
                  <td class="num">{d.current}</td>
                  <td class="num">{d.abolished}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section class="block" aria-labelledby="abolished">
        <h2 id="abolished">{t('已取消事项')}</h2>
        <p>
          {t('已经取消的权力事项单独列出，载明取消日期和取消理由：')}
          <a href={ABOLISHED_PATH}>{t('已取消的权力事项（{n} 项）', { n: abolished })}</a>
        </p>
      </section>

      {catalogue.upstream && (
        <section class="block" aria-labelledby="upstream">
          <h2 id="upstream">
            <T text={COVERAGE_LABEL.title} />
          </h2>
          <p>
            {t('本清单实施上级目录的情况（三级四同）：')}
            <a href={UPSTREAM_PATH}>
              <T text={COVERAGE_LABEL.title} />
            </a>
          </p>
        </section>
      )}

      <section class="block" aria-labelledby="open-data">
        <h2 id="open-data">{t('开放数据')}</h2>
        <p>{t('本网站公开的全部内容另以机器可读格式提供下载，内容与网页一致，不含不予公开的信息。')}</p>
        <ul class="downloads">
          {OPEN_DATA.map((d) => (
            <li key={d.path}>
              <a href={d.path}>
                {t(d.format)}
                <span class="file">（{d.path}）</span>
              </a>
              {t(d.note)}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
