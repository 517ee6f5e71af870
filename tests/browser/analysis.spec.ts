import { expect, test, type Page } from '@playwright/test';
import { map, openMap } from './_map';

/** An actor's rendered style on the map: its width (px) and fill. */
function styleOf(page: Page, id: string): Promise<{ width: number; color: string }> {
  return page.evaluate((actor) => {
    const cy = (window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy;
    const node = cy.getElementById(`a:${actor}`);
    return {
      width: parseFloat(node.style('width')),
      color: String(node.style('background-color')),
    };
  }, id);
}

/** Whether a relation is drawn (not hidden by a filter). */
function drawn(page: Page, id: string): Promise<boolean> {
  return page.evaluate((relation) => {
    const cy = (window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy;
    return cy.getElementById(`r:${relation}`).visible();
  }, id);
}

const edgesDrawn = async (page: Page) => Number(await map(page).getAttribute('data-drawn-edges'));

test('choosing a measure resizes the actors in place, and says what it means', async ({ page }) => {
  await openMap(page);
  const before = {
    azerbaijan: await styleOf(page, 'azerbaijan'),
    think: await styleOf(page, 'regional-studies-center'),
  };
  await page.getByRole('tab', { name: 'Analysis' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Analysis' });
  await panel.getByLabel('Size actors by').selectOption('betweenness');
  await expect(page).toHaveURL(/[?&]size=betweenness\b/);
  await expect(panel.getByTestId('measure-explanation')).toContainText('the brokers');

  // The broker grows; the think tank, which bridges nothing, shrinks to the least size.
  await expect
    .poll(async () => (await styleOf(page, 'azerbaijan')).width)
    .toBeGreaterThan(before.azerbaijan.width);
  expect((await styleOf(page, 'regional-studies-center')).width).toBeLessThan(before.think.width);
  // Restyled, not rebuilt: the actors stay where they were laid out.
  await expect(map(page)).toHaveAttribute('data-laid-out', 'true');

  // The ranking lists the brokers first; choosing one selects it on the map, and the ranking stays.
  const rows = panel.getByRole('table', { name: /ranked/ }).getByRole('row');
  await expect(rows.nth(1)).toContainText('Azerbaijan');
  await rows.nth(2).getByRole('button').click();
  await expect(page).toHaveURL(/[?&]actor=russia\b/);
  await expect(rows.nth(2).getByRole('button')).toHaveAttribute('aria-current', 'true');
  // More measures than the panel is wide: it says the table scrolls, and the last one is there.
  await expect(panel.getByText('More measures to the right')).toBeVisible();
  const last = panel.getByRole('columnheader').last();
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();

  // Back to the default size.
  await panel.getByLabel('Size actors by').selectOption('');
  await expect
    .poll(async () => (await styleOf(page, 'azerbaijan')).width)
    .toBe(before.azerbaijan.width);
});

test('colouring by community recolours the actors and lists the communities', async ({ page }) => {
  await openMap(page, '/?colour=community');
  await page.getByRole('tab', { name: 'Analysis' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Analysis' });
  await expect(panel.getByRole('list', { name: 'Communities' })).toContainText('Armenia');
  await expect(panel.getByRole('checkbox', { name: 'Colour actors by community' })).toBeChecked();
  // Turkey and Azerbaijan, which it backs, share a colour that Armenia has not; an actor with
  // no cooperative tie is grey.
  const turkey = await styleOf(page, 'turkey');
  expect((await styleOf(page, 'azerbaijan')).color).toBe(turkey.color);
  expect((await styleOf(page, 'armenia')).color).not.toBe(turkey.color);
  expect((await styleOf(page, 'regional-studies-center')).color).toBe('rgb(221,221,221)');
  // Back to the kinds' colours: two states alike.
  await panel.getByRole('checkbox', { name: 'Colour actors by community' }).uncheck();
  await expect
    .poll(async () => (await styleOf(page, 'armenia')).color)
    .toBe((await styleOf(page, 'turkey')).color);
  await expect(page).not.toHaveURL(/colour=/);
});

test('the camps: Armenia’s side and Azerbaijan’s, apart on the map, with nothing broken', async ({
  page,
}) => {
  await openMap(page);
  await page.getByRole('tab', { name: 'Analysis' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Analysis' });
  const left = panel.getByTestId('side-left');
  const right = panel.getByTestId('side-right');
  // Russia, first in the dataset, holds its side on the left.
  await expect(left).toContainText('Armenia');
  await expect(left).toContainText('Nagorno-Karabakh');
  await expect(right).toContainText('Azerbaijan');
  await expect(right).toContainText('Turkey');
  await expect(panel.getByTestId('camps-verdict')).toContainText('Balanced');
  await expect(panel.getByTestId('broken-none')).toBeVisible();
  await expect(panel).toContainText(
    'Armenia and Nagorno-Karabakh are friends with a common enemy, Azerbaijan.',
  );

  await panel.getByRole('button', { name: 'Show the camps on the map' }).click();
  await expect(page).toHaveURL(/[?&]layout=camps\b/);
  await expect(map(page)).toHaveAttribute('data-layout', 'camps');
  const x = (id: string) =>
    page.evaluate(
      (actor) =>
        (window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy
          .getElementById(`a:${actor}`)
          .position().x,
      id,
    );
  const [azerbaijan, turkey, armenia, karabakh, osce] = await Promise.all(
    ['azerbaijan', 'turkey', 'armenia', 'nagorno-karabakh', 'osce'].map(x),
  );
  expect(Math.max(armenia!, karabakh!)).toBeLessThan(osce!);
  expect(Math.min(azerbaijan!, turkey!)).toBeGreaterThan(osce!);
});

test('moving the timeline’s range hides the relations outside it, and the count says so', async ({
  page,
}) => {
  await openMap(page);
  const count = page.getByTestId('timeline-count');
  await expect(count).toHaveText('20 dated relations, all shown');
  const all = await edgesDrawn(page);

  // The end of the window, from open to 10 April, then a day at a time back to 5 April.
  const end = page.getByRole('slider', { name: 'End of the time window' });
  await end.focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
  await expect(end).toHaveAttribute('aria-valuetext', '5 April 2016');
  await expect(page).toHaveURL(/[?&]to=2016-04-05\b/);
  // Medvedev's visit on Thursday 7 April is outside it.
  await expect.poll(() => drawn(page, 'medvedev-visits-armenia')).toBe(false);
  await expect(count).toHaveText('19 of 20 dated relations shown, up to 5 April 2016; 1 hidden');

  // The start: a step from open to 2 April leaves out 1994 and 2015 too.
  const start = page.getByRole('slider', { name: 'Start of the time window' });
  await start.focus();
  await page.keyboard.press('ArrowRight');
  await expect(count).toHaveText('17 of 20 dated relations shown, 2 to 5 April 2016; 3 hidden');
  expect(await drawn(page, 'cease-fire-1994')).toBe(false);
  await expect(page.getByTestId('filter-time')).toContainText('2 to 5 April 2016');
  expect(await edgesDrawn(page)).toBe(all - 3);

  // Standing ties are a stated choice with their count.
  await page.getByRole('checkbox', { name: /35 standing ties/ }).uncheck();
  await expect(page).toHaveURL(/[?&]undated=hide\b/);
  expect(await edgesDrawn(page)).toBe(all - 3 - 35);
  expect(await drawn(page, 'russia-armenia-alliance')).toBe(false);

  await page.getByRole('button', { name: 'All dates' }).click();
  await expect(count).toHaveText('20 dated relations, all shown');
});

test('Play steps through the days and stops at the end; Space pauses', async ({ page }) => {
  await openMap(page, '/?from=2016-04-02&to=2016-04-06');
  const asOf = page.getByRole('slider', { name: 'As of' });
  await page.getByRole('button', { name: /^Play/ }).click();
  await expect(asOf).toHaveAttribute('aria-valuetext', '2 April 2016');
  // On 2 April the cease-fire of the 5th is not yet there.
  expect(await drawn(page, 'cease-fire-2016')).toBe(false);
  await expect(asOf).toHaveAttribute('aria-valuetext', '3 April 2016', { timeout: 5000 });
  await expect(asOf).toHaveAttribute('aria-valuetext', '6 April 2016', { timeout: 10000 });
  // Stopped at the end of the window, the cease-fire shown.
  await expect(page.getByRole('button', { name: /^Play/ })).toBeVisible();
  await page.waitForTimeout(1500);
  await expect(asOf).toHaveAttribute('aria-valuetext', '6 April 2016');
  expect(await drawn(page, 'cease-fire-2016')).toBe(true);
  await expect(page).toHaveURL(/[?&]asOf=2016-04-06\b/);

  // Space on a handle plays from the start again, and pauses.
  await asOf.focus();
  await page.keyboard.press(' ');
  await expect(asOf).toHaveAttribute('aria-valuetext', '2 April 2016');
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: /^Play/ })).toBeVisible();
  const paused = await asOf.getAttribute('aria-valuetext');
  await page.waitForTimeout(1500);
  await expect(asOf).toHaveAttribute('aria-valuetext', paused!);
});

test('the analysis and the time window live in the link', async ({ page }) => {
  await openMap(page, '/?size=pagerank&asOf=2016-04-03&campsUnproven=1&timeUnit=week');
  await expect(page.getByRole('slider', { name: 'As of' })).toHaveAttribute(
    'aria-valuetext',
    '3 April 2016',
  );
  await expect(page.getByRole('combobox').filter({ hasText: 'by week' })).toHaveValue('week');
  expect(await drawn(page, 'cease-fire-2016')).toBe(false);
  await page.getByRole('tab', { name: 'Analysis' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Analysis' });
  await expect(panel.getByLabel('Size actors by')).toHaveValue('pagerank');
  await expect(panel.getByRole('checkbox', { name: /claimed and alleged/ })).toBeChecked();
});
