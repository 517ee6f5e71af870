// What the map draws and where: statuses told apart, paths wholly in view, one arrangement per dataset.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { map, openMap, pointOf } from './_map';

const STORY =
  '/?story=russia-turkey-drawn-in&path=russia,turkey&pathIndirect=1&pathKinds=alliance,support,military-support,financial-support,political-support,armed-conflict';

type Cy = import('cytoscape').Core;

/** Waits until the map has stopped moving (a fit animates) and a frame is drawn. */
async function settled(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { diplomap: { cy: Cy } }).diplomap.cy.animated()),
    )
    .toBe(false);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
}

test('an alleged relation and a pledged one are drawn differently, and the allegation names who makes it', async ({
  page,
}) => {
  // Wide enough for the table's columns (narrower, each relation is a block).
  await page.setViewportSize({ width: 1440, height: 900 });
  await openMap(page);
  // Both are support from Turkey: same colour, same width, same arrow. Only their status differs.
  const drawn = await page.evaluate(() => {
    const cy = (window as unknown as { diplomap: { cy: Cy } }).diplomap.cy;
    const look = (id: string) => {
      const edge = cy.getElementById(`r:${id}`);
      return {
        color: edge.style('line-color'),
        style: edge.style('line-style'),
        dashes: String(edge.style('line-dash-pattern')),
        cap: edge.style('line-cap'),
        ring: edge.style('mid-target-arrow-shape'),
        opacity: Number(edge.style('opacity')),
      };
    };
    return {
      alleged: look('turkey-supports-islamic-state'),
      pledged: look('turkey-backs-azerbaijan'),
    };
  });
  expect(drawn.alleged.color).toBe(drawn.pledged.color);
  expect(drawn.alleged.dashes).not.toBe(drawn.pledged.dashes);
  expect(drawn.alleged.cap).toBe('round');
  expect(drawn.alleged.ring).toBe('circle');
  expect(drawn.pledged.ring).toBe('none');
  expect(drawn.alleged.opacity).toBeLessThan(drawn.pledged.opacity);

  // The tooltip, the details heading and the table name the claimant.
  const { x, y } = await pointOf(page, 'turkey-supports-islamic-state');
  await page.mouse.move(x, y);
  await expect(page.getByRole('tooltip')).toHaveText(
    'Russia alleges that Turkey backs Islamic State (support)',
  );
  await page.mouse.click(x, y);
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(
    'Russia alleges that Turkey backs Islamic State',
  );
  await expect(details.getByText('(named in claimedBy)')).toHaveCount(0);
  await page.getByRole('button', { name: 'Table' }).click();
  const cell = (name: string) => page.getByRole('cell', { name, exact: true });
  const row = page
    .getByRole('row')
    .filter({ has: cell('Turkey') })
    .filter({ has: cell('Islamic State') });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell').nth(4)).toHaveText('alleged by Russia');
  await expect(page.getByText(/claimedBy/)).toHaveCount(0);
});

/** Where the path's actors are drawn, with their labels, and the map's own box. */
async function pathBoxes(page: Page) {
  return page.evaluate(() => {
    const cy = (window as unknown as { diplomap: { cy: Cy } }).diplomap.cy;
    return {
      width: cy.width(),
      height: cy.height(),
      zoom: cy.zoom(),
      actors: cy.nodes('.on-path').map((node) => {
        const box = node.renderedBoundingBox({ includeLabels: true });
        const shape = node.renderedBoundingBox({ includeLabels: false });
        return { id: node.id(), box, shape };
      }),
    };
  });
}

