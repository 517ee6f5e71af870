/**
 * The analysis's part of the view, which a link shares: what the actors'
 * size and colour show, whether the camps count unproven relations, and the
 * timeline's unit. Pure transitions and the URL parameters, apart from the
 * rest of the view so that each stays small.
 */
import { isMeasureId, type MeasureId } from '../model/measure-ids';
import { isTimeUnit, type TimeUnit } from '../model/timeline';
import type { ViewState } from './view';

export interface AnalysisView {
  /** Actors drawn by this measure's size (by their number of relations when absent). */
  sizeBy?: MeasureId;
  /** Actors coloured by their community (by their kind when absent). */
  colourBy?: 'community';
  /** The camps count claimed and alleged relations too. */
  unproven?: boolean;
  /** The timeline's bins (chosen from the dates' extent when absent). */
  timeUnit?: TimeUnit;
}

/** Changes part of the analysis view; an option set to undefined goes back to its default. */
export function setAnalysis(state: ViewState, change: Partial<AnalysisView>): ViewState {
  const analysis: AnalysisView = { ...state.analysis };
  for (const [key, value] of Object.entries(change) as [keyof AnalysisView, unknown][]) {
    if (value === undefined || value === false) delete analysis[key];
    else (analysis as Record<string, unknown>)[key] = value;
  }
  if (Object.keys(analysis).length === 0) {
    if (state.analysis === undefined) return state;
    const rest = { ...state };
    delete rest.analysis;
    return rest;
  }
  return { ...state, analysis };
}

export function encodeAnalysis(analysis: AnalysisView | undefined, params: URLSearchParams): void {
  if (!analysis) return;
  if (analysis.sizeBy) params.set('size', analysis.sizeBy);
  if (analysis.colourBy) params.set('colour', analysis.colourBy);
  if (analysis.unproven) params.set('campsUnproven', '1');
  if (analysis.timeUnit) params.set('timeUnit', analysis.timeUnit);
}

/** The analysis view in a link; what it cannot use is said in `notices`. */
export function decodeAnalysis(
  params: URLSearchParams,
  notices: string[],
): AnalysisView | undefined {
  const analysis: AnalysisView = {};
  const size = params.get('size');
  if (size !== null) {
    if (isMeasureId(size)) analysis.sizeBy = size;
    else
      notices.push(
        `The link sizes actors by "${size}", a measure diplomap does not have; they keep their size.`,
      );
  }
  const colour = params.get('colour');
  if (colour !== null) {
    if (colour === 'community') analysis.colourBy = colour;
    else
      notices.push(
        `The link colours actors by "${colour}"; only "community" is known, so they keep their kind's colour.`,
      );
  }
  if (params.get('campsUnproven') === '1') analysis.unproven = true;
  const unit = params.get('timeUnit');
  if (unit !== null) {
    if (isTimeUnit(unit)) analysis.timeUnit = unit;
    else
      notices.push(
        `The link's time unit "${unit}" is not day, week or month; the timeline chooses one.`,
      );
  }
  return Object.keys(analysis).length > 0 ? analysis : undefined;
}
