import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { LayoutStopped, layoutOffThread } from '../../src/render/layout-job';

describe('a layout in a worker, its code loaded on first use', () => {
  it('can be stopped while its code is still loading: it ends as stopped, no worker started', async () => {
    const cy = cytoscape({ headless: true, elements: [{ data: { id: 'a' } }] });
    const phases: string[] = [];
    const job = layoutOffThread(
      cy.elements(),
      { name: 'circle' },
      { seed: 1, aspect: 1 },
      (phase) => phases.push(phase),
    );
    job.stop();
    await expect(job.done).rejects.toBeInstanceOf(LayoutStopped);
    // Had the worker's side started, it would have made a Worker, which Node lacks.
    await new Promise((done) => setTimeout(done, 50));
    expect(phases).toEqual([]);
  });
});
