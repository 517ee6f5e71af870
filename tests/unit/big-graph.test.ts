// How a big graph is placed and filtered on the map, on a headless Cytoscape.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model';
import { actorIds, degreeOf, forEachRelationOf } from '../../src/model/graph';
import { generateDataset } from '../../src/model/generate';
import { actorParts, FIRST_PART, IN_PARTS_FROM } from '../../src/render/draw-graph';
import { edgeData, nodeElements, toElements } from '../../src/render/elements';
import {
  BULK_STYLE_FROM,
  SMOOTH_UP_TO,
  styleFor,
  stylesheet,
  type StyleOptions,
} from '../../src/render/style';
import { filledRings, layoutOptions } from '../../src/render/layouts';
import { spiralPositions, spiralRadius } from '../../src/render/spiral';
import {
  applyHighlight,
  applyVisibility,
  brightIds,
  hideFiltered,
  shownElements,
} from '../../src/render/view-classes';
import { NO_FILTERS, visibleElements } from '../../src/state/filters';

const dataset = generateDataset({ actors: 600, seed: 4 });
const graph = buildGraph(dataset);
const headless = () =>
  cytoscape({ headless: true, styleEnabled: true, elements: toElements(graph) });
const hiddenOn = (cy: cytoscape.Core) => cy.elements().difference(shownElements(cy));

describe('the spiral a big graph is first drawn on', () => {
  const actors = graph.mapNodes((id) => ({ id, degree: graph.degree(id) }));
  const positions = spiralPositions(actors);

  it('puts the actor with most relations in the middle, and every actor within the radius', () => {
    const hub = actors.reduce((best, actor) => (actor.degree > best.degree ? actor : best));
    expect(positions.get(hub.id)).toEqual({ x: 0, y: 0 });
    const radius = spiralRadius(actors.length);
    const farthest = Math.max(...[...positions.values()].map(({ x, y }) => Math.hypot(x, y)));
    expect(farthest).toBeLessThanOrEqual(radius + 1e-9);
    expect(farthest).toBeGreaterThan(radius * 0.99);
  });

  it('keeps actors apart', () => {
    const points = [...positions.values()];
    let nearest = Infinity;
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        nearest = Math.min(
          nearest,
          Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y),
        );
      }
    }
    expect(nearest).toBeGreaterThan(15);
  });
});

describe('concentric rings on a big graph', () => {
  it('fill ring after ring by number of relations, about six more actors a ring', () => {
    const cy = headless();
    const rings = filledRings(cy.nodes());
    const sizes: number[] = [];
    for (const ring of rings.values()) sizes[ring] = (sizes[ring] ?? 0) + 1;
    expect(sizes.slice(0, 4)).toEqual([1, 6, 12, 18]);
    // Nobody in an outer ring has more relations than anybody further in.
    const degree = (id: string) => cy.getElementById(id).degree(false);
    const least = new Map<number, number>();
    const most = new Map<number, number>();
    for (const [id, ring] of rings) {
      least.set(ring, Math.min(least.get(ring) ?? Infinity, degree(id)));
      most.set(ring, Math.max(most.get(ring) ?? -Infinity, degree(id)));
    }
    for (let ring = 1; ring < sizes.length; ring++) {
      expect(most.get(ring)).toBeLessThanOrEqual(least.get(ring - 1)!);
    }
  });

  it('stay within a few times the spiral’s extent, not one vast circle', () => {
    const cy = headless();
    cy.layout(
      layoutOptions({ name: 'concentric', size: cy.nodes().length, offThread: true }),
    ).run();
    const box = cy.nodes().boundingBox({});
    expect(box.w).toBeLessThan(2 * 2 * spiralRadius(cy.nodes().length));
  });
});

describe('visibility on the map', () => {
  const all = visibleElements(graph, NO_FILTERS);
  const fewer = visibleElements(graph, { ...NO_FILTERS, hiddenActorKinds: ['person'] });
  const ids = (cy: cytoscape.Core) =>
    hiddenOn(cy)
      .map((element) => element.id())
      .sort();

  it('new elements hide what the filters leave out, and only that', () => {
    const cy = headless();
    hideFiltered(cy.elements(), fewer);
    const people = graph.filterNodes((_id, actor) => actor.kind === 'person').length;
    expect(people).toBeGreaterThan(0);
    expect(hiddenOn(cy).nodes().length).toBe(people);
    expect(hiddenOn(cy).length).toBe(
      graph.order - fewer.actors.size + graph.size - fewer.relations.size,
    );
  });

  it('a change of filters hides and shows what changed, as on new elements', () => {
    const cy = headless();
    let changes = 0;
    cy.on('style', () => changes++);
    applyVisibility(cy, fewer, all);
    const fresh = headless();
    hideFiltered(fresh.elements(), fewer);
    expect(ids(cy)).toEqual(ids(fresh));
    // Only the elements that changed were touched.
    expect(changes).toBe(hiddenOn(cy).length);
    // Shown again: back to nothing hidden.
    applyVisibility(cy, all, fewer);
    expect(hiddenOn(cy).length).toBe(0);
  });
});

