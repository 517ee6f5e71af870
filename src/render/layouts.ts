/**
 * Layouts. The default is fCoSE (through its maintained Cytoscape extension):
 * fast force-directed placement that keeps labelled nodes apart. The others
 * are Cytoscape's built-ins. The extension loads when first used; graphs
 * above MAIN_THREAD_LAYOUT_LIMIT are laid out in a worker (layout-worker.ts).
 * This module loads when a layout is first computed on the page (names and
 * limits are in layout-choice.ts).
 */
import type {
  CollectionReturnValue,
  EdgeCollection,
  EdgeSingular,
  NodeCollection,
  LayoutOptions,
  NodeSingular,
  Position,
} from 'cytoscape';
import { actorKey } from './ids';
import { LAYOUT_RUN_MARK, MAIN_THREAD_LAYOUT_LIMIT, type LayoutChoice } from './layout-choice';
export * from './layout-choice';
import { campsPositions } from './camps-layout';
import {
  clearEdges,
  packComponents,
  separateOverlaps,
  stretchToAspect,
  turnToFit,
  wrapLevels,
} from './layout-passes';

/** The same key for every relation between the same two actors, whichever way it goes. */
function pairKey(edge: EdgeSingular): string {
  const ends = [edge.source().id(), edge.target().id()].sort();
  return ends.join('\u0000');
}

/** How many relations join each pair of actors. */
function bundleSizes(edges: EdgeCollection): Map<string, number> {
  const sizes = new Map<string, number>();
  edges.forEach((edge) => {
    const key = pairKey(edge);
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  });
  return sizes;
}

/** Positions are computed without animation or fitting; the caller animates to them. */
const COMMON = { fit: false, animate: false } as const;

/**
 * Ring numbers from the middle out, by number of relations: ring k holds
 * about 6k actors, as many as fit around it at an even spacing.
 */
export function filledRings(nodes: NodeCollection): Map<string, number> {
  const ranked = nodes
    .map((node) => ({ id: node.id(), degree: node.degree(false) }))
    .sort((a, b) => b.degree - a.degree);
  const rings = new Map<string, number>();
  let ring = 0;
  let left = 1;
  for (const { id } of ranked) {
    rings.set(id, ring);
    if (--left === 0) left = 6 * ++ring;
  }
  return rings;
}

export function layoutOptions({
  name,
  root,
  size = 0,
  offThread = false,
  sides = new Map(),
}: LayoutChoice): LayoutOptions {
  const labels = !offThread;
  switch (name) {
    case 'fcose': {
      // Relations between the same two actors pull together as one, a little longer the more
      // there are: a bundle of curves, with its labels, needs room between its ends.
      let bundles: Map<string, number> | undefined;
      const bundle = (edge: EdgeSingular) => {
        bundles ??= bundleSizes(edge.cy().edges());
        return bundles.get(pairKey(edge)) ?? 1;
      };
      return {
        ...COMMON,
        name: 'fcose',
        // Proof quality on small graphs; above the page-thread limit the spectral
        // draft alone (the force step takes over 10 s at 1,000 actors, 0.6 s for the draft).
        quality: size <= 300 ? 'proof' : size <= MAIN_THREAD_LAYOUT_LIMIT ? 'default' : 'draft',
        randomize: true,
        nodeDimensionsIncludeLabels: labels && size <= MAIN_THREAD_LAYOUT_LIMIT,
        nodeRepulsion: () => 9000,
        idealEdgeLength: (edge: EdgeSingular) => 40 + 8 * Math.min(bundle(edge), 5),
        edgeElasticity: (edge: EdgeSingular) => 0.45 / bundle(edge),
        nodeSeparation: 60,
        numIter: size <= 300 ? 4000 : 1000,
      } as LayoutOptions;
    }
    case 'concentric': {
      if (size > MAIN_THREAD_LAYOUT_LIMIT) {
        // Four rings of thousands would be one vast circle: on a big graph each
        // ring is filled in order of relations, so that the rings widen evenly.
        let rings: Map<string, number> | undefined;
        return {
          ...COMMON,
          name: 'concentric',
          concentric: (node: NodeSingular) => {
            rings ??= filledRings(node.cy().nodes());
            return -(rings.get(node.id()) ?? 0);
          },
          levelWidth: () => 1,
          minNodeSpacing: 10,
          nodeDimensionsIncludeLabels: false,
        } as LayoutOptions;
      }
      return {
        ...COMMON,
        name: 'concentric',
        // Rings by number of relations: the best connected in the middle, four rings in all.
        concentric: (node: NodeSingular) => node.degree(false),
        levelWidth: (nodes: NodeCollection) => Math.max(1, nodes.maxDegree(false) / 4),
        minNodeSpacing: 30,
        nodeDimensionsIncludeLabels: labels,
      } as LayoutOptions;
    }
    case 'circle':
      return {
        ...COMMON,
        name: 'circle',
        nodeDimensionsIncludeLabels: labels,
      } as LayoutOptions;
    case 'grid':
      return {
        ...COMMON,
        name: 'grid',
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: labels,
        sort: (a: NodeSingular, b: NodeSingular) =>
          String(a.data('label')).localeCompare(String(b.data('label'))),
      } as LayoutOptions;
    case 'breadthfirst':
      return {
        ...COMMON,
        name: 'breadthfirst',
        directed: false,
        circle: false,
        grid: false,
        spacingFactor: 1.3,
        nodeDimensionsIncludeLabels: labels,
        ...(root === undefined ? {} : { roots: [actorKey(root)] }),
      } as LayoutOptions;
    case 'camps': {
      let positions: Map<string, Position> | undefined;
      return {
        ...COMMON,
        name: 'preset',
        positions: (node: NodeSingular) => {
          positions ??= campsPositions(node.cy().nodes(), sides);
          return positions.get(node.id()) ?? { x: 0, y: 0 };
        },
      } as LayoutOptions;
    }
  }
}

