import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** What a QR reader reads in an RGBA image, or undefined. */
export function readQr(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number): string | undefined {
  return jsQR(new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, rgba.byteLength), width, height)?.data;
}

/** What a QR reader reads in a PNG (a screenshot). */
export function readQrPng(png: Uint8Array): string | undefined {
  const image = PNG.sync.read(Buffer.from(png));
  return readQr(image.data, image.width, image.height);
}

/**
 * The QR code the site draws (src/site/pages/qr.tsx: a white square and one path of
 * `M x y h w v1 h-w z` runs, one unit a module), rasterised at `scale` pixels a module: an image
 * made from the page's own SVG, for an independent decoder.
 */
export function rasteriseQrSvg(svg: string, scale = 4): { rgba: Uint8ClampedArray; size: number } {
  const units = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const d = /<path d="([^"]*)"/.exec(svg)?.[1] ?? '';
  const size = units * scale;
  const rgba = new Uint8ClampedArray(size * size * 4).fill(255);
  let runs = 0;
  for (const [, x, y, width] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    runs++;
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++) {
      for (let px = Number(x) * scale; px < (Number(x) + Number(width)) * scale; px++) rgba.fill(0, (py * size + px) * 4, (py * size + px) * 4 + 3);
    }
  }
  if (!(units > 0) || runs === 0 || d.replace(/M(\d+) (\d+)h(\d+)v1h-\3z/g, '') !== '') throw new Error(`not a QR code as the site draws it: ${svg.slice(0, 200)}`);
  return { rgba, size };
}
