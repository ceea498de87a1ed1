import type { ComponentChildren } from 'preact';
import type { FlowchartSpec } from '../../flowchart/collect.js';
import { isPlainLabel, ui, uiAttr, type PlainLabel, type UiText } from '../i18n.js';
import type { PublicPower } from '../public-data.js';
import {
  ABOLISHED_PATH,
  basisLevelLabel,
  bookTitle,
  Breadcrumbs,
  departmentPagePath,
  FieldTable,
  handlingLabel,
  Label,
  Phone,
  Prose,
  riskLevelLabel,
  Row,
  serviceObjectLabel,
  sourceKindLabel,
  StackTable,
  STATUS_LABEL,
  StatusBadge,
  T,
  t,
  typeLabel,
  typePagePath,
  type Column,
  type Root,
} from './common.js';
import { Flowchart } from './flowchart.js';

/** Chart id → its spec and SVG (none when it is published as its list of steps only). */
export type Flowcharts = ReadonlyMap<string, { svg: string | undefined; spec: FlowchartSpec }>;

interface Section {
  id: string;
  title: UiText;
  body: ComponentChildren;
}

/** A section with its own heading; the heading's id is the anchor in the page's table of contents. */
function SectionBlock({ section }: { section: Section }) {
  return (
    <section class="block" aria-labelledby={section.id}>
      <h2 id={section.id}>
        <T text={section.title} />
      </h2>
      {section.body}
    </section>
  );
}

