import type { Finding, RuleDescription } from '../rules/rule.js';

/** What a finding is about, as plain data: fields (JSON pointers) of one document, named by its file and index. */
export interface About {
  /** Relative to the catalogue root, with forward slashes. */
  file: string;
  doc: number;
  fields: readonly string[];
}

/** A finding as cascade control sees it, wherever it was made (a worker, the cache): its rule, and what it is about. */
export interface Foldable {
  rule: string;
  /** Absent for a finding at a span of text rather than a node. */
  about?: About;
}

/**
 * The fields a finding is about: those it declares, else the node it is reported at. A finding
 * at an object's first key (a missing field) is about nothing until it says which field.
 */
export function fieldsOf(finding: Finding): readonly string[] {
  if (finding.about) return finding.about;
  const { target } = finding;
  return 'doc' in target && target.anchor !== 'first-key' ? [target.pointer] : [];
}

/** A finding about a field covers findings about it and about anything inside it. */
const covers = (outer: string, inner: string) => inner === outer || inner.startsWith(`${outer}/`);

const documentKey = (about: About) => `${about.doc}:${about.file}`;

/**
 * Cascade control: one mistake, one finding. A rule that declares `yieldsTo` loses its finding
 * when a finding of one of those rules is about the same field of the same document, or a field
 * holding it — a mistyped department id is owner-unknown's finding, and the power's missing
 * supervision phone only its consequence. Findings of rules that are off never cover; findings
 * suppressed in the source still do (the mistake is known). Applied before findings are located,
 * to file rules' and catalogue rules' findings together.
 */
export function foldCascades<F extends Foldable>(findings: readonly F[], ruleOf: (id: string) => { meta: RuleDescription<string> } | undefined): F[] {
  const standing = new Map<string, Map<string, string[]>>();
  for (const { rule, about } of findings) {
    if (!about) continue;
    const byDoc = standing.get(rule) ?? new Map<string, string[]>();
    standing.set(rule, byDoc);
    const key = documentKey(about);
    const fields = byDoc.get(key) ?? [];
    byDoc.set(key, fields);
    for (const field of about.fields) fields.push(field);
  }
  return findings.filter(({ rule, about }) => {
    const yieldsTo = ruleOf(rule)?.meta.yieldsTo;
    if (!yieldsTo || !about) return true;
    const key = documentKey(about);
    return !yieldsTo.some((id) => standing.get(id)?.get(key)?.some((theirs) => about.fields.some((field) => covers(theirs, field))));
  });
}
