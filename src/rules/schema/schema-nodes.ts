import { pointerSegments } from '../../load/locate.js';

/** A node of a kind's JSON Schema, as the schema rule reads it. */
export type SchemaNode = { [keyword: string]: unknown };

/**
 * The schema of the value at an instance path (its `$ref`s followed, list items through `items`),
 * or undefined where the schema says nothing of it.
 */
export function schemaAt(root: SchemaNode, segments: readonly string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = resolve(root, root);
  for (const segment of segments) {
    if (!node) return undefined;
    const next: SchemaNode | undefined = /^\d+$/.test(segment) ? (node.items as SchemaNode | undefined) : propertiesOf(node)[segment];
    node = next && resolve(root, next);
  }
  return node;
}

/** The keys an object schema declares, with their schemas. */
export function propertiesOf(node: SchemaNode): Record<string, SchemaNode> {
  return (node.properties ?? {}) as Record<string, SchemaNode>;
}

/** The object schema a key's value holds: the value's own, or its list items'. */
export function objectInside(root: SchemaNode, node: SchemaNode): SchemaNode | undefined {
  const resolved = resolve(root, node);
  const items = resolved.items as SchemaNode | undefined;
  const inner = items ? resolve(root, items) : resolved;
  return inner.properties ? inner : undefined;
}

/**
 * Whether the key an instance path ends in is required by the object schema holding it —
 * unconditionally or by an `if/then` (FORMAT: timeLimit for licensing …). `key:` with nothing
 * after it leaves an optional field absent, so the rule that owns it speaks, not the schema.
 */
export function isRequiredKey(root: SchemaNode, instancePath: string): boolean {
  const segments = pointerSegments(instancePath);
  const key = segments.pop();
  if (key === undefined) return true;
  const node = schemaAt(root, segments);
  if (!node) return true;
  const conditional = ((node.allOf ?? []) as SchemaNode[]).flatMap((s) => ((s.then as SchemaNode | undefined)?.required ?? []) as string[]);
  return [...((node.required ?? []) as string[]), ...conditional].includes(key);
}

/** The node a JSON pointer into the schema names (`#/allOf/0/if`), its `$ref`s followed. */
export function schemaNodeAt(root: SchemaNode, pointer: string): SchemaNode | undefined {
  const target = pointerSegments(pointer.replace(/^#/, '')).reduce<unknown>((at, segment) => (at as SchemaNode | undefined)?.[segment], root);
  return target && typeof target === 'object' ? resolve(root, target as SchemaNode) : undefined;
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
