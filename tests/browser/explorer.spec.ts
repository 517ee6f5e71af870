import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { RELATION_KINDS } from '../../src/model/vocabulary';
import { classesOf, clickElement, drawnRelationKinds, map, openMap, pointOf } from './_map';

const HOSTILE = new Set(
  Object.entries(RELATION_KINDS)
    .filter(([, kind]) => kind.stance < 0)
    .map(([id]) => id),
);

test('clicking Russia lists its alliance with Armenia, with the quote and its credit', async ({
  page,
}) => {
  await openMap(page);
  await clickElement(page, 'russia');

  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Russia');
  const alliance = details.locator('section.group').filter({ hasText: 'alliance' });
  await expect(alliance.getByRole('button', { name: 'Armenia', exact: true })).toBeVisible();
  await expect(alliance.locator('blockquote')).toHaveText(
    '“Russia, which shares a defense alliance with Armenia”',
  );
  await expect(alliance.getByText('The Washington Post, 5 April 2016')).toBeVisible();
  await expect(page).toHaveURL(/[?&]actor=russia\b/);

  // Russia and its neighbours stay bright; an actor it has no relation with fades.
  expect(await classesOf(page, 'russia')).toContain('selected');
  expect(await classesOf(page, 'armenia')).not.toContain('faded');
  expect(await classesOf(page, 'giragosian')).toContain('faded');

  // A counterpart in the panel selects that actor.
  await alliance.getByRole('button', { name: 'Armenia', exact: true }).click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Armenia');

  // Clicking the background clears the selection.
  const box = (await map(page).boundingBox())!;
  await page.mouse.click(box.x + 8, box.y + 8);
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Details');
  expect(await classesOf(page, 'giragosian')).not.toContain('faded');
});

test('clicking a relation shows its kind, direction, date, status and evidence', async ({
  page,
}) => {
  await openMap(page);
  await clickElement(page, 'medvedev-visits-armenia');
  const details = page.getByRole('complementary', { name: 'Details' });
  // The heading says the visit is planned, not that it happened.
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(
    'Planned: Dmitry Medvedev visits Armenia',
  );
  await expect(details.getByText('Dmitry Medvedev → Armenia')).toBeVisible();
  await expect(details.getByText('7 April 2016')).toBeVisible();
  await expect(details.getByText(/^planned:/)).toBeVisible();
  await expect(details.locator('blockquote')).toContainText('will travel to Yerevan');
});

test('the hostile-only filter leaves only hostile relations drawn, and says so', async ({
  page,
}) => {
  await openMap(page);
  const filters = page.getByRole('complementary', { name: 'Filters and legend' });
  const stance = filters.getByRole('group', { name: 'Stance' });
  await stance.getByLabel('cooperative').uncheck();
  await stance.getByLabel('neutral').uncheck();

  const kinds = await drawnRelationKinds(page);
  expect(kinds.length).toBeGreaterThan(5);
  expect(kinds.filter((kind) => !HOSTILE.has(kind))).toEqual([]);
  await expect(filters.getByText(`Showing ${kinds.length} of 55 relations`)).toBeVisible();

  // Positions stay put when filters change.
  const before = await pointOf(page, 'turkey');
  await stance.getByLabel('neutral').check();
  expect(await pointOf(page, 'turkey')).toEqual(before);

  await filters.getByRole('button', { name: 'Reset all filters' }).click();
  expect(await drawnRelationKinds(page)).toHaveLength(55);
  await expect(filters.getByText('Showing 55 of 55 relations')).toBeVisible();
});

test('searching "Lavrov" selects him and centres the map on him', async ({ page }) => {
  await openMap(page);
  const search = page.getByRole('combobox', { name: 'Search actors' });
  await search.fill('lavr');
  await expect(page.getByRole('option', { name: /Sergei Lavrov/ })).toBeVisible();
  await search.press('Enter');
  await expect(
    page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }),
  ).toHaveText('Sergei Lavrov');
  await expect(page).toHaveURL(/actor=lavrov/);
  await expect
    .poll(async () => {
      const point = await pointOf(page, 'lavrov');
      const box = (await map(page).boundingBox())!;
      return Math.hypot(point.x - (box.x + box.width / 2), point.y - (box.y + box.height / 2));
    })
    .toBeLessThan(5);
});

