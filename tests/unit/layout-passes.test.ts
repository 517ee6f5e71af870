// The passes over a layout's result, and layouts computed from the data alone, on a headless Cytoscape.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { packComponents, wrapLevels } from '../../src/render/layout-passes';
import { planLayout, withoutViewState } from '../../src/render/layouts';

function headless(nodes: Array<[string, number, number]>, edges: Array<[string, string]> = []) {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' },
    style: [{ selector: 'node', style: { width: 30, height: 30 } }],
    elements: [
      ...nodes.map(([id, x, y]) => ({ data: { id }, position: { x, y } })),
      ...edges.map(([source, target]) => ({ data: { id: `${source}-${target}`, source, target } })),
    ],
  });
}

describe('withoutViewState', () => {
  it('runs with no classes and nothing hidden, then puts both back', () => {
    const cy = headless([
      ['a', 0, 0],
      ['b', 50, 0],
    ]);
    cy.getElementById('a').addClass('selected faded');
    cy.getElementById('b').style('display', 'none');
    const inside = withoutViewState(cy.elements(), () => ({
      classes: cy.getElementById('a').classes(),
      hidden: cy.elements().filter((e) => e.style('display') === 'none').length,
    }));
    expect(inside).toEqual({ classes: [], hidden: 0 });
    expect(cy.getElementById('a').classes().sort()).toEqual(['faded', 'selected']);
    expect(cy.getElementById('b').style('display')).toBe('none');
  });

  it('gives a layout the same positions whatever the view marks or hides', () => {
    const nodes: Array<[string, number, number]> = ['a', 'b', 'c', 'd'].map((id) => [id, 0, 0]);
    const plain = headless(nodes, [['a', 'b']]);
    const marked = headless(nodes, [['a', 'b']]);
    marked.getElementById('a').addClass('selected');
    marked.getElementById('c').style('display', 'none');
    const plan = { seed: 1, aspect: 1 };
    expect(planLayout(marked.elements(), { name: 'grid' }, plan)).toEqual(
      planLayout(plain.elements(), { name: 'grid' }, plan),
    );
    // The positions are computed, not applied.
    expect(marked.getElementById('a').position()).toEqual({ x: 0, y: 0 });
  });
});

describe('packComponents', () => {
  it('leaves a connected graph alone', () => {
    const cy = headless(
      [
        ['a', 0, 0],
        ['b', 100, 0],
      ],
      [['a', 'b']],
    );
    packComponents(cy.nodes(), 1);
    expect(cy.getElementById('b').position()).toEqual({ x: 100, y: 0 });
  });

  it('brings a stray pair from far off to just below a wide main group', () => {
    const cy = headless(
      [
        ['a', 0, 0],
        ['b', 300, 0],
        ['c', 600, 0],
        ['x', 5000, 4000],
        ['y', 5100, 4000],
      ],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['x', 'y'],
      ],
    );
    packComponents(cy.nodes(), 1);
    const main = cy.getElementById('a').union(cy.getElementById('b')).union(cy.getElementById('c'));
    const box = main.boundingBox({});
    const x = cy.getElementById('x').position();
    expect(x.y).toBeGreaterThan(box.y2);
    expect(x.y).toBeLessThan(box.y2 + 100);
    expect(x.x).toBeGreaterThanOrEqual(box.x1);
    // The pair keeps its own shape.
    expect(cy.getElementById('y').position().x - x.x).toBe(100);
  });
});

describe('wrapLevels', () => {
  it("folds a wide level into rows, keeping levels' order and each level's order", () => {
    const level: Array<[string, number, number]> = Array.from({ length: 12 }, (_, i) => [
      `n${i}`,
      i * 100,
      100,
    ]);
    const cy = headless([['root', 550, 0], ...level]);
    wrapLevels(cy.nodes(), 1);
    const rows = new Set(level.map(([id]) => cy.getElementById(id).position().y));
    expect(rows.size).toBeGreaterThan(1);
    const root = cy.getElementById('root').position().y;
    for (const [id] of level) expect(cy.getElementById(id).position().y).toBeGreaterThan(root);
    // Along a row, the level's order is kept.
    const first = cy.getElementById('n0').position();
    const second = cy.getElementById('n1').position();
    expect(second.y === first.y && second.x > first.x).toBe(true);
    const box = cy.nodes().boundingBox({});
    expect(box.w / box.h).toBeLessThan(3);
  });
});
