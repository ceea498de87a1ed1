import type { ComponentChildren } from 'preact';
import type { PublicCatalogue } from '../public-data.js';
import { ui, uiAttr } from '../i18n.js';
import { FEED_PATH } from '../feed.js';
import { siteBase } from './page-url.js';
import { CHANGES_PATH } from './changelog.js';
import { ABOLISHED_PATH, HOME_PATH, ICON_PATH, SCRIPT_PATHS, SEARCH_PATH, STYLESHEET_PATH, t, TextWithPhones, type Root } from './common.js';
import { PUBLIC_KEY_PATH } from '../manifest.js';
import { assetIntegrity } from '../static-files.js';

/** Only local scripts (the language and elder-mode toggles, the search) and WebAssembly; no inline script anywhere (JSON-LD is data, which CSP does not govern). */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

type Site = PublicCatalogue['site'];

export interface PageProps {
  site: Site;
  /** YYYY-MM-DD, or undefined when the catalogue gives no date (the footer then shows none). */
  generatedOn: string | undefined;
  /** This page's path from the site root, e.g. `powers/000131001000.html`. */
  path: string;
  /** The page's own title; the site title is appended (the home page passes none). */
  title?: string;
  description?: string;
  /** The header link that is this page, if any. */
  current?: 'home' | 'abolished' | 'search' | 'changes';
  /** The page this one stands for (a superseded code's page: its successor's), site-root-relative; default: itself. */
  canonical?: string;
  /** Kept out of search engines (the page of a superseded code). */
  noindex?: boolean;
  /** Site-root-relative paths of the page's own scripts (modules, deferred), run after the language toggle's. */
  scripts?: readonly string[];
  /** The fingerprint of the key that signs the site's manifest, when it is signed. */
  keyFingerprint?: string;
  children: ComponentChildren;
}

export const rootOf = (path: string): Root => (path.includes('/') ? '../' : '');

/** The whole document: head, skip link, header with the site navigation, main, footer. */
export function Page({ site, generatedOn, path, title, description, current, canonical: canonicalPath, noindex, scripts = [], keyFingerprint, children }: PageProps) {
  const root = rootOf(path);
  const base = siteBase(site.baseUrl);
  const canonical = base !== undefined ? `${base}${canonicalPath ?? path}` : canonicalPath !== undefined ? `${root}${canonicalPath}` : undefined;
  const integrity = assetIntegrity();
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content={CSP} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title === undefined ? site.title : `${title} - ${site.title}`}</title>
        {description !== undefined && <meta name="description" content={description} />}
        <meta name="generator" content="powercat" />
        {noindex && <meta name="robots" content="noindex" />}
        {canonical !== undefined && <link rel="canonical" href={canonical} />}
        {generatedOn !== undefined && <link rel="alternate" type="application/atom+xml" href={`${root}${FEED_PATH}`} title={`${site.title} · 事项调整记录`} />}
        <link rel="icon" type="image/svg+xml" href={`${root}${ICON_PATH}`} />
        <link rel="stylesheet" href={`${root}${STYLESHEET_PATH}`} integrity={integrity.get(STYLESHEET_PATH)} />
        {[SCRIPT_PATHS.lang, ...scripts].map((script) => (
          <script key={script} type="module" src={`${root}${script}`} integrity={integrity.get(script)} />
        ))}
        {/* Not deferred: it sets the elder-friendly mode before the page is first drawn. */}
        <script src={`${root}${SCRIPT_PATHS.elder}`} integrity={integrity.get(SCRIPT_PATHS.elder)} />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t('跳到正文')}
        </a>
        <header class="site-header">
          <div class="wrap">
            <p class="site-title">
              <a href={`${root}${HOME_PATH}`}>{site.title}</a>
            </p>
            {current !== 'search' && <SearchForm root={root} />}
            {/* Shown by assets/lang.js: without scripts there is nothing to switch. */}
            <button type="button" id="ui-lang-toggle" class="lang-toggle" lang="en" hidden="hidden">
              English
            </button>
            {/* Shown by assets/elder.js: larger text and higher contrast (适老化), remembered in this browser. */}
            <button type="button" id="elder-toggle" class="elder-toggle" aria-pressed="false" hidden="hidden">
              {t('长者模式')}
            </button>
            <nav class="site-nav" {...uiAttr('aria-label', ui('网站导航'))}>
              <ul>
                <li>
                  <a href={`${root}${HOME_PATH}`} aria-current={current === 'home' ? 'page' : undefined}>
                    {t('首页')}
                  </a>
                </li>
                <li>
                  <a href={`${root}${HOME_PATH}#by-type`}>{t('按权力类型')}</a>
                </li>
                <li>
                  <a href={`${root}${HOME_PATH}#by-department`}>{t('按实施主体')}</a>
                </li>
                <li>
                  <a href={`${root}${ABOLISHED_PATH}`} aria-current={current === 'abolished' ? 'page' : undefined}>
                    {t('已取消事项')}
                  </a>
                </li>
                <li>
                  <a href={`${root}${CHANGES_PATH}`} aria-current={current === 'changes' ? 'page' : undefined}>
                    {t('事项调整')}
                  </a>
                </li>
                <li>
                  <a href={`${root}${HOME_PATH}#open-data`}>{t('开放数据')}</a>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" class="wrap" tabindex={-1}>
          {children}
        </main>
        <Footer site={site} generatedOn={generatedOn} root={root} keyFingerprint={keyFingerprint} />
      </body>
    </html>
  );
}

