// A very big graph drawn in parts on a headless Cytoscape, edited while it comes.
import cytoscape from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addActor, addRelation, buildGraph } from '../../src/model/graph';
import { generateDataset } from '../../src/model/generate';
import {
  drawGraph,
  FIRST_PART,
  IN_PARTS_FROM,
  type DrawOptions,
} from '../../src/render/draw-graph';
import type { LayoutController } from '../../src/render/layout-controller';
import type { MapViewport } from '../../src/render/map-viewport';
import { NO_FILTERS, visibleElements } from '../../src/state/filters';
import type { Editor } from '../../src/state/editor.svelte';
import { MapEditing } from '../../src/ui/map-edits';
import { toElements } from '../../src/render/elements';

describe('a graph drawn in parts', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (step: () => void) => setTimeout(step, 16));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('draws the relations of an actor added meanwhile only with that actor, and finishes', () => {
    const dataset = generateDataset({ actors: IN_PARTS_FROM + 200, relationsPerActor: 2, seed: 3 });
    const graph = buildGraph(dataset);
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const done = vi.fn();
    let edited = false;
    const options: DrawOptions = {
      saved: undefined,
      visible: () => visibleElements(graph, NO_FILTERS),
      viewport: {
        fitSquare: () => undefined,
        fitActors: () => undefined,
      } as unknown as MapViewport,
      layouts: { awaitRelations: () => undefined } as unknown as LayoutController,
      current: () => true,
      edited: () => edited,
      done,
    };
    drawGraph(cy, graph, options);
    expect(cy.nodes()).toHaveLength(FIRST_PART);
    // An actor and a relation to it, added while the others are still coming.
    const [first] = dataset.actors;
    edited = true;
    addActor(graph, { ...first!, id: 'newcomer', name: 'Newcomer' });
    addRelation(graph, {
      ...dataset.relations[0]!,
      id: 'to-newcomer',
      source: first!.id,
      target: 'newcomer',
    });
    cy.emit('render'); // the first part's frame
    vi.advanceTimersByTime(1000);
    expect(done).toHaveBeenCalledOnce();
    expect(cy.nodes()).toHaveLength(dataset.actors.length);
    expect(cy.edges()).toHaveLength(dataset.relations.length);
    expect(cy.getElementById('r:to-newcomer').empty()).toBe(true);
  });

  it('follows the edits a new graph had before all of it was drawn', () => {
    // The map follows a graph's edits once all of it is there; they count from 1 for each graph.
    const before = buildGraph(generateDataset({ actors: 30, seed: 5 }));
    const dataset = generateDataset({ actors: 30, seed: 6 });
    const graph = buildGraph(dataset);
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(before) });
    const editing = new MapEditing(cy, { active: true } as unknown as Editor);
    const none = { actors: new Set<string>(), relations: new Set<string>(), attributes: false };
    const edits = (touched: string) => [
      { seq: 1, touched: none },
      { seq: 2, touched: { ...none, actors: new Set([touched]) } },
    ];
    editing.follow(edits(dataset.actors[0]!.id), before, visibleElements(before, NO_FILTERS));
    // Another graph drawn, then an actor added to it before the map followed its edits.
    cy.elements().remove();
    cy.add(toElements(graph));
    addActor(graph, { ...dataset.actors[0]!, id: 'newcomer', name: 'Newcomer' });
    editing.follow(edits('newcomer'), graph, visibleElements(graph, NO_FILTERS));
    expect(cy.getElementById('a:newcomer').nonempty()).toBe(true);
  });
});
