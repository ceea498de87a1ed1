import { constants, type Stats } from 'node:fs';
import { lstat, open, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { isAllowedHost } from './allowed-host.js';
import { HTML_TYPE, contentTypeOf } from './content-types.js';
import { addressOf, parseSitePath } from './request-path.js';
import { RELOAD_EVENTS_PATH, RELOAD_SCRIPT, RELOAD_SCRIPT_PATH, withReloadScript } from './reload-client.js';

export interface PreviewServer {
  url: string;
  /** tells every open page to reload */
  reload(): void;
  close(): Promise<void>;
}

interface PreviewOptions {
  dir: string;
  /** 0 (the default): any free port; `url` names the one taken. */
  port?: number;
  host?: string;
}

/**
 * Serves the built site in `dir` to a local browser, with live reload. Every request resolves its
 * file afresh, because a build replaces the whole folder (a new inode) rather than its files.
 * Only what is inside the folder is served: no symbolic link is followed, no request is answered
 * for a host name that is not this machine's (DNS rebinding), no redirect leads elsewhere.
 */
export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const root = resolve(options.dir);
  const host = options.host ?? '127.0.0.1';
  const openPages = new Set<ServerResponse>();
  let port = 0;
  const server = createServer((request, response) => {
    const head = request.method === 'HEAD';
    if (!isAllowedHost(request.headers.host, host, port)) {
      return sendPage(response, 403, 'Forbidden', 'The preview answers only to localhost, IP addresses and this machine&#39;s name, with its port.', head);
    }
    respond(root, request, response, openPages).catch(() => {
      if (response.headersSent) response.destroy();
      else sendPage(response, 500, 'Internal error', 'The preview could not answer this request.', head);
    });
  });
  await listen(server, options.port ?? 0, host);
  port = (server.address() as AddressInfo).port;
  let closed: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    reload() {
      for (const page of openPages) page.write('event: reload\ndata: reload\n\n');
    },
    close() {
      closed ??= stop(server, openPages);
      return closed;
    },
  };
}

function stop(server: Server, openPages: Set<ServerResponse>): Promise<void> {
  for (const page of openPages) page.end();
  openPages.clear();
  const stopped = new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done())));
  server.closeAllConnections();
  return stopped;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done();
    });
  });
}

async function respond(root: string, request: IncomingMessage, response: ServerResponse, openPages: Set<ServerResponse>): Promise<void> {
  const head = request.method === 'HEAD';
  if (request.method !== 'GET' && !head) {
    response.setHeader('Allow', 'GET, HEAD');
    return sendPage(response, 405, 'Method not allowed', 'The preview only serves files (GET and HEAD).', head);
  }
  const url = request.url ?? '';
  const queryAt = url.includes('?') ? url.indexOf('?') : url.length;
  const [path, query] = [url.slice(0, queryAt), url.slice(queryAt)];
  if (path === RELOAD_SCRIPT_PATH) return send(response, 200, contentTypeOf(path), RELOAD_SCRIPT, head);
  if (path === RELOAD_EVENTS_PATH) return openEvents(request, response, openPages);
  const sitePath = parseSitePath(path);
  if (sitePath === undefined) return sendPage(response, 400, 'Bad request', 'This address is not a path inside the site.', head);
  const entry = await siteEntry(root, sitePath.names);
  if (entry?.stats.isDirectory() && !sitePath.slash) {
    // Pages link relatively, so a folder's index must be read from an address ending in `/`.
    response.writeHead(301, { Location: addressOf({ ...sitePath, slash: true }) + query, 'Cache-Control': 'no-store' });
    return void response.end();
  }
  const file = entry?.stats.isDirectory() ? await siteEntry(root, [...sitePath.names, 'index.html']) : sitePath.slash ? undefined : entry;
  if (entry?.stats.isSymbolicLink() || file?.stats.isSymbolicLink()) {
    return sendPage(response, 403, 'Forbidden', 'The preview does not follow symbolic links.', head);
  }
  const bytes = file?.stats.isFile() ? await readRegularFile(file.path) : undefined;
  if (bytes === undefined) return sendPage(response, 404, 'Not found', 'Nothing is published at this address.', head);
  const type = contentTypeOf(file!.path);
  send(response, 200, type, type === HTML_TYPE ? withReloadScript(bytes.toString('utf8')) : bytes, head);
}

/**
 * The entry the names lead to below `root`, each looked at with lstat: a symbolic link anywhere on
 * the way is returned as it is (never followed); undefined when something on the way is missing.
 */
async function siteEntry(root: string, names: readonly string[]): Promise<{ path: string; stats: Stats } | undefined> {
  let path = root;
  let stats = await stat(root).catch(() => undefined); // the folder itself is the user's choice, link or not
  for (const name of names) {
    if (!stats?.isDirectory()) return stats?.isSymbolicLink() ? { path, stats } : undefined;
    path = join(path, name);
    stats = await lstat(path).catch(() => undefined);
  }
  return stats && { path, stats };
}

/** A regular file's bytes; O_NOFOLLOW, so a link put in its place since it was looked at is not read either. */
async function readRegularFile(path: string): Promise<Buffer | undefined> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW).catch(() => undefined);
  if (!handle) return undefined;
  try {
    return (await handle.stat()).isFile() ? await handle.readFile() : undefined;
  } finally {
    await handle.close();
  }
}

function openEvents(request: IncomingMessage, response: ServerResponse, openPages: Set<ServerResponse>): void {
  response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
  // A comment line sends the headers at once, so the page's EventSource is open before any reload.
  response.write(': connected\n\n');
  openPages.add(response);
  request.on('close', () => openPages.delete(response));
}

function sendPage(response: ServerResponse, status: number, title: string, text: string, head: boolean): void {
  const page = `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${status} ${title}</title></head>\n<body><h1>${status} ${title}</h1><p>${text}</p></body></html>\n`;
  send(response, status, HTML_TYPE, withReloadScript(page), head);
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, head: boolean): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(head ? undefined : body);
}
