import { timeAmount } from '../../../format/time-amount.js';
import { MATERIAL_FORM, ONLINE_DEPTH, RESULT_KIND } from '../../../format/vocabulary.js';
import type { PublicGuide, PublicMaterial, PublicPower } from '../../public-data.js';
import { ExternalLink, FieldTable, Row, StackTable, T, t, Terms, type Column } from '../common.js';

/*
 * 办事指南 (FORMAT §2 `guide`): what an applicant reads before going — conditions, materials, where
 * and when, how often in person, how far online, what they get.
 */

const MATERIAL_COLUMNS: Column<PublicMaterial>[] = [
  { label: '材料名称', cell: (m) => m.name, rowHeader: true },
  { label: '形式', cell: (m) => m.form && <Terms of={MATERIAL_FORM} values={m.form} />, optional: (m) => m.form !== undefined },
  { label: '份数', cell: (m) => m.copies, class: 'num', cellClass: 'num', optional: (m) => m.copies !== undefined },
  { label: '是否必需', cell: (m) => (m.required ? t('必需') : t('非必需（容缺）')) },
  { label: '来源', cell: (m) => m.source ?? '', optional: (m) => m.source !== undefined },
  { label: '说明', cell: (m) => m.note ?? '', optional: (m) => m.note !== undefined },
  { label: '样表', cell: (m) => m.sample && <ExternalLink href={m.sample}>{t('样表')}</ExternalLink>, optional: (m) => m.sample !== undefined },
];

function Information({ guide, power }: { guide: PublicGuide | undefined; power: PublicPower }) {
  // 办理地点: the guide's, else the department's address, said to be that.
  const place = guide?.place ?? power.department.address;
  const { hours, visits, onlineDepth, url, results, quantityLimit, intermediaries } = guide ?? {};
  if ([place, hours, visits, onlineDepth, url, results, quantityLimit, intermediaries].every((value) => value === undefined)) return null;
  return (
    <section aria-labelledby="guide-info">
      <h3 id="guide-info">{t('办理须知')}</h3>
      <FieldTable labelledBy="guide-info">
        {place !== undefined && (
          <Row label="办理地点">
            {place}
            {guide?.place === undefined && t('（实施主体地址）')}
          </Row>
        )}
        {hours !== undefined && <Row label="办理时间">{hours}</Row>}
        {visits !== undefined && (
          <Row label="到现场次数">{visits === 0 ? t('零跑动（不用到现场）') : t('到现场 {n} 次', { n: visits })}</Row>
        )}
        {onlineDepth !== undefined && (
          <Row label="网上办理深度">
            <Terms of={ONLINE_DEPTH} values={onlineDepth} />
          </Row>
        )}
        {url !== undefined && (
          <Row label="办事指南网址">
            <ExternalLink href={url} />
          </Row>
        )}
        {results !== undefined && (
          <Row label="办理结果">
            {results.map((r, i) => (
              <span key={i} class="line">
                {r.name}
                {r.kind !== undefined && (
                  <>
                    （<Terms of={RESULT_KIND} values={r.kind} />）
                  </>
                )}
              </span>
            ))}
          </Row>
        )}
        {quantityLimit !== undefined && <Row label="数量限制">{quantityLimit}</Row>}
        {intermediaries !== undefined && (
          <Row label="中介服务">
            {intermediaries.map((m, i) => (
              <span key={i} class="line">
                {m.name}
                {m.basis !== undefined && (
                  <span class="sub">
                    {t('依据：')}
                    {m.basis}
                  </span>
                )}
              </span>
            ))}
          </Row>
        )}
      </FieldTable>
    </section>
  );
}

function SpecialProcedures({ procedures }: { procedures: NonNullable<PublicGuide['specialProcedures']> }) {
  return (
    <section aria-labelledby="guide-special">
      <h3 id="guide-special">{t('特别程序')}</h3>
      <p>{t('特别程序所需时间不计算在办结时限内。')}</p>
      <ul class="special-procedures">
        {procedures.map((p, i) => (
          <li key={i}>
            {p.name}
            {p.limit !== undefined && (
              <span class="sub">
                {t('所需时间：')}
                <T text={timeAmount(p.limit.value, p.limit.unit)} />
              </span>
            )}
            {p.note !== undefined && <span class="sub prose">{p.note}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The guide's parts in the order an applicant needs them. `materialsExpected`: the power's type
 * requires a time limit, so a reader looks for the materials and finds 未填写 when there are none.
 */
export function Guide({ power, materialsExpected }: { power: PublicPower; materialsExpected: boolean }) {
  const guide = power.guide;
  return (
    <>
      {guide?.conditions !== undefined && (
        <section aria-labelledby="guide-conditions">
          <h3 id="guide-conditions">{t('受理条件')}</h3>
          <ol class="conditions">
            {guide.conditions.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ol>
        </section>
      )}
      {(guide?.materials !== undefined || materialsExpected) && (
        <section aria-labelledby="guide-materials">
          <h3 id="guide-materials">{t('申请材料')}</h3>
          {guide?.materials !== undefined ? <StackTable rows={guide.materials} columns={MATERIAL_COLUMNS} labelledBy="guide-materials" /> : <p>{t('未填写')}</p>}
        </section>
      )}
      <Information guide={guide} power={power} />
      {guide?.specialProcedures !== undefined && <SpecialProcedures procedures={guide.specialProcedures} />}
    </>
  );
}
