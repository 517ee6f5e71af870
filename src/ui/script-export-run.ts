/**
 * The work behind `window.diplomap.export` (see scripting.ts): the figure a
 * reader would export from the view as it is, as base64 with its file name.
 * It loads with the first call: the page's first view has no need of it.
 */
import type { ExportOptions, ExportedImage } from '../render/export';
import type { FigureOptions } from '../render/figure';
import type { ScriptExportRequest, ScriptExportResult } from '../render/script-export';
import type { AppState } from '../state/app-state.svelte';
import { creditLine, exportFileName, pathCaption } from '../state/export-names';
import { listedPaths } from '../state/path-view';
import { creditWithWindow } from '../state/timeline';

export interface MapView {
  exportFigure(options: ExportOptions): Promise<ExportedImage>;
}

async function base64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export async function exportForScript(
  app: AppState,
  map: MapView,
  datasetName: string,
  request: ScriptExportRequest,
): Promise<ScriptExportResult> {
  const graph = app.graph;
  if (!graph) throw new Error('No dataset is open.');
  const figure: FigureOptions = {
    area: request.area ?? 'all',
    background: request.background ?? 'white',
    legend: request.legend ?? true,
  };
  const title = request.title === undefined ? graph.getAttribute('title') : request.title;
  if (title) figure.title = title;
  if (request.credit ?? true) figure.credit = creditWithWindow(creditLine(graph), app.filters);
  const shown = listedPaths(app.pathResult)[app.view.path?.shown ?? 0];
  const caption = pathCaption(graph, shown);
  if ((request.caption ?? true) && caption) figure.caption = caption;
  const image = await map.exportFigure({
    ...figure,
    format: request.format,
    scale: request.scale ?? 1,
  });
  const extension = request.format === 'jpeg' ? 'jpg' : request.format;
  return {
    base64: await base64(image.blob),
    width: image.width,
    height: image.height,
    fileName: exportFileName(datasetName, app.view, extension),
  };
}
