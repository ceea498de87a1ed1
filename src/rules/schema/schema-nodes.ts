import { pointerSegments } from '../../load/locate.js';

type SchemaNode = { [keyword: string]: unknown };

/**
 * Whether the key an instance path ends in is required by the object schema holding it —
 * unconditionally or by an `if/then` (FORMAT: timeLimit for licensing …). `key:` with nothing
 * after it leaves an optional field absent, so the rule that owns it speaks, not the schema.
 */
export function isRequiredKey(root: SchemaNode, instancePath: string): boolean {
  const segments = pointerSegments(instancePath);
  const key = segments.pop();
  if (key === undefined) return true;
  let node: SchemaNode | undefined = resolve(root, root);
  for (const segment of segments) {
    if (!node) return true;
    const properties = node.properties as Record<string, SchemaNode> | undefined;
    const next: SchemaNode | undefined = /^\d+$/.test(segment) ? (node.items as SchemaNode | undefined) : properties?.[segment];
    node = next && resolve(root, next);
  }
  if (!node) return true;
  const conditional = ((node.allOf ?? []) as SchemaNode[]).flatMap((s) => ((s.then as SchemaNode | undefined)?.required ?? []) as string[]);
  return [...((node.required ?? []) as string[]), ...conditional].includes(key);
}

function resolve(root: SchemaNode, node: SchemaNode): SchemaNode {
  let current = node;
  for (let hops = 0; typeof current.$ref === 'string' && hops < 20; hops++) {
    const target = pointerSegments((current.$ref as string).replace(/^#/, '')).reduce<unknown>(
      (at, segment) => (at as SchemaNode | undefined)?.[segment],
      root,
    );
    if (!target) break;
    current = target as SchemaNode;
  }
  return current;
}