describe('highlighting on the map', () => {
  const all = visibleElements(graph, NO_FILTERS);
  const MARKS = ['selected', 'faded', 'highlighted', 'on-path', 'path-end'];
  /** Each marked element as "id class class", sorted. */
  const marked = (cy: cytoscape.Core) =>
    cy
      .elements()
      .map((element) => [element.id(), ...MARKS.filter((name) => element.hasClass(name))])
      .filter((entry) => entry.length > 1)
      .map((entry) => entry.join(' '))
      .sort();
  const withClass = (cy: cytoscape.Core, name: string) =>
    cy
      .elements(`.${name}`)
      .map((element) => element.id())
      .sort();
  const hub = actorIds(graph).reduce((best, id) =>
    degreeOf(graph, id) > degreeOf(graph, best) ? id : best,
  );
  const selection = { type: 'actor' as const, id: hub };
  const hubRelations: string[] = [];
  forEachRelationOf(graph, hub, (relation) => hubRelations.push(relation.id));
  const neighbours = new Set<string>();
  forEachRelationOf(graph, hub, ({ source, target }) =>
    neighbours.add(source === hub ? target : source),
  );
  const {
    id: edge,
    source: from,
    target: to,
  } = dataset.relations.find(({ source, target }) => source !== hub && target !== hub)!;
  const path = { actors: new Set([from, to]), relations: new Set([edge]) };

  it('brightens a selection and its relations and fades the rest', () => {
    const cy = headless();
    applyHighlight(cy, brightIds(graph, selection, all), selection);
    expect(withClass(cy, 'selected')).toEqual([`a:${hub}`]);
    expect(withClass(cy, 'highlighted')).toEqual(hubRelations.map((id) => `r:${id}`).sort());
    expect(cy.elements('.faded').length).toBe(
      cy.elements().length - degreeOf(graph, hub) - neighbours.size - 1,
    );
    expect(withClass(cy, 'on-path')).toEqual([]);
  });

  it('from a selection to a path to a question half asked to nothing, leaves no mark behind', () => {
    const cy = headless();
    applyHighlight(cy, brightIds(graph, selection, all), selection);
    applyHighlight(cy, path, undefined, { path: true, ends: [from, to] });
    expect(withClass(cy, 'on-path')).toEqual([`a:${from}`, `a:${to}`, `r:${edge}`].sort());
    expect(withClass(cy, 'path-end')).toEqual([`a:${from}`, `a:${to}`].sort());
    expect(withClass(cy, 'selected')).toEqual([]);
    expect(withClass(cy, 'highlighted')).toEqual([]);
    expect(cy.elements('.faded').length).toBe(cy.elements().length - 3);
    // The same marks as on a map that showed only the path.
    const fresh = headless();
    applyHighlight(fresh, path, undefined, { path: true, ends: [from, to] });
    expect(marked(cy)).toEqual(marked(fresh));

    applyHighlight(cy, null, undefined, { path: false, ends: [from] });
    expect(marked(cy)).toEqual([`a:${from} path-end`]);
    applyHighlight(cy, null, undefined);
    expect(marked(cy)).toEqual([]);
  });

  it('restyles only the elements whose marks change', () => {
    const cy = headless();
    applyHighlight(cy, path, undefined, { path: true, ends: [from, to] });
    let restyled = 0;
    cy.on('style', () => restyled++);
    // Asked again, nothing changes; cleared, only the path and the faded rest do.
    applyHighlight(cy, path, undefined, { path: true, ends: [from, to] });
    expect(restyled).toBe(0);
    applyHighlight(cy, null, undefined);
    expect(restyled).toBe(cy.elements().length);
  });
});

describe('the stylesheet of a bigger graph', () => {
  const styled = (options: StyleOptions) =>
    cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(graph),
      style: stylesheet(options),
    });
  // Graph keys are the map's ids.
  const dashed = graph.edges().find((key) => edgeData(graph, key).lineStyle === 'dashed')!;
  const first = graph.nodes()[0]!;

  it('fades at once rather than by a transition, beyond a small graph', () => {
    const small = styled(styleFor(SMOOTH_UP_TO)).getElementById(first);
    expect(small.style('transition-property')).toBe('opacity');
    for (const options of [styleFor(SMOOTH_UP_TO + 1), styleFor(BULK_STYLE_FROM + 1)]) {
      const cy = styled(options);
      for (const element of [cy.getElementById(first), cy.getElementById(dashed)]) {
        expect(element.style('transition-property')).toBe('none');
      }
    }
  });

  it('draws a big graph with plain lines but for the highlighted relations', () => {
    expect(styled(styleFor(BULK_STYLE_FROM)).getElementById(dashed).style('line-style')).toBe(
      'dashed',
    );
    const cy = styled(styleFor(BULK_STYLE_FROM + 1));
    const edge = cy.getElementById(dashed);
    expect(edge.style('line-style')).toBe('solid');
    edge.addClass('highlighted');
    expect(edge.style('line-style')).toBe('dashed');
  });
});

describe('the parts a very big graph is drawn in', () => {
  it('draws a graph up to the limit in one part', () => {
    const atLimit = buildGraph(generateDataset({ actors: IN_PARTS_FROM, seed: 2 }));
    const parts = actorParts(atLimit, nodeElements(atLimit));
    expect(parts.map((part) => part.length)).toEqual([IN_PARTS_FROM]);
  });

  it('draws the most connected first, then every other actor once', () => {
    const big = buildGraph(generateDataset({ actors: IN_PARTS_FROM + 1000, seed: 3 }));
    const [first = [], rest = [], ...more] = actorParts(big, nodeElements(big));
    expect(more).toEqual([]);
    expect(first).toHaveLength(FIRST_PART);
    const degree = (element: { data: { id?: string } }) => big.degree(String(element.data.id));
    const least = Math.min(...first.map(degree));
    expect(Math.max(...rest.map(degree))).toBeLessThanOrEqual(least);
    const ids = [...first, ...rest].map((element) => element.data.id);
    expect(new Set(ids).size).toBe(big.order);
    expect(ids.length).toBe(big.order);
  });
});
