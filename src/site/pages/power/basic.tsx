import type { ComponentChildren } from 'preact';
import type { WithholdableField } from '../../../format/power-fields.js';
import { EXERCISE_LEVEL, HANDLING_FORM, POWER_STATUS, POWER_TYPE, SERVICE_OBJECT, SOURCE_KIND, TIME_LIMIT_REQUIRED_TYPES } from '../../../format/vocabulary.js';
import type { PlainLabel } from '../../i18n.js';
import type { PublicPower } from '../../public-data.js';
import { DateText, departmentPagePath, ExternalLink, FieldTable, Phone, Row, T, t, Terms, typePagePath, Unshown, type Root } from '../common.js';
import { LimitText, PromisedText } from './limits.js';

export function DepartmentLink({ root, power }: { root: Root; power: PublicPower }) {
  return <a href={`${root}${departmentPagePath(power.department.id)}`}>{power.department.name}</a>;
}

export function TypeLink({ root, power }: { root: Root; power: PublicPower }) {
  return (
    <a href={`${root}${typePagePath(power.type)}`}>
      <T text={POWER_TYPE[power.type]} />
    </a>
  );
}

/** One field's row: its value, 不予公开 when the field is withheld, nothing when the catalogue leaves it out. */
function FieldRow({ power, field, label, children }: { power: PublicPower; field: WithholdableField; label: PlainLabel; children: ComponentChildren }) {
  if (power.withheld.includes(field)) return <Row label={label}>{t('不予公开')}</Row>;
  return children === undefined || children === false ? null : <Row label={label}>{children}</Row>;
}

/**
 * 法定时限 and 承诺时限 (即办件 in its place for an immediate item). A type that must give time limits
 * shows both rows, 未填写 where the catalogue has none; a withheld limit is one row, 不予公开.
 */
function TimeLimitRows({ power }: { power: PublicPower }) {
  if (power.withheld.includes('timeLimit')) return <Row label="办结时限">{t('不予公开')}</Row>;
  const limit = power.timeLimit ?? {};
  const expected = (TIME_LIMIT_REQUIRED_TYPES as readonly string[]).includes(power.type);
  const promised = limit.immediate === true || limit.promised !== undefined;
  return (
    <>
      {(limit.statutory !== undefined || expected) && (
        <Row label="法定时限">{limit.statutory !== undefined ? <LimitText value={limit.statutory} none="无法定时限" /> : t('未填写')}</Row>
      )}
      {(promised || expected) && <Row label="承诺时限">{promised ? <PromisedText limit={limit} /> : t('未填写')}</Row>}
    </>
  );
}

/** The rows every power shows, also one that is not public: code, name, type, department (with `children` before the department). */
export function IdentityRows({ root, power, children }: { root: Root; power: PublicPower; children?: ComponentChildren }) {
  return (
    <>
      <Row label="权力编码">
        <span class="code">{power.code}</span>
      </Row>
      <Row label="权力名称">{power.name}</Row>
      <Row label="权力类型">
        <TypeLink root={root} power={power} />
      </Row>
      {children}
      <Row label="实施主体">
        <DepartmentLink root={root} power={power} />
      </Row>
    </>
  );
}

export function BasicFields({ root, power }: { root: Root; power: PublicPower }) {
  const phone = power.contact?.phone ?? power.department.phone;
  const supervisionPhone = power.contact?.supervisionPhone ?? power.department.supervisionPhone;
  const { source, fees } = power;
  return (
    <FieldTable labelledBy="basic">
      <IdentityRows root={root} power={power}>
        <Row label="事项状态">{power.status !== undefined ? <T text={POWER_STATUS[power.status]} /> : <Unshown power={power} field="status" />}</Row>
      </IdentityRows>
      <FieldRow power={power} field="level" label="行使层级">
        {power.level !== undefined && <Terms of={EXERCISE_LEVEL} values={power.level} />}
      </FieldRow>
      <FieldRow power={power} field="undertaker" label="承办机构">
        {power.undertaker?.name}
      </FieldRow>
      <FieldRow power={power} field="jointWith" label="共同实施部门">
        {power.jointWith?.map((d) => d.name).join('、')}
      </FieldRow>
      <FieldRow power={power} field="source" label="权力来源">
        {source !== undefined && (
          <>
            <Terms of={SOURCE_KIND} values={source.kind} />
            {source.from !== undefined && (
              <>
                （{t('来源：')}
                {source.from}）
              </>
            )}
            {source.basis !== undefined && (
              <span class="sub">
                {t('来源依据：')}
                {source.basis}
              </span>
            )}
          </>
        )}
      </FieldRow>
      <TimeLimitRows power={power} />
      <FieldRow power={power} field="fees" label="收费">
        {fees !== undefined && (fees.length === 0 ? t('不收费') : <a href="#fees">{t('收费，共 {n} 项（见“收费标准”）', { n: fees.length })}</a>)}
      </FieldRow>
      <FieldRow power={power} field="serviceObjects" label="服务对象">
        {power.serviceObjects !== undefined && <Terms of={SERVICE_OBJECT} values={power.serviceObjects} />}
      </FieldRow>
      <FieldRow power={power} field="handling" label="办理形式">
        {power.handling !== undefined && <Terms of={HANDLING_FORM} values={power.handling} />}
      </FieldRow>
      <FieldRow power={power} field="online" label="网上办理">
        {power.online !== undefined && <ExternalLink href={power.online} />}
      </FieldRow>
      {phone !== undefined && (
        <Row label="咨询电话">
          <Phone number={phone} />
        </Row>
      )}
      {supervisionPhone !== undefined && (
        <Row label="监督电话">
          <Phone number={supervisionPhone} />
        </Row>
      )}
      <FieldRow power={power} field="effective" label="生效日期">
        {power.effective !== undefined && <DateText date={power.effective} />}
      </FieldRow>
      <FieldRow power={power} field="supersedes" label="取代原事项编码">
        {power.supersedes !== undefined && <span class="code">{power.supersedes.join('、')}</span>}
      </FieldRow>
      <FieldRow power={power} field="upstream" label="上级目录事项编码">
        {power.upstream !== undefined && (
          <>
            <span class="code">{power.upstream.code}</span>
            {power.upstream.list !== undefined && (
              <span class="sub">
                {t('所属目录：')}
                {power.upstream.list}
              </span>
            )}
          </>
        )}
      </FieldRow>
    </FieldTable>
  );
}
