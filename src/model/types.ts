import type {
  BasisLevel,
  BasisRole,
  CodeProfile,
  DepartmentNature,
  ExerciseLevel,
  HandlingForm,
  HandlingItemKind,
  HistoryAction,
  MaterialForm,
  OnlineDepth,
  PowerStatus,
  PowerType,
  ResultKind,
  RiskLevel,
  ServiceObject,
  SourceKind,
  StepFunction,
  StepType,
  TimeUnit,
  View,
} from '../format/vocabulary.js';
import type { WithholdableField } from '../format/power-fields.js';
import type { Lang } from '../core/messages.js';
import type { LoadedDocument, SourceFile } from '../load/source.js';

export type { PowerType, TimeUnit, View } from '../format/vocabulary.js';

/*
 * The shapes of FORMAT.md §2 as they are when valid. Rules also run on documents with schema
 * errors, so a rule reading a field must check its runtime type (see ./read.ts).
 */

export interface Limit { value: number; unit: TimeUnit; note?: string }
export type TimeLimitValue = Limit | 'none';
export interface TimeLimit { statutory?: TimeLimitValue; promised?: TimeLimitValue; immediate?: boolean }
export interface Basis { level: BasisLevel; title: string; article?: string; text?: string; role?: BasisRole }
export interface Contact { phone?: string; supervisionPhone?: string; address?: string }
export interface Post { id: string; name: string; head?: boolean }

export interface CatalogueData {
  kind: 'Catalogue';
  id: string;
  name: string;
  formatVersion?: number;
  region?: { code: string; name: string };
  level?: ExerciseLevel;
  codeProfile?: CodeProfile;
  codePattern?: string;
  lang?: Lang;
  rules?: Record<string, unknown>;
  allow?: { uscc?: string[] };
  site?: Record<string, unknown>;
  exclude?: string[];
  upstream?: UpstreamList[];
  calendar?: { holidays?: string[]; workdays?: string[] };
}

export interface UpstreamList {
  id: string;
  name: string;
  source: string;
  sha256?: string;
  previous?: string;
  notApplicable?: { code: string; reason: string }[];
}

export interface DepartmentData {
  kind: 'Department';
  id: string;
  name: string;
  uscc?: string;
  orgCode?: string;
  nature?: DepartmentNature;
  unit?: boolean;
  parent?: string;
  posts?: Post[];
  contact?: Contact;
}

export interface Step {
  id: string;
  name: string;
  type?: StepType;
  actor?: string;
  duty?: string;
  limit?: Limit;
  function?: StepFunction;
  next?: string | { to: string; label: string }[];
}

export interface ProcessBody { steps: Step[] }
export type ProcessEntry = ProcessBody | { use: string };

export interface ProcessData extends ProcessBody {
  kind: 'Process';
  id: string;
  name: string;
  view: View;
}

export interface HandlingItem {
  code: string;
  name: string;
  kind?: HandlingItemKind;
  timeLimit?: TimeLimit;
  online?: { url: string };
  note?: string;
}

export interface SubItem {
  code: string;
  name: string;
  basis?: Basis[];
  timeLimit?: TimeLimit;
  note?: string;
  handlingItems?: HandlingItem[];
}

export interface Guide {
  conditions?: string[];
  materials?: { name: string; form?: MaterialForm; copies?: number; required?: boolean; source?: string; note?: string; sample?: string }[];
  place?: string;
  hours?: string;
  url?: string;
  visits?: number;
  onlineDepth?: OnlineDepth;
  results?: { name: string; kind?: ResultKind }[];
  quantityLimit?: string;
  intermediaries?: { name: string; basis?: string }[];
  specialProcedures?: { name: string; limit?: Limit; note?: string }[];
}

export interface HistoryEntry {
  date: string;
  action: HistoryAction;
  basis?: string;
  from?: string[];
  note?: string;
}

export interface Risk {
  step: string;
  level: RiskLevel;
  points?: string[];
  controls?: string[];
  owner?: string;
}

/** Keyed by the disclosure policy's field names (src/format/power-fields.ts), in the same order. */
export interface PowerData {
  kind: 'Power';
  code: string;
  name: string;
  type: PowerType;
  department: string;
  level?: ExerciseLevel[];
  timeLimit?: TimeLimit;
  undertaker?: string;
  jointWith?: string[];
  source?: { kind: SourceKind; from?: string; basis?: string };
  basis?: Basis[];
  subItems?: SubItem[];
  handlingItems?: HandlingItem[];
  fees?: { name: string; standard: string; basis: string }[];
  serviceObjects?: ServiceObject[];
  handling?: HandlingForm[];
  online?: { url: string };
  guide?: Guide;
  responsibilities?: { stage: string; text: string; basis?: string }[];
  accountability?: { text: string; basis?: string }[];
  discretion?: string;
  process?: { external?: ProcessEntry; internal?: ProcessEntry };
  risks?: Risk[];
  disclosure?: { public?: boolean; withhold?: WithholdableField[]; reason?: string; basis?: string };
  status?: PowerStatus;
  abolishedOn?: string;
  reason?: string;
  contact?: Contact;
  effective?: string;
  note?: string;
  history?: HistoryEntry[];
  supersedes?: string[];
  upstream?: { code: string; list?: string };
}

/** One document of a known kind; `data` may still break the schema. */
export interface Entity<T> {
  doc: LoadedDocument;
  data: Partial<T>;
}

export interface CatalogueModel {
  root: string;
  files: SourceFile[];
  documents: LoadedDocument[];
  catalogue: Entity<CatalogueData> | undefined;
  departments: Entity<DepartmentData>[];
  powers: Entity<PowerData>[];
  processes: Entity<ProcessData>[];
}
