// Code the first view has no need of loads on first use: the path search, the
// analysis, any lazily loaded part. What the page shows must follow once it is there.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model';
import { AppState } from '../../src/state/app-state.svelte';
import { lazy } from '../../src/state/lazy';
import { parseBundled } from './_bundled';

const dataset = parseBundled().dataset as Dataset;

describe('lazy', () => {
  it('loads once for every caller, and again after a failed load', async () => {
    let calls = 0;
    let fail = true;
    const load = lazy(() => {
      calls++;
      return fail ? Promise.reject(new Error('offline')) : Promise.resolve(calls);
    });
    await expect(load()).rejects.toThrow('offline');
    fail = false;
    const [a, b] = await Promise.all([load(), load()]);
    expect([a, b]).toEqual([2, 2]);
    expect(await load()).toBe(2);
    expect(calls).toBe(2);
  });
});

describe('Back and Forward', () => {
  it('replace what the old address said, and keep every other notice', () => {
    const app = new AppState();
    app.open(dataset, new URLSearchParams('actor=atlantis'));
    const fromAddress = [...app.notices];
    expect(fromAddress).toHaveLength(1);
    app.notices = [...app.notices, 'The layout could not run.'];
    app.restore(new URLSearchParams('actor=russia'));
    expect(app.notices).toEqual(['The layout could not run.']);
    app.restore(new URLSearchParams('actor=lemuria'));
    expect(app.notices).toHaveLength(2);
    expect(app.notices[0]).toBe('The layout could not run.');
    expect(app.notices[1]).toContain('lemuria');
  });
});

describe('the page state, with code loaded on first use', () => {
  it('answers a path question once the search has loaded, saying it waits meanwhile', async () => {
    const app = new AppState();
    app.open(dataset, new URLSearchParams('path=russia,turkey'));
    expect(app.pathPending).toBe(true);
    expect(app.pathResult).toBeNull();
    await expect.poll(() => app.pathResult?.shortest.length ?? 0).toBeGreaterThan(0);
    expect(app.pathPending).toBe(false);
    expect(app.pathHighlight?.ends).toEqual(['russia', 'turkey']);
    expect(app.notices).toEqual([]);
  });

  it('computes the analysis once its code has loaded, never showing a graph the figures of another', async () => {
    const app = new AppState();
    app.open(dataset);
    app.analysis.update();
    await expect.poll(() => app.analysis.result?.actors.length ?? 0).toBe(dataset.actors.length);
    expect(app.analysis.result?.measures.betweenness).toBeDefined();
    const smaller: Dataset = {
      ...dataset,
      actors: dataset.actors.slice(0, 3),
      relations: [],
      stories: [],
    };
    app.open(smaller);
    app.analysis.update();
    // The figures of the graph before are gone at once, before the new ones come.
    expect(app.analysis.result?.actors.length ?? 3).toBe(3);
    await expect.poll(() => app.analysis.result?.actors.length).toBe(3);
  });
});
