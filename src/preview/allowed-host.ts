import { hostname } from 'node:os';
import { isIP } from 'node:net';

/**
 * Whether a request's `Host` may be answered: DNS rebinding (a page of evil.example whose name is
 * then pointed at 127.0.0.1) reaches the preview with `Host: evil.example:PORT`, so only names
 * nobody else can point at this machine are accepted — IP addresses, `localhost` and
 * `*.localhost` (RFC 6761), the address the preview was bound to, and this machine's own name —
 * and only with the preview's port (no port: 80). The same for every `--host`.
 */
export function isAllowedHost(header: string | undefined, boundHost: string, port: number): boolean {
  const parsed = header === undefined ? undefined : /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+)(?::(\d+))?$/.exec(header);
  if (!parsed) return false;
  const name = parsed[1]!.toLowerCase().replace(/\.$/, '');
  if ((parsed[2] === undefined ? 80 : Number(parsed[2])) !== port) return false;
  const address = name.startsWith('[') ? name.slice(1, -1) : name;
  return (
    isIP(address) !== 0 ||
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    address === boundHost.toLowerCase() ||
    name === hostname().toLowerCase()
  );
}