/** The header's search box: a plain GET form, so it reaches the search page even without scripts. */
function SearchForm({ root }: { root: Root }) {
  return (
    <form class="site-search" role="search" action={`${root}${SEARCH_PATH}`} method="get">
      <label for="site-search-q" class="visually-hidden">
        {t('搜索权力事项')}
      </label>
      <input id="site-search-q" name="q" type="search" {...uiAttr('placeholder', ui('搜索事项名称、编码或部门'))} autocomplete="off" />
      <button type="submit">{t('搜索')}</button>
    </form>
  );
}

/** The site's identity (FORMAT §2 `site`), on every page. */
export function Footer({ site, generatedOn, root, keyFingerprint }: { site: Site; generatedOn: string | undefined; root: Root; keyFingerprint?: string }) {
  const psbRecord = site.psb?.match(/\d{8,}/)?.[0];
  return (
    <footer class="site-footer">
      <div class="wrap">
        {site.footer !== undefined && <p class="footer-text">{site.footer}</p>}
        <ul class="site-ids">
          {site.contact !== undefined && (
            <li>
              <span class="label">{t('联系方式')}</span> <TextWithPhones text={site.contact} />
            </li>
          )}
          {site.identifier !== undefined && (
            <li>
              <span class="label">{t('网站标识码')}</span> {site.identifier}
            </li>
          )}
          {site.icp !== undefined && (
            <li>
              <span class="label">{t('ICP 备案号')}</span> <a href="https://beian.miit.gov.cn/">{site.icp}</a>
            </li>
          )}
          {site.psb !== undefined && (
            <li>
              <span class="label">{t('公安机关备案号')}</span>{' '}
              {psbRecord === undefined ? (
                site.psb
              ) : (
                <a href={`https://beian.mps.gov.cn/#/query/webSearch?code=${psbRecord}`}>{site.psb}</a>
              )}
            </li>
          )}
          {generatedOn !== undefined && (
            <li>
              <span class="label">{t('生成日期')}</span> <time datetime={generatedOn}>{generatedOn}</time>
            </li>
          )}
          {keyFingerprint !== undefined && (
            <li>
              <span class="label">{t('网站签名公钥指纹')}</span>{' '}
              <a class="code" href={`${root}${PUBLIC_KEY_PATH}`}>
                {keyFingerprint}
              </a>
            </li>
          )}
        </ul>
      </div>
    </footer>
  );
}
