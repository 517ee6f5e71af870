/**
 * Layouts. The default is fCoSE (through its maintained Cytoscape extension):
 * fast force-directed placement that keeps labelled nodes apart. The others
 * are Cytoscape's built-ins. The extension loads when first used; graphs
 * above MAIN_THREAD_LAYOUT_LIMIT are laid out in a worker (layout-worker.ts).
 */
import cytoscape, {
  type CollectionReturnValue,
  type NodeCollection,
  type LayoutOptions,
  type NodeSingular,
  type Position,
} from 'cytoscape';
/**
 * The layouts the map runs (the view state lists them for the address:
 * render does not import state; the ui's calls check that the two agree).
 */
export type LayoutName = 'fcose' | 'concentric' | 'circle' | 'grid' | 'breadthfirst' | 'camps';
import { actorKey } from './ids';
import { campsPositions, type SideMap } from './camps-layout';

let registering: Promise<void> | undefined;

/** Loads and registers the layout extensions, once; later calls wait for the first. */
export function loadLayouts(): Promise<void> {
  registering ??= import('cytoscape-fcose').then(
    ({ default: fcose }) => {
      cytoscape.use(fcose);
    },
    (error: unknown) => {
      // A failed load (the network, say) is tried again on the next use.
      registering = undefined;
      throw error;
    },
  );
  return registering;
}

export interface LayoutChoice {
  name: LayoutName;
  /** For the tree: the actor at its root (the selection), if any. */
  root?: string;
  /** How many actors are laid out: the force-directed layout trades quality for time on big graphs. */
  size?: number;
  /** Laid out in a worker, where labels cannot be measured. */
  offThread?: boolean;
  /** For the camps: each actor's side by map id (see camps-layout.ts). */
  sides?: SideMap;
}

/** Above this many actors the force-directed layout would take minutes: concentric rings instead. */
export const FORCE_LAYOUT_LIMIT = 3000;

/**
 * Up to this many actors a layout runs on the page's own thread (labels are
 * measured, overlaps removed); above it in a worker, so the page stays
 * responsive, with progress and a way to stop.
 */
export const MAIN_THREAD_LAYOUT_LIMIT = 400;

/** The layout actually run: the one asked for, unless the graph is too big for it to finish in seconds. */
export function feasibleLayout(name: LayoutName, size: number): LayoutName {
  return name === 'fcose' && size > FORCE_LAYOUT_LIMIT ? 'concentric' : name;
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
    case 'fcose':
      return {
        ...COMMON,
        name: 'fcose',
        // Proof quality on small graphs; above the page-thread limit the spectral
        // draft alone (the force step takes over 10 s at 1,000 actors, 0.6 s for the draft).
        quality: size <= 300 ? 'proof' : size <= MAIN_THREAD_LAYOUT_LIMIT ? 'default' : 'draft',
        randomize: true,
        nodeDimensionsIncludeLabels: labels && size <= MAIN_THREAD_LAYOUT_LIMIT,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 40,
        edgeElasticity: () => 0.3,
        nodeSeparation: 60,
        numIter: size <= 300 ? 4000 : 1000,
      } as LayoutOptions;
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

/** Label overlap is worth removing by hand only on graphs small enough to label in full. */
const SEPARATE_UP_TO = 400;

/**
 * Pushes apart nodes whose boxes (label included) overlap, along the axis of
 * least overlap, until none do or the rounds run out. Force-directed layouts
 * only approximate label sizes; this makes the first view free of overlaps.
 */
export function separateOverlaps(nodes: NodeCollection, rounds = 40): number {
  const list = nodes.toArray() as NodeSingular[];
  if (list.length > SEPARATE_UP_TO) return 0;
  const boxOf = (node: NodeSingular) => node.boundingBox({ includeLabels: true });
  for (let round = 0; round < rounds; round++) {
    const boxes = list.map(boxOf);
    let moved = false;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const ox = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
        const oy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        const p = list[i]!.position();
        const q = list[j]!.position();
        if (ox < oy) {
          const d = (ox / 2 + 2) * (p.x <= q.x ? 1 : -1);
          list[i]!.position({ x: p.x - d, y: p.y });
          list[j]!.position({ x: q.x + d, y: q.y });
        } else {
          const d = (oy / 2 + 2) * (p.y <= q.y ? 1 : -1);
          list[i]!.position({ x: p.x, y: p.y - d });
          list[j]!.position({ x: q.x, y: q.y + d });
        }
        boxes[i] = boxOf(list[i]!);
        boxes[j] = boxOf(list[j]!);
      }
    }
    if (!moved) return round;
  }
  return rounds;
}

