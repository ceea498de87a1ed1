/** A request's path as the names it walks through below the site's root, and whether it ends in `/`. */
export interface SitePath {
  names: readonly string[];
  slash: boolean;
}

/**
 * The one reading of a request's path (the part before `?`). Each segment is decoded on its own,
 * and the path is refused (undefined) when any could mean something other than one name below the
 * root: malformed escapes, `.`, `..`, an empty segment (`//`, which a Location would turn into
 * another host), or a `/`, `\` or NUL hidden in an escape. Nothing is ever resolved against `..`.
 */
export function parseSitePath(urlPath: string): SitePath | undefined {
  if (!urlPath.startsWith('/')) return undefined;
  const segments = urlPath.slice(1).split('/');
  const slash = segments.at(-1) === '';
  if (slash) segments.pop();
  const names: string[] = [];
  for (const segment of segments) {
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return undefined;
    }
    if (name === '' || name === '.' || name === '..' || /[/\\\0]/.test(name)) return undefined;
    names.push(name);
  }
  return { names, slash };
}

/** The address of a path, always one `/` then encoded names: never `//host` or `scheme:`, whatever the request held. */
export function addressOf(path: SitePath): string {
  return `/${path.names.map(encodeURIComponent).join('/')}${path.slash && path.names.length > 0 ? '/' : ''}`;
}
