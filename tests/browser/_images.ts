/** Reading exported images: PNG size from its header, pixels decoded by the browser. */
import type { Page } from '@playwright/test';

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG file');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export interface PixelStats {
  width: number;
  height: number;
  /** Variance of the grey level: near 0 for a blank image. */
  variance: number;
  /** Share of pixels close to a given colour. */
  share: number;
}

/** Decodes an image in the page and measures it; `colour` is "#rrggbb". */
export async function pixelStats(
  page: Page,
  bytes: Buffer,
  mime: string,
  colour: string,
): Promise<PixelStats> {
  return page.evaluate(
    async ({ base64, mime, colour }) => {
      const blob = await (await fetch(`data:${mime};base64,${base64}`)).blob();
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const [r0, g0, b0] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
      let sum = 0;
      let sum2 = 0;
      let near = 0;
      const n = data.length / 4;
      for (let i = 0; i < data.length; i += 4) {
        const grey = (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
        sum += grey;
        sum2 += grey * grey;
        if (
          Math.abs(data[i]! - r0!) + Math.abs(data[i + 1]! - g0!) + Math.abs(data[i + 2]! - b0!) <
          40
        )
          near++;
      }
      const mean = sum / n;
      return {
        width: bitmap.width,
        height: bitmap.height,
        variance: sum2 / n - mean * mean,
        share: near / n,
      };
    },
    { base64: bytes.toString('base64'), mime, colour },
  );
}

export interface SvgFacts {
  wellFormed: boolean;
  width: number;
  height: number;
  /** All text, lines joined with spaces. */
  text: string;
  /** Elements or attributes that could run or load something. */
  unsafe: string[];
  /** Number of <text> elements. */
  texts: number;
}

/** Parses SVG text in the page (as XML) and lists what it holds. */
export async function svgFacts(page: Page, text: string): Promise<SvgFacts> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const wellFormed = doc.getElementsByTagName('parsererror').length === 0;
    const unsafe: string[] = [];
    for (const el of Array.from(doc.getElementsByTagName('*'))) {
      const name = el.localName.toLowerCase();
      if (['script', 'foreignobject', 'iframe', 'a', 'use', 'image'].includes(name))
        unsafe.push(name);
      for (const attribute of Array.from(el.attributes)) {
        if (/^on/i.test(attribute.name)) unsafe.push(`${name}[${attribute.name}]`);
        if (/javascript:/i.test(attribute.value))
          unsafe.push(`${name}[${attribute.name}=javascript:]`);
      }
    }
    const texts = Array.from(doc.getElementsByTagName('text'));
    const root = doc.documentElement;
    return {
      wellFormed,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      text: texts.map((t) => t.textContent ?? '').join(' '),
      unsafe,
      texts: texts.length,
    };
  }, text);
}
