/** The map as a figure; the exporter's code loads when first used (the first view needs none). */
import type { Core } from 'cytoscape';
import type { ExportOptions, ExportedImage } from '../render/export';
import type { FigureOptions, Marked } from '../render/figure';

export async function exportMap(
  cy: Core,
  options: ExportOptions,
  marked: Marked | undefined,
): Promise<ExportedImage> {
  const { exportImage } = await import('../render/export');
  return exportImage(cy, options, marked);
}

export async function measureMap(
  cy: Core,
  options: FigureOptions,
): Promise<{ width: number; height: number }> {
  const { figureSize } = await import('../render/export');
  return figureSize(cy, options);
}
