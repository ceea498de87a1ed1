import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';

/** No browser to draw with: the user must install one (exit 2, with the how-to). */
export class BrowserNotFound extends UsageError {}

export const BROWSER_HOW_TO = [
  'no Chromium or Chrome found to render flowcharts. Get one:',
  '  Debian/Ubuntu:  apt-get install chromium fonts-noto-cjk   (or: npm run setup, as root)',
  '  elsewhere:      npx puppeteer browsers install chrome-headless-shell',
  'or name one with --browser PATH or PUPPETEER_EXECUTABLE_PATH.',
].join('\n');

const SYSTEM_PATHS = [
  '/usr/lib/chromium/chromium', // Debian's binary: starts faster than the /usr/bin wrapper script
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Browsers `npx puppeteer browsers install …` put in its cache, newest version first. */
function puppeteerCache(env: Record<string, string | undefined>): string[] {
  const root = env.PUPPETEER_CACHE_DIR ?? join(homedir(), '.cache', 'puppeteer');
  const found: string[] = [];
  for (const [product, binary] of [
    ['chrome-headless-shell', 'chrome-headless-shell'],
    ['chrome', 'chrome'],
  ] as const) {
    const dir = join(root, product);
    if (!existsSync(dir)) continue;
    for (const version of readdirSync(dir).sort().reverse()) {
      for (const platform of readdirSync(join(dir, version))) found.push(join(dir, version, platform, binary));
    }
  }
  return found;
}

/** `--browser`, then PUPPETEER_EXECUTABLE_PATH, then the system's Chromium/Chrome, then puppeteer's cache. */
export function findBrowser(
  flag: string | undefined,
  env: Record<string, string | undefined>,
  systemPaths: readonly string[] = SYSTEM_PATHS,
): string {
  if (flag !== undefined) {
    if (!existsSync(flag)) throw new BrowserNotFound(`--browser ${flag}: no such file; ${BROWSER_HOW_TO}`);
    return flag;
  }
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new BrowserNotFound(`PUPPETEER_EXECUTABLE_PATH=${fromEnv}: no such file; ${BROWSER_HOW_TO}`);
    return fromEnv;
  }
  const found = [...systemPaths, ...puppeteerCache(env)].find((path) => existsSync(path));
  if (!found) throw new BrowserNotFound(BROWSER_HOW_TO);
  return found;
}

/** Flags for a headless Chromium on a machine without network or display; no sandbox only as root. */
export function browserArgs(): string[] {
  const asRoot = process.getuid?.() === 0;
  return [
    ...(asRoot ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    '--font-render-hinting=none',
  ];
}
