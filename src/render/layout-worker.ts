/**
 * Lays a big graph out off the page's thread: a headless Cytoscape holds the
 * actors and relations (ids, sizes and ends only), runs the layout with the
 * same options and seed as the page would, and sends the positions back.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { layoutOptions, withSeededRandom, type LayoutChoice } from './layouts';
import { turnToFit } from './layout-passes';
import { spreadOut } from './spread-out';

export interface LayoutRequest {
  /** Map ids of the actors, in the order of the positions sent back. */
  nodes: string[];
  /** Each actor's drawn size, in the order of `nodes`. */
  sizes: Float64Array;
  /** Pairs of indices into `nodes`: source, target, source, target… */
  edges: Uint32Array;
  choice: LayoutChoice;
  seed: number;
  aspect: number;
}

export type LayoutReply =
  | { type: 'progress'; phase: string }
  | { type: 'done'; positions: Float64Array }
  | { type: 'failed'; message: string };

cytoscape.use(fcose);

const post = (reply: LayoutReply, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(reply, transfer);

self.addEventListener('message', (event: MessageEvent<LayoutRequest>) => {
  const { nodes, sizes, edges, choice, seed, aspect } = event.data;
  try {
    post({ type: 'progress', phase: 'Reading the graph' });
    const elements: cytoscape.ElementDefinition[] = nodes.map((id, i) => ({
      data: { id, size: sizes[i] },
    }));
    for (let i = 0; i < edges.length; i += 2) {
      elements.push({
        data: { id: `e${i / 2}`, source: nodes[edges[i]!]!, target: nodes[edges[i + 1]!]! },
      });
    }
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements,
      style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    });
    post({ type: 'progress', phase: 'Placing the actors' });
    withSeededRandom(seed, () =>
      cy.layout(layoutOptions({ ...choice, size: nodes.length, offThread: true })).run(),
    );
    if (choice.name === 'fcose') turnToFit(cy.nodes(), aspect);
    const positions = new Float64Array(nodes.length * 2);
    nodes.forEach((id, i) => {
      const { x, y } = cy.getElementById(id).position();
      positions[2 * i] = x;
      positions[2 * i + 1] = y;
    });
    cy.destroy();
    if (choice.name === 'fcose') {
      post({ type: 'progress', phase: 'Making room for each actor' });
      spreadOut(positions, sizes);
    }
    post({ type: 'done', positions }, [positions.buffer]);
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