test('a copied URL restores the selection, the filters and the layout; Back steps back', async ({
  page,
  context,
}) => {
  await openMap(page);
  await page.getByRole('group', { name: 'Relation kinds' }).getByLabel('office').uncheck();
  await page.getByLabel('Layout', { exact: true }).selectOption('circle');
  await expect(page.locator('.canvas[data-layout="circle"][data-laid-out="true"]')).toBeVisible();
  await clickElement(page, 'turkey');
  await expect(page).toHaveURL(/actor=turkey/);
  const url = page.url();

  const other = await context.newPage();
  await openMap(other, url);
  await expect(other.locator('.canvas[data-layout="circle"]')).toBeVisible();
  await expect(
    other.getByRole('group', { name: 'Relation kinds' }).getByLabel('office'),
  ).not.toBeChecked();
  await expect(
    other.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }),
  ).toHaveText('Turkey');
  expect(await drawnRelationKinds(other)).not.toContain('office');

  await page.goBack();
  await expect(page).not.toHaveURL(/actor=turkey/);
  await expect(
    page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }),
  ).toHaveText('Details');
  await page.goBack();
  await expect(page).not.toHaveURL(/layout=circle/);
});

test('a URL naming an unknown actor opens the map with a message', async ({ page }) => {
  await openMap(page, '/?actor=putn');
  await expect(page.getByRole('alert')).toContainText('"putn"');
  await expect(page.getByRole('alert')).toContainText('Vladimir Putin');
  await expect(map(page)).toHaveAttribute('data-drawn-nodes', '20');
});

test('the table lists the visible relations, sorts them and selects one on the map', async ({
  page,
}) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Table' }).click();
  const table = page.getByRole('table');
  await expect(table.locator('tbody tr')).toHaveCount(55);

  await table.getByRole('button', { name: 'Date' }).click(); // descending now
  await expect(table.getByRole('columnheader', { name: /Date/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );

  const row = table.locator('tbody tr').filter({ hasText: 'alliance' });
  await row.getByRole('button', { name: /alliance/ }).click();
  await expect(page).toHaveURL(/relation=russia-armenia-alliance/);
  expect(await classesOf(page, 'russia-armenia-alliance')).toContain('selected');
  await expect(
    page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }),
  ).toHaveText('Russia has an alliance with Armenia');

  await page.getByRole('group', { name: 'Stance' }).getByLabel('hostile').uncheck();
  const count = (await drawnRelationKinds(page)).length;
  await expect(table.locator('tbody tr')).toHaveCount(count);
});

test('hovering an actor names it and its kind', async ({ page }) => {
  await openMap(page);
  const { x, y } = await pointOf(page, 'nato');
  await page.mouse.move(x, y);
  await expect(page.getByRole('tooltip')).toHaveText('NATO (international organization)');
});

test('the zoom controls zoom in, zoom out and fit', async ({ page }) => {
  await openMap(page);
  const zoom = async () => Number(await map(page).getAttribute('data-zoom'));
  const start = await zoom();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(zoom).toBeGreaterThan(start);
  await page.getByRole('button', { name: 'Fit the map to the screen' }).click();
  await expect.poll(zoom).toBeCloseTo(start, 1);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(zoom).toBeLessThan(start);
});

test('keyboard alone reaches an actor and its details', async ({ page }) => {
  await openMap(page);
  const canvas = page.getByRole('application');
  // The first Tab reaches a link that skips the header and the filters.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the map' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(canvas).toBeFocused();
  await page.keyboard.press('n');
  const heading = page
    .getByRole('complementary', { name: 'Details' })
    .getByRole('heading', { level: 2 });
  const first = await heading.textContent();
  expect(first).not.toBe('Details');
  await page.keyboard.press('n');
  await expect(heading).not.toHaveText(first ?? '');
  await page.keyboard.press('Enter');
  await expect(heading).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toBeVisible();
});

