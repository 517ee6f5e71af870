// Where a new actor goes on the map: clear of the actors already drawn, near the middle.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { freeSpot } from '../../src/render/sync-elements';

function map(places: Array<[number, number]>) {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' },
    style: [{ selector: 'node', style: { width: 40, height: 40 } }],
    elements: places.map(([x, y], i) => ({ data: { id: `n${i}` }, position: { x, y } })),
  });
}

/** Whether a new actor at `spot` keeps its shape and its name (under it) off every actor. */
function clearOfAll(cy: cytoscape.Core, spot: { x: number; y: number }): boolean {
  return cy
    .nodes()
    .toArray()
    .every((node) => {
      const { x, y } = node.position();
      // A name of some 15 characters is about 150 units wide and sits under the shape.
      return Math.abs(x - spot.x) >= 95 + 20 || spot.y - y >= 20 + 30 + 20 || y - spot.y >= 20 + 60;
    });
}

describe('freeSpot', () => {
  it('takes the middle of the view on an empty map', () => {
    const cy = map([]);
    const spot = freeSpot(cy);
    const middle = {
      x: (cy.width() / 2 - cy.pan().x) / cy.zoom(),
      y: (cy.height() / 2 - cy.pan().y) / cy.zoom(),
    };
    expect(Math.hypot(spot.x - middle.x, spot.y - middle.y)).toBeLessThan(1);
  });

  it('puts each new actor where its name clears the actors already there', () => {
    const cy = map([[0, 0]]);
    for (let i = 0; i < 6; i++) {
      const spot = freeSpot(cy);
      expect(clearOfAll(cy, spot), `actor ${i + 1} at ${spot.x},${spot.y}`).toBe(true);
      cy.add({ data: { id: `new${i}` }, position: spot });
    }
  });

  it('stays near the middle while there is room', () => {
    const spot = freeSpot(map([[0, 0]]));
    expect(Math.hypot(spot.x, spot.y)).toBeLessThan(250);
  });
});
