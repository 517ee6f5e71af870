/**
 * window.diplomap: the Cytoscape instance for the console, and an export
 * call that the command-line renderer (src/cli/render.ts) uses to draw the
 * same image a reader would download. Each call loads its code when first
 * made: the page's first view has no need of it.
 */
import type { Core } from 'cytoscape';
import type { ScriptExportRequest, ScriptExportResult } from '../render/script-export';
import type { AppState } from '../state/app-state.svelte';
import type { ImportReport } from '../state/importing';
import type { ExtractInput, ExtractStage, ExtractionResult } from '../state/extracting';
import type { MapView } from './script-export-run';

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

/** Installs window.diplomap.export; returns the uninstaller. */
export function installScripting(
  app: AppState,
  map: MapView,
  datasetName: () => string,
  open: (query: string) => Promise<void>,
): () => void {
  const target = window as unknown as { diplomap?: DiplomapScripting };
  const hook = async (request: ScriptExportRequest): Promise<ScriptExportResult> =>
    (await import('./script-export-run')).exportForScript(app, map, datasetName(), request);
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