test('every control is reachable with Tab, the map included', async ({ page }) => {
  await openMap(page);
  const canvas = page.getByRole('application');
  let reached = false;
  for (let i = 0; i < 120 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await canvas.evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
});

test('the table’s quotes stay readable beside the article, and its columns where there is room', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openMap(page);
  await page.getByRole('button', { name: 'Table' }).click();
  const quote = page.locator('.table-area .quote').first();
  const width = async () => (await quote.boundingBox())?.width ?? 0;
  // Beside the legend, in columns: sortable by each, the quote's column wide enough to read.
  await expect(page.locator('.table-area thead th')).toHaveCount(6);
  await expect(page.locator('.table-area thead th').nth(1)).toBeVisible();
  expect(await width()).toBeGreaterThan(180);
  // With the article open the table is narrower: each relation a block, the quote under it.
  await page.getByRole('button', { name: 'Article', exact: true }).click();
  await expect(page.locator('.table-area thead th').nth(1)).toBeHidden();
  expect(await width()).toBeGreaterThan(400);
});

test('a narrow window keeps the map wide: the filters open from their button', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await openMap(page);
  const box = await map(page).boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(400);
  const filters = page.getByRole('complementary', { name: 'Filters and legend' });
  await expect(filters).toBeHidden();
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  await expect(filters.getByRole('checkbox', { name: 'hostile' })).toBeVisible();
  await page.getByRole('button', { name: 'Close the filters' }).click();
  await expect(filters).toBeHidden();
  // The keyboard goes back to the button that opened them, after Escape too.
  const button = page.getByRole('button', { name: 'Filters', exact: true });
  await expect(button).toBeFocused();
  await button.press('Enter');
  await expect(filters.getByRole('checkbox', { name: 'hostile' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(filters).toBeHidden();
  await expect(button).toBeFocused();
  // With the article open too, the timeline is narrower still: the dates under its bars are
  // fewer, and do not run into each other.
  await page.getByRole('button', { name: 'Article', exact: true }).click();
  await expect(page.getByRole('complementary', { name: 'Article' })).toBeVisible();
  await expect
    .poll(async () => {
      const boxes = await page.locator('.timeline .labels .label').evaluateAll((all) =>
        all.map((label) => {
          const { left, right } = label.getBoundingClientRect();
          return { left, right };
        }),
      );
      return boxes.length > 1 && boxes.every((b, i) => i === 0 || b.left >= boxes[i - 1]!.right);
    })
    .toBe(true);
});

test('has no serious or critical accessibility violations', async ({ page }) => {
  await openMap(page, '/?actor=russia');
  await page.getByRole('button', { name: 'Table' }).click();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the panels collapse and open on demand', async ({ page }) => {
    await openMap(page);
    // The page fits the screen: only its panels scroll, never the page under the header.
    const sizes = await page.evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      window: document.documentElement.clientHeight,
    }));
    expect(sizes.scroll).toBe(sizes.window);
    const filters = page.getByRole('complementary', { name: 'Filters and legend' });
    await expect(filters).toBeHidden();
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await expect(filters).toBeVisible();
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await expect(filters).toBeHidden();
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Close the filters' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(filters).toBeHidden();

    const details = page.getByRole('complementary', { name: 'Details' });
    await expect(details).toBeHidden();
    const { x, y } = await pointOf(page, 'russia');
    await page.touchscreen.tap(x, y);
    await expect(details.getByRole('heading', { level: 2 })).toHaveText('Russia');
    await page.getByRole('button', { name: 'Close the panel' }).click();
    await expect(details).toBeHidden();
  });
});

for (const layout of ['fcose', 'concentric', 'circle', 'grid', 'breadthfirst']) {
  test(`the ${layout} layout spreads the actors out, each label clear of the others`, async ({
    page,
  }) => {
    await openMap(page, `/?layout=${layout}&actor=russia`);
    await expect(map(page)).toHaveAttribute('data-layout', layout);
    const overlaps = await page.evaluate(() => {
      const cy = (window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy;
      const boxes = cy
        .nodes()
        .map((node) => [node.id(), node.boundingBox({ includeLabels: true })] as const);
      const found: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, p] = boxes[i]!;
          const [b, q] = boxes[j]!;
          if (p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) found.push(`${a}/${b}`);
        }
      }
      const box = cy.nodes().boundingBox({});
      return { found, aspect: box.w / box.h };
    });
    expect(overlaps.found).toEqual([]);
    // Not a line or a column (concentric once stacked single-actor rings on one spoke).
    expect(overlaps.aspect).toBeGreaterThan(0.2);
    expect(overlaps.aspect).toBeLessThan(6);
  });
}
