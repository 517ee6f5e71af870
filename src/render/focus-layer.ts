/**
 * Where the view's marks go (the selection, a path, the actor under the
 * pointer). On a small graph they are classes on the map's own elements, the
 * rest faded (map-marks.ts). On a graph drawn still (over SMOOTH_UP_TO actors, see style.ts)
 * they go to the focus layer: a second Cytoscape, drawn over the map, that
 * holds copies of the few elements brought forward, while the map under it is
 * dimmed as a whole by the browser's compositor.
 *
 * On thousands of elements, fading all but a handful restyles and redraws
 * every one of them, a second or more a click on a software canvas; here the
 * map is not redrawn at all, and the layer draws a few dozen elements. The
 * layer takes no input: clicks and the pointer reach the map below, whose
 * elements are where their copies are drawn.
 */
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { LOOP_STYLE, stylesheet, type StyleOptions } from './style';
import type { Selection } from './view-classes';
import { actorKey, relationKey, selectionKey } from './ids';
import { applyHighlight, type Bright, type Marks } from './view-classes';
import { mapMarks, type MapMarks } from './map-marks';

export interface FocusLayer extends MapMarks {
  /** The layer's own Cytoscape, for tests (made when first asked for, as when first needed). */
  readonly cy: Core;
  /** Follows the map's stylesheet options: a map drawn still is marked on the layer. */
  setStyle(options: StyleOptions): void;
}

const HOVER_ONLY = 'hover-only';

/**
 * The least size, in screen pixels, of the layer's actor names: a few dozen,
 * they can all be read. (Relations name their kind only when zoomed in, as on
 * the map: at a distance those labels would cover each other.)
 */
const NODE_LABEL_PX = 13;

/**
 * The layer's stylesheet: a small graph's, with every actor named at any
 * zoom. On a map drawn with the bulk stylesheet, whose relations are straight
 * lines, the copies are straight too (arrows and dashes kept): clicks land on
 * the map's relations, and a copy must be drawn where its original is hit.
 */
function layerStyle({ still, bulk }: StyleOptions): StylesheetJson {
  return [
    ...stylesheet({ still: still ?? true }),
    { selector: 'node', style: { 'min-zoomed-font-size': 0 } },
    ...(bulk ? [{ selector: 'edge', style: { 'curve-style': 'straight' } }, LOOP_STYLE] : []),
  ] as StylesheetJson;
}

/**
 * The layer over `map`, drawn in `container` (which must not take pointer
 * input); `onDim` is told when the map should be dimmed or not.
 */
