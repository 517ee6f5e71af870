// The viewport's geometry: fits of a box, a big graph's box from positions, the map's edge.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  boxAround,
  contains,
  centredPan,
  fitBox,
  nearEdge,
  nodesBox,
  squareBox,
} from '../../src/render/viewport';
import { MAX_MAP_ZOOM, MapViewport } from '../../src/render/map-viewport';

describe('fitBox', () => {
  it('gives nothing while the map has no size', () => {
    expect(fitBox({ width: 0, height: 0 }, squareBox(100))).toBeUndefined();
    expect(fitBox({ width: 40, height: 40 }, squareBox(100), { padding: 30 })).toBeUndefined();
  });

  it('fits the box within the padding, by its tighter side, and centres it', () => {
    const box = { left: 100, top: 0, right: 300, bottom: 100 };
    const viewport = fitBox({ width: 500, height: 500 }, box, { padding: 50 });
    // 400 pixels for 200 units wide, 400 for 100 high: the width decides.
    expect(viewport?.zoom).toBe(2);
    // The box's centre (200, 50) lands in the map's middle (250, 250).
    expect(viewport?.pan).toEqual({ x: 250 - 200 * 2, y: 250 - 50 * 2 });
  });

  it('never zooms past maxZoom, and a box of no extent counts as one unit', () => {
    const dot = { left: 5, top: 5, right: 5, bottom: 5 };
    expect(fitBox({ width: 800, height: 600 }, dot, { maxZoom: 3 })?.zoom).toBe(3);
  });
});

describe('boxes and edges', () => {
  it('boxAround spans every point with its half size, and nothing for no points', () => {
    expect(boxAround([])).toBeUndefined();
    expect(
      boxAround([
        { x: 0, y: 0, half: 10 },
        { x: 100, y: -50, half: 5 },
      ]),
    ).toEqual({ left: -10, top: -55, right: 105, bottom: 10 });
  });

  it('nodesBox reads drawn sizes, at the positions asked for', () => {
    const cy = cytoscape({
      headless: true,
      layout: { name: 'preset' },
      elements: [
        { data: { id: 'a', size: 40 }, position: { x: 0, y: 0 } },
        { data: { id: 'b', size: 20 }, position: { x: 200, y: 100 } },
      ],
    });
    expect(nodesBox(cy.nodes())).toEqual({ left: -20, top: -20, right: 210, bottom: 110 });
    const moved = nodesBox(cy.nodes(), (node) => ({ x: node.id() === 'a' ? -100 : 0, y: 0 }));
    expect(moved).toEqual({ left: -120, top: -20, right: 10, bottom: 20 });
    expect(nodesBox(cy.collection())).toBeUndefined();
  });

  it('contains tells a box wholly inside another from one reaching out of it', () => {
    const outer = { left: 0, top: 0, right: 100, bottom: 50 };
    expect(contains(outer, { left: 10, top: 10, right: 90, bottom: 40 })).toBe(true);
    expect(contains(outer, outer)).toBe(true);
    expect(contains(outer, { left: 10, top: 10, right: 101, bottom: 40 })).toBe(false);
    expect(contains(outer, { left: -1, top: 10, right: 90, bottom: 40 })).toBe(false);
    expect(contains(outer, { left: 10, top: 10, right: 90, bottom: 51 })).toBe(false);
  });

  it('centredPan puts the point in the middle, and nearEdge tells a point near the border', () => {
    expect(centredPan({ width: 400, height: 200 }, 2, { x: 10, y: 20 })).toEqual({
      x: 180,
      y: 60,
    });
    const size = { width: 400, height: 300 };
    expect(nearEdge({ x: 200, y: 150 }, size, 30)).toBe(false);
    expect(nearEdge({ x: 10, y: 150 }, size, 30)).toBe(true);
    expect(nearEdge({ x: 200, y: 290 }, size, 30)).toBe(true);
    expect(nearEdge({ x: 500, y: 150 }, size, 30)).toBe(true);
  });
});

describe('MapViewport', () => {
  const headless = (count: number) =>
    cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
      elements: Array.from({ length: count }, (_, i) => ({
        data: { id: `n${i}`, size: 30 },
        position: { x: (i % 30) * 40, y: Math.floor(i / 30) * 40 },
      })),
    });

  it('fits a small graph by Cytoscape (labels included): no quick fit', () => {
    const cy = headless(10);
    expect(new MapViewport(cy, { minZoom: 0.15 }).quickFit(cy.nodes())).toBeUndefined();
  });

  it('clamps a close zoom of the whole map and remembers the fitted one', () => {
    const cy = headless(3);
    const view = new MapViewport(cy, { minZoom: 0.15 });
    expect(view.atFittedZoom).toBe(false);
    cy.zoom(3);
    view.clamp();
    expect(cy.zoom()).toBe(MAX_MAP_ZOOM);
    expect(view.atFittedZoom).toBe(true);
    cy.zoom(MAX_MAP_ZOOM * 2);
    expect(view.atFittedZoom).toBe(false);
  });
});
