import type { FlowchartSpec } from '../../flowchart/collect.js';
import { ui, uiAttr, type PlainLabel } from '../i18n.js';
import { t } from './common.js';

export const VIEW_TITLE = {
  external: '外部流程图（办理流程）',
  internal: '内部流程图（内部运行流程）',
} as const satisfies Record<FlowchartSpec['view'], PlainLabel>;

/**
 * Defence in depth for the one place raw markup enters a page: an SVG as powercat's renderer
 * writes it starts with <svg, ends with </svg>, and has no script, no foreign HTML, no event
 * handler attribute and no javascript: link. Anything else is not inlined (the steps still show).
 */
export function isInlineableSvg(svg: string): boolean {
  const trimmed = svg.trim();
  return (
    trimmed.startsWith('<svg') &&
    trimmed.endsWith('</svg>') &&
    !/<\s*(script|foreignObject|iframe|object|embed)\b/i.test(trimmed) &&
    !/<[^>]*\son[a-z]+\s*=/i.test(trimmed) &&
    !/javascript:/i.test(trimmed)
  );
}

/**
 * A flowchart as a figure: caption, the diagram inline, and its steps as an ordered list (the
 * text alternative, from the spec's outline). Without a usable SVG the list is shown instead.
 */
export function Flowchart({ spec, svg }: { spec: FlowchartSpec; svg: string | undefined }) {
  const title = VIEW_TITLE[spec.view];
  const n = spec.outline.length;
  const stepsId = `steps-${spec.id}`;
  const steps = (
    <ol class="chart-steps" id={stepsId}>
      {spec.outline.map((step, i) => (
        <li key={i}>{step}</li>
      ))}
    </ol>
  );
  const drawable = svg !== undefined && isInlineableSvg(svg);
  return (
    <figure class={`chart chart-${spec.view}`}>
      <figcaption>{t(title)}</figcaption>
      {drawable ? (
        <>
          <div
            class="chart-image"
            role="img"
            {...uiAttr('aria-label', ui('{title}，共 {n} 个环节，文字说明见图下“流程步骤”', { title: ui(title), n }))}
            // Safe: this SVG is not input. powercat generated it from the catalogue's structured
            // steps, with every label escaped before Mermaid saw it (flowchart/to-mermaid.ts) and
            // every id scoped to the diagram (flowchart/svg-ids.ts); isInlineableSvg re-checks it.
            // It is the only raw markup on any page.
            dangerouslySetInnerHTML={{ __html: svg }}
          />
          <details class="chart-text">
            <summary>{t('流程步骤（文字说明，共 {n} 个环节）', { n })}</summary>
            {steps}
          </details>
        </>
      ) : (
        <div class="chart-text">
          <p>{t('流程步骤（共 {n} 个环节）：', { n })}</p>
          {steps}
        </div>
      )}
    </figure>
  );
}
