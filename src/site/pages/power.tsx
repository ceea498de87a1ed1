import type { ComponentChildren } from 'preact';
import type { FlowchartSpec } from '../../flowchart/collect.js';
import { withheldLabel, type WithholdableField } from '../../format/power-fields.js';
import { POWER_TYPE, TIME_LIMIT_REQUIRED_TYPES } from '../../format/vocabulary.js';
import { ui, uiAttr, type UiText } from '../i18n.js';
import type { PublicPower } from '../public-data.js';
import { ABOLISHED_PATH, Breadcrumbs, DateText, departmentPagePath, FieldTable, Prose, StatusBadge, T, t, Unshown, type Root } from './common.js';
import { Flowchart } from './flowchart.js';
import { BasicFields, IdentityRows } from './power/basic.js';
import { BasisSections } from './power/basis.js';
import { Accountability, Fees, Responsibilities, Risks } from './power/duties.js';
import { Guide } from './power/guide.js';
import { History } from './power/history.js';
import { HandlingItems, handlingRows, SubItems } from './power/items.js';
import { WithheldFields } from './power/withheld.js';

/*
 * One power's page: its heading, the notices (abolished, suspended, partly withheld), and one
 * section per part of the power in the order a reader needs them — what it is, how to apply, on
 * what basis, its parts, what it costs and binds its holders to, how it runs, how it changed.
 * A withheld part keeps its section, which names it as withheld (本项不予公开：…).
 */

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
        <span class="badge badge-type">
          <T text={POWER_TYPE[power.type]} />
        </span>
        <StatusBadge power={power} />
      </p>
    </>
  );
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
          <IdentityRows root={root} power={power} />
        </FieldTable>
      </section>
    </>
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

/** 流程图: the published charts, and the views withheld (the whole process, or one view). */
function FlowchartsBody({ root, power, flowcharts }: { root: Root; power: PublicPower; flowcharts: Flowcharts }): ComponentChildren {
  const charts = flowchartsOf(power, flowcharts);
  const withheld = power.withheld.filter((f) => f === 'process' || f === 'externalProcess' || f === 'internalProcess');
  if (charts.length === 0 && withheld.length === 0) return undefined;
  return (
    <>
      {withheld.length > 0 && <WithheldFields fields={withheld} />}
      {charts.map((c) => (
        <Flowchart key={c.spec.id} root={root} spec={c.spec} svg={c.svg} />
      ))}
    </>
  );
}

/** The page's sections, in reading order; a withheld field's section names it as withheld. */
function sectionsOf(root: Root, power: PublicPower, flowcharts: Flowcharts): Section[] {
  const sections: Section[] = [];
  const add = (field: WithholdableField | undefined, id: string, title: UiText, body: () => ComponentChildren) => {
    if (field !== undefined && power.withheld.includes(field)) {
      sections.push({ id, title, body: <WithheldFields fields={[field]} /> });
      return;
    }
    const made = body();
    if (made !== undefined && made !== null && made !== false) sections.push({ id, title, body: made });
  };
  const timeLimitExpected = (TIME_LIMIT_REQUIRED_TYPES as readonly string[]).includes(power.type);
  add(undefined, 'basic', ui('基本信息'), () => <BasicFields root={root} power={power} />);
  add('guide', 'guide', ui('办事指南'), () => (power.guide !== undefined || timeLimitExpected) && <Guide power={power} materialsExpected={timeLimitExpected} />);
  add('basis', 'basis', ui('设定和实施依据'), () => <BasisSections basis={power.basis} />);
  add('subItems', 'sub-items', nonEmpty(power.subItems) ? ui('子项（{n} 项）', { n: power.subItems.length }) : withheldLabel('subItems'), () =>
    nonEmpty(power.subItems) && <SubItems items={power.subItems} />,
  );
  const handling = handlingRows(power);
  add('handlingItems', 'handling-items', handling.length > 0 ? ui('业务办理项（{n} 项）', { n: handling.length }) : withheldLabel('handlingItems'), () =>
    handling.length > 0 && <HandlingItems rows={handling} />,
  );
  // A withheld fee list is named in its row of 基本信息.
  add(undefined, 'fees', ui('收费标准'), () => nonEmpty(power.fees) && <Fees fees={power.fees} />);
  add('responsibilities', 'responsibilities', ui('责任事项'), () => nonEmpty(power.responsibilities) && <Responsibilities items={power.responsibilities} />);
  add('accountability', 'accountability', ui('追责情形'), () => nonEmpty(power.accountability) && <Accountability items={power.accountability} />);
  add('discretion', 'discretion', ui('裁量基准'), () => power.discretion !== undefined && <Prose text={power.discretion} />);
  add('risks', 'risks', ui('廉政风险点'), () => nonEmpty(power.risks) && <Risks risks={power.risks} />);
  add(undefined, 'flowcharts', ui('流程图'), () => FlowchartsBody({ root, power, flowcharts }));
  add('history', 'history', ui('调整记录'), () => nonEmpty(power.history) && <History entries={power.history} />);
  add('note', 'note', ui('备注'), () => power.note !== undefined && <Prose text={power.note} />);
  return sections;
}

export function PowerPage({ root, power, flowcharts }: { root: Root; power: PublicPower; flowcharts: Flowcharts }) {
  if (!power.public) return <WithheldPower root={root} power={power} />;
  const sections = sectionsOf(root, power, flowcharts);
  return (
    <>
      <Heading root={root} power={power} />
      {power.status === 'abolished' && (
        <section class="notice notice-abolished" aria-labelledby="abolished">
          <h2 id="abolished">{t('本事项已取消')}</h2>
          <dl>
            <dt>{t('取消日期')}</dt>
            <dd>{power.abolishedOn !== undefined ? <DateText date={power.abolishedOn} /> : <Unshown power={power} field="abolishedOn" />}</dd>
            <dt>{t('取消理由')}</dt>
            <dd>{power.reason ?? <Unshown power={power} field="reason" />}</dd>
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
      {power.withheld.length > 0 && power.exception !== undefined && (
        <section class="notice notice-partial" aria-labelledby="partial">
          <h2 id="partial">{t('部分内容不予公开')}</h2>
          <p>{t('本事项的部分内容依照下列理由和依据不予公开，本页未列出这些内容。')}</p>
          <WithheldFields fields={power.withheld} />
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
