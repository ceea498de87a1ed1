import { encode } from 'uqr';
import { ui, uiAttr, type PlainLabel } from '../i18n.js';
import type { PublicPower } from '../public-data.js';
import { t } from './common.js';

/** The quiet zone QR readers need around the code, in modules (ISO/IEC 18004). */
const QUIET_ZONE = 4;

/**
 * The dark modules of a QR code (error correction M: a smudged print still reads) of the text's
 * UTF-8 bytes, without the quiet zone; undefined when the text is too long for any QR code.
 */
export function qrModules(text: string): boolean[][] | undefined {
  try {
    return encode([...new TextEncoder().encode(text)], { ecc: 'M', border: 0 }).data;
  } catch {
    return undefined;
  }
}

/** One path of horizontal runs of dark modules, one unit a module, the quiet zone inside the viewBox. */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  let d = '';
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let end = x;
      while (row[end + 1]) end++;
      d += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${end - x + 1}v1h-${end - x + 1}z`;
      x = end;
    }
  });
  return d;
}

function QrCode({ text, label }: { text: string; label: PlainLabel }) {
  const modules = qrModules(text);
  if (modules === undefined) return null;
  const size = modules.length + 2 * QUIET_ZONE;
  return (
    <svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${size} ${size}`} shape-rendering="crispEdges" role="img" {...uiAttr('aria-label', ui(label))}>
      <rect width={size} height={size} fill="#fff" />
      <path d={qrPath(modules)} fill="#000" />
    </svg>
  );
}

/**
 * For the printed page only (the stylesheet hides it on screen): QR codes of the page's address
 * (when `site.baseUrl` is set) and of the online handling link (when the power publishes one),
 * each with the address in words. Drawn here, at build time: no script.
 */
export function PrintQrCodes({ url, power }: { url: string | undefined; power: PublicPower }) {
  const codes = [
    url !== undefined && { text: url, caption: '扫码打开本页', label: '本页网址二维码' },
    power.online !== undefined && { text: power.online, caption: '扫码网上办理', label: '网上办理地址二维码' },
  ].filter((code): code is { text: string; caption: PlainLabel; label: PlainLabel } => code !== false);
  if (codes.length === 0) return null;
  return (
    <aside class="print-qr">
      {codes.map((code) => (
        <figure key={code.caption}>
          <QrCode text={code.text} label={code.label} />
          <figcaption>
            {t(code.caption)}
            <span class="url">{code.text}</span>
          </figcaption>
        </figure>
      ))}
    </aside>
  );
}
