import type { Finding, RuleMeta, Target } from '../rules/rule.js';

/** A finding with the rule that made it. */
export interface Produced {
  rule: { meta: RuleMeta<string> };
  finding: Finding;
}

/**
 * The fields a finding is about: those it declares, else the node it is reported at. A finding
 * at an object's first key (a missing field) is about nothing until it says which field.
 */
export function subjectsOf(finding: Finding): readonly string[] {
  if (finding.about) return finding.about;
  const { target } = finding;
  return 'doc' in target && target.anchor !== 'first-key' ? [target.pointer] : [];
}

/** A document by its file and place in it, not by object identity: findings may come from other threads. */
const documentKey = (target: Extract<Target, { doc: unknown }>) => `${target.doc.index}:${target.doc.file.path}`;

/** A finding about a field covers findings about it and about anything inside it. */
const covers = (outer: string, inner: string) => inner === outer || inner.startsWith(`${outer}/`);

/**
 * Cascade control: one mistake, one finding. A rule that declares `yieldsTo` loses its finding
 * when a finding of one of those rules is about the same field of the same document, or a field
 * holding it — a mistyped department id is owner-unknown's finding, and the power's missing
 * supervision phone only its consequence. Findings of rules that are off never cover; findings
 * suppressed in the source still do (the mistake is known). Applied before findings are located.
 */
export function foldCascades<P extends Produced>(produced: readonly P[]): P[] {
  const standing = new Map<string, Map<string, string[]>>();
  for (const { rule, finding } of produced) {
    const { target } = finding;
    if (!('doc' in target)) continue;
    const byDoc = standing.get(rule.meta.id) ?? new Map<string, string[]>();
    standing.set(rule.meta.id, byDoc);
    const key = documentKey(target);
    const subjects = byDoc.get(key) ?? [];
    byDoc.set(key, subjects);
    for (const subject of subjectsOf(finding)) subjects.push(subject);
  }
  return produced.filter(({ rule, finding }) => {
    const { target } = finding;
    if (!rule.meta.yieldsTo || !('doc' in target)) return true;
    const mine = subjectsOf(finding);
    const key = documentKey(target);
    return !rule.meta.yieldsTo.some((id) => standing.get(id)?.get(key)?.some((theirs) => mine.some((field) => covers(theirs, field))));
  });
}