export function focusLayer(
  map: Core,
  container: HTMLElement,
  options: StyleOptions,
  onDim: (dimmed: boolean) => void,
): FocusLayer {
  /** The layer's Cytoscape, made when first needed: a map drawn smoothly never needs it. */
  let made: Core | undefined;
  /** Whether the marks go to the layer (the map is drawn still) or on the map. */
  let active = Boolean(options.still);
  /** The marks on the map itself, while it is drawn smoothly. */
  const plain = mapMarks(map);
  let styled = options;
  let dimmed = false;
  /** The map id under the pointer, marked again whenever the layer is redone. */
  let hovered: string | null = null;
  /** The labels' scale, so that they are never smaller than the least size on screen. */
  let scale = 1;
  const labels = () => ({ 'font-size': 18 * scale, 'text-max-width': `${150 * scale}px` });
  const fitLabels = (layer: Core, force = false) => {
    const next = Math.round(Math.max(1, NODE_LABEL_PX / (18 * map.zoom())) * 20) / 20;
    if (!force && next === scale) return;
    scale = next;
    layer.nodes().style(labels());
  };
  const follow = () => {
    if (!made) return;
    made.viewport({ zoom: map.zoom(), pan: { ...map.pan() } });
    if (made.elements().nonempty()) fitLabels(made);
  };
  const onResize = () => {
    made?.resize();
    follow();
  };
  // Copies move with their originals (a layout, a drag).
  const onPosition = (event: cytoscape.EventObject) => {
    const copy = made?.getElementById(event.target.id());
    if (copy?.nonempty()) copy.position({ ...event.target.position() });
  };
  /**
   * The map's actors whose copies the layer holds, which tell it of their moves. A listener on
   * the whole map would hear every actor a layout moves, thousands, for a few copies.
   */
  let followed: cytoscape.Collection | undefined;
  const followOriginals = () => {
    followed?.off('position', undefined, onPosition);
    followed = made
      ?.nodes()
      .reduce((all, copy) => all.merge(map.getElementById(copy.id())), map.collection());
    followed?.on('position', onPosition);
  };

  function layerCy(): Core {
    if (made) return made;
    made = cytoscape({
      container,
      style: layerStyle(styled),
      // The map's viewport, whatever zoom it allows.
      minZoom: 1e-3,
      maxZoom: 1e3,
      userPanningEnabled: false,
      userZoomingEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: true,
      autounselectify: true,
    });
    follow();
    map.on('viewport', follow);
    map.on('resize', onResize);
    return made;
  }
  if (active) layerCy();

  const setDimmed = (on: boolean) => {
    if (on === dimmed) return;
    dimmed = on;
    onDim(on);
  };

  /** Definitions of copies of these map elements, nodes first, leaving out what a filter hides. */
  function copies(ids: Iterable<string>): ElementDefinition[] {
    const nodes: ElementDefinition[] = [];
    const edges: ElementDefinition[] = [];
    const seen = new Set<string>();
    for (const id of ids) {
      const element = map.getElementById(id);
      if (element.empty() || seen.has(id) || element.style('display') === 'none') continue;
      seen.add(id);
      const data = { ...element.data() };
      if (element.isNode()) {
        nodes.push({ group: 'nodes', data, position: { ...element.position() } });
      } else edges.push({ group: 'edges', data });
    }
    // A relation comes forward only with both its ends.
    return [
      ...nodes,
      ...edges.filter(
        (edge) => seen.has(String(edge.data['source'])) && seen.has(String(edge.data['target'])),
      ),
    ];
  }

  /** The layer's part of show. */
  function bringForward(
    bright: Bright | null,
    selected: Selection | undefined,
    marks: Marks,
  ): void {
    const layer = layerCy();
    const ids = [
      ...[...(bright?.actors ?? [])].map(actorKey),
      ...marks.ends.map(actorKey),
      ...(selected?.type === 'actor' ? [selectionKey(selected)] : []),
      ...[...(bright?.relations ?? [])].map(relationKey),
    ];
    layer.batch(() => {
      layer.elements().remove();
      layer.add(copies(ids));
      applyHighlight(layer, bright, selected, marks);
      fitLabels(layer, true);
    });
    setDimmed(bright !== null && layer.elements().nonempty());
    if (hovered !== null) hoverOnLayer(hovered);
    followOriginals();
  }

  function hoverOnLayer(id: string | null): void {
    hovered = id;
    const layer = layerCy();
    layer.batch(() => {
      layer.$(`.${HOVER_ONLY}`).remove();
      layer.$('.hovered').removeClass('hovered');
      if (id === null) return;
      const copy = layer.getElementById(id);
      if (copy.nonempty()) copy.addClass('hovered');
      else
        layer
          .add(copies([id]))
          .addClass(`hovered ${HOVER_ONLY}`)
          .style(labels());
    });
    followOriginals();
  }

  function clearLayer(): void {
    if (made?.elements().nonempty()) made.elements().remove();
    setDimmed(false);
    followOriginals();
  }

  return {
    get cy() {
      return layerCy();
    },
    show(bright, selected, marks) {
      if (active) return bringForward(bright, selected, marks);
      clearLayer();
      plain.show(bright, selected, marks);
    },
    hover(id) {
      if (active) return hoverOnLayer(id);
      hovered = id;
      plain.hover(id);
    },
    has(element, name) {
      if (!active || !made) return plain.has(element, name);
      const copy = made.getElementById(element.id());
      if (name === 'faded') {
        return dimmed && (copy.empty() || copy.hasClass(HOVER_ONLY) || copy.hasClass('faded'));
      }
      return copy.nonempty() && copy.hasClass(name);
    },
    clear() {
      clearLayer();
      plain.clear();
      hovered = null;
    },
    setStyle(next) {
      styled = next;
      active = Boolean(next.still);
      if (!active) clearLayer();
      if (active) layerCy().style(layerStyle(next));
      else made?.style(layerStyle(next));
    },
    destroy() {
      if (!made) return;
      map.off('viewport', follow);
      map.off('resize', onResize);
      followed?.off('position', undefined, onPosition);
      followed = undefined;
      made.destroy();
      made = undefined;
    },
  };
}
