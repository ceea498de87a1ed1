import type { LoadedDocument, SourceFile } from '../load/source.js';

/*
 * The shapes of FORMAT.md §2 as they are when valid. Rules also run on documents with schema
 * errors, so a rule reading a field must check its runtime type (see ./read.ts).
 */

export type PowerType =
  | 'licensing' | 'penalty' | 'coercion' | 'levy' | 'payment' | 'inspection'
  | 'confirmation' | 'reward' | 'adjudication' | 'other' | 'public-service';
export type TimeUnit = 'day' | 'workday' | 'month' | 'year' | 'hour';
export type View = 'external' | 'internal';

export interface Limit { value: number; unit: TimeUnit; note?: string }
export type TimeLimitValue = Limit | 'none';
export interface TimeLimit { statutory?: TimeLimitValue; promised?: TimeLimitValue }
export interface Basis { level: string; title: string; article?: string; text?: string }
export interface Contact { phone?: string; supervisionPhone?: string; address?: string }
export interface Post { id: string; name: string; head?: boolean }

export interface CatalogueData {
  kind: 'Catalogue';
  id: string;
  name: string;
  formatVersion?: number;
  region?: { code: string; name: string };
  level?: number;
  codeProfile?: 'national' | 'pattern' | 'free';
  codePattern?: string;
  lang?: 'zh-CN' | 'en';
  rules?: Record<string, unknown>;
  allow?: { uscc?: string[] };
  site?: Record<string, unknown>;
  exclude?: string[];
}

export interface DepartmentData {
  kind: 'Department';
  id: string;
  name: string;
  uscc?: string;
  nature?: 'statutory' | 'authorized' | 'entrusted' | 'other';
  unit?: boolean;
  parent?: string;
  posts?: Post[];
  contact?: Contact;
}

export interface Step {
  id: string;
  name: string;
  type?: 'start' | 'task' | 'decision' | 'end';
  actor?: string;
  duty?: string;
  limit?: Limit;
  function?: 'handle' | 'review' | 'decide' | 'supervise';
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

export interface PowerData {
  kind: 'Power';
  code: string;
  name: string;
  type: PowerType;
  department: string;
  timeLimit?: TimeLimit;
  undertaker?: string;
  jointWith?: string[];
  source?: { kind: string; from?: string; basis?: string };
  basis?: Basis[];
  subItems?: { code: string; name: string; basis?: Basis[]; timeLimit?: TimeLimit; note?: string }[];
  fees?: { name: string; standard: string; basis: string }[];
  serviceObjects?: string[];
  handling?: string[];
  online?: { url: string };
  responsibilities?: { stage: string; text: string; basis?: string }[];
  accountability?: { text: string; basis?: string }[];
  discretion?: string;
  process?: { external?: ProcessEntry; internal?: ProcessEntry };
  risks?: { step: string; level: 'high' | 'medium' | 'low'; points?: string[]; controls?: string[]; owner?: string }[];
  disclosure?: { public?: boolean; withhold?: string[]; reason?: string; basis?: string };
  status?: 'active' | 'suspended' | 'abolished';
  abolishedOn?: string;
  reason?: string;
  contact?: Contact;
  effective?: string;
  note?: string;
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
