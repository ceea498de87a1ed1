// @ts-check
// The search page's script: Pagefind's offline index (pagefind/ beside this site), queried as the
// visitor types. Results are written with textContent only: nothing from the index becomes markup.

const siteRoot = new URL('../', import.meta.url);
const form = /** @type {HTMLFormElement} */ (document.getElementById('search-form'));
const input = /** @type {HTMLInputElement} */ (document.getElementById('search-q'));
const status = /** @type {HTMLElement} */ (document.getElementById('search-status'));
const list = /** @type {HTMLOListElement} */ (document.getElementById('search-results'));
const SHOWN = 50;

const MESSAGES = {
  zh: {
    loading: '正在加载搜索索引…',
    empty: '请输入要搜索的事项名称、编码或实施主体。',
    none: (/** @type {string} */ q) => `没有找到与“${q}”相关的事项。可以换一个词，或按类型、实施主体浏览。`,
    found: (/** @type {number} */ n, /** @type {string} */ q) => `找到 ${n} 个与“${q}”相关的结果${n > SHOWN ? `，显示前 ${SHOWN} 个` : ''}。`,
    failed: '搜索索引加载失败，请稍后再试，或按类型、实施主体浏览。',
  },
  en: {
    loading: 'Loading the search index…',
    empty: 'Type a power name, code or department.',
    none: (/** @type {string} */ q) => `Nothing matches “${q}”. Try another word, or browse by type or department.`,
    found: (/** @type {number} */ n, /** @type {string} */ q) => `${n} results for “${q}”${n > SHOWN ? `; showing the first ${SHOWN}` : ''}.`,
    failed: 'The search index could not be loaded. Please try again later, or browse by type or department.',
  },
};

/** The UI language chosen with the site's language toggle (the page's own data-ui attribute). */
const messages = () => (document.documentElement.dataset.ui === 'en' ? MESSAGES.en : MESSAGES.zh);

/** @type {Promise<any> | undefined} */
let pagefind;
const loadPagefind = () => {
  pagefind ??= import(new URL('pagefind/pagefind.js', siteRoot).href).then(async (module) => {
    await module.init();
    return module;
  });
  return pagefind;
};

/** @param {{ url: string, meta: Record<string, string> }} result Pagefind's, its url already under the site root */
function resultItem(result) {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const heading = document.createElement('h2');
  heading.append(link);
  const details = document.createElement('p');
  details.className = 'result-meta';
  const en = document.documentElement.dataset.ui === 'en';
  const { code, kind, kind_en, department, status, status_en } = result.meta;
  details.textContent = [code, en ? kind_en : kind, department, en ? status_en : status].filter(Boolean).join(' · ');
  item.append(heading, details);
  return item;
}

let latest = 0;
async function run(query) {
  const q = query.trim();
  const ticket = ++latest;
  if (q === '') {
    list.replaceChildren();
    status.textContent = messages().empty;
    return;
  }
  status.textContent = messages().loading;
  try {
    const module = await loadPagefind();
    const search = await module.search(q);
    const results = await Promise.all(search.results.slice(0, SHOWN).map((/** @type {any} */ r) => r.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...results.map(resultItem));
    status.textContent = results.length === 0 ? messages().none(q) : messages().found(search.results.length, q);
  } catch (error) {
    if (ticket !== latest) return;
    console.warn('powercat search:', error);
    status.textContent = messages().failed;
  }
}

/** @type {ReturnType<typeof setTimeout> | undefined} */
let timer;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  }, 200);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  void run(input.value);
});
document.addEventListener('powercat:ui-lang', () => void run(input.value));

input.value = new URLSearchParams(location.search).get('q') ?? '';
void run(input.value);
