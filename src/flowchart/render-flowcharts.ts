import type { LocalizedText } from '../core/messages.js';
import { availableParallelism } from 'node:os';
import { UsageError } from '../core/errors.js';
import { findBrowser } from './browser.js';
import { FlowchartCache } from './cache.js';
import type { FlowchartSpec } from './collect.js';
import { allLines, unbrokenLines } from './chart-plan.js';
import { drawChart } from './draw-chart.js';
import { FONT_HOW_TO, resolveCjkFont } from './fonts.js';
import { graphemesOf, planLines, type WordSegmenter } from './label-lines.js';
import { DRAWING_LIMITS, MERMAID_CONFIG, MERMAID_VERSION, MermaidRenderer } from './renderer.js';
import { mermaidSource } from './to-mermaid.js';
import { loadWordSegmenter, SEGMENTER_VERSION } from './word-segmenter.js';

export interface RenderSettings {
  browser?: string;
  cacheDir?: string;
  env: Record<string, string | undefined>;
  onProgress?: (done: number, total: number) => void;
  onNote?: (note: LocalizedText) => void;
}

export interface RenderedFlowchart extends FlowchartSpec {
  /**
   * The chart, to inline in a page (styled by the flowchart stylesheet; `standaloneSvg` makes a
   * file of it). Undefined when it is too large to draw or could not be drawn: the chart is then
   * published as its list of steps, and a note said why.
   */
  svg: string | undefined;
  /** The cache key: everything the SVG's bytes depend on. */
  key: string;
}

export interface RenderStats {
  fromCache: number;
  rendered: number;
  /** Published as a list of steps only. */
  textOnly: number;
}

/** Bumped whenever powercat's own drawing changes, so old cache entries are not reused. */
const SVG_PIPELINE = 6;

/** Diagrams per round trip to the browser: fewer trips, and the progress bar still moves. */
const BATCH = 8;

function batches<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** The powers a chart is shown on: the first three, and how many more. */
const powersOf = (spec: FlowchartSpec): LocalizedText => {
  const first = spec.powers.slice(0, 3);
  const more = spec.powers.length - first.length;
  return { 'zh-CN': `${first.join('、')}${more > 0 ? ` 等 ${spec.powers.length} 项` : ''}`, en: `${first.join(', ')}${more > 0 ? ` and ${more} more` : ''}` };
};

/** Why a chart is not drawn before trying, if it is larger than powercat draws. */
function tooLarge(spec: FlowchartSpec): LocalizedText | undefined {
  const { nodes, edges } = spec.plan;
  if (nodes.length <= DRAWING_LIMITS.nodes && edges.length <= DRAWING_LIMITS.edges) return undefined;
  return {
    'zh-CN': `${nodes.length} 个方框、${edges.length} 条连线，超过 powercat 能画的 ${DRAWING_LIMITS.nodes} 个方框、${DRAWING_LIMITS.edges} 条连线`,
    en: `${nodes.length} boxes and ${edges.length} lines, more than the ${DRAWING_LIMITS.nodes} boxes and ${DRAWING_LIMITS.edges} lines powercat draws`,
  };
}

/**
 * Chart SVGs for every flowchart: from the cache where possible; the browser starts only for the
 * rest. A chart that is too large or that Mermaid cannot lay out is never a failed build: it is
 * published as its list of steps, with a note.
 */
