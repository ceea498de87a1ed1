import { BASIS_LEVEL, BASIS_ROLE, type BasisRole } from '../../../format/vocabulary.js';
import type { PublicBasis } from '../../public-data.js';
import { bookTitle, T, t, Terms } from '../common.js';

function BasisList({ basis }: { basis: readonly PublicBasis[] }) {
  return (
    <ol class="basis">
      {basis.map((b, i) => (
        <li key={i}>
          <p class="basis-head">
            <span class="badge badge-level">
              <Terms of={BASIS_LEVEL} values={b.level} />
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

/** An entry without a role is an implementing basis (FORMAT §2 `basis.role`, default `implementing`). */
const roleOf = (b: PublicBasis): BasisRole => (b.role === 'setting' ? 'setting' : 'implementing');

/**
 * 设定依据 and 实施依据, each under its own heading. 设定依据 appears when the catalogue names one;
 * then a missing 实施依据 reads 未填写, as does a power with no basis at all.
 */
export function BasisSections({ basis }: { basis: readonly PublicBasis[] | undefined }) {
  if (basis === undefined || basis.length === 0) return <p>{t('未填写')}</p>;
  const roles: BasisRole[] = basis.some((b) => roleOf(b) === 'setting') ? ['setting', 'implementing'] : ['implementing'];
  return (
    <>
      {roles.map((role) => {
        const entries = basis.filter((b) => roleOf(b) === role);
        return (
          <section key={role} aria-labelledby={`basis-${role}`}>
            <h3 id={`basis-${role}`}>
              <T text={BASIS_ROLE[role]} />
            </h3>
            {entries.length > 0 ? <BasisList basis={entries} /> : <p>{t('未填写')}</p>}
          </section>
        );
      })}
    </>
  );
}

/** A sub-item's own basis in a table cell: title and article, one a line. */
export function BasisCell({ basis }: { basis: readonly PublicBasis[] | undefined }) {
  if (basis === undefined) return null;
  return (
    <>
      {basis.map((b, i) => (
        <span key={i} class="line">
          <cite>{bookTitle(b.title)}</cite>
          {b.article !== undefined && ` ${b.article}`}
        </span>
      ))}
    </>
  );
}