/** Turns the drawing a quarter when it is wide on a tall screen, or tall on a wide one. */
export function turnToFit(nodes: NodeCollection, aspect: number): void {
  const box = nodes.boundingBox({ includeLabels: false });
  if (box.w === 0 || box.h === 0) return;
  const drawing = box.w / box.h;
  if ((drawing > 1.2 && aspect < 0.8) || (drawing < 0.8 && aspect > 1.2)) {
    nodes.forEach((node) => {
      const { x, y } = node.position();
      node.position({ x: -y, y: x });
    });
  }
}

/** Gap between parallel curves (the stylesheet's control-point-step-size). */
export const PARALLEL_STEP = 18;

/**
 * Moves nodes off relations that pass under them without touching them, so
 * that every curve can be clicked and no actor seems to sit on a relation it
 * has no part in. A bundle of parallel relations counts with its width.
 */
export function clearEdges(nodes: NodeCollection, rounds = 12): void {
  const list = nodes.toArray() as NodeSingular[];
  const edges = nodes.connectedEdges();
  if (list.length > SEPARATE_UP_TO || edges.length > SEPARATE_UP_TO * 4) return;
  // One segment per pair of actors, as wide as its bundle.
  const bundles = new Map<string, { a: NodeSingular; b: NodeSingular; half: number }>();
  edges.forEach((edge) => {
    const [a, b] = [edge.source(), edge.target()].sort((x, y) => (x.id() < y.id() ? -1 : 1)) as [
      NodeSingular,
      NodeSingular,
    ];
    const key = `${a.id()}\u0000${b.id()}`;
    const bundle = bundles.get(key);
    if (bundle) bundle.half += PARALLEL_STEP / 2;
    else bundles.set(key, { a, b, half: 2 });
  });
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (const node of list) {
      const radius = node.width() / 2 + 6;
      for (const { a, b, half } of bundles.values()) {
        if (a.same(node) || b.same(node)) continue;
        const p = a.position();
        const q = b.position();
        const n = node.position();
        const dx = q.x - p.x;
        const dy = q.y - p.y;
        const length2 = dx * dx + dy * dy;
        if (length2 === 0) continue;
        const t = ((n.x - p.x) * dx + (n.y - p.y) * dy) / length2;
        if (t <= 0.05 || t >= 0.95) continue;
        const cx = p.x + t * dx;
        const cy = p.y + t * dy;
        let ox = n.x - cx;
        let oy = n.y - cy;
        const distance = Math.hypot(ox, oy);
        const needed = radius + half;
        if (distance >= needed) continue;
        if (distance < 0.01) {
          ox = -dy;
          oy = dx;
        }
        const scale = (needed - distance + 1) / Math.max(Math.hypot(ox, oy), 0.01);
        node.position({ x: n.x + ox * scale, y: n.y + oy * scale });
        moved = true;
      }
    }
    if (!moved) return;
  }
}

/**
 * Computes where a layout puts the given elements, without moving them: the
 * positions are taken, the old ones put back, so that the caller can animate
 * from one to the other (or jump, the first time).
 */
export function planLayout(
  elements: CollectionReturnValue,
  choice: LayoutChoice,
  { seed, aspect }: { seed: number; aspect: number },
): Map<string, Position> {
  const nodes = elements.nodes();
  const before = new Map(nodes.map((node) => [node.id(), { ...node.position() }]));
  withSeededRandom(seed, () =>
    elements.layout(layoutOptions({ ...choice, size: nodes.length })).run(),
  );
  // A force-directed map has no up or down: turn it to the screen's shape (a phone is tall).
  if (choice.name === 'fcose') {
    turnToFit(nodes, aspect);
    clearEdges(nodes);
  }
  separateOverlaps(nodes);
  const after = new Map(nodes.map((node) => [node.id(), { ...node.position() }]));
  nodes.forEach((node) => {
    node.position(before.get(node.id()) as Position);
  });
  return after;
}
