import type { Lang } from '../../core/messages.js';
import type { Report, Severity } from '../../core/diagnostic.js';

export interface FormatContext {
  lang: Lang;
  color: boolean;
  /** Text of the files that have findings, by reported path (for code frames). */
  sources: ReadonlyMap<string, string>;
  /** The tool and its rules, for formats that describe them (SARIF). */
  tool: ToolInfo;
  /** Columns a line may fill (`stylish` wraps its messages to fit); DEFAULT_WIDTH when not given. */
  width?: number;
}

/** The width of a report that goes neither to a terminal nor to a shell that says its width. */
export const DEFAULT_WIDTH = 80;

export interface ToolInfo {
  name: string;
  version: string;
  informationUri: string;
  rules: readonly RuleInfo[];
}

export interface RuleInfo {
  id: string;
  defaultSeverity: Severity;
  /** One sentence, in the report's language. */
  shortDescription: string;
  /** The whole description, in the report's language. */
  fullDescription: string;
  helpUri: string;
}

/** A pure function from a report to text. */
export type Formatter = (report: Report, context: FormatContext) => string;
