import { DEPARTMENT_NATURE } from '../../format/vocabulary.js';
import { ui, uiAttr } from '../i18n.js';
import type { PublicDepartment, PublicPower } from '../public-data.js';
import {
  Breadcrumbs,
  byCode,
  departmentPagePath,
  FieldTable,
  groupByType,
  isCurrent,
  Terms,
  Phone,
  PowerTable,
  Row,
  t,
  type Root,
} from './common.js';

export interface DepartmentPageProps {
  root: Root;
  department: PublicDepartment;
  /** Every power the department owns (实施), current and abolished. */
  powers: readonly PublicPower[];
  /** The department's parent, when it is itself a department of this catalogue. */
  parent?: PublicDepartment;
}

/** One department: who it is, how to reach it, and its powers by type; abolished ones apart. */
export function DepartmentPage({ root, department, powers, parent }: DepartmentPageProps) {
  const current = powers.filter(isCurrent);
  const abolished = byCode(powers.filter((p) => !isCurrent(p)));
  const groups = groupByType(current);
  return (
    <>
      <Breadcrumbs root={root} trail={[{ label: t('实施主体'), href: `${root}index.html#by-department` }, { label: department.name }]} />
      <h1>{department.name}</h1>
      <section class="block" aria-labelledby="about">
        <h2 id="about">{t('基本信息')}</h2>
        <FieldTable labelledBy="about">
          <Row label="名称">{department.name}</Row>
          {department.uscc !== undefined && (
            <Row label="统一社会信用代码">
              <span class="code">{department.uscc}</span>
            </Row>
          )}
          {department.nature !== undefined && (
            <Row label="实施主体性质">
              <Terms of={DEPARTMENT_NATURE} values={department.nature} />
            </Row>
          )}
          {parent !== undefined && (
            <Row label="上级机关">
              <a href={`${root}${departmentPagePath(parent.id)}`}>{parent.name}</a>
            </Row>
          )}
          {department.phone !== undefined && (
            <Row label="咨询电话">
              <Phone number={department.phone} />
            </Row>
          )}
          {department.supervisionPhone !== undefined && (
            <Row label="监督电话">
              <Phone number={department.supervisionPhone} />
            </Row>
          )}
          {department.address !== undefined && <Row label="地址">{department.address}</Row>}
        </FieldTable>
      </section>
      <section class="block" aria-labelledby="powers">
        <h2 id="powers">{t('权力事项（现行 {n} 项）', { n: current.length })}</h2>
        {groups.length === 0 && <p>{t('本部门目前没有现行的权力事项。')}</p>}
        {groups.length > 1 && (
          <nav class="toc" {...uiAttr('aria-label', ui('按权力类型'))}>
            <ul>
              {groups.map((g) => (
                <li key={g.type}>
                  <a href={`#type-${g.type}`}>{t('{type}（{n}）', { type: g.label, n: g.powers.length })}</a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {groups.map((g) => (
          <section key={g.type} aria-labelledby={`type-${g.type}`}>
            <h3 id={`type-${g.type}`}>{t('{type}（{n} 项）', { type: g.label, n: g.powers.length })}</h3>
            <PowerTable root={root} powers={g.powers} labelledBy={`type-${g.type}`} columns={['status']} />
          </section>
        ))}
      </section>
      {abolished.length > 0 && (
        <section class="block" aria-labelledby="abolished">
          <h2 id="abolished">{t('已取消事项（{n} 项）', { n: abolished.length })}</h2>
          <PowerTable root={root} powers={abolished} labelledBy="abolished" columns={['type', 'abolished']} />
        </section>
      )}
    </>
  );
}
