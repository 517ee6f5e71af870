/**
 * window.diplomap: the Cytoscape instance for the console, and an export
 * call that the command-line renderer (src/cli/render.ts) uses to draw the
 * same image a reader would download. Each call loads its code when first
 * made: the page's first view has no need of it.
 */
import type { Core } from 'cytoscape';
import type { ExportOptions, ExportedImage } from '../render/export';
import type { ScriptExportRequest, ScriptExportResult } from '../render/script-export';
import type { FigureOptions } from '../render/figure';
import type { AppState } from '../state/app-state.svelte';
import { listedPaths } from '../state/path-view';
import { creditWithWindow } from '../state/timeline';
import type { ImportReport } from '../state/importing';
import type { ExtractInput, ExtractStage, ExtractionResult } from '../state/extracting';

interface MapView {
  exportFigure(options: ExportOptions): Promise<ExportedImage>;
}

export interface DiplomapScripting {
  cy?: Core;
  /** The layer a still graph's (over 400 actors) selection, path and pointer are drawn on, over the map. */
  focus?: Core;
  export?: (request: ScriptExportRequest) => Promise<ScriptExportResult>;
  /** Reads a file's text as the Open dialog would (the XML with this browser's parser); returns the report. */
  importReport?: (text: string) => Promise<ImportReport>;
  /** Opens another dataset in place, as a link's query would (`data=…`), replacing the open one. */
  open?: (query: string) => Promise<void>;
  /**
   * Drafts proposals from an article in the assistant's worker, as the
   * editor will; `cancelAt` cancels the work when it reaches that stage.
   */
  extract?: (
    input: ExtractInput,
    options?: { cancelAt?: ExtractStage },
  ) => Promise<ExtractionResult>;
}

async function base64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Installs window.diplomap.export; returns the uninstaller. */
export function installScripting(
  app: AppState,
  map: MapView,
  datasetName: () => string,
  open: (query: string) => Promise<void>,
): () => void {
  const target = window as unknown as { diplomap?: DiplomapScripting };
  const hook = async (request: ScriptExportRequest): Promise<ScriptExportResult> => {
    const graph = app.graph;
    if (!graph) throw new Error('No dataset is open.');
    const { creditLine, exportFileName, pathCaption } = await import('../state/export-names');
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
      fileName: exportFileName(datasetName(), app.view, extension),
    };
  };
  const importReport = async (text: string): Promise<ImportReport> =>
    (await import('../state/importing')).importReport(text);
  const extract = async (input: ExtractInput, options: { cancelAt?: ExtractStage } = {}) => {
    const { runExtraction } = await import('../state/extracting');
    const controller = new AbortController();
    return runExtraction(
      input,
      (stage) => {
        if (stage === options.cancelAt) controller.abort();
      },
      controller.signal,
    );
  };
  // Added to what is there (the map's getters stay getters).
  Object.assign((target.diplomap ??= {}), { export: hook, importReport, open, extract });
  return () => {
    if (target.diplomap?.export === hook) {
      delete target.diplomap.export;
      delete target.diplomap.importReport;
      delete target.diplomap.open;
      delete target.diplomap.extract;
    }
  };
}
