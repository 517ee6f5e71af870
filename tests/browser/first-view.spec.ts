import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const dataset = JSON.parse(readFileSync('data/nagorno-karabakh-2016.json', 'utf8')) as {
  actors: unknown[];
  relations: unknown[];
};

test('the page draws the whole bundled dataset without console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/');
  const map = page.locator('.canvas[data-laid-out="true"]');
  await expect(map).toBeVisible();

  await expect(map).toHaveAttribute('data-drawn-nodes', String(dataset.actors.length));
  await expect(map).toHaveAttribute('data-drawn-edges', String(dataset.relations.length));
  await expect(
    page.getByText(`Showing ${dataset.relations.length} of ${dataset.relations.length} relations`),
  ).toBeVisible();
  await expect(
    page.getByRole('application', {
      name: new RegExp(
        `^Map of ${dataset.actors.length} actors and ${dataset.relations.length} relations`,
      ),
    }),
  ).toBeVisible();

  // The canvas really has a drawing on it: many distinct colours, not a blank sheet.
  const colours = await page.evaluate(() => {
    const canvases = [...document.querySelectorAll('canvas')];
    const seen = new Set<string>();
    for (const canvas of canvases) {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0) continue;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 0; i < data.length; i += 4 * 97) {
        if (data[i + 3]! > 0) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
      }
    }
    return seen.size;
  });
  expect(colours).toBeGreaterThan(20);
  expect(errors).toEqual([]);
});

test('the labels of the actors are drawn on the map at a readable zoom', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.canvas[data-laid-out="true"]')).toBeVisible();
  const zoom = Number(
    await page.locator('.canvas[data-laid-out="true"]').getAttribute('data-zoom'),
  );
  expect(zoom).toBeGreaterThan(0.6);
  expect(zoom).toBeLessThanOrEqual(1.6);
});

test('the bundled dataset opens at its saved arrangement, with no layout computed', async ({
  page,
}) => {
  const saved = (dataset.actors as { id: string; position?: { x: number; y: number } }[]).map(
    (actor) => [`a:${actor.id}`, actor.position],
  );
  expect(saved.every(([, position]) => position !== undefined)).toBe(true);
  await page.goto('/');
  await expect(page.locator('.canvas[data-laid-out="true"]')).toBeVisible();
  const { runs, placed } = await page.evaluate(() => {
    const cy = (window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy;
    return {
      runs: performance.getEntriesByName('diplomap:layout-run').length,
      placed: cy.nodes().map((node) => [node.id(), node.position()]),
    };
  });
  expect(runs).toBe(0);
  expect(Object.fromEntries(placed)).toEqual(Object.fromEntries(saved));
});

for (const title of ['the bundled report', 'a map with a long title']) {
  test(`on a 1280×800 window the header is one row and every action in it can be reached: ${title}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    if (title === 'the bundled report') await page.goto('/');
    else {
      const long =
        'A generated network of a thousand actors and three thousand relations, for testing';
      await page.route(
        (url) => url.pathname === '/long-title.json',
        (route) =>
          route.fulfill({
            contentType: 'application/json',
            body: JSON.stringify({
              title: long,
              sources: [{ id: 's', title: 'Test', publisher: 'Test', published: '2020-01-01' }],
              actors: [
                { id: 'a', name: 'Alpha', kind: 'state' },
                { id: 'b', name: 'Beta', kind: 'state' },
              ],
              relations: [{ id: 'r', source: 'a', target: 'b', kind: 'alliance', evidence: [] }],
            }),
          }),
      );
      await page.goto('/?data=/long-title.json');
      await expect(page.locator('header.top .title')).toHaveText(long);
    }
    await expect(page.locator('.canvas[data-laid-out="true"]')).toBeVisible();
    const header = page.locator('header.top');
    const search = page.getByRole('combobox', { name: 'Search actors' });
    const maps = header.getByRole('button', { name: 'Maps' });
    // One row: the last action sits level with the search box, the header no taller than a row.
    const [searchBox, mapsBox, headerBox] = await Promise.all([
      search.boundingBox(),
      maps.boundingBox(),
      header.boundingBox(),
    ]);
    expect(Math.abs(mapsBox!.y - searchBox!.y)).toBeLessThan(12);
    expect(headerBox!.height).toBeLessThan(60);
    // The page fits the window: only its panels scroll, never the page under the header.
    const sizes = await page.evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      window: document.documentElement.clientHeight,
    }));
    expect(sizes.scroll).toBe(sizes.window);
    // The side panel's tabs stand in for the header's Paths and Analysis beside the map.
    await expect(page.getByRole('tab', { name: 'Paths' })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Analysis' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Layout' })).toBeVisible();
  });
}

test('the map draws before the panels beside it, and stays put when they come', async ({
  page,
}) => {
  // At the map's first frame: what the page has made beside it, and where the map is.
  await page.addInitScript(() => {
    const mark = performance.mark.bind(performance);
    performance.mark = (name: string, options?: PerformanceMarkOptions) => {
      if (name === 'diplomap:first-frame') {
        const cy = (window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap
          .cy;
        const box = cy.container()!.getBoundingClientRect();
        (window as unknown as { atFirstFrame: unknown }).atFirstFrame = {
          legend: document.querySelectorAll('#sidebar h2').length,
          view: { zoom: cy.zoom(), pan: cy.pan(), width: box.width, height: box.height },
        };
      }
      return mark(name, options);
    };
  });
  await page.goto('/');
  await expect(page.locator('.canvas[data-laid-out="true"]')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Legend' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Details' })).toBeVisible();
  // Two frames more: a refit, had the map's box changed, would have been drawn by then.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  const { before, after } = await page.evaluate(() => {
    const cy = (window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy;
    const box = cy.container()!.getBoundingClientRect();
    return {
      before: (window as unknown as { atFirstFrame: { legend: number; view: unknown } })
        .atFirstFrame,
      after: { zoom: cy.zoom(), pan: cy.pan(), width: box.width, height: box.height },
    };
  });
  expect(before.legend).toBe(0);
  expect(after).toEqual(before.view);
});
