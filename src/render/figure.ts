/**
 * A publication figure of the map as a true vector drawing: shapes as paths,
 * labels as text, the view's fading and highlighting kept, and optional
 * furniture (title, legend of the kinds shown, caption, source credit).
 *
 * It is built with DOM calls (createElementNS, setAttribute, textContent) and
 * serialized by XMLSerializer: text from data is escaped by construction, and
 * nothing in it can run (no script, no event attribute, no foreignObject, no
 * link).
 */
import type { Core, EdgeSingular, NodeSingular, Position } from 'cytoscape';
import {
  RELATION_KINDS,
  STATUS_GROUPS,
  type ArrowShape,
  type NodeShape,
  type RelationKindId,
  type StatusGroupId,
} from '../model/vocabulary';
import { drawLegend, type Marked } from './figure-legend';
import { SVG, element, labelBlock, ringMark, textWidth, wrapLabel } from './figure-svg';
import { arrowPath, isOpenArrow, nodeShapePath } from './shapes';
import { LABEL_FONT, PATH_COLOR, SELECTION_COLOR } from './style';
import { shownElements } from './view-classes';

export type { Marked };
export { wrapLabel };

export interface FigureOptions {
  /** The whole graph (what the filters show), or just what the map shows now. */
  area: 'all' | 'view';
  background: 'white' | 'transparent';
  title?: string;
  legend: boolean;
  /** "Source: The Washington Post, 5 April 2016". */
  credit?: string;
  /** A line under the map, such as the path shown. */
  caption?: string;
}

export interface Figure {
  svg: SVGSVGElement;
  /** Size in CSS pixels (a raster at scale s is s times as large). */
  width: number;
  height: number;
}

const MARGIN = 24;
const NODE_FONT = 18;
const EDGE_FONT = 12;
const LABEL_WIDTH = 150;

function edgePathData(edge: EdgeSingular): { d: string; end: Position; from: Position } {
  const s = edge.sourceEndpoint();
  const t = edge.targetEndpoint();
  const controls = (edge.controlPoints() ?? []) as Position[];
  if (controls.length === 0) return { d: `M${s.x},${s.y} L${t.x},${t.y}`, end: t, from: s };
  let d = `M${s.x},${s.y}`;
  for (let i = 0; i < controls.length; i++) {
    const c = controls[i] as Position;
    const next = controls[i + 1];
    const to = next ? { x: (c.x + next.x) / 2, y: (c.y + next.y) / 2 } : t;
    d += ` Q${c.x},${c.y} ${to.x},${to.y}`;
  }
  return { d, end: t, from: controls[controls.length - 1] as Position };
}

function drawEdge(
  edge: EdgeSingular,
  layer: { under: SVGGElement; lines: SVGGElement; labels: SVGGElement },
  has: Marked,
): void {
  const kind = RELATION_KINDS[edge.data('kind') as RelationKindId];
  const width = Number(edge.data('width'));
  const faded = has(edge, 'faded');
  const { d, end, from } = edgePathData(edge);
  if (has(edge, 'on-path') || has(edge, 'selected')) {
    layer.under.append(
      element('path', {
        d,
        fill: 'none',
        stroke: has(edge, 'on-path') ? PATH_COLOR : SELECTION_COLOR,
        'stroke-width': width + (has(edge, 'on-path') ? 12 : 8),
        'stroke-opacity': has(edge, 'on-path') ? 0.7 : 0.25,
        'stroke-linecap': 'round',
      }),
    );
  }
  const status = edge.data('status') as StatusGroupId | 'reported';
  const look = status === 'reported' ? undefined : STATUS_GROUPS[status];
  const bright = has(edge, 'on-path') || has(edge, 'highlighted') || has(edge, 'selected');
  const opacity = faded
    ? 0.08
    : status === 'asserted' && bright
      ? 0.75
      : has(edge, 'selected')
        ? 1
        : (look?.opacity ?? 0.9);
  const group = element('g', { class: 'relation', opacity });
  const line = element('path', { d, fill: 'none', stroke: kind.color, 'stroke-width': width });
  if (look && 'dashes' in look) {
    line.setAttribute('stroke-dasharray', look.dashes.join(' '));
    line.setAttribute('stroke-linecap', look.cap);
  }
  group.append(line);
  if (look?.ring) {
    const middle = edge.midpoint();
    group.append(ringMark(middle.x, middle.y, width, kind.color));
  }
  const arrow = edge.data('arrow') as ArrowShape;
  if (arrow !== 'none') {
    const angle = Math.atan2(end.y - from.y, end.x - from.x);
    const open = isOpenArrow(arrow);
    group.append(
      element('path', {
        d: arrowPath(arrow, end.x, end.y, angle, 7 + width * 2),
        fill: open ? 'none' : kind.color,
        stroke: kind.color,
        'stroke-width': open ? Math.max(2, width) : 1,
      }),
    );
  }
  layer.lines.append(group);
  // As on the map: a selected relation and one relation of each path step name their kind, level.
  if (has(edge, 'selected') || has(edge, 'named')) {
    const middle = edge.midpoint();
    layer.labels.append(
      labelBlock([kind.label], middle.x, middle.y - 14 - EDGE_FONT * 0.6, EDGE_FONT),
    );
  }
}