/**
 * Runs `fn` with Math.random replaced by a seeded generator (mulberry32), so
 * that a force-directed layout of the same data gives the same map on every
 * visit. The layout computes its positions synchronously inside `run()`.
 */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  let state = seed >>> 0;
  Math.random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

/**
 * Runs `fn` on elements stripped of the view's state: no classes (a bold
 * selected label is wider), no filter hiding them. A layout computed inside
 * depends on the data alone, so that every link to a dataset, whatever it
 * selects or filters, lays it out the same.
 */
export function withoutViewState<T>(elements: CollectionReturnValue, fn: () => T): T {
  const cy = elements.cy();
  const classes = new Map<string, string[]>();
  const hidden = elements.filter((element) => element.style('display') === 'none');
  cy.batch(() => {
    elements.forEach((element) => {
      const names = element.classes();
      if (names.length === 0) return;
      classes.set(element.id(), names);
      element.classes([]);
    });
    hidden.removeStyle('display');
  });
  try {
    return fn();
  } finally {
    cy.batch(() => {
      for (const [id, names] of classes) cy.getElementById(id).classes(names);
      hidden.style('display', 'none');
    });
  }
}

/**
 * Computes where a layout puts the given elements, without moving them: the
 * positions are taken, the old ones put back, so that the caller can animate
 * from one to the other (or jump, the first time). The view's state (classes,
 * filters) has no say (see withoutViewState).
 */
export function planLayout(
  elements: CollectionReturnValue,
  choice: LayoutChoice,
  { seed, aspect }: { seed: number; aspect: number },
): Map<string, Position> {
  performance.mark(LAYOUT_RUN_MARK);
  const nodes = elements.nodes();
  const before = new Map(nodes.map((node) => [node.id(), { ...node.position() }]));
  const after = withoutViewState(elements, () => {
    withSeededRandom(seed, () =>
      elements.layout(layoutOptions({ ...choice, size: nodes.length })).run(),
    );
    // A force-directed map has no up or down: turn it to the screen's shape (a phone is tall).
    if (choice.name === 'fcose') {
      turnToFit(nodes, aspect);
      packComponents(nodes, aspect);
      // And use the map's height as well as its width (a little: a force drawing's distances mean something).
      stretchToAspect(nodes, aspect, 1.5);
      clearEdges(nodes);
    }
    if (choice.name === 'breadthfirst') wrapLevels(nodes, aspect);
    separateOverlaps(nodes);
    return new Map(nodes.map((node) => [node.id(), { ...node.position() }]));
  });
  nodes.forEach((node) => {
    node.position(before.get(node.id()) as Position);
  });
  return after;
}
