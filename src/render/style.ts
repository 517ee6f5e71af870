/**
 * The Cytoscape stylesheet: data mappers for what varies by kind (see
 * elements.ts), classes for view state (hidden by a filter, faded, selected,
 * highlighted), fixed values for the rest.
 */
import type { StylesheetJson } from 'cytoscape';
import { STATUS_GROUPS, STATUS_GROUP_IDS } from '../model/vocabulary';
import { MAIN_THREAD_LAYOUT_LIMIT, PARALLEL_STEP } from './layout-choice';

export const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
export const SELECTION_COLOR = '#000000';
/** An actor's label size, in model units (pixels at zoom 1). */
export const LABEL_SIZE = 18;
/** A highlighted path is marked like a highlighter pen: a yellow no kind uses (Tol's high-contrast yellow). */
export const PATH_COLOR = '#DDAA33';

/**
 * Up to this many actors the map fades and moves smoothly (see
 * StyleOptions.still): the graphs laid out on the page's thread.
 */
export const SMOOTH_UP_TO = MAIN_THREAD_LAYOUT_LIMIT;
/**
 * Above this many actors the map is drawn with the bulk stylesheet (see
 * StyleOptions): at 1,000 actors curved relations with arrowheads made
 * every filter's redraw about twice as long, for arrows too small to read
 * at the zoom that shows the whole map.
 */
export const BULK_STYLE_FROM = 800;

export interface StyleOptions {
  /**
   * No fading transitions, for graphs of more than SMOOTH_UP_TO actors: each
   * frame of a transition restyles and redraws every element that fades,
   * which there takes longer than the transition is meant to last.
   */
  still?: boolean;
  /**
   * For big graphs (and still): straight solid edges without arrowheads
   * (Cytoscape's haystack edges, several times cheaper to draw), and labels
   * only where they can be read, at a larger zoom, relations left out of
   * Cytoscape's hit test (see relation-hit.ts). A selection's or a path's
   * relations keep their arrows and dashes. Dashes cost most: after a dashed
   * line drawn far out, Chromium's software canvas takes milliseconds for
   * each actor drawn above it, seconds a frame.
   */
  bulk?: boolean;
}

/** The stylesheet options for a graph of this many actors. */
export function styleFor(actors: number): Required<StyleOptions> {
  return { still: actors > SMOOTH_UP_TO, bulk: actors > BULK_STYLE_FROM };
}

/**
 * A relation from an actor to itself, drawn as a loop beside it. Only
 * bezier edges can draw one (haystack and straight edges would draw
 * nothing), so the rule comes after any that straightens edges; the step
 * makes the loop reach past all but the largest actors.
 */
export const LOOP_STYLE = {
  selector: 'edge:loop',
  style: {
    'curve-style': 'bezier',
    'control-point-step-size': 48,
    'loop-direction': '-45deg',
    'loop-sweep': '-90deg',
  },
} as const;

