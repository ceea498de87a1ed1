import { availableParallelism } from 'node:os';
import { UsageError } from '../core/errors.js';
import { findBrowser } from './browser.js';
import { FlowchartCache } from './cache.js';
import type { FlowchartSpec } from './collect.js';
import { FONT_HOW_TO, resolveCjkFont } from './fonts.js';
import { MERMAID_CONFIG, MERMAID_VERSION, MermaidRenderer } from './renderer.js';
import { decodeLabelEntities, roundPathData, scopeSvgIds } from './svg-ids.js';
import { pillTerminals } from './terminal-shape.js';

export interface RenderSettings {
  browser?: string;
  cacheDir?: string;
  env: Record<string, string | undefined>;
  onProgress?: (done: number, total: number) => void;
  onNote?: (note: string) => void;
}

export interface RenderedFlowchart extends FlowchartSpec {
  svg: string;
  /** The cache key: everything the SVG's bytes depend on. */
  key: string;
}

export interface RenderStats {
  fromCache: number;
  rendered: number;
}

/** Bumped whenever powercat's own SVG post-processing changes, so old cache entries are not reused. */
const SVG_PIPELINE = 4;

/** Diagrams per round trip to the browser: fewer trips, and the progress bar still moves. */
const BATCH = 8;

function batches<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** SVGs for every flowchart: from the cache where possible; the browser starts only for the rest. */
export async function renderFlowcharts(
  specs: readonly FlowchartSpec[],
  settings: RenderSettings,
): Promise<{ flowcharts: RenderedFlowchart[]; stats: RenderStats }> {
  const font = resolveCjkFont();
  if (!font.ok) throw new UsageError(FONT_HOW_TO);
  const { cache, note } = FlowchartCache.open(settings.cacheDir ?? FlowchartCache.defaultDir(settings.env));
  if (note) settings.onNote?.(note);
  const keyOf = (spec: FlowchartSpec) =>
    FlowchartCache.key({ source: spec.source, id: spec.id, config: MERMAID_CONFIG, mermaid: MERMAID_VERSION, font: font.font, pipeline: SVG_PIPELINE });
  const svgs = new Map<string, string>();
  for (const spec of specs) {
    const cached = cache.get(keyOf(spec));
    if (cached !== undefined) svgs.set(spec.id, cached);
  }
  const missing = specs.filter((spec) => !svgs.has(spec.id));
  let done = specs.length - missing.length;
  settings.onProgress?.(done, specs.length);
  if (missing.length > 0) {
    const pages = Math.max(1, Math.min(availableParallelism(), 4, missing.length));
    const renderer = await MermaidRenderer.start(findBrowser(settings.browser, settings.env), pages);
    try {
      await Promise.all(
        batches(missing, BATCH).map(async (batch) => {
          const drawn = await renderer.renderBatch(batch);
          batch.forEach((spec, i) => {
            const svg = pillTerminals(roundPathData(decodeLabelEntities(scopeSvgIds(drawn[i]!, spec.id))));
            cache.set(keyOf(spec), svg);
            svgs.set(spec.id, svg);
          });
          done += batch.length;
          settings.onProgress?.(done, specs.length);
        }),
      );
    } finally {
      await renderer.close();
    }
  }
  return {
    flowcharts: specs.map((spec) => ({ ...spec, svg: svgs.get(spec.id)!, key: keyOf(spec) })),
    stats: { fromCache: specs.length - missing.length, rendered: missing.length },
  };
}
