import type { Words } from '../../core/messages.js';
import { POWER_FIELDS } from '../../format/power-fields.js';
import { COVERAGE_LABEL as L } from '../../upstream/coverage-labels.js';
import type { ItemRef } from '../../upstream/coverage.js';
import type { PublicUpstream, PublicUpstreamList } from '../public-data.js';
import { Breadcrumbs, T, t, type Root } from './common.js';

interface Row {
  label: Words;
  value: number;
  sub?: boolean;
}

/**
 * 与上级目录的对照 (`site.upstreamPage: true`): for each upstream list, how many of its items meant for
 * this level are implemented, not applicable or missing, and how the linked powers compare; only
 * counts and item codes and names, which are public for every power.
 */
export function UpstreamPage({ root, upstream }: { root: Root; upstream: PublicUpstream }) {
  return (
    <>
      <Breadcrumbs root={root} trail={[{ label: <T text={L.title} /> }]} />
      <h1 id="title">
        <T text={L.title} />
      </h1>
      <p class="lead">{t('同一事项在各级的名称、编码、依据、类型相同（三级四同）。下表是本清单实施每个上级目录的情况。')}</p>
      {upstream.lists.map((list, i) => (
        <ListSection key={i} list={list} id={`list-${i + 1}`} />
      ))}
      <section class="block" aria-labelledby="local">
        <h2 id="local">
          <T text={L.localItems} />
        </h2>
        <Counts
          labelledBy="local"
          rows={[
            { label: L.powers, value: upstream.powers },
            { label: L.linked, value: upstream.linked, sub: true },
            { label: L.unknown, value: upstream.broken, sub: true },
            { label: L.localOnly, value: upstream.localOnly, sub: true },
          ]}
        />
      </section>
    </>
  );
}

function ListSection({ list, id }: { list: PublicUpstreamList; id: string }) {
  return (
    <section class="block" aria-labelledby={id}>
      <h2 id={id}>
        <T text={L.list} />「{list.name}」
      </h2>
      {!list.compared ? (
        <p>{t('该上级目录暂时无法读取，未作对照。')}</p>
      ) : (
        <>
          <Counts
            labelledBy={id}
            rows={[
              { label: L.upstreamItems, value: list.items },
              { label: L.meantForLevel, value: list.meantForLevel },
              { label: L.implemented, value: list.implemented, sub: true },
              { label: L.notApplicable, value: list.notApplicable.length, sub: true },
              { label: L.missing, value: list.missing.length, sub: true },
              { label: L.linked, value: list.linked },
              { label: L.conform, value: list.conform, sub: true },
              { label: L.differ, value: list.differ, sub: true },
              { label: L.unknown, value: list.unknown },
            ]}
          />
          <Items id={`${id}-missing`} label={L.missing} items={list.missing} />
          <Items id={`${id}-not-applicable`} label={L.notApplicable} items={list.notApplicable} />
        </>
      )}
    </section>
  );
}

function Counts({ rows, labelledBy }: { rows: readonly Row[]; labelledBy: string }) {
  return (
    <table class="list counts" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">
            <T text={L.category} />
          </th>
          <th scope="col" class="num">
            <T text={L.count} />
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            <th scope="row" class={row.sub ? 'indent' : undefined}>
              <T text={row.label} />
            </th>
            <td class="num">{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Items({ id, label, items }: { id: string; label: Words; items: readonly ItemRef[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3 id={id}>
        <T text={label} />
      </h3>
      <table class="list" aria-labelledby={id}>
        <thead>
          <tr>
            <th scope="col">
              <T text={POWER_FIELDS.code} />
            </th>
            <th scope="col">
              <T text={POWER_FIELDS.name} />
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.code}>
              <td class="code">{item.code}</td>
              <td>{item.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
