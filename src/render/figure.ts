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
import type {
  CollectionReturnValue,
  Core,
  EdgeSingular,
  NodeSingular,
  Position,
  SingularElementArgument,
} from 'cytoscape';
import {
  ACTOR_KINDS,
  RELATION_KINDS,
  type ActorKindId,
  type ArrowShape,
  type NodeShape,
  type RelationKindId,
} from '../model/vocabulary';
import { ACTOR_KIND_IDS, RELATION_KIND_IDS } from '../model/vocabulary';
import { arrowPath, isOpenArrow, nodeShapePath } from './shapes';
import { LABEL_FONT, PATH_COLOR, SELECTION_COLOR } from './style';
import { shownElements, type ViewClass } from './view-classes';

const SVG = 'http://www.w3.org/2000/svg';

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

type Attributes = Record<string, string | number>;

function element<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Attributes = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

let measurer: CanvasRenderingContext2D | null | undefined;
function textWidth(text: string, size: number, weight = 'normal'): number {
  if (measurer === undefined) measurer = document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * size * 0.55;
  measurer.font = `${weight} ${size}px ${LABEL_FONT}`;
  return measurer.measureText(text).width;
}

/** Breaks a label into lines no wider than `width`, as the map wraps it. */
export function wrapLabel(text: string, size: number, width: number, weight = 'normal'): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size, weight) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** A block of centred text lines on a light background, first baseline at `top + size`. */
function labelBlock(
  lines: string[],
  x: number,
  top: number,
  size: number,
  options: { weight?: string; opacity?: number; rotate?: number } = {},
): SVGGElement {
  const group = element('g', options.opacity === undefined ? {} : { opacity: options.opacity });
  if (options.rotate)
    group.setAttribute(
      'transform',
      `rotate(${options.rotate} ${x} ${top + (lines.length * size * 1.2) / 2})`,
    );
  const weight = options.weight ?? 'normal';
  const width = Math.max(...lines.map((l) => textWidth(l, size, weight)));
  group.append(
    element('rect', {
      x: x - width / 2 - 2,
      y: top,
      width: width + 4,
      height: lines.length * size * 1.2 + 2,
      rx: 3,
      fill: '#ffffff',
      'fill-opacity': 0.85,
    }),
  );
  lines.forEach((line, i) => {
    group.append(
      element(
        'text',
        {
          x,
          y: top + size * (i + 1) * 1.2 - size * 0.2,
          'text-anchor': 'middle',
          'font-family': LABEL_FONT,
          'font-size': size,
          'font-weight': weight,
          fill: '#1a1a1a',
        },
        line,
      ),
    );
  });
  return group;
}

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
  const group = element('g', { opacity: faded ? 0.08 : 0.9 });
  const line = element('path', { d, fill: 'none', stroke: kind.color, 'stroke-width': width });
  if (edge.data('lineStyle') === 'dashed') line.setAttribute('stroke-dasharray', '7 4');
  group.append(line);
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
  if (has(edge, 'highlighted') || has(edge, 'selected') || has(edge, 'on-path')) {
    const middle = edge.midpoint();
    let angle = (Math.atan2(end.y - from.y, end.x - from.x) * 180) / Math.PI;
    if (angle > 90) angle -= 180;
    if (angle < -90) angle += 180;
    layer.labels.append(
      labelBlock([kind.label], middle.x, middle.y - EDGE_FONT * 0.6, EDGE_FONT, { rotate: angle }),
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

/** The kinds among the elements drawn, in vocabulary order. */
/** The kinds among the elements drawn, in vocabulary order. */
function kindsShown(drawn: CollectionReturnValue): {
  actors: ActorKindId[];
  relations: RelationKindId[];
  dashed: boolean;
} {
  const actors = new Set<string>();
  const relations = new Set<string>();
  let dashed = false;
  drawn.nodes().forEach((n) => {
    actors.add(String(n.data('kind')));
  });
  drawn.edges().forEach((e) => {
    relations.add(String(e.data('kind')));
    if (e.data('lineStyle') === 'dashed') dashed = true;
  });
  return {
    actors: ACTOR_KIND_IDS.filter((k) => actors.has(k)),
    relations: RELATION_KIND_IDS.filter((k) => relations.has(k)),
    dashed,
  };
}

function drawLegend(
  drawn: CollectionReturnValue,
  x: number,
  y: number,
): { group: SVGGElement; height: number; width: number } {
  const group = element('g', { class: 'legend' });
  const kinds = kindsShown(drawn);
  let row = y;
  const heading = (text: string) => {
    group.append(
      element(
        'text',
        {
          x,
          y: row + 14,
          'font-family': LABEL_FONT,
          'font-size': 14,
          'font-weight': 'bold',
          fill: '#1a1a1a',
        },
        text,
      ),
    );
    row += 22;
  };
  let widest = 0;
  const label = (text: string, at: number) => {
    widest = Math.max(widest, 44 + textWidth(text, 13));
    group.append(
      element(
        'text',
        { x: x + 44, y: at + 13, 'font-family': LABEL_FONT, 'font-size': 13, fill: '#1a1a1a' },
        text,
      ),
    );
  };
  heading('Actors');
  for (const kind of kinds.actors) {
    const { shape, color } = ACTOR_KINDS[kind];
    group.append(
      element('path', {
        d: nodeShapePath(shape, x + 16, row + 8, 16, 16),
        fill: color,
        stroke: '#333333',
      }),
    );
    label(ACTOR_KINDS[kind].label, row);
    row += 20;
  }
  row += 6;
  heading('Relations');
  const swatch = (kind: RelationKindId, dashed: boolean) => {
    const { color, width, arrow, directed } = RELATION_KINDS[kind];
    const head: ArrowShape = directed ? arrow : 'none';
    const line = element('path', {
      d: `M${x},${row + 8} L${x + (head === 'none' ? 34 : 26)},${row + 8}`,
      stroke: color,
      'stroke-width': Math.min(width, 5),
      fill: 'none',
    });
    if (dashed) line.setAttribute('stroke-dasharray', '5 3');
    group.append(line);
    if (head !== 'none') {
      const open = isOpenArrow(head);
      group.append(
        element('path', {
          d: arrowPath(head, x + 34, row + 8, 0, 9),
          fill: open ? 'none' : color,
          stroke: color,
          'stroke-width': open ? 2 : 1,
        }),
      );
    }
  };
  for (const kind of kinds.relations) {
    swatch(kind, false);
    label(RELATION_KINDS[kind].label, row);
    row += 20;
  }
  if (kinds.dashed) {
    swatch('visit', true);
    label('planned, pledged, claimed, alleged', row);
    row += 20;
  }
  return { group, height: row - y, width: Math.max(widest, 120) };
}

/** Whether an element bears a class of the view (see focus-layer.ts). */
export type Marked = (element: SingularElementArgument, name: ViewClass) => boolean;

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
  const legend = options.legend ? drawLegend(drawn, MARGIN + slot.width + MARGIN, top) : undefined;
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