function drawNode(
  node: NodeSingular,
  layer: { under: SVGGElement; shapes: SVGGElement; labels: SVGGElement },
  has: Marked,
): void {
  const { x, y } = node.position();
  const size = Number(node.data('size'));
  const faded = has(node, 'faded');
  const onPath = has(node, 'on-path');
  const selected = has(node, 'selected') || has(node, 'path-end');
  if (onPath) {
    layer.under.append(
      element('circle', { cx: x, cy: y, r: size / 2 + 6, fill: PATH_COLOR, 'fill-opacity': 0.7 }),
    );
  }
  layer.shapes.append(
    element('path', {
      d: nodeShapePath(node.data('shape') as NodeShape, x, y, size, size),
      fill: String(node.data('color')),
      stroke: selected ? SELECTION_COLOR : '#333333',
      'stroke-width': selected ? 4 : 1.5,
      opacity: faded ? 0.18 : 1,
    }),
  );
  const weight = selected || onPath ? 'bold' : 'normal';
  const lines = wrapLabel(String(node.data('label')), NODE_FONT, LABEL_WIDTH, weight);
  layer.labels.append(
    labelBlock(lines, x, y + size / 2 + 5, NODE_FONT, {
      weight,
      ...(faded ? { opacity: 0.35 } : {}),
    }),
  );
}

const byClass: Marked = (element, name) => element.hasClass(name);

/**
 * Builds the figure from what the map shows now; `marked` says how the view
 * marks elements where they are not its classes (a big graph's focus layer).
 */
export function buildFigure(cy: Core, options: FigureOptions, marked: Marked = byClass): Figure {
  const shown = shownElements(cy);
  // The drawing area: the whole graph at its own scale, or the viewport as seen.
  let slot: { width: number; height: number; scale: number; x: number; y: number };
  if (options.area === 'view') {
    const extent = cy.extent();
    slot = { width: cy.width(), height: cy.height(), scale: cy.zoom(), x: extent.x1, y: extent.y1 };
  } else {
    const box = shown.boundingBox({ includeLabels: true });
    const pad = 16;
    slot = {
      width: box.w + pad * 2,
      height: box.h + pad * 2,
      scale: 1,
      x: box.x1 - pad,
      y: box.y1 - pad,
    };
  }

  const titleHeight = options.title ? 36 : 0;
  const top = MARGIN + titleHeight;
  // The legend lists what the image shows: in the current view, only what lies within it.
  const extent = cy.extent();
  const inView = (box: { x1: number; x2: number; y1: number; y2: number }) =>
    box.x2 >= extent.x1 && box.x1 <= extent.x2 && box.y2 >= extent.y1 && box.y1 <= extent.y2;
  const drawn =
    options.area === 'view' ? shown.filter((ele) => inView(ele.boundingBox({}))) : shown;
  const legend = options.legend
    ? drawLegend(drawn, MARGIN + slot.width + MARGIN, top, marked)
    : undefined;
  const bodyHeight = Math.max(slot.height, legend?.height ?? 0);
  const captionHeight = options.caption ? 24 : 0;
  const creditHeight = options.credit ? 20 : 0;
  const texts = [
    options.title ? textWidth(options.title, 22, 'bold') : 0,
    options.caption ? textWidth(options.caption, 14) : 0,
    options.credit ? textWidth(options.credit, 12) : 0,
  ];
  const width = Math.ceil(
    Math.max(
      MARGIN * 2 + slot.width + (legend ? MARGIN + legend.width : 0),
      MARGIN * 2 + Math.max(...texts),
    ),
  );
  const height = Math.ceil(top + bodyHeight + captionHeight + creditHeight + MARGIN);

  const svg = element('svg', { xmlns: SVG, width, height, viewBox: `0 0 ${width} ${height}` });
  svg.append(element('title', {}, options.title ?? 'diplomap figure'));
  if (options.background === 'white')
    svg.append(element('rect', { width, height, fill: '#ffffff' }));
  const defs = element('defs');
  const clip = element('clipPath', { id: 'map-area' });
  clip.append(element('rect', { x: MARGIN, y: top, width: slot.width, height: slot.height }));
  defs.append(clip);
  svg.append(defs);
  if (options.title) {
    svg.append(
      element(
        'text',
        {
          x: MARGIN,
          y: MARGIN + 22,
          'font-family': LABEL_FONT,
          'font-size': 22,
          'font-weight': 'bold',
          fill: '#1a1a1a',
        },
        options.title,
      ),
    );
  }

  const map = element('g', { 'clip-path': 'url(#map-area)' });
  const world = element('g', {
    class: 'map',
    transform: `translate(${MARGIN} ${top}) scale(${slot.scale}) translate(${-slot.x} ${-slot.y})`,
  });
  const layers = {
    under: element('g'),
    lines: element('g'),
    shapes: element('g'),
    labels: element('g'),
  };
  const edgeLabels = element('g');
  world.append(layers.under, layers.lines, layers.shapes, edgeLabels, layers.labels);
  shown
    .edges()
    .forEach((edge) =>
      drawEdge(edge, { under: layers.under, lines: layers.lines, labels: edgeLabels }, marked),
    );
  shown.nodes().forEach((node) => drawNode(node, layers, marked));
  map.append(world);
  svg.append(map);

  if (legend) svg.append(legend.group);
  let y = top + bodyHeight;
  if (options.caption) {
    svg.append(
      element(
        'text',
        {
          x: MARGIN,
          y: y + 18,
          'font-family': LABEL_FONT,
          'font-size': 14,
          'font-style': 'italic',
          fill: '#1a1a1a',
        },
        options.caption,
      ),
    );
    y += captionHeight;
  }
  if (options.credit) {
    svg.append(
      element(
        'text',
        { x: MARGIN, y: y + 15, 'font-family': LABEL_FONT, 'font-size': 12, fill: '#444444' },
        options.credit,
      ),
    );
  }
  return { svg, width, height };
}

export function figureToSvgText(figure: Figure): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(figure.svg)}`;
}