function Contents({ sections }: { sections: readonly Section[] }) {
  if (sections.length < 3) return null;
  return (
    <nav class="toc" {...uiAttr('aria-label', ui('本页目录'))}>
      <p class="toc-title">{t('本页目录')}</p>
      <ul>
        {sections.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`}>
              <T text={s.title} />
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

const nonEmpty = <T,>(list: readonly T[] | undefined): list is readonly T[] => list !== undefined && list.length > 0;
const orUnstated = (text: string | undefined) => (text !== undefined && text.trim() !== '' ? text : t('未说明'));

/** 不予公开的理由 / 依据, for a whole power or for some of its fields. */
function ExceptionFields({ exception }: { exception: NonNullable<PublicPower['exception']> }) {
  return (
    <dl class="exception">
      <dt>{t('不予公开的理由')}</dt>
      <dd>{orUnstated(exception.reason)}</dd>
      <dt>{t('不予公开的依据')}</dt>
      <dd>{orUnstated(exception.basis)}</dd>
    </dl>
  );
}

function Heading({ root, power }: { root: Root; power: PublicPower }) {
  return (
    <>
      <Breadcrumbs
        root={root}
        trail={[{ label: power.department.name, href: `${root}${departmentPagePath(power.department.id)}` }, { label: power.name }]}
      />
      <h1>{power.name}</h1>
      <p class="power-meta">
        <span class="code-label">{t('权力编码')}</span> <span class="code">{power.code}</span>
        <span class="badge badge-type">{t(typeLabel(power.type))}</span>
        <StatusBadge power={power} />
      </p>
    </>
  );
}

function DepartmentLink({ root, power }: { root: Root; power: PublicPower }) {
  return <a href={`${root}${departmentPagePath(power.department.id)}`}>{power.department.name}</a>;
}

function TypeLink({ root, power }: { root: Root; power: PublicPower }) {
  return <a href={`${root}${typePagePath(power.type)}`}>{t(typeLabel(power.type))}</a>;
}

/** A power with `public: false`: code, name, type, department, and why it is withheld — nothing else. */
function WithheldPower({ root, power }: { root: Root; power: PublicPower }) {
  return (
    <>
      <Heading root={root} power={power} />
      <section class="notice notice-withheld" aria-labelledby="withheld">
        <h2 id="withheld">{t('本事项不予公开')}</h2>
        <p>{t('依照下列理由和依据，本事项仅公开编码、名称、类型和实施主体。')}</p>
        <ExceptionFields exception={power.exception ?? { reason: '', basis: '' }} />
      </section>
      <section class="block" aria-labelledby="basic">
        <h2 id="basic">{t('基本信息')}</h2>
        <FieldTable labelledBy="basic">
          <Row label="权力编码">
            <span class="code">{power.code}</span>
          </Row>
          <Row label="权力名称">{power.name}</Row>
          <Row label="权力类型">
            <TypeLink root={root} power={power} />
          </Row>
          <Row label="实施主体">
            <DepartmentLink root={root} power={power} />
          </Row>
        </FieldTable>
      </section>
    </>
  );
}

function BasicFields({ root, power }: { root: Root; power: PublicPower }) {
  const phone = power.contact?.phone ?? power.department.phone;
  const supervisionPhone = power.contact?.supervisionPhone ?? power.department.supervisionPhone;
  return (
    <FieldTable labelledBy="basic">
      <Row label="权力编码">
        <span class="code">{power.code}</span>
      </Row>
      <Row label="权力名称">{power.name}</Row>
      <Row label="权力类型">
        <TypeLink root={root} power={power} />
      </Row>
      <Row label="事项状态">{t(STATUS_LABEL[power.status])}</Row>
      <Row label="实施主体">
        <DepartmentLink root={root} power={power} />
      </Row>
      {power.undertaker !== undefined && <Row label="承办机构">{power.undertaker}</Row>}
      {nonEmpty(power.jointWith) && <Row label="共同实施部门">{power.jointWith.join('、')}</Row>}
      {power.source !== undefined && (
        <Row label="权力来源">
          <Label text={sourceKindLabel(power.source.kind)} />
          {power.source.from !== undefined && (
            <>
              （{t('来源：')}
              {power.source.from}）
            </>
          )}
          {power.source.basis !== undefined && (
            <span class="sub">
              {t('来源依据：')}
              {power.source.basis}
            </span>
          )}
        </Row>
      )}
      {power.timeLimit?.statutory !== undefined && <Row label="法定时限">{power.timeLimit.statutory}</Row>}
      {power.timeLimit?.promised !== undefined && <Row label="承诺时限">{power.timeLimit.promised}</Row>}
      {power.fees !== undefined && (
        <Row label="收费">{power.fees.length === 0 ? t('不收费') : <a href="#fees">{t('收费，共 {n} 项（见“收费标准”）', { n: power.fees.length })}</a>}</Row>
      )}
      {nonEmpty(power.serviceObjects) && (
        <Row label="服务对象">
          <Label text={power.serviceObjects.map(serviceObjectLabel)} />
        </Row>
      )}
      {nonEmpty(power.handling) && (
        <Row label="办理形式">
          <Label text={power.handling.map(handlingLabel)} />
        </Row>
      )}
      {power.online !== undefined && (
        <Row label="网上办理">
          <a class="url" href={power.online}>
            {power.online}
          </a>
        </Row>
      )}
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
      {power.effective !== undefined && (
        <Row label="生效日期">
          <time datetime={power.effective}>{power.effective}</time>
        </Row>
      )}
    </FieldTable>
  );
}

function BasisList({ basis }: { basis: NonNullable<PublicPower['basis']> }) {
  return (
    <ol class="basis">
      {basis.map((b, i) => (
        <li key={i}>
          <p class="basis-head">
            <span class="badge badge-level">
              <Label text={basisLevelLabel(b.level)} />
            </span>{' '}
            <cite>{bookTitle(b.title)}</cite>
            {b.article !== undefined && <span class="article"> {b.article}</span>}
          </p>
          {b.text !== undefined && <blockquote class="prose">{b.text}</blockquote>}
        </li>
      ))}
    </ol>
  );
}

type SubItem = NonNullable<PublicPower['subItems']>[number];
const SUB_ITEM_COLUMNS: Column<SubItem>[] = [
  { label: '子项编码', cell: (s) => s.code, class: 'col-code', cellClass: 'code' },
  { label: '子项名称', cell: (s) => s.name, rowHeader: true },
  { label: '备注', cell: (s) => s.note ?? '', optional: (s) => s.note !== undefined },
];

type Fee = NonNullable<PublicPower['fees']>[number];
const FEE_COLUMNS: Column<Fee>[] = [
  { label: '收费项目', cell: (f) => f.name, rowHeader: true },
  { label: '收费标准', cell: (f) => f.standard },
  { label: '收费依据', cell: (f) => f.basis },
];

type Responsibility = NonNullable<PublicPower['responsibilities']>[number];
const RESPONSIBILITY_COLUMNS: Column<Responsibility>[] = [
  { label: '环节', cell: (r) => r.stage, rowHeader: true, class: 'col-stage' },
  { label: '责任事项内容', cell: (r) => r.text },
  { label: '依据', cell: (r) => r.basis ?? '', optional: (r) => r.basis !== undefined },
];

function Accountability({ items }: { items: NonNullable<PublicPower['accountability']> }) {
  return (
    <ol class="accountability">
      {items.map((a, i) => (
        <li key={i}>
          {a.text}
          {a.basis !== undefined && (
            <span class="sub">
              {t('追责依据：')}
              {a.basis}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}

/** 高风险; a level outside the format is the catalogue's own text, shown as written. */
function RiskLevel({ level }: { level: string }) {
  const label = riskLevelLabel(level);
  return isPlainLabel(label) ? t('{level}风险', { level: ui(label) }) : <>{label}风险</>;
}

/** 廉政风险点: one card per step, the level in words (高/中/低), never by colour alone. */
function Risks({ risks }: { risks: NonNullable<PublicPower['risks']> }) {
  return (
    <ul class="risks">
      {risks.map((r, i) => (
        <li key={i} class={`risk risk-${r.level}`}>
          <p class="risk-head">
            <span class={`badge badge-risk-${r.level}`}>
              <RiskLevel level={r.level} />
            </span>{' '}
            {t('所在环节：')}
            {r.step}
          </p>
          <dl>
            <ListEntry term="风险点" items={r.points} />
            <ListEntry term="防控措施" items={r.controls} />
            {r.owner !== undefined && (
              <>
                <dt>{t('责任岗位')}</dt>
                <dd>{r.owner}</dd>
              </>
            )}
          </dl>
        </li>
      ))}
    </ul>
  );
}

/** The power's flowcharts, external first; one diagram appears at most once on a page. */
function flowchartsOf(power: PublicPower, flowcharts: Flowcharts): { spec: FlowchartSpec; svg: string | undefined }[] {
  const ids = [power.flowcharts.external, power.flowcharts.internal].filter((id): id is string => id !== undefined);
  return [...new Set(ids)].flatMap((id) => {
    const chart = flowcharts.get(id);
    return chart === undefined ? [] : [{ spec: chart.spec, svg: chart.svg }];
  });
}

export function PowerPage({ root, power, flowcharts }: { root: Root; power: PublicPower; flowcharts: Flowcharts }) {
  if (!power.public) return <WithheldPower root={root} power={power} />;
  const sections: Section[] = [{ id: 'basic', title: ui('基本信息'), body: <BasicFields root={root} power={power} /> }];
  if (nonEmpty(power.basis)) sections.push({ id: 'basis', title: ui('实施依据'), body: <BasisList basis={power.basis} /> });
  if (nonEmpty(power.subItems)) {
    sections.push({
      id: 'sub-items',
      title: ui('子项（{n} 项）', { n: power.subItems.length }),
      body: <StackTable rows={power.subItems} columns={SUB_ITEM_COLUMNS} labelledBy="sub-items" />,
    });
  }
  if (nonEmpty(power.fees)) sections.push({ id: 'fees', title: ui('收费标准'), body: <StackTable rows={power.fees} columns={FEE_COLUMNS} labelledBy="fees" /> });
  if (nonEmpty(power.responsibilities)) {
    sections.push({
      id: 'responsibilities',
      title: ui('责任事项'),
      body: <StackTable rows={power.responsibilities} columns={RESPONSIBILITY_COLUMNS} labelledBy="responsibilities" />,
    });
  }
  if (nonEmpty(power.accountability)) sections.push({ id: 'accountability', title: ui('追责情形'), body: <Accountability items={power.accountability} /> });
  if (power.discretion !== undefined) sections.push({ id: 'discretion', title: ui('裁量基准'), body: <Prose text={power.discretion} /> });
  if (nonEmpty(power.risks)) sections.push({ id: 'risks', title: ui('廉政风险点'), body: <Risks risks={power.risks} /> });
  const charts = flowchartsOf(power, flowcharts);
  if (charts.length > 0) {
    sections.push({
      id: 'flowcharts',
      title: ui('流程图'),
      body: charts.map((c) => <Flowchart key={c.spec.id} root={root} spec={c.spec} svg={c.svg} />),
    });
  }
  if (power.note !== undefined) sections.push({ id: 'note', title: ui('备注'), body: <Prose text={power.note} /> });
  return (
    <>
      <Heading root={root} power={power} />
      {power.status === 'abolished' && (
        <section class="notice notice-abolished" aria-labelledby="abolished">
          <h2 id="abolished">{t('本事项已取消')}</h2>
          <dl>
            <dt>{t('取消日期')}</dt>
            <dd>{power.abolishedOn !== undefined ? <time datetime={power.abolishedOn}>{power.abolishedOn}</time> : t('未填写')}</dd>
            <dt>{t('取消理由')}</dt>
            <dd>{power.abolishedReason ?? t('未填写')}</dd>
          </dl>
          <p>
            <a href={`${root}${ABOLISHED_PATH}`}>{t('查看全部已取消事项')}</a>
          </p>
        </section>
      )}
      {power.status === 'suspended' && (
        <section class="notice notice-suspended" aria-labelledby="suspended">
          <h2 id="suspended">{t('本事项暂停实施')}</h2>
          <p>{t('本事项目前暂停实施，以下为清单载明的内容。')}</p>
        </section>
      )}
      {power.exception !== undefined && (
        <section class="notice notice-partial" aria-labelledby="partial">
          <h2 id="partial">{t('部分内容不予公开')}</h2>
          <p>{t('本事项的部分内容依照下列理由和依据不予公开，本页未列出这些内容。')}</p>
          <ExceptionFields exception={power.exception} />
        </section>
      )}
      <Contents sections={sections} />
      {sections.map((section) => (
        <SectionBlock key={section.id} section={section} />
      ))}
    </>
  );
}

/** A term with its items as a list; nothing when there are none. */
function ListEntry({ term, items }: { term: PlainLabel; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <dt>{t(term)}</dt>
      <dd>
        <ul>
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      </dd>
    </>
  );
}