type Box = { x1: number; x2: number; y1: number; y2: number };
const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Every actor of the path shown lies in the map with its label, and no two of them overlap. */
async function expectPathInView(page: Page, what: string, readable: boolean): Promise<void> {
  await settled(page);
  const found = await pathBoxes(page);
  expect(found.actors.length, what).toBeGreaterThan(1);
  for (const { id, box } of found.actors) {
    const inside = box.x1 >= 0 && box.y1 >= 0 && box.x2 <= found.width && box.y2 <= found.height;
    expect(
      inside,
      `${what}: ${id} at ${JSON.stringify(box)} in ${found.width}×${found.height}`,
    ).toBe(true);
  }
  for (let i = 0; i < found.actors.length; i++)
    for (let j = i + 1; j < found.actors.length; j++) {
      const [a, b] = [found.actors[i]!, found.actors[j]!];
      expect(overlap(a.box, b.box), `${what}: ${a.id} and ${b.id} overlap`).toBe(false);
    }
  // Labels are drawn at 18 units: at least 12 pixels once fitted.
  if (readable) expect(18 * found.zoom, `${what}: label size`).toBeGreaterThanOrEqual(12);
}

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test.describe(`at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test('the story and each of the first 12 paths from Russia to Turkey open wholly in view', async ({
      page,
    }) => {
      await openMap(page, STORY);
      await expectPathInView(page, 'the story', width >= 1000);

      await openMap(page, '/?path=russia,turkey');
      const panel = page.getByRole('complementary', { name: 'Details, paths and analysis' });
      const buttons = panel.getByRole('button', { name: 'Show on the map' });
      await expect(buttons.first()).toBeVisible();
      const count = Math.min(12, await buttons.count());
      expect(count).toBe(12);
      for (let i = 0; i < count; i++) {
        await buttons.nth(i).click();
        await expect(buttons.nth(i)).toHaveAttribute('aria-pressed', 'true');
        await expectPathInView(page, `path ${i + 1}`, width >= 1000);
      }
    });
  });
}

/** Every actor's position in model coordinates. */
async function positions(
  page: Page,
  url: string,
): Promise<Record<string, { x: number; y: number }>> {
  await openMap(page, url);
  return page.evaluate(() =>
    Object.fromEntries(
      (window as unknown as { diplomap: { cy: Cy } }).diplomap.cy
        .nodes()
        .map((node) => [node.id(), { ...node.position() }]),
    ),
  );
}

test('every link to the dataset shows the same arrangement', async ({ page }) => {
  const first = await positions(page, '/');
  for (const url of ['/?actor=russia', '/?path=russia,turkey', STORY, '/?hide=call,visit']) {
    const other = await positions(page, url);
    expect(Object.keys(other).sort(), url).toEqual(Object.keys(first).sort());
    for (const [id, point] of Object.entries(first)) {
      const moved = Math.hypot(point.x - other[id]!.x, point.y - other[id]!.y);
      expect(moved, `${id} with ${url}`).toBeLessThanOrEqual(1);
    }
  }
});

const bundled = JSON.parse(readFileSync('data/nagorno-karabakh-2016.json', 'utf8')) as {
  actors: { id: string; position?: { x: number; y: number } }[];
};

/** Serves the bundled dataset at ?data= with each actor's position given by `place`. */
async function serveWithPositions(
  page: Page,
  place: (index: number) => { x: number; y: number } | undefined,
): Promise<void> {
  await page.route('**/nagorno-karabakh-2016.json', (route) => {
    const dataset = structuredClone(bundled);
    dataset.actors.forEach((actor, index) => {
      const position = place(index);
      if (position) actor.position = position;
      else delete actor.position;
    });
    return route.fulfill({ json: dataset });
  });
}

const layoutRuns = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('diplomap:layout-run').length);

test('a dataset with saved positions opens at them, with no layout computed', async ({ page }) => {
  // Actors on a grid, where no layout would put them.
  const grid = (i: number) => ({ x: (i % 5) * 200, y: Math.floor(i / 5) * 150 });
  await serveWithPositions(page, grid);
  await openMap(page, '/?data=nagorno-karabakh-2016.json&actor=russia');
  expect(await layoutRuns(page)).toBe(0);
  const placed = await page.evaluate(() =>
    (window as unknown as { diplomap: { cy: Cy } }).diplomap.cy.nodes().map((n) => n.position()),
  );
  expect(placed).toEqual(bundled.actors.map((_, i) => grid(i)));
  // The map is fitted to them.
  await expect(map(page)).toHaveAttribute('data-layout', 'fcose');

  // Without positions, the layout is computed (once).
  await page.unroute('**/nagorno-karabakh-2016.json');
  await serveWithPositions(page, () => undefined);
  await openMap(page, '/?data=nagorno-karabakh-2016.json');
  expect(await layoutRuns(page)).toBe(1);
});

test('an arrangement the reader keeps is where the force-directed layout and Reset come back', async ({
  page,
}) => {
  await openMap(page, '/?layout=grid');
  // Kept to a tenth of a unit, as an arrangement is saved.
  const where = () =>
    page.evaluate(() =>
      (window as unknown as { diplomap: { cy: Cy } }).diplomap.cy.nodes().map((node) => {
        const { x, y } = node.position();
        return { id: node.id(), x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
      }),
    );
  const grid = await where();
  await page.getByRole('button', { name: 'Keep this arrangement' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'arrangement' })).toContainText(
    'is kept until the page is reloaded',
  );
  // Keeping it goes back to the default layout, at the kept positions, with nothing computed.
  await expect(map(page)).toHaveAttribute('data-layout', 'fcose');
  const runs = await layoutRuns(page);
  expect(await where()).toEqual(grid);
  await page.getByRole('button', { name: 'Reset the layout' }).click();
  await expect(map(page)).toBeVisible();
  expect(await where()).toEqual(grid);
  expect(await layoutRuns(page)).toBe(runs);
});
