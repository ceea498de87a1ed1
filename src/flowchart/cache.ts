import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { LocalizedText } from '../core/messages.js';
import { makeFolders } from '../util/make-folders.js';

/**
 * Rendered SVGs, kept outside the catalogue ($XDG_CACHE_HOME/powercat by default). A place that
 * cannot be written means no caching, with a note — never a failed render.
 */
export class FlowchartCache {
  private constructor(private readonly dir: string | undefined) {}

  /** The cache, or a disabled one and the reason it is off. */
  static open(dir: string): { cache: FlowchartCache; note?: LocalizedText } {
    try {
      makeFolders(dir);
      const probe = join(dir, `.probe-${process.pid}`);
      writeFileSync(probe, '');
      rmSync(probe);
      return { cache: new FlowchartCache(dir) };
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      return {
        cache: new FlowchartCache(undefined),
        note: { 'zh-CN': `流程图缓存 ${dir} 无法写入（${reason}），本次不用缓存`, en: `flowchart cache ${dir} is not writable (${reason}); rendering without a cache` },
      };
    }
  }

  static defaultDir(env: Record<string, string | undefined>): string {
    return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'powercat', 'flowcharts');
  }

  /** The key: everything the SVG's bytes depend on. */
  static key(parts: { source: string; config: unknown; mermaid: string; segmenter: string; font: string; pipeline: number }): string {
    return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
  }

  get(key: string): string | undefined {
    if (!this.dir) return undefined;
    try {
      return readFileSync(join(this.dir, `${key}.svg`), 'utf8');
    } catch {
      return undefined;
    }
  }

  set(key: string, svg: string): void {
    if (!this.dir) return;
    const path = join(this.dir, `${key}.svg`);
    const temporary = `${path}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, svg);
      renameSync(temporary, path);
    } catch {
      rmSync(temporary, { force: true }); // a full disk loses a cache entry, not the render
    }
  }
}
