/**
 * The Cytoscape stylesheet: data mappers for what varies by kind (see
 * elements.ts), fixed values for the rest.
 */
import type { StylesheetJson } from 'cytoscape';

export const LABEL_FONT = '"Inter", "Helvetica Neue", Arial, sans-serif';

export function stylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as never,
        width: 28,
        height: 28,
        'border-width': 1.5,
        'border-color': '#333333',
        label: 'data(label)',
        'font-family': LABEL_FONT,
        'font-size': 12,
        color: '#1a1a1a',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '110px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 6,
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'control-point-step-size': 22,
        'line-color': 'data(color)',
        width: 'data(width)',
        'line-style': 'data(lineStyle)' as never,
        'line-dash-pattern': [7, 4],
        'target-arrow-shape': 'data(arrow)' as never,
        'target-arrow-color': 'data(color)',
        'arrow-scale': 1.1,
        opacity: 0.9,
      },
    },
  ];
}
