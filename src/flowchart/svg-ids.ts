/**
 * Makes every id in an SVG start with the diagram's own id, and every id unique, rewriting the
 * references to them (`url(#…)`, `href="#…"`, `#…` in its <style>), so that many diagrams can be
 * inlined in one page without an id colliding. Mermaid prefixes most ids with the svg id, but not
 * all of them in every version (edge ids like `L_A_B_0` were not, STACK.md).
 */
export function scopeSvgIds(svg: string, diagramId: string): string {
  const renames = new Map<string, string>();
  const seen = new Set<string>();
  let counter = 0;
  const withIds = svg.replace(/(?<![\w:-])id="([^"]*)"/g, (whole, id: string) => {
    let next = id;
    if (id !== diagramId && !id.startsWith(`${diagramId}-`) && !id.startsWith(`${diagramId}_`)) next = `${diagramId}-${id}`;
    while (seen.has(next)) next = `${diagramId}-dup${++counter}-${id}`;
    seen.add(next);
    if (next !== id && !renames.has(id)) renames.set(id, next);
    return next === id ? whole : `id="${next}"`;
  });
  if (renames.size === 0) return withIds;
  const escaped = [...renames.keys()].sort((a, b) => b.length - a.length).map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const reference = new RegExp(`(url\\(#|href="#|#)(${escaped.join('|')})(?![\\w-])`, 'g');
  return withIds.replace(reference, (_whole, lead: string, id: string) => `${lead}${renames.get(id)}`);
}

/**
 * With SVG-text labels Mermaid writes the entity codes of escaped characters (#34;) as the text
 * `&#34;` (serialized `&amp;#34;`), and the no-break space powercat puts between a number and its
 * unit as `&amp;nbsp;`. Every `;` of a label is itself encoded, so each such sequence came from
 * powercat, never from user text, and can safely become the character it stands for.
 */
export function decodeLabelEntities(svg: string): string {
  return svg.replace(/&amp;#(\d+);/g, '&#$1;').replace(/&amp;nbsp;/g, '&#160;');
}

/**
 * Path data with two decimals: Mermaid writes edges and shapes with 15-digit coordinates; a
 * hundredth of a pixel is invisible.
 */
export function roundPathData(svg: string): string {
  return svg.replace(/ d="([^"]*)"/g, (_whole, data: string) => ` d="${data.replace(/-?\d+\.\d{3,}/g, (n) => String(Number(Number(n).toFixed(2))))}"`);
}
