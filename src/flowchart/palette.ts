import type { RiskLevel } from './chart-plan.js';

/*
 * The disclosure site's colours, in one place. They live here, below the site in the pipeline,
 * because the flowcharts are drawn with them too: the site's stylesheet (site/assets.ts) and the
 * charts' (chart-style.ts) both read this table, so a chart's risk mark is the page's risk badge.
 * Every text colour is ≥ 4.5:1 on the background it is used on (WCAG AA).
 */
export const PALETTE = {
  text: '#1f2328',
  muted: '#4f5761',
  line: '#c9d1d9',
  soft: '#f4f6f8',
  brand: '#0b4f8a',
  brandSoft: '#e8f0f8',
  /** Text on brandSoft, and the border around it (the type badge, a branch label). */
  brandInk: '#0a3f6e',
  brandEdge: '#b7cde3',
  link: '#0b57a4',
  visited: '#5d2a8c',
  focus: '#1d4ed8',
} as const;

/** A risk level's colours: the page's risk card bar and badge, and the chart's step mark. */
export interface RiskColours {
  /** The card's left bar, the marked step's outline. */
  bar: string;
  /** Badge background, text and border. */
  soft: string;
  ink: string;
  edge: string;
}

export const RISK_COLOURS: Readonly<Record<RiskLevel, RiskColours>> = {
  high: { bar: '#b42318', soft: '#fde8e8', ink: '#8a1c1c', edge: '#f0b4b4' },
  medium: { bar: '#b7791f', soft: '#fff4d6', ink: '#6b4100', edge: '#ecd08a' },
  low: { bar: '#2f7d46', soft: '#e3f4e8', ink: '#1d5e2f', edge: '#a8d5b5' },
};
