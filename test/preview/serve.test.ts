import { mkdirSync, mkdtempSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPreview, type PreviewServer } from '../../src/preview/serve.js';

const WASM = Uint8Array.of(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00);
const PAGE = '<!doctype html><html><head><title>首页</title></head><body><p>首页</p></body></html>\n';

/** A built site as the preview finds it: pages, assets, open data and Pagefind's index files. */
function siteFolder(home = PAGE): string {
  const parent = mkdtempSync(join(tmpdir(), 'powercat-preview-'));
  const files: Record<string, string | Uint8Array> = {
    'index.html': home,
    'departments/index.html': '<html><body>部门</body></html>',
    'assets/site.css': 'body { margin: 0 }',
    'assets/search.js': 'export {};',
    'assets/module.mjs': 'export {};',
    'assets/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'assets/logo.png': Uint8Array.of(0x89, 0x50, 0x4e, 0x47),
    'data/catalogue.json': '{}',
    'data/catalogue.csv': 'code,name\n',
    'data/catalogue.xlsx': Uint8Array.of(0x50, 0x4b, 0x03, 0x04),
    'pagefind/pagefind.wasm': WASM,
    'pagefind/wasm.unknown.pagefind': Uint8Array.of(0x1f, 0x8b),
    'pagefind/fragment/zh_1.pf_fragment': Uint8Array.of(0x1f, 0x8b),
    'pagefind/index/zh_1.pf_index': Uint8Array.of(0x1f, 0x8b),
    'pagefind/pagefind.zh_1.pf_meta': Uint8Array.of(0x1f, 0x8b),
    'pagefind/filter/zh_1.pf_filter': Uint8Array.of(0x1f, 0x8b),
  };
  writeFiles(join(parent, 'site'), files);
  writeFileSync(join(parent, 'secret.txt'), 'outside the site');
  return join(parent, 'site');
}

function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
}

