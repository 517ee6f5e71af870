// The relation under the pointer on a big map, found by the page instead of Cytoscape's hit test.
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { relationAt, squaredDistanceToSegment, type Pointer } from '../../src/render/relation-hit';
import { stylesheet } from '../../src/render/style';

/**
 * Three actors on a line and one above, relations 1 unit wide as the bulk
 * stylesheet draws them: a–b along y = 0, c–d along y = 20, and a loop on e, apart.
 */
function map(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' },
    style: [{ selector: 'edge', style: { width: 1 } }],
    elements: [
      { data: { id: 'a' }, position: { x: 0, y: 0 } },
      { data: { id: 'b' }, position: { x: 100, y: 0 } },
      { data: { id: 'c' }, position: { x: 0, y: 20 } },
      { data: { id: 'd' }, position: { x: 100, y: 20 } },
      { data: { id: 'e' }, position: { x: 300, y: 300 } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
      { data: { id: 'cd', source: 'c', target: 'd' } },
      { data: { id: 'ee', source: 'e', target: 'e' } },
    ],
  });
}

/** The relation under a point given in the map's own units, at this zoom (no pan). */
const at = (cy: Core, x: number, y: number, zoom = 1, pointer: Pointer = 'mouse') => {
  cy.viewport({ zoom, pan: { x: 0, y: 0 } });
  return relationAt(cy, { x: x * zoom, y: y * zoom }, pointer)?.id();
};

describe('relationAt', () => {
  it('finds a relation within 8 screen pixels of its line, beyond half its width', () => {
    const cy = map();
    expect(at(cy, 50, 6)).toBe('ab');
    expect(at(cy, 50, -8.4)).toBe('ab');
    expect(at(cy, 50, 9)).toBeUndefined();
  });

  it('gives a finger 24 pixels, as Cytoscape does', () => {
    const cy = map();
    expect(at(cy, 50, -20)).toBeUndefined();
    expect(at(cy, 50, -20, 1, 'touch')).toBe('ab');
    expect(at(cy, 50, -25, 1, 'touch')).toBeUndefined();
  });

  it('reckons the reach on the screen: zoomed in, the same point is too far', () => {
    const cy = map();
    // 6 units off the line: 12 pixels at twice the size, 3 at half.
    expect(at(cy, 50, 6, 2)).toBeUndefined();
    expect(at(cy, 50, -12, 0.5)).toBe('ab');
  });

  it('takes the nearest of two relations, and reads the pan', () => {
    const cy = map();
    expect(at(cy, 30, 8)).toBe('ab');
    expect(at(cy, 30, 13)).toBe('cd');
    cy.viewport({ zoom: 1, pan: { x: 200, y: 50 } });
    expect(relationAt(cy, { x: 250, y: 64 })?.id()).toBe('cd');
  });

  it('of relations on one line, takes the one drawn last, on top', () => {
    const cy = map();
    cy.add({ data: { id: 'ba', source: 'b', target: 'a' } });
    expect(at(cy, 50, 2)).toBe('ba');
  });

  it('follows relations added and removed after a search', () => {
    const cy = map();
    expect(at(cy, 150, 10)).toBeUndefined();
    cy.add({ data: { id: 'bd', source: 'b', target: 'd' } });
    expect(at(cy, 104, 10)).toBe('bd');
    cy.getElementById('bd').remove();
    expect(at(cy, 104, 10)).toBeUndefined();
  });

  it('ends where the line ends', () => {
    const cy = map();
    expect(at(cy, 106, 0)).toBe('ab');
    expect(at(cy, 112, 0)).toBeUndefined();
  });

  it('leaves out relations the filters hide, those of hidden actors, and loops', () => {
    const cy = map();
    cy.getElementById('ab').style('display', 'none');
    expect(at(cy, 50, 2)).toBeUndefined();
    expect(at(cy, 50, 16)).toBe('cd');
    cy.getElementById('d').style('display', 'none');
    expect(at(cy, 50, 16)).toBeUndefined();
    // Beside the actor, where only its loop is drawn.
    expect(at(cy, 305, 303)).toBeUndefined();
  });
});

describe('squaredDistanceToSegment', () => {
  it('measures to the nearest point of the segment, or to a single point', () => {
    expect(squaredDistanceToSegment({ x: 5, y: 3 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(9);
    expect(squaredDistanceToSegment({ x: 13, y: 4 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(25);
    expect(squaredDistanceToSegment({ x: 3, y: 4 }, { x: 0, y: 0 }, { x: 0, y: 0 })).toBe(25);
  });
});

describe('the bulk stylesheet', () => {
  it('takes relations but loops out of Cytoscape’s hit test, and only there', () => {
    const events = (sheet: ReturnType<typeof stylesheet>) =>
      sheet.flatMap((rule) =>
        'style' in rule && 'events' in (rule.style as object)
          ? [`${rule.selector}: ${String((rule.style as { events: string }).events)}`]
          : [],
      );
    expect(events(stylesheet({ still: true, bulk: true }))).toEqual(['edge: no', 'edge:loop: yes']);
    expect(events(stylesheet({ still: true }))).toEqual([]);
  });
});
