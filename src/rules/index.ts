import { accountabilityRequired } from './accountability-required/rule.js';
import { basisRequired } from './basis-required/rule.js';
import { codeDuplicate } from './code-duplicate/rule.js';
import { codeFormat } from './code-format/rule.js';
import { codeOwnerMismatch } from './code-owner-mismatch/rule.js';
import { codeSubitem } from './code-subitem/rule.js';
import { codeTypeMismatch } from './code-type-mismatch/rule.js';
import { departmentCycle } from './department-cycle/rule.js';
import { departmentNameDuplicate } from './department-name-duplicate/rule.js';
import { disclosureException } from './disclosure-exception/rule.js';
import { guideConsistency } from './guide-consistency/rule.js';
import { guideMaterials } from './guide-materials/rule.js';
import { historyBasis } from './history-basis/rule.js';
import { historyConsistency } from './history-consistency/rule.js';
import { idDuplicate } from './id-duplicate/rule.js';
import { licensingSettingBasis } from './licensing-setting-basis/rule.js';
import { nameDuplicate } from './name-duplicate/rule.js';
import { orgcodeInvalid } from './orgcode-invalid/rule.js';
import { ownerAmbiguous } from './owner-ambiguous/rule.js';
import { ownerNotLegalSubject } from './owner-not-legal-subject/rule.js';
import { ownerUnknown } from './owner-unknown/rule.js';
import { penaltyDiscretion } from './penalty-discretion/rule.js';
import { powerConcentration } from './power-concentration/rule.js';
import { processActor } from './process-actor/rule.js';
import { processRef } from './process-ref/rule.js';
import { processStructure } from './process-structure/rule.js';
import { processTime } from './process-time/rule.js';
import { responsibilityRequired } from './responsibility-required/rule.js';
import { riskControls } from './risk-controls/rule.js';
import type { Rule, RuleDescription } from './rule.js';
import { schema } from './schema/rule.js';
import { separationOfDuties } from './separation-of-duties/rule.js';
import { statusAbolished } from './status-abolished/rule.js';
import { supersedesConflict } from './supersedes-conflict/rule.js';
import { supervisionContact } from './supervision-contact/rule.js';
import { timeImmediate } from './time-immediate/rule.js';
import { undertakerForeign } from './undertaker-foreign/rule.js';
import { usccCase } from './uscc-case/rule.js';
import { upstreamChanged } from './upstream-changed/rule.js';
import { upstreamMismatch } from './upstream-mismatch/rule.js';
import { upstreamMissing } from './upstream-missing/rule.js';
import { upstreamSource } from './upstream-source/rule.js';
import { upstreamUnknown } from './upstream-unknown/rule.js';
import { usccInvalid } from './uscc-invalid/rule.js';
import { yamlSyntax } from './yaml-syntax/rule.js';

/** Every rule, in the order of FORMAT.md §3. Adding a rule means adding it here. */
export const RULES: readonly Rule[] = [
  yamlSyntax,
  schema,
  codeDuplicate,
  codeFormat,
  codeTypeMismatch,
  codeSubitem,
  codeOwnerMismatch,
  idDuplicate,
  usccInvalid,
  usccCase,
  ownerUnknown,
  ownerNotLegalSubject,
  ownerAmbiguous,
  undertakerForeign,
  departmentCycle,
  processRef,
  processStructure,
  processActor,
  processTime,
  separationOfDuties,
  powerConcentration,
  basisRequired,
  responsibilityRequired,
  accountabilityRequired,
  penaltyDiscretion,
  riskControls,
  disclosureException,
  statusAbolished,
  supervisionContact,
  orgcodeInvalid,
  nameDuplicate,
  departmentNameDuplicate,
  timeImmediate,
  licensingSettingBasis,
  guideMaterials,
  guideConsistency,
  historyBasis,
  historyConsistency,
  supersedesConflict,
  upstreamSource,
  upstreamUnknown,
  upstreamMismatch,
  upstreamMissing,
  upstreamChanged,
] as readonly Rule<string>[];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);

/** Every rule's metadata: what rule `schema` checks `rules:` in powercat.yaml against. */
export const RULE_METAS: readonly RuleDescription<string>[] = RULES.map((r) => r.meta);

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
