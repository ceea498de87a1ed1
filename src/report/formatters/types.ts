import type { Lang, Report } from '../diagnostic.js';

export interface FormatContext {
  lang: Lang;
  color: boolean;
}

/** A pure function from a report to text. */
export type Formatter = (report: Report, context: FormatContext) => string;
