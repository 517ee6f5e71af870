/**
 * Image export: the figure as SVG text, or rasterized to PNG or JPEG at a
 * chosen scale (a print width at 300 dpi becomes a scale too).
 */
import type { Core } from 'cytoscape';
import { buildFigure, figureToSvgText, type FigureOptions, type Marked } from './figure';
import { withDpi } from './png-dpi';

export type ImageFormat = 'png' | 'jpeg' | 'svg';

export interface ExportOptions extends FigureOptions {
  format: ImageFormat;
  /** Raster scale: 1, 2, 4, or what a print width asks for. Ignored for SVG. */
  scale: number;
  /** The print resolution a PNG records (a pHYs chunk), so that layout software sizes it right. */
  dpi?: number;
}

export const MIME: Record<ImageFormat, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  svg: 'image/svg+xml',
};

/** Browsers refuse canvases much larger than this on a side. */
export const MAX_RASTER_SIDE = 16384;

export interface ExportedImage {
  blob: Blob;
  /** Pixel size of a raster (the CSS size for SVG). */
  width: number;
  height: number;
}

/** The figure's size in CSS pixels for these options (to size a print before exporting). */
export function figureSize(cy: Core, options: FigureOptions): { width: number; height: number } {
  const { width, height } = buildFigure(cy, options);
  return { width, height };
}

export async function exportImage(
  cy: Core,
  options: ExportOptions,
  marked?: Marked,
): Promise<ExportedImage> {
  // JPEG has no transparency: it is always on white.
  const figureOptions: FigureOptions = {
    ...options,
    background: options.format === 'jpeg' ? 'white' : options.background,
  };
  const figure = buildFigure(cy, figureOptions, marked);
  const text = figureToSvgText(figure);
  if (options.format === 'svg') {
    return {
      blob: new Blob([text], { type: MIME.svg }),
      width: figure.width,
      height: figure.height,
    };
  }
  const width = Math.round(figure.width * options.scale);
  const height = Math.round(figure.height * options.scale);
  if (width > MAX_RASTER_SIDE || height > MAX_RASTER_SIDE) {
    throw new RangeError(
      `The image would be ${width} × ${height} pixels, more than the ${MAX_RASTER_SIDE} a browser can draw on a side: choose a smaller scale or print width.`,
    );
  }
  const url = URL.createObjectURL(new Blob([text], { type: MIME.svg }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images (no 2D canvas).');
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, MIME[options.format], 0.92),
    );
    if (!blob) throw new Error('The browser could not encode the image.');
    if (options.format !== 'png' || options.dpi === undefined) return { blob, width, height };
    const png = withDpi(new Uint8Array(await blob.arrayBuffer()), options.dpi);
    return { blob: new Blob([png], { type: MIME.png }), width, height };
  } finally {
    URL.revokeObjectURL(url);
  }
}
