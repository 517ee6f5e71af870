import { writeFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { classesOf, clickElement, map, openMap, pointOf } from './_map';
import { newMap as newMapFrom, savedFileText, selectInReader } from './_reader';

/** A short report written for these tests (no one has opened it in diplomap before). */
const ARTICLE = [
  'Foreign ministers of Armenia and Azerbaijan met in Geneva on Monday, their first talks since the April fighting.',
  '',
  'Armenia’s minister said the “line of contact”  must hold. Azerbaijan accused Armenia of shelling villages near\nTerter.',
].join('\n');

async function positionOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((key) => {
    const cy = (window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy;
    const node = cy.getElementById(`a:${key}`) as import('cytoscape').NodeSingular;
    return { ...node.position() };
  }, id);
}

const newMap = (page: Page) =>
  newMapFrom(page, {
    map: 'Geneva talks',
    title: 'Ministers meet in Geneva',
    published: '2016-05-16',
    text: ARTICLE,
  });

async function addActor(page: Page, words: string): Promise<void> {
  await selectInReader(page, words);
  await page.getByRole('button', { name: 'New actor' }).click();
  const form = page.getByRole('dialog', { name: 'New actor' });
  await expect(form.getByLabel('Name')).toHaveValue(words);
  await form.getByRole('button', { name: 'Add the actor' }).click();
  await expect(form).toBeHidden();
}

/**
 * Makes a relation of the selected words: its kind, then each end by the
 * label the form gives it (From and To, or Between and And).
 */
async function makeRelation(
  page: Page,
  kind: string,
  [firstLabel, first]: [string, string],
  [secondLabel, second]: [string, string],
  check?: (form: Locator) => Promise<void>,
): Promise<void> {
  await page.getByRole('button', { name: 'New relation from these words' }).click();
  const form = page.getByRole('dialog', { name: 'New relation' });
  await form.getByLabel('Kind', { exact: true }).selectOption({ label: kind });
  await form.getByLabel(firstLabel, { exact: true }).selectOption({ label: first });
  await form.getByLabel(secondLabel, { exact: true }).selectOption({ label: second });
  await check?.(form);
  await form.getByRole('button', { name: 'Add the relation' }).click();
  await expect(form).toBeHidden();
}

test('a new user builds a map from an article, undoes, reloads and reopens the saved file', async ({
  page,
  browser,
}) => {
  // A whole session, two pages and a reload: longer than one test's default time.
  test.setTimeout(120_000);
  await newMap(page);
  await addActor(page, 'Armenia');
  await addActor(page, 'Azerbaijan');
  await expect(map(page)).toHaveAttribute('data-drawn-nodes', '2');

  // A sentence selected in the article becomes the relation's quote.
  const sentence =
    'Foreign ministers of Armenia and Azerbaijan met in Geneva on Monday, their first talks since the April fighting.';
  await selectInReader(page, sentence);
  await expect(page.getByTestId('pending-quote')).toHaveText(sentence);
  await makeRelation(page, 'meeting', ['Between', 'Armenia'], ['And', 'Azerbaijan'], async (form) =>
    // The date is the article's unless changed.
    expect(form.getByLabel('Day', { exact: true })).toHaveValue('2016-05-16'),
  );
  await expect(map(page)).toHaveAttribute('data-drawn-edges', '1');

  // The quote is marked in the reader; choosing the mark selects the relation.
  await page.getByRole('button', { name: /^Quote \d+: states Armenia/ }).click();
  await expect(page.locator('#details-heading')).toHaveText(/Armenia meets (with )?Azerbaijan/);

  // A drag is an edit.
  const placed = await positionOf(page, 'armenia');
  // The map moves to the chosen relation first: drag once it is still.
  await page.waitForFunction(
    () =>
      !(window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy.animated(),
  );
  const from = await pointOf(page, 'armenia');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 60, from.y + 40, { steps: 8 });
  await page.mouse.move(from.x + 120, from.y + 60, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => positionOf(page, 'armenia')).not.toEqual(placed);
  const history = page.getByRole('toolbar', { name: 'Editing' });
  await history.getByText(/^History/).click();
  await expect(history.getByRole('list')).toContainText('Move Armenia');

  // Undo twice (the drag, then the relation), redo once (the relation).
  await page.locator('#map').focus();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(map(page)).toHaveAttribute('data-drawn-edges', '0');
  expect(await positionOf(page, 'armenia')).toEqual(placed);
  await page.keyboard.press('Control+Shift+z');
  await expect(map(page)).toHaveAttribute('data-drawn-edges', '1');
  expect(await positionOf(page, 'armenia')).toEqual(placed);

  const before = JSON.parse(await savedFileText(page)) as {
    relations: { evidence: { quote: string }[] }[];
    actors: { id: string; position: { x: number; y: number } }[];
  };
  expect(before.relations).toHaveLength(1);
  expect(before.relations[0]?.evidence[0]?.quote).toBe(sentence);
  expect(before.actors.find((a) => a.id === 'armenia')?.position).toEqual(placed);

  // Reload: restored exactly, with a notice saying so.
  await page.reload();
  await expect(map(page)).toBeVisible();
  await expect(page.getByRole('alert').first()).toContainText('Restored “Geneva talks”');
  expect(await positionOf(page, 'armenia')).toEqual(placed);
  const restored = await savedFileText(page);
  expect(JSON.parse(restored)).toEqual(before);

  // The saved file opens identically in a fresh page, elsewhere.
  const file = test.info().outputPath('geneva-talks.json');
  await writeFile(file, restored);
  const fresh = await (await browser.newContext()).newPage();
  await openMap(fresh);
  await fresh.getByRole('button', { name: 'Open', exact: true }).click();
  const dialog = fresh.getByRole('dialog', { name: 'Open a graph' });
  await dialog.locator('input[type=file]').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Open this graph' }).click();
  await expect(map(fresh)).toHaveAttribute('data-drawn-edges', '1');
  expect(await positionOf(fresh, 'armenia')).toEqual(placed);
  await fresh.getByRole('button', { name: 'Export' }).click();
  const download = fresh.waitForEvent('download');
  await fresh.getByRole('button', { name: 'diplomap JSON' }).click();
  const reopened = await (await download).path();
  const { readFile } = await import('node:fs/promises');
  expect(JSON.parse(await readFile(reopened, 'utf8'))).toEqual(before);

  // Back in the first page: an image of the map is named after the map, not after the dataset
  // the page opens with.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const exporting = page.getByRole('dialog', { name: 'Export an image' });
  const [image] = await Promise.all([
    page.waitForEvent('download'),
    exporting.getByRole('button', { name: 'Download' }).click(),
  ]);
  expect(image.suggestedFilename()).toMatch(/^geneva-talks.*\.png$/);
  await exporting.getByRole('button', { name: 'Close' }).click();
  // The restore's notice, whose counts were the restored map's, goes at the first edit after it.
  await expect(page.getByRole('alert').filter({ hasText: 'Restored' })).toHaveCount(1);
  await page.waitForFunction(
    () =>
      !(window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy.animated(),
  );
  const at = await pointOf(page, 'armenia');
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x - 50, at.y + 30, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => positionOf(page, 'armenia')).not.toEqual(placed);
  await expect(page.getByRole('alert').filter({ hasText: 'Restored' })).toHaveCount(0);

  // A link to an actor of the map opens the map with that actor chosen.
  await page.goto('/?actor=azerbaijan');
  await expect(page.getByRole('alert').first()).toContainText('Restored “Geneva talks”');
  await expect(page.locator('#details-heading')).toHaveText('Azerbaijan');
});

test('the relation form: actors by name, a loop said before it is made, a year alone kept', async ({
  page,
}) => {
  await newMap(page);
  // Added out of the order of their names.
  await addActor(page, 'Azerbaijan');
  await addActor(page, 'Armenia');
  await selectInReader(page, 'Azerbaijan accused Armenia of shelling villages near');
  await page.getByRole('button', { name: 'New relation from these words' }).click();
  const form = page.getByRole('dialog', { name: 'New relation' });
  await expect(form.locator('#relation-target option:not([disabled])')).toHaveText([
    'Armenia',
    'Azerbaijan',
  ]);
  // The ends start from the actors the selected words name, in their order.
  await expect(form.locator('#relation-source')).toHaveValue('azerbaijan');
  await expect(form.locator('#relation-target')).toHaveValue('armenia');
  await form.getByLabel('Kind', { exact: true }).selectOption({ label: 'accusation' });
  await form.getByLabel('From', { exact: true }).selectOption({ label: 'Azerbaijan' });
  await form.getByLabel('To', { exact: true }).selectOption({ label: 'Azerbaijan' });
  await expect(form.getByTestId('self-loop')).toContainText('Both ends are Azerbaijan');
  await form.getByLabel('To', { exact: true }).selectOption({ label: 'Armenia' });
  await expect(form.getByTestId('self-loop')).toBeHidden();
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toBeHidden();
  await makeRelation(
    page,
    'accusation',
    ['From', 'Azerbaijan'],
    ['To', 'Armenia'],
    async (form) => {
      await form.getByLabel('Precision of the date').selectOption({ label: 'a year' });
      await form.getByLabel('Year', { exact: true }).fill('2019');
    },
  );
  await expect(map(page)).toHaveAttribute('data-drawn-edges', '1');
  const saved = JSON.parse(await savedFileText(page)) as { relations: { date?: string }[] };
  expect(saved.relations[0]?.date).toBe('2019');
});

test('a quote is exactly the selected words: white space and curly quotes survive', async ({
  page,
}) => {
  await newMap(page);
  await addActor(page, 'Armenia');
  await addActor(page, 'Azerbaijan');
  const words =
    'Armenia’s minister said the “line of contact”  must hold. Azerbaijan accused Armenia of shelling villages near\nTerter.';
  await selectInReader(page, words);
  await expect(page.getByTestId('pending-quote')).toHaveText(words);
  // An accusation goes from one actor to another: the form says From and To.
  await makeRelation(page, 'accusation', ['From', 'Azerbaijan'], ['To', 'Armenia']);
  const saved = JSON.parse(await savedFileText(page)) as {
    relations: { evidence: { quote: string }[] }[];
  };
  expect(saved.relations[0]?.evidence[0]?.quote).toBe(words);
});

test('choosing a mark selects its relation; selecting a relation marks its quote', async ({
  page,
}) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Article' }).click();
  const reader = page.getByRole('complementary', { name: 'Article' });
  await reader
    .getByRole('button', {
      name: /states Turkey is in tension with Russia|states Russia is in tension with Turkey/,
    })
    .first()
    .click();
  await expect(page.locator('#details-heading')).toHaveText(/tension/);

  await clickElement(page, 'russia-armenia-alliance');
  const current = reader.locator('.text span.current');
  await expect(current.first()).toBeVisible();
  await expect(current).toHaveText(['Russia, which shares a defense alliance with Armenia']);
  const anchor = reader.locator('.anchor[aria-current="true"]');
  await expect(anchor).toHaveAccessibleName(/Russia has an alliance with Armenia/);
  await expect(anchor).toBeInViewport();
  expect(await classesOf(page, 'russia-armenia-alliance')).toContain('selected');
});