export function stylesheet({ still = false, bulk = false }: StyleOptions = {}): StylesheetJson {
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as never,
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 1.5,
        'border-color': '#333333',
        label: 'data(label)',
        'font-family': LABEL_FONT,
        'font-size': LABEL_SIZE,
        color: '#1a1a1a',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': '150px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 6,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'control-point-step-size': PARALLEL_STEP,
        'line-color': 'data(color)',
        width: 'data(width)',
        'line-style': 'data(lineStyle)' as never,
        'target-arrow-shape': 'data(arrow)' as never,
        'target-arrow-color': 'data(color)',
        'target-arrow-fill': 'filled',
        'arrow-scale': 1.2,
        // A claim or an allegation carries a hollow ring at its middle (see STATUS_GROUPS).
        'mid-target-arrow-shape': 'data(ring)' as never,
        'mid-target-arrow-color': 'data(color)',
        'mid-target-arrow-fill': 'hollow',
        opacity: 0.9,
        'font-family': LABEL_FONT,
        'font-size': 12,
        color: '#1a1a1a',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
        // Level text, hidden where it would be drawn under 10 pixels: never a stack of tilted specks.
        'min-zoomed-font-size': 10,
        // Above the line's middle, clear of a claim's ring.
        'text-margin-y': -14,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    ...statusRules(),
    LOOP_STYLE,
    { selector: 'node.faded', style: { opacity: 0.18, 'text-opacity': 0.35 } },
    { selector: 'edge.faded', style: { opacity: 0.08 } },
    {
      selector: 'node.hovered',
      style: { 'border-width': 3, 'border-color': SELECTION_COLOR },
    },
    {
      selector: 'node.selected',
      style: {
        'border-width': 4,
        'border-color': SELECTION_COLOR,
        'font-weight': 'bold',
        'z-index': 10,
      },
    },
    {
      selector: 'edge.selected',
      style: {
        width: 'mapData(width, 1, 5, 5, 9)' as never,
        opacity: 1,
        'underlay-color': SELECTION_COLOR,
        'underlay-opacity': 0.25,
        'underlay-padding': 4,
        'z-index': 10,
      },
    },
    { selector: 'edge.highlighted', style: { opacity: 1, 'z-index': 5 } },
    // A selected or hovered relation, and one relation of each step of a path, name their
    // kind; a selected actor's many relations do not (their kinds are in the tooltip and the
    // details), nor do a step's parallel relations (their labels would be stacked).
    {
      selector: 'edge.selected, edge.hovered, edge.named',
      style: { label: 'data(label)' },
    },
    // A path: its actors and relations marked as with a highlighter pen.
    {
      selector: '.on-path',
      style: {
        opacity: 1,
        'underlay-color': PATH_COLOR,
        'underlay-opacity': 0.7,
        'underlay-padding': 6,
        'z-index': 8,
      },
    },
    { selector: 'node.on-path', style: { 'font-weight': 'bold', 'underlay-shape': 'ellipse' } },
    // A claim stays lighter than a fact, even on a path or beside a selection.
    {
      selector: 'edge.highlighted[status = "asserted"], edge.on-path[status = "asserted"]',
      style: { opacity: 0.75 },
    },
    { selector: 'node.path-end', style: { 'border-width': 4, 'border-color': SELECTION_COLOR } },
  ];
  const calm: StylesheetJson = [
    { selector: 'node, edge', style: { 'transition-property': 'none', 'transition-duration': 0 } },
  ];
  if (!bulk) return still ? [...sheet, ...calm] : sheet;
  // After the rules above, so that it overrides them; the selection and a path keep their arrows
  // and dashes.
  return [
    ...sheet.slice(0, 2),
    {
      selector: 'edge',
      style: {
        'curve-style': 'haystack',
        'haystack-radius': 0,
        'target-arrow-shape': 'none',
        'mid-target-arrow-shape': 'none',
        'line-style': 'solid',
        // Found by the map itself (relation-hit.ts), not by Cytoscape's hit test on every move.
        events: 'no',
      },
    },
    // Loops are drawn as curves beside their actor, not lines: Cytoscape finds those few.
    { selector: 'edge:loop', style: { events: 'yes' } },
    {
      selector: 'node',
      style: {
        'min-zoomed-font-size': 9,
        'text-background-opacity': 0,
        'border-width': 0,
      },
    },
    {
      selector: 'edge.selected, edge.on-path, edge.highlighted',
      style: {
        'curve-style': 'bezier',
        'target-arrow-shape': 'data(arrow)' as never,
        'mid-target-arrow-shape': 'data(ring)' as never,
        'line-style': 'data(lineStyle)' as never,
      },
    },
    ...sheet.slice(2),
    ...calm,
  ];
}

/** Each status group's dashes, caps and opacity (see STATUS_GROUPS in the vocabulary). */
function statusRules(): StylesheetJson {
  return STATUS_GROUP_IDS.map((id) => {
    const group = STATUS_GROUPS[id];
    return {
      selector: `edge[status = "${id}"]`,
      style: {
        opacity: group.opacity,
        'line-cap': group.cap,
        ...('dashes' in group ? { 'line-dash-pattern': [...group.dashes] } : {}),
      },
    };
  });
}
