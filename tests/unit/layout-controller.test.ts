// The layout controller on a headless Cytoscape: what it applies, what it reports, how it stops.
import cytoscape, { type Position } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  LayoutController,
  type LayoutEvents,
  type Placement,
} from '../../src/render/layout-controller';
import { MAIN_THREAD_LAYOUT_LIMIT, planLayout } from '../../src/render/layouts';
import { LayoutStopped, type LayoutJob } from '../../src/render/layout-job';

function graph(count: number) {
  const elements: cytoscape.ElementDefinition[] = [];
  for (let i = 0; i < count; i++)
    elements.push({
      data: { id: `a:${i}`, label: `actor ${i}`, size: 30 },
      position: { x: 0, y: 0 },
    });
  for (let i = 1; i < count; i++)
    elements.push({ data: { id: `r:${i}`, source: `a:${i - 1}`, target: `a:${i}` } });
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
  });
}

/** Records every event, in order. */
function recorder() {
  const log: string[] = [];
  const applied: Placement[] = [];
  const events: LayoutEvents = {
    progress: (p) => log.push(p ? `progress ${p.phase}` : 'progress none'),
    laidOut: (done) => log.push(`laidOut ${done}`),
    applied: (placement) => {
      applied.push(placement);
      log.push(`applied ${placement.layout}`);
    },
    notice: (text) => log.push(`notice ${text}`),
    failed: (error) => log.push(`failed ${String(error)}`),
    moved: () => log.push('moved'),
  };
  return { log, applied, events };
}

const now = (callback: () => void) => callback();

describe('LayoutController on the page thread', () => {
  it('moves the nodes to the layout, then applies it and reports the map laid out', () => {
    const cy = graph(9);
    const { log, applied, events } = recorder();
    const controller = new LayoutController(cy, {
      events,
      quickFit: () => undefined,
      still: () => false,
      nextFrame: now,
      planLayout,
    });
    expect(controller.target).toBeUndefined();
    controller.run({ asked: 'grid', aspect: 1, animate: false });
    const xs = new Set(cy.nodes().map((node) => Math.round(node.position().x)));
    expect(xs.size).toBeGreaterThan(1);
    expect(applied).toEqual([{ layout: 'grid', detail: undefined }]);
    expect(controller.target).toEqual({ layout: 'grid', detail: undefined });
    expect(log).toEqual([
      'progress none',
      'laidOut false',
      'moved',
      'applied grid',
      'laidOut true',
    ]);
  });

  it('keeps the tree root only for the tree', () => {
    const cy = graph(5);
    const { applied, events } = recorder();
    const controller = new LayoutController(cy, {
      events,
      quickFit: () => undefined,
      still: () => false,
      nextFrame: now,
      planLayout,
    });
    controller.run({ asked: 'circle', root: 'a', aspect: 1, animate: false });
    controller.run({ asked: 'breadthfirst', root: '2', aspect: 1, animate: false });
    expect(applied).toEqual([
      { layout: 'circle', detail: undefined },
      { layout: 'breadthfirst', detail: '2' },
    ]);
  });

  it('loads the layouts when first asked for, and drops a layout asked for before another', async () => {
    const cy = graph(9);
    const { log, applied, events } = recorder();
    const controller = new LayoutController(cy, {
      events,
      quickFit: () => undefined,
      still: () => false,
      nextFrame: now,
    });
    controller.run({ asked: 'circle', aspect: 1, animate: false });
    controller.run({ asked: 'grid', aspect: 1, animate: false });
    // Nothing is computed before the layouts' code is there.
    expect(applied).toEqual([]);
    await expect.poll(() => applied.length).toBe(1);
    expect(applied).toEqual([{ layout: 'grid', detail: undefined }]);
    expect(log.filter((line) => line === 'moved')).toHaveLength(1);
    const xs = new Set(cy.nodes().map((node) => Math.round(node.position().x)));
    expect(xs.size).toBeGreaterThan(1);
  });

  it('moveTo without a placement moves and fits, but applies nothing', () => {
    const cy = graph(3);
    const { log, events } = recorder();
    const controller = new LayoutController(cy, {
      events,
      quickFit: () => undefined,
      still: () => false,
    });
    controller.moveTo(new Map([['a:1', { x: 50, y: 60 }]]), { animate: false });
    expect(cy.getElementById('a:1').position()).toEqual({ x: 50, y: 60 });
    expect(log).toEqual(['moved']);
  });
});

