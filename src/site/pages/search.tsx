import { ABOLISHED_PATH, HOME_PATH, SEARCH_PATH, t } from './common.js';

/**
 * The search page. The form works as a plain GET form; assets/search.js (Pagefind, offline) reads
 * `q`, searches as the visitor types and fills the result list. Without scripts the page says so
 * and points to the browsable lists.
 */
export function SearchPage() {
  return (
    <>
      <h1>{t('搜索权力事项')}</h1>
      <form id="search-form" class="search-form" role="search" action={SEARCH_PATH} method="get">
        <label for="search-q">{t('事项名称、编码或实施主体')}</label>
        <div class="search-row">
          <input id="search-q" name="q" type="search" autocomplete="off" spellcheck={false} />
          <button type="submit">{t('搜索')}</button>
        </div>
        <p class="hint">{t('可输入名称中的词语（如“食品 许可”）或编码的开头几位。')}</p>
      </form>
      <p id="search-status" class="search-status" role="status" aria-live="polite" />
      <ol id="search-results" class="search-results" />
      {/* Shown only without scripts, so never switched to English. */}
      <noscript>
        <p class="notice">
          搜索需要浏览器启用 JavaScript。也可以<a href={`${HOME_PATH}#by-type`}>按权力类型</a>、
          <a href={`${HOME_PATH}#by-department`}>按实施主体</a>浏览，或查看<a href={ABOLISHED_PATH}>已取消事项</a>。
        </p>
      </noscript>
    </>
  );
}
