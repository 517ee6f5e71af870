/**
 * Layouts. The default is fCoSE (through its maintained Cytoscape extension):
 * fast force-directed placement that keeps labelled nodes apart.
 */
import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';

let registered = false;

/** Registers the layout extensions once. */
export function registerLayouts(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

export function defaultLayout(): LayoutOptions {
  return {
    name: 'fcose',
    quality: 'proof',
    randomize: true,
    animate: false,
    fit: true,
    padding: 40,
    nodeDimensionsIncludeLabels: true,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 110,
    edgeElasticity: () => 0.3,
    nodeSeparation: 90,
    numIter: 4000,
  } as LayoutOptions;
}