describe('LayoutController with a worker', () => {
  const size = MAIN_THREAD_LAYOUT_LIMIT + 1;

  /** A stand-in for the worker: its result or failure is given by the test. */
  function fakeWorker() {
    const jobs: {
      resolve: (p: Map<string, Position>) => void;
      reject: (e: Error) => void;
      phase: (text: string) => void;
    }[] = [];
    const offThread = (
      _elements: unknown,
      _choice: unknown,
      _plan: unknown,
      onProgress: (phase: string) => void,
    ): LayoutJob => {
      let resolve!: (p: Map<string, Position>) => void;
      let reject!: (e: Error) => void;
      const done = new Promise<Map<string, Position>>((yes, no) => {
        resolve = yes;
        reject = no;
      });
      jobs.push({ resolve, reject, phase: onProgress });
      return { done, stop: () => reject(new LayoutStopped('stopped')) };
    };
    return { jobs, offThread };
  }

  it('reports progress, keeps the job as its target, and applies the positions it sends', async () => {
    const cy = graph(size);
    const { log, events } = recorder();
    const worker = fakeWorker();
    const controller = new LayoutController(cy, {
      events,
      quickFit: () => ({ zoom: 1, pan: { x: 0, y: 0 } }),
      still: () => true,
      offThread: worker.offThread,
      nextFrame: now,
    });
    controller.run({ asked: 'concentric', aspect: 1, animate: true });
    expect(controller.busy).toBe(true);
    expect(controller.target).toEqual({ layout: 'concentric', detail: undefined });
    worker.jobs[0]!.phase('Placing the actors');
    worker.jobs[0]!.resolve(new Map([['a:0', { x: 123, y: 456 }]]));
    await expect.poll(() => controller.busy).toBe(false);
    expect(cy.getElementById('a:0').position()).toEqual({ x: 123, y: 456 });
    expect(log).toContain('progress Placing the actors');
    expect(log.slice(-4)).toEqual(['moved', 'applied concentric', 'laidOut true', 'progress none']);
  });

  it('a job replaced by another is forgotten; a stopped one says so and keeps the map', async () => {
    const cy = graph(size);
    const { log, applied, events } = recorder();
    const worker = fakeWorker();
    const controller = new LayoutController(cy, {
      events,
      quickFit: () => undefined,
      still: () => true,
      offThread: worker.offThread,
      nextFrame: now,
    });
    controller.run({ asked: 'concentric', aspect: 1, animate: false });
    controller.run({ asked: 'grid', aspect: 1, animate: false });
    // The first job was cancelled: its late result changes nothing.
    worker.jobs[0]!.resolve(new Map([['a:0', { x: 999, y: 999 }]]));
    controller.stop();
    await expect.poll(() => controller.busy).toBe(false);
    expect(cy.getElementById('a:0').position()).toEqual({ x: 0, y: 0 });
    expect(applied).toEqual([{ layout: 'grid', detail: undefined }]);
    expect(log.some((line) => line.startsWith('notice The layout was stopped'))).toBe(true);
    expect(log.at(-1)).toBe('progress none');
  });

  it('holds layouts while a big graph waits for its relations', () => {
    const cy = graph(3);
    const { events } = recorder();
    const controller = new LayoutController(cy, {
      events,
      quickFit: () => undefined,
      still: () => false,
    });
    controller.awaitRelations();
    expect(controller.awaitingRelations).toBe(true);
    controller.relationsArrived();
    expect(controller.awaitingRelations).toBe(false);
  });
});