interface Answer {
  status: number;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

/** A request with the path (and Host) sent as written: fetch() would resolve `..` and `%2e%2e` before sending. */
function get(server: PreviewServer, path: string, method = 'GET', headers: OutgoingHttpHeaders = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(server.url), { path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('startPreview', { timeout: 120_000 }, () => {
  let site: string;
  let server: PreviewServer;
  beforeEach(async () => {
    site = siteFolder();
    server = await startPreview({ dir: site, port: 0 });
  }, 120_000);
  afterEach(() => server.close());

  it('listens on 127.0.0.1 at the port it was given, a free one for 0', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.url).not.toBe('http://127.0.0.1:0/');
  });

  it.each([
    ['/assets/site.css', 'text/css; charset=utf-8'],
    ['/assets/search.js', 'text/javascript; charset=utf-8'],
    ['/assets/module.mjs', 'text/javascript; charset=utf-8'],
    ['/assets/favicon.svg', 'image/svg+xml'],
    ['/assets/logo.png', 'image/png'],
    ['/data/catalogue.json', 'application/json; charset=utf-8'],
    ['/data/catalogue.csv', 'text/csv; charset=utf-8'],
    ['/data/catalogue.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['/pagefind/pagefind.wasm', 'application/wasm'],
    ['/pagefind/wasm.unknown.pagefind', 'application/octet-stream'],
    ['/pagefind/fragment/zh_1.pf_fragment', 'application/octet-stream'],
    ['/pagefind/index/zh_1.pf_index', 'application/octet-stream'],
    ['/pagefind/pagefind.zh_1.pf_meta', 'application/octet-stream'],
    ['/pagefind/filter/zh_1.pf_filter', 'application/octet-stream'],
  ])('serves %s as %s, never cached', async (path, type) => {
    const answer = await get(server, path);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe(type);
    expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('serves files byte for byte', async () => {
    expect((await get(server, '/pagefind/pagefind.wasm')).body).toEqual(Buffer.from(WASM));
    expect((await get(server, '/data/catalogue.csv?download=1')).body.toString()).toBe('code,name\n');
  });

  it('serves index.html for / and for a folder, and sends a folder without the slash to it', async () => {
    const home = await get(server, '/');
    expect(home.status).toBe(200);
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(home.body.toString()).toContain('<p>首页</p>');
    expect((await get(server, '/departments/')).body.toString()).toContain('部门');
    const redirect = await get(server, '/departments?x=1');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/departments/?x=1');
  });

  it('puts the reload script, an external same-origin file, right before </body> of every page', async () => {
    const home = (await get(server, '/index.html')).body.toString();
    expect(home).toBe(PAGE.replace('</body>', '<script src="/__powercat/reload.js" defer></script></body>'));
    expect(Number((await get(server, '/index.html')).headers['content-length'])).toBe(Buffer.byteLength(home));
    const script = await get(server, '/__powercat/reload.js');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body.toString()).toContain("new EventSource(\"/__powercat/events\").addEventListener('reload', () => location.reload())");
  });

  it('leaves other files as they are', async () => {
    expect((await get(server, '/assets/favicon.svg')).body.toString()).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2E%2E/%2e%2e/secret.txt', '/..%2fsecret.txt', '/index.html%00.css', '/%E0%A4%A'])(
    'refuses %s, which leads outside the site or is malformed',
    async (path) => {
      const answer = await get(server, path);
      expect(answer.status).toBe(400);
      expect(answer.body.toString()).not.toContain('outside the site');
    },
  );

  it.each(['//evil.example/..%2fassets', '//evil.example/assets', '///evil.example/departments', '/%2F%2Fevil.example/departments', '/%5C%5Cevil.example/departments', '/\\evil.example/..', '/departments//', '/./departments'])(
    'never redirects %s to another origin',
    async (path) => {
      const answer = await get(server, path);
      expect(answer.status).toBe(400);
      expect(answer.headers.location).toBeUndefined();
    },
  );

  it('redirects a folder to its one canonical address, the query kept', async () => {
    mkdirSync(join(site, '部门 一'));
    writeFileSync(join(site, '部门 一/index.html'), '<p>部门一</p>');
    const redirect = await get(server, '/%E9%83%A8%E9%97%A8%20%E4%B8%80?a=1&b=//evil.example');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/%E9%83%A8%E9%97%A8%20%E4%B8%80/?a=1&b=//evil.example');
    expect((await get(server, redirect.headers.location!)).body.toString()).toContain('部门一');
  });

  it('never follows a symbolic link, inside the site or out of it', async () => {
    symlinkSync('/etc/passwd', join(site, 'passwd'));
    symlinkSync('../secret.txt', join(site, 'assets/secret.css'));
    symlinkSync('..', join(site, 'up'));
    symlinkSync('index.html', join(site, 'home.html'));
    symlinkSync(join(site, 'departments'), join(site, 'linked'));
    mkdirSync(join(site, 'indexed'));
    symlinkSync('/etc/passwd', join(site, 'indexed/index.html'));
    for (const path of ['/passwd', '/assets/secret.css', '/up/secret.txt', '/up/', '/home.html', '/linked/', '/linked/index.html', '/linked', '/indexed/']) {
      const answer = await get(server, path);
      expect(answer.status, path).toBe(403);
      expect(answer.body.toString(), path).not.toMatch(/root:|outside the site|部门|首页/);
    }
  });

  it('answers only Host names that cannot be pointed at it by others (DNS rebinding), with its port', async () => {
    const port = Number(new URL(server.url).port);
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, `app.localhost:${port}`, `LOCALHOST:${port}`, `192.168.1.20:${port}`, `${hostname()}:${port}`]) {
      expect((await get(server, '/', 'GET', { host })).status, host).toBe(200);
    }
    for (const host of [`evil.example:${port}`, 'evil.example', `localhost:${port + 1}`, 'localhost', `127.0.0.1.evil.example:${port}`, `localhost.evil.example:${port}`, `[::1]x:${port}`]) {
      for (const path of ['/', '/assets/site.css', '/__powercat/reload.js', '/__powercat/events']) {
        const answer = await get(server, path, 'GET', { host });
        expect(answer.status, `${host} ${path}`).toBeGreaterThanOrEqual(400);
        expect(answer.body.toString()).not.toContain('首页');
      }
    }
    expect((await get(server, '/', 'GET', { host: `evil.example:${port}` })).status).toBe(403);
    const noHost = await new Promise<number | undefined>((resolve, reject) => {
      request(new URL(server.url), { setHost: false }, (res) => resolve(res.resume().statusCode)).on('error', reject).end();
    });
    expect(noHost).toBe(400);
  });

  it('answers a missing file with a small HTML page and 404', async () => {
    const answer = await get(server, '/powers/none.html');
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.body.toString()).toContain('<h1>404 Not found</h1>');
    expect((await get(server, '/index.html/')).status).toBe(404);
  });

  it('answers HEAD with the headers only, and other methods with 405', async () => {
    const head = await get(server, '/assets/site.css', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String('body { margin: 0 }'.length));
    expect(head.body.length).toBe(0);
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const refused = await get(server, '/index.html', method);
      expect(refused.status).toBe(405);
      expect(refused.headers.allow).toBe('GET, HEAD');
    }
  });

  it('reads every request from the folder as it is now, after a build swapped it', async () => {
    renameSync(site, `${site}.old`);
    writeFiles(site, { 'index.html': '<html><body>新版</body></html>' });
    expect((await get(server, '/')).body.toString()).toContain('新版');
    expect((await get(server, '/assets/site.css')).status).toBe(404);
  });

  it('tells every connected page to reload, and ends their connections on close', async () => {
    const pages = await Promise.all([openPage(server), openPage(server)]);
    server.reload();
    for (const page of pages) await vi.waitFor(() => expect(page.received()).toBe(': connected\n\nevent: reload\ndata: reload\n\n'));
    await server.close();
    for (const page of pages) await expect(page.ended).resolves.toBeUndefined();
  });
});

/** What an EventSource on /__powercat/events receives; resolves once the connection is open. */
function openPage(server: PreviewServer): Promise<{ received: () => string; ended: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL('__powercat/events', server.url), (res) => {
      expect(res.headers['content-type']).toBe('text/event-stream');
      let text = '';
      const ended = new Promise<void>((done) => res.on('end', done));
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.once('data', () => resolve({ received: () => text, ended }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('startPreview on every address (--host 0.0.0.0)', { timeout: 120_000 }, () => {
  it('answers IP addresses and this machine\'s name, and still no other host name', async () => {
    const server = await startPreview({ dir: siteFolder(), port: 0, host: '0.0.0.0' });
    try {
      const port = Number(new URL(server.url).port);
      const at = (host: string) => get({ ...server, url: `http://127.0.0.1:${port}/` }, '/', 'GET', { host });
      for (const host of [`0.0.0.0:${port}`, `10.1.2.3:${port}`, `${hostname()}:${port}`, `localhost:${port}`]) expect((await at(host)).status, host).toBe(200);
      expect((await at(`evil.example:${port}`)).status).toBe(403);
    } finally {
      await server.close();
    }
  });
});

describe('startPreview on a port in use', { timeout: 120_000 }, () => {
  it('fails with EADDRINUSE', async () => {
    const first = await startPreview({ dir: siteFolder(), port: 0 });
    const port = Number(new URL(first.url).port);
    await expect(startPreview({ dir: siteFolder(), port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    await first.close();
  });
});