export async function renderFlowcharts(
  specs: readonly FlowchartSpec[],
  settings: RenderSettings,
): Promise<{ flowcharts: RenderedFlowchart[]; stats: RenderStats }> {
  const font = resolveCjkFont();
  if (!font.ok) throw new UsageError(FONT_HOW_TO);
  const { cache, note } = FlowchartCache.open(settings.cacheDir ?? FlowchartCache.defaultDir(settings.env));
  if (note) settings.onNote?.(note);
  const keyOf = (spec: FlowchartSpec) =>
    FlowchartCache.key({
      source: spec.source,
      config: MERMAID_CONFIG,
      mermaid: MERMAID_VERSION,
      segmenter: SEGMENTER_VERSION,
      font: font.font,
      pipeline: SVG_PIPELINE,
    });
  const svgs = new Map<string, string>();
  const textOnly = (spec: FlowchartSpec, why: LocalizedText) => {
    const powers = powersOf(spec);
    settings.onNote?.({
      'zh-CN': `流程图 ${spec.id}（${powers['zh-CN']}）没有画出，以步骤列表发布：${why['zh-CN']}`,
      en: `flowchart ${spec.id} (${powers.en}) is published as its list of steps: ${why.en}`,
    });
  };
  const toDraw: FlowchartSpec[] = [];
  let fromCache = 0;
  for (const spec of specs) {
    const cached = cache.get(keyOf(spec));
    const large = tooLarge(spec);
    if (cached !== undefined) {
      svgs.set(spec.id, cached);
      fromCache++;
    }
    else if (large !== undefined) textOnly(spec, large);
    else toDraw.push(spec);
  }
  let done = specs.length - toDraw.length;
  settings.onProgress?.(done, specs.length);
  let drawn = 0;
  if (toDraw.length > 0) {
    const pages = Math.max(1, Math.min(availableParallelism(), 4, toDraw.length));
    const starting = MermaidRenderer.start(findBrowser(settings.browser, settings.env), pages);
    starting.catch(() => {}); // awaited below; the segmenter's dictionary loads while the browser starts
    let renderer: MermaidRenderer | undefined;
    try {
      const segment = await loadWordSegmenter();
      renderer = await starting;
      const widths = new GraphemeWidths(renderer);
      await Promise.all(
        batches(toDraw, BATCH).map(async (batch) => {
          const drawnBatch = await drawBatch(renderer!, batch, segment, widths);
          batch.forEach((spec, i) => {
            const result = drawnBatch[i]!;
            if ('svg' in result) {
              cache.set(keyOf(spec), result.svg);
              svgs.set(spec.id, result.svg);
              drawn++;
            } else {
              textOnly(spec, { 'zh-CN': `Mermaid 无法排版（${result.error}）`, en: result.error });
            }
          });
          done += batch.length;
          settings.onProgress?.(done, specs.length);
        }),
      );
    } finally {
      await (renderer ?? (await starting.catch(() => undefined)))?.close();
    }
  }
  return {
    flowcharts: specs.map((spec) => ({ ...spec, svg: svgs.get(spec.id), key: keyOf(spec) })),
    stats: { fromCache, rendered: drawn, textOnly: specs.length - fromCache - drawn },
  };
}

/** Each diagram's lines broken to fit, laid out by Mermaid, drawn by powercat — or why it could not be. */
async function drawBatch(
  renderer: MermaidRenderer,
  batch: readonly FlowchartSpec[],
  segment: WordSegmenter,
  widths: GraphemeWidths,
): Promise<({ svg: string } | { error: string })[]> {
  await widths.learn(batch.flatMap((spec) => spec.plan.nodes.flatMap((node) => [...allLines(unbrokenLines(node)), ...node.details])));
  const lines = batch.map((spec) => planLines(spec.plan, segment, widths.of));
  const sources = batch.map((spec, i) => mermaidSource(spec.plan, lines[i]));
  const drawable = sources.map((source) => source.length <= DRAWING_LIMITS.sourceLength);
  const laidOut = await renderer.layoutBatch(sources.filter((_, i) => drawable[i]));
  let next = 0;
  return batch.map((spec, i) => {
    if (!drawable[i]) return { error: `its labels come to ${sources[i]!.length} characters, more than the ${DRAWING_LIMITS.sourceLength} powercat draws` };
    const result = laidOut[next++]!;
    if ('error' in result) return { error: `Mermaid could not lay it out (${result.error.split('\n')[0]})` };
    return { svg: drawChart(spec.plan, lines[i]!, result.layout, widths.text) };
  });
}

/** The label font's width of every grapheme met so far, measured by the browser once each. */
class GraphemeWidths {
  private readonly known = new Map<string, number>();

  constructor(private readonly renderer: MermaidRenderer) {}

  async learn(texts: readonly string[]): Promise<void> {
    const unknown = [...new Set(texts.flatMap(graphemesOf))].filter((g) => !this.known.has(g));
    if (unknown.length === 0) return;
    const measured = await this.renderer.measure(unknown);
    unknown.forEach((g, i) => this.known.set(g, measured[i]!));
  }

  readonly of = (grapheme: string): number => this.known.get(grapheme) ?? 0;
  readonly text = (text: string): number => graphemesOf(text).reduce((sum, g) => sum + this.of(g), 0);
}
