import type { FlowchartSpec } from '../../flowchart/collect.js';
import { ui, uiAttr, type PlainLabel } from '../i18n.js';
import { flowchartPath, t, type Root } from './common.js';

export const VIEW_TITLE = {
  external: '外部流程图（办理流程）',
  internal: '内部流程图（内部运行流程）',
} as const satisfies Record<FlowchartSpec['view'], PlainLabel>;

/**
 * Defence in depth for the one place raw markup enters a page: an SVG as powercat draws it starts
 * with <svg, ends with </svg>, and no tag in it is a script, foreign HTML, an event handler or a
 * javascript: link. Anything else is not inlined (the steps still show). Text between the tags is
 * the catalogue's, escaped, and may say anything (`javascript:` included).
 */
export function isInlineableSvg(svg: string): boolean {
  const trimmed = svg.trim();
  const tags = trimmed.match(/<[^>]*>/g) ?? [];
  return (
    trimmed.startsWith('<svg') &&
    trimmed.endsWith('</svg>') &&
    !tags.some((tag) => /^<\s*(script|foreignObject|iframe|object|embed|a)\b/i.test(tag) || /\son[a-z]+\s*=/i.test(tag) || /javascript:/i.test(tag))
  );
}

/**
 * A flowchart as a figure: caption, the diagram inline (styled by the site's stylesheet), a link
 * that opens it alone to zoom in, and its steps as an ordered list (the text alternative, from the
 * spec's outline). Without a drawing the list is shown instead.
 */
export function Flowchart({ root, spec, svg }: { root: Root; spec: FlowchartSpec; svg: string | undefined }) {
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
            // Safe: this SVG is not input. powercat drew it (flowchart/draw-chart.ts) from the
            // catalogue's structured steps, every text escaped, no id, link or script in it;
            // isInlineableSvg re-checks it. It is the only raw markup on any page.
            dangerouslySetInnerHTML={{ __html: svg }}
          />
          <p class="chart-open">
            <a href={`${root}${flowchartPath(spec.id)}`}>{t('单独打开此图（可放大）')}</a>
          </p>
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
