/** Where the preview serves its own files, beside (never inside) the site's paths. */
export const RELOAD_SCRIPT_PATH = '/__powercat/reload.js';
export const RELOAD_EVENTS_PATH = '/__powercat/events';

/**
 * The page's side of live reload. An external file, not an inline script: the site's CSP allows
 * scripts from 'self' only. EventSource reconnects by itself while the preview restarts.
 */
export const RELOAD_SCRIPT = `new EventSource(${JSON.stringify(RELOAD_EVENTS_PATH)}).addEventListener('reload', () => location.reload());\n`;

const RELOAD_TAG = `<script src="${RELOAD_SCRIPT_PATH}" defer></script>`;

/** The page with the reload script, before `</body>` (at the end when there is none). */
export function withReloadScript(html: string): string {
  const end = html.toLowerCase().lastIndexOf('</body>');
  return end === -1 ? html + RELOAD_TAG : html.slice(0, end) + RELOAD_TAG + html.slice(end);
}
