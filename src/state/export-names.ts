/**
 * What an exported image is called and what it says of itself: file names
 * that say what they hold, the source credit, the caption of a path.
 */
import { nameOf, type DiplomacyGraph } from '../model/graph';
import { formatDay, statusWords } from './format';
import type { Path } from '../model/paths';
import { stepLead } from '../model/path-meaning';
import { IMPORTED_PUBLISHER } from '../io';
import type { ViewState } from './view';

/** Lower-case words joined by hyphens, safe in any file system. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'diplomap'
  );
}

/** nagorno-karabakh-2016-russia-turkey-path.svg, nagorno-karabakh-2016-russia.png, ... */
export function exportFileName(datasetName: string, view: ViewState, extension: string): string {
  const parts = [slug(datasetName)];
  const path = view.path;
  if (path?.from && path.to) parts.push(slug(path.from), slug(path.to), 'path');
  else if (view.selection) parts.push(slug(view.selection.id));
  else parts.push('map');
  return `${parts.join('-')}.${extension}`;
}

/** "Source: The Washington Post, 5 April 2016" (every source, when there are several). */
export function creditLine(graph: DiplomacyGraph): string {
  const sources = realSources(graph.getAttribute('sources'));
  if (sources.length === 0) return '';
  const each = sources.map((s) => `${s.publisher}, ${formatDay(s.published)}`);
  return `${sources.length === 1 ? 'Source' : 'Sources'}: ${each.join('; ')}`;
}

/**
 * "Path: Russia → Armenia → ... → Turkey", for the path shown (or the first
 * shortest one), with the steps the report does not give as fact:
 * "Path: Russia → Turkey → Islamic State; Turkey → Islamic State alleged by Russia".
 */
export function pathCaption(
  graph: DiplomacyGraph,
  path: Pick<Path, 'actors' | 'steps'> | undefined,
): string | undefined {
  if (!path || path.actors.length === 0) return undefined;
  const chain = `Path: ${path.actors.map((id) => nameOf(graph, id)).join(' → ')}`;
  // A step counts as not established when none of its relations is a plain fact.
  const unsure = path.steps
    .filter((step) => step.relations.length > 0 && step.relations.every((r) => r.status))
    .map((step) => {
      const lead = stepLead(step);
      return `${nameOf(graph, step.from)} → ${nameOf(graph, step.to)} ${statusWords(graph, lead)}`;
    });
  return unsure.length ? `${chain}; ${unsure.join('; ')}` : chain;
}

/** The raster scale that prints a figure `figureWidth` CSS pixels wide at `centimetres` and `dpi`. */
export function printScale(figureWidth: number, centimetres: number, dpi = 300): number {
  return ((centimetres / 2.54) * dpi) / figureWidth;
}

/** Print widths the dialog accepts, in centimetres. */
export const PRINT_WIDTH = { min: 2, max: 120 } as const;

/** "Source: ..." for the sources a reader can look up (not the stand-in an import makes up). */
export function realSources<T extends { publisher: string }>(sources: readonly T[]): T[] {
  return sources.filter((source) => source.publisher !== IMPORTED_PUBLISHER);
}