test('a second article: its actors matched and confirmed, a relation quoting both', async ({
  page,
}) => {
  await newMap(page);
  await addActor(page, 'Armenia');
  await addActor(page, 'Azerbaijan');
  const first = 'Foreign ministers of Armenia and Azerbaijan met in Geneva on Monday';
  await selectInReader(page, first);
  await makeRelation(page, 'meeting', ['Between', 'Armenia'], ['And', 'Azerbaijan']);

  await page.getByRole('button', { name: 'Add an article' }).click();
  const form = page.getByRole('dialog', { name: 'Add an article' });
  await form.getByLabel('Article title').fill('Geneva, day two');
  await form.getByLabel('Publisher').fill('Other Wire');
  await form.getByLabel('Published').fill('2016-05-17');
  const second =
    'The Armenian and Azerbaijani ministers met again in Geneva. Yerevan said the talks were useful; Azerbaijan agreed.';
  await form.getByLabel(/^Text/).fill(second);
  await form.getByRole('button', { name: 'Next: the actors it names' }).click();
  // Azerbaijan is named and ticked; "Armenian" is only offered as a near spelling, not ticked.
  const named = form.getByRole('listitem').filter({ hasText: '“Azerbaijan” is Azerbaijan' });
  await expect(named.getByRole('checkbox')).toBeChecked();
  const near = form.getByRole('listitem').filter({ hasText: '“Armenian” is Armenia' });
  await expect(near).toContainText('a similar spelling');
  await expect(near.getByRole('checkbox')).not.toBeChecked();
  await form.getByRole('button', { name: 'Add the article' }).click();
  await expect(form).toBeHidden();

  // The reader shows the new article; its words back the same meeting.
  await expect(page.locator('.reader .text')).toContainText('met again in Geneva');
  await clickRelation(page);
  await selectInReader(page, 'The Armenian and Azerbaijani ministers met again in Geneva.');
  await page.getByRole('button', { name: /^Add as a quote to/ }).click();
  const saved = JSON.parse(await savedFileText(page)) as {
    sources: { id: string }[];
    relations: { evidence: { source: string; quote: string }[] }[];
    actors: { id: string; evidence?: { source: string; quote: string }[] }[];
  };
  expect(saved.sources).toHaveLength(2);
  expect(saved.relations[0]?.evidence.map((e) => e.source)).toEqual([
    saved.sources[0]?.id,
    saved.sources[1]?.id,
  ]);
  expect(saved.actors.find((a) => a.id === 'azerbaijan')?.evidence).toContainEqual({
    source: saved.sources[1]?.id,
    quote: 'Azerbaijan',
  });
});

