import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve, sep } from 'node:path';
import { HTML_TYPE, contentTypeOf } from './content-types.js';
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
 */
export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const root = resolve(options.dir);
  const host = options.host ?? '127.0.0.1';
  const openPages = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    respond(root, request, response, openPages).catch(() => {
      if (response.headersSent) response.destroy();
      else sendPage(response, 500, 'Internal error', 'The preview could not answer this request.', request.method === 'HEAD');
    });
  });
  await listen(server, options.port ?? 0, host);
  const { port } = server.address() as AddressInfo;
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
  const [path = '', query] = (request.url ?? '').split('?', 2);
  if (path === RELOAD_SCRIPT_PATH) return send(response, 200, contentTypeOf(path), RELOAD_SCRIPT, head);
  if (path === RELOAD_EVENTS_PATH) return openEvents(request, response, openPages);
  const file = siteFile(root, path);
  if (file === undefined) return sendPage(response, 400, 'Bad request', 'This address is not a path inside the site.', head);
  const found = await stat(file).catch(() => undefined);
  if (found?.isDirectory() && !path.endsWith('/')) {
    // Pages link relatively, so a folder's index must be read from an address ending in `/`.
    response.writeHead(301, { Location: `${path}/${query === undefined ? '' : `?${query}`}`, 'Cache-Control': 'no-store' });
    return void response.end();
  }
  const served = found?.isDirectory() ? join(file, 'index.html') : file;
  const bytes = await readFile(served).catch(() => undefined);
  if (bytes === undefined) return sendPage(response, 404, 'Not found', 'Nothing is published at this address.', head);
  const type = contentTypeOf(served);
  send(response, 200, type, type === HTML_TYPE ? withReloadScript(bytes.toString('utf8')) : bytes, head);
}

/** The file a URL path names inside `root`, or undefined when it is malformed or leads outside (`..`, `%2e%2e`, NUL). */
function siteFile(root: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (!path.startsWith('/') || path.includes('\0')) return undefined;
  const file = join(root, path);
  return file === root || file.startsWith(root + sep) ? file : undefined;
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
