/**
 * The page's side of layout-worker.ts: sends the graph's ends and sizes,
 * reports the worker's progress, and can stop it (the worker is ended, so a
 * stopped layout costs nothing more). Loaded with the first big graph's
 * layout (see layout-job.ts).
 */
import type { CollectionReturnValue, NodeSingular, Position } from 'cytoscape';
import type { LayoutChoice } from './layouts';
import { LayoutStopped, type LayoutJob } from './layout-job';
import type { LayoutReply, LayoutRequest } from './layout-worker';

export function layoutOffThread(
  elements: CollectionReturnValue,
  choice: LayoutChoice,
  { seed, aspect }: { seed: number; aspect: number },
  onProgress: (phase: string) => void,
): LayoutJob {
  const nodes = elements.nodes();
  const ids = nodes.map((node) => node.id());
  const index = new Map(ids.map((id, i) => [id, i]));
  const sizes = new Float64Array(
    nodes.map((node: NodeSingular) => Number(node.data('size')) || 30),
  );
  const edgeList = elements.edges();
  const edges = new Uint32Array(edgeList.length * 2);
  edgeList.forEach((edge, i) => {
    edges[2 * i] = index.get(edge.source().id()) ?? 0;
    edges[2 * i + 1] = index.get(edge.target().id()) ?? 0;
  });
  const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  let settle: ((error: Error) => void) | undefined;
  const done = new Promise<Map<string, Position>>((resolve, reject) => {
    settle = reject;
    worker.addEventListener('message', (event: MessageEvent<LayoutReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return onProgress(reply.phase);
      worker.terminate();
      if (reply.type === 'failed') return reject(new Error(`The layout failed: ${reply.message}`));
      const positions = new Map<string, Position>();
      ids.forEach((id, i) =>
        positions.set(id, { x: reply.positions[2 * i]!, y: reply.positions[2 * i + 1]! }),
      );
      resolve(positions);
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(`The layout failed: ${event.message || 'the worker stopped'}`));
    });
  });
  const request: LayoutRequest = { nodes: ids, sizes, edges, choice, seed, aspect };
  worker.postMessage(request, [sizes.buffer, edges.buffer]);
  return {
    done,
    stop() {
      worker.terminate();
      settle?.(new LayoutStopped('The layout was stopped.'));
    },
  };
}