/** Selects the map's only relation, as a click on it would. */
async function clickRelation(page: Page): Promise<void> {
  const id = await page.evaluate(() => {
    const cy = (window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy;
    return cy.edges()[0]!.id().slice(2);
  });
  await clickElement(page, id);
  await expect(page.locator('#details-heading')).toHaveText(/meets/);
}

test('quotes whose text is not with the dataset are unverified until the text is attached', async ({
  page,
}) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a graph' });
  await dialog.locator('input[type=file]').setInputFiles('data/nagorno-karabakh-2016.json');
  await dialog.getByRole('button', { name: 'Open this graph' }).click();
  await expect(map(page)).toHaveAttribute('data-drawn-edges', '55');
  await clickElement(page, 'russia-armenia-alliance');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByText(/^Unverified/)).toBeVisible();
  await details.getByText(/^Attach the text of/).click();
  await details
    .getByLabel('Open its file')
    .setInputFiles('data/sources/nagorno-karabakh-ceasefire-2016-04-05.txt');
  await expect(details.getByText(/^Unverified/)).toHaveCount(0);
  await expect(details.getByText(/^Not found/)).toHaveCount(0);
  // The reader shows the attached text, with the quote marked.
  await page.getByRole('button', { name: 'Article' }).click();
  await expect(page.locator('.reader .text span.current')).toHaveText([
    'Russia, which shares a defense alliance with Armenia',
  ]);
});

