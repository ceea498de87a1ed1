import { RISK_LEVEL, valuesOf } from '../format/vocabulary.js';
import { FONT_FAMILY } from './fonts.js';
import { PALETTE, RISK_COLOURS } from './palette.js';

/*
 * How a chart's text is set. Mermaid measures and places every line at LAYOUT_FONT_SIZE; powercat
 * then sets the step's name in bold, its details (who, how long) smaller and muted under a rule,
 * and its risk as the page's risk badge. The smallest size decides how far a chart may shrink on a
 * narrow screen before it scrolls instead (MIN_LABEL_PX).
 */
export const LAYOUT_FONT_SIZE = 16;
export const TEXT_SIZE = { name: 16, detail: 14, branch: 14, badge: 14 } as const;
/** Distance between two baselines, per kind of line. */
export const LINE_STEP = { name: 20, detail: 18, branch: 18, badge: 24 } as const;
/** Room between the name and the rule, and the rule and the details. */
export const RULE_GAP = 4;
/** The smallest label size a reader must get (CSS px): a chart never shrinks below it. */
export const MIN_LABEL_PX = 12;
export const SMALLEST_TEXT = Math.min(...Object.values(TEXT_SIZE));
/** Width a label's lines are broken to, measured at LAYOUT_FONT_SIZE. */
export const LINE_WIDTH = { step: 208, branch: 128 } as const;

const RISK_LEVELS = valuesOf(RISK_LEVEL);

/**
 * The one stylesheet of every chart, scoped to `svg.fc`: part of the site's stylesheet for the
 * charts inlined in pages, and inside each standalone .svg file (which cannot reach the site's).
 */
export const FLOWCHART_CSS = [
  `.fc{font-family:${FONT_FAMILY};font-size:${TEXT_SIZE.name}px;text-anchor:middle}`,
  `.fc text{fill:${PALETTE.text}}`,
  `.fc .s>rect,.fc .s>polygon{fill:#fff;stroke:${PALETTE.brand};stroke-width:1.5px}`,
  `.fc .t>rect{fill:${PALETTE.brandSoft}}`,
  `.fc .n{font-weight:700}`,
  `.fc .d{font-size:${TEXT_SIZE.detail}px;fill:${PALETTE.muted}}`,
  `.fc .u{stroke:${PALETTE.line};stroke-width:1px}`,
  `.fc .b rect{fill:${PALETTE.brandSoft};stroke:none}`,
  `.fc .b text{font-size:${TEXT_SIZE.branch}px;fill:${PALETTE.brandInk}}`,
  `.fc .e{fill:none;stroke:${PALETTE.muted};stroke-width:1.5px}`,
  `.fc .h{fill:${PALETTE.muted}}`,
  ...RISK_LEVELS.map((level) => {
    const c = RISK_COLOURS[level];
    return [
      `.fc .r-${level}>rect,.fc .r-${level}>polygon{stroke:${c.bar};stroke-width:2px}`,
      `.fc .r-${level} .m{fill:${c.bar};stroke:none}`,
      `.fc .r-${level} .g rect{fill:${c.soft};stroke:${c.edge};stroke-width:1px}`,
      `.fc .r-${level} .g text{font-size:${TEXT_SIZE.badge}px;font-weight:700;fill:${c.ink}}`,
    ].join('');
  }),
].join('');
