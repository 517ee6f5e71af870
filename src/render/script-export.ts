/**
 * What `window.diplomap.export` takes and gives: the contract between the
 * page (ui/scripting.ts) and the command-line renderer (cli/render.ts),
 * which asks the page for the image a reader would export.
 */
import type { ImageFormat } from './export';

export interface ScriptExportRequest {
  format: ImageFormat;
  scale?: number;
  area?: 'all' | 'view';
  background?: 'white' | 'transparent';
  /** Null for no title; absent for the dataset's own. */
  title?: string | null;
  legend?: boolean;
  credit?: boolean;
  caption?: boolean;
}

export interface ScriptExportResult {
  base64: string;
  width: number;
  height: number;
  fileName: string;
}