test('several maps are kept: a list opens them, and deletes one only after asking', async ({
  page,
}) => {
  await newMap(page);
  await addActor(page, 'Armenia');
  // Leaving for the bundled map keeps this one; a copy of the bundled map is a second one.
  await page.getByRole('button', { name: 'Maps', exact: true }).click();
  await page.getByRole('button', { name: 'Explore the bundled map' }).click();
  await expect(map(page)).toHaveAttribute('data-drawn-nodes', '20');
  await expect(page.getByRole('toolbar', { name: 'Editing' })).toBeHidden();
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(page.getByRole('toolbar', { name: 'Editing' })).toBeVisible();

  await page.getByRole('button', { name: 'Maps', exact: true }).click();
  const list = page.getByRole('dialog', { name: 'Your maps' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  const geneva = list.getByRole('listitem').filter({ hasText: 'Geneva talks' });
  await expect(geneva).toContainText('1 actor, 0 relations, 1 article');
  await geneva.getByRole('button', { name: 'Delete Geneva talks' }).click();
  // Asked first: nothing is gone yet.
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await geneva.getByRole('button', { name: 'Keep it' }).click();
  await geneva.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('alert').first()).toContainText('Restored “Geneva talks”');
  await expect(map(page)).toHaveAttribute('data-drawn-nodes', '1');

  await page.getByRole('button', { name: 'Maps', exact: true }).click();
  const copy = list.getByRole('listitem').filter({ hasText: 'Nagorno-Karabakh, April 2016' });
  await copy.getByRole('button', { name: /^Delete/ }).click();
  await copy.getByRole('button', { name: /for good$/ }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
});
