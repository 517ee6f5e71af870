import { expect, test, type Page } from '@playwright/test';
import { classesOf, clickElement, map, openMap } from './_map';

const CHAIN = ['russia', 'armenia', 'nagorno-karabakh', 'azerbaijan', 'turkey'];

/** The kinds of the relations that carry their step's label on the map. */
const namedKinds = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy
      .edges('.named')
      .map((edge) => edge.data('kind') as string),
  );

test('asking how Russia reaches Turkey highlights the chain and tells it with the quotes', async ({
  page,
}) => {
  await openMap(page);
  await page.getByRole('tab', { name: 'Paths' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Paths' });
  await panel.getByRole('combobox', { name: 'Path from' }).fill('Russia');
  await panel.getByRole('combobox', { name: 'Path from' }).press('Enter');
  await panel.getByRole('combobox', { name: 'Path to' }).fill('Turkey');
  await panel.getByRole('combobox', { name: 'Path to' }).press('Enter');

  // Directly, they are one step apart (four relations); leave those out and ask
  // only for alliances, backing and war.
  await expect(panel.getByText('1 shortest path of 1 step')).toBeVisible();
  await panel.getByText('Options').click();
  await panel.getByLabel('Leave out the direct relations between the two').check();
  await panel.getByRole('button', { name: 'Alliances, backing and war' }).click();
  await expect(panel.getByText(/^1 shortest path of 4 steps/)).toBeVisible();

  const first = panel.getByRole('listitem').filter({ hasText: 'Path 1' }).first();
  await expect(
    first.getByText('Russia → Armenia → Nagorno-Karabakh → Azerbaijan → Turkey'),
  ).toBeVisible();
  await expect(
    first.getByText('Russia and Turkey end on opposite sides along this chain.'),
  ).toBeVisible();
  await expect(first.getByText('Russia has an alliance with Armenia')).toBeVisible();
  await expect(first.getByText('Azerbaijan is backed by Turkey')).toBeVisible();
  await first.getByText('Evidence').first().click();
  await expect(first.locator('blockquote').first()).toHaveText(
    '“Russia, which shares a defense alliance with Armenia”',
  );

  for (const actor of CHAIN) expect(await classesOf(page, actor)).toContain('on-path');
  expect(await classesOf(page, 'russia-armenia-alliance')).toContain('on-path');
  expect(await classesOf(page, 'putin')).toContain('faded');
  expect(await classesOf(page, 'russia-turkey-tension')).not.toContain('on-path');
  await expect(page).toHaveURL(/path=russia%2Cturkey/);
});

test('a story opens with one click', async ({ page }) => {
  await openMap(page);
  await page.getByRole('tab', { name: 'Paths' }).click();
  await page
    .getByRole('button', { name: /Russia and Turkey: how the fighting could draw them in/ })
    .click();
  const panel = page.getByRole('tabpanel', { name: 'Paths' });
  await expect(
    panel.getByText('Russia → Armenia → Nagorno-Karabakh → Azerbaijan → Turkey'),
  ).toBeVisible();
  for (const actor of CHAIN) expect(await classesOf(page, actor)).toContain('on-path');
  await expect(page).toHaveURL(/story=russia-turkey-drawn-in/);
});

test('a path URL reopens the same path, with one alternative highlighted', async ({
  page,
  context,
}) => {
  await openMap(page, '/?path=russia,turkey');
  const panel = page.getByRole('tabpanel', { name: 'Paths' });
  await expect(panel.getByText(/^1 shortest path of 1 step/)).toBeVisible();
  // The step's four relations are bright; the one labelled on the map is the one the panel names
  // first ("Russia accuses Turkey"), not another of the four.
  const first = panel.getByRole('listitem').filter({ hasText: 'Path 1' }).first();
  await expect(first.locator('ol li').first()).toContainText('Russia accuses Turkey');
  await expect.poll(() => namedKinds(page)).toEqual(['accusation']);
  const second = panel.getByRole('listitem').filter({ hasText: 'Path 2' }).first();
  const chain = (await second.locator('.chain').textContent()) ?? '';
  await second.getByRole('button', { name: 'Show on the map' }).click();
  await expect(page).toHaveURL(/pathShown=2/);

  const other = await context.newPage();
  await openMap(other, page.url());
  const again = other
    .getByRole('tabpanel', { name: 'Paths' })
    .getByRole('listitem')
    .filter({ hasText: 'Path 2' })
    .first();
  await expect(again.getByRole('button', { name: 'Show on the map', pressed: true })).toBeVisible();
  await expect(again.locator('.chain')).toHaveText(chain);
  // Only that path is bright: the direct relations of path 1 are not.
  expect(await classesOf(other, 'russia-turkey-tension')).not.toContain('on-path');
});

test('each step is labelled on the map by the relation the Paths panel leads with', async ({
  page,
}) => {
  await openMap(page, '/?path=russia,armenia');
  const panel = page.getByRole('tabpanel', { name: 'Paths' });
  const first = panel.getByRole('listitem').filter({ hasText: 'Path 1' }).first();
  // Russia and Armenia: an alliance, and mediation; the panel tells the step by the alliance.
  await expect(first.locator('ol li').first()).toContainText('Russia has an alliance with Armenia');
  await expect.poll(() => namedKinds(page)).toEqual(['alliance']);
});

test('a modifier-click picks the ends of a path on the map', async ({ page }) => {
  await openMap(page);
  await page.keyboard.down('Shift');
  await clickElement(page, 'minsk-group');
  await clickElement(page, 'armenia');
  await page.keyboard.up('Shift');
  const panel = page.getByRole('tabpanel', { name: 'Paths' });
  await expect(panel.getByText(/shortest paths? of 2 steps/)).toBeVisible();
  expect(await classesOf(page, 'minsk-group')).toContain('path-end');
});

test('the details panel starts a path from or to an actor', async ({ page }) => {
  await openMap(page, '/?actor=cavusoglu');
  await page.getByRole('button', { name: 'Path from here' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Paths' });
  await expect(panel.getByRole('combobox', { name: 'Path from' })).toHaveValue('Mevlut Cavusoglu');
  await panel.getByRole('combobox', { name: 'Path to' }).fill('Karabakh');
  await panel.getByRole('combobox', { name: 'Path to' }).press('Enter');
  await expect(panel.getByText('Mevlut Cavusoglu → Azerbaijan → Nagorno-Karabakh')).toBeVisible();
});

test('no path, the same actor twice, or an unknown actor: a clear message', async ({ page }) => {
  await openMap(page, '/?path=russia,turkey&hideStance=hostile&pathIndirect=1&pathKinds=tension');
  await expect(
    page
      .getByRole('tabpanel', { name: 'Paths' })
      .getByText(/No path\..*filters or the path options/),
  ).toBeVisible();

  await openMap(page, '/?path=russia,russia');
  await expect(page.getByRole('tabpanel', { name: 'Paths' }).getByText(/same actor/)).toBeVisible();

  await openMap(page, '/?path=russia,turky');
  await expect(page.getByRole('alert')).toContainText('"turky"');
  await expect(page.getByRole('alert')).toContainText('Turkey');
  await expect(map(page)).toHaveAttribute('data-drawn-nodes', '20');
});
