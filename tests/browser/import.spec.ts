import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { FIXTURE_CASES } from '../unit/_fixtures';
import { clickElement, map, openMap } from './_map';

/** Picks a file in the Open dialog and waits for its report (or the column step). */
async function pick(page: Page, file: string) {
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a graph' });
  await dialog.locator('input[type=file]').setInputFiles(file);
  return dialog;
}

test('a Gephi file opens after its report, and the map draws it', async ({ page }) => {
  await openMap(page);
  const dialog = await pick(page, 'tests/fixtures/gephi-1.2.gexf');
  const report = dialog.getByRole('region', { name: 'Import report' });
  await expect(report).toContainText('GEXF');
  await expect(report).toContainText('Read 8 actors and 9 relations.');
  await dialog.getByRole('button', { name: 'Open this graph' }).click();
  await expect(map(page)).toHaveAttribute('data-drawn-nodes', '8');
  await expect(map(page)).toHaveAttribute('data-drawn-edges', '9');
  await expect(page.getByRole('alert').first()).toContainText('Opened gephi-1.2');
});

test('a broken file is reported where it breaks, and the open graph stays open', async ({
  page,
}) => {
  await openMap(page);
  const broken =
    '<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3">\n  <graph>\n    <nodes>\n      <node id="a">\n    </nodes>\n</gexf>\n';
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a graph' });
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'broken.gexf',
    mimeType: 'application/xml',
    buffer: Buffer.from(broken),
  });
  await expect(dialog.getByRole('alert')).toContainText('cannot be opened');
  await expect(dialog.getByText(/^line 6/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Open this graph' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(map(page)).toHaveAttribute('data-drawn-nodes', '20');

  // A diplomap file whose relation names no actor: refused, and said so without a word of
  // placeholders (those are for files of other tools).
  const dataset = JSON.parse(await readFile('data/nagorno-karabakh-2016.json', 'utf8')) as {
    relations: { target: string }[];
  };
  dataset.relations[0]!.target = 'estovya';
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'missing-actor.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(dataset, null, 2)),
  });
  await expect(dialog.getByRole('alert')).toContainText('cannot be opened');
  await expect(dialog.getByText('Relation ends that name no actor: 1')).toBeVisible();
  await expect(dialog.getByText(/placeholder/)).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});

test('an event table asks which column holds what, remembers it, and opens', async ({ page }) => {
  await openMap(page);
  let dialog = await pick(page, 'tests/fixtures/events-acled-like.csv');
  await expect(dialog.getByText('looks like an event table')).toBeVisible();
  await expect(dialog.getByLabel('Source actor (who acts)')).toHaveValue('actor1');
  await dialog.getByLabel('Quote (evidence)').selectOption('notes');
  await dialog.getByRole('button', { name: 'Read with these columns' }).click();
  await expect(dialog.getByRole('region', { name: 'Import report' })).toContainText('event table');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  dialog = await pick(page, 'tests/fixtures/events-acled-like.csv');
  await expect(dialog.getByLabel('Quote (evidence)')).toHaveValue('notes');
});

test('dropping a file on the page opens it', async ({ page }) => {
  await openMap(page);
  const text = await readFile('tests/fixtures/cytoscape-desktop.cyjs', 'utf8');
  const transfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'network.cyjs', { type: 'application/json' }));
    return data;
  }, text);
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  const dialog = page.getByRole('dialog', { name: 'Open a graph' });
  await expect(dialog.getByRole('region', { name: 'Import report' })).toContainText(
    'Cytoscape JSON',
  );
});

test('?data= opens a dataset served beside the app, and says when it cannot', async ({ page }) => {
  await openMap(page, '/?data=nagorno-karabakh-2016.json&actor=lavrov');
  await expect(map(page)).toHaveAttribute('data-drawn-nodes', '20');
  await expect(
    page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }),
  ).toHaveText('Sergei Lavrov');

  await page.goto('/?data=missing.json');
  await expect(page.getByRole('alert')).toContainText('missing.json');
  await expect(page.getByRole('link', { name: 'Open the bundled dataset instead' })).toBeVisible();
});

test('the data saved as GEXF opens again with the same counts', async ({ page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export an image' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    exportDialog.getByRole('button', { name: 'GEXF (Gephi)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('nagorno-karabakh-2016.gexf');
  const saved = await readFile((await download.path())!);
  await exportDialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a graph' });
  await dialog
    .locator('input[type=file]')
    .setInputFiles({ name: 'again.gexf', mimeType: 'application/xml', buffer: saved });
  await expect(dialog.getByRole('region', { name: 'Import report' })).toContainText(
    'Read 20 actors and 55 relations.',
  );
});

/** XML the browser's own parser must refuse, with where (Chromium's parser differs from Node's). */
const XML_CASES: Array<[string, string, string, number | undefined]> = [
  ['a DOCTYPE', '<?xml version="1.0"?>\n<!DOCTYPE gexf [<!ENTITY x "y">]>\n<gexf/>', 'refused', 2],
  [
    'an entity declaration',
    '<?xml version="1.0"?>\n<gexf>\n<!ENTITY x "y">\n</gexf>',
    'refused',
    3,
  ],
  [
    'an unclosed element',
    '<gexf xmlns="http://gexf.net/1.3">\n<graph>\n<nodes>\n</graph>\n</gexf>',
    'syntax',
    4,
  ],
  ['text after the root', '<graphml>\n</graphml>\nextra', 'syntax', 3],
  [
    'a bare ampersand',
    '<graphml>\n<key id="k" for="node" attr.name="a & b"/>\n</graphml>',
    'syntax',
    2,
  ],
  [
    'an unquoted attribute',
    '<gexf>\n<graph defaultedgetype=directed>\n</graph>\n</gexf>',
    'syntax',
    2,
  ],
  [
    'a mismatched tag',
    '<graphml>\n<graph>\n<node id="a"></edge>\n</graph>\n</graphml>',
    'syntax',
    3,
  ],
  ['a root that is neither', '<?xml version="1.0"?>\n<gexf-not/>', 'refused', undefined],
];

for (const [name, text, category, line] of XML_CASES) {
  test(`in Chromium, XML with ${name} is refused as ${category}${line ? ` at line ${line}` : ''}`, async ({
    page,
  }) => {
    await openMap(page);
    const report = await page.evaluate(
      (source) =>
        (
          window as unknown as {
            diplomap: {
              importReport: (t: string) => Promise<{
                issues: Array<{ category: string; severity: string; line?: number }>;
              }>;
            };
          }
        ).diplomap.importReport(source),
      text,
    );
    const errors = report.issues.filter((issue) => issue.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]?.category).toBe(category);
    if (line !== undefined) expect(errors[0]?.line).toBe(line);
  });
}

test('ids such as __proto__ and constructor draw, select and go away like any other', async ({
  page,
}) => {
  await openMap(page);
  const csv =
    'source,target,kind\n__proto__,constructor,alliance\ntoString,hasOwnProperty,tension\n__proto__,toString,call\n';
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  let dialog = page.getByRole('dialog', { name: 'Open a graph' });
  await dialog
    .locator('input[type=file]')
    .setInputFiles({ name: 'odd.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await dialog.getByRole('button', { name: 'Open this graph' }).click();
  await expect(map(page)).toHaveAttribute('data-drawn-nodes', '4');
  await expect(map(page)).toHaveAttribute('data-laid-out', 'true');
  const count = () =>
    page.evaluate(
      () =>
        (window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy.nodes()
          .length,
    );
  // The map's attributes follow the app at once; the elements may follow a moment later, once
  // the layout's code has loaded (the map still holds the graph before until then).
  await expect.poll(count).toBe(4);
  await clickElement(page, '__proto__');
  await expect(
    page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }),
  ).toHaveText('__proto__');

  // Opening another graph leaves none of these behind.
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  dialog = page.getByRole('dialog', { name: 'Open a graph' });
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'two.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('source,target\nx,y\n'),
  });
  await dialog.getByRole('button', { name: 'Open this graph' }).click();
  await expect(map(page)).toHaveAttribute('data-drawn-nodes', '2');
  expect(await count()).toBe(2);
});

test('a CSV edge list takes its node table in the page too', async ({ page }) => {
  await openMap(page);
  const dialog = await pick(page, 'tests/fixtures/csv-edges.csv');
  await expect(dialog.getByRole('region', { name: 'Import report' })).toContainText(
    'CSV edge list',
  );
  await dialog
    .getByLabel('Add a node table (optional)')
    .setInputFiles('tests/fixtures/csv-nodes.csv');
  await expect(dialog.getByText('Node table added; choose another')).toBeVisible();
  await dialog.getByRole('button', { name: 'Open this graph' }).click();
  await expect(map(page)).toHaveAttribute('data-laid-out', 'true');
  // The node table's names and kinds, not the bare ids, are on the map and in the details.
  await page.getByRole('combobox', { name: 'Search actors' }).fill('Nagorno');
  await page.getByRole('combobox', { name: 'Search actors' }).press('Enter');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Nagorno-Karabakh Republic');
  await expect(details.getByText('Stepanakert')).toBeVisible();
});

/** Picks a file made in the test. */
async function pickBuffer(
  page: Page,
  name: string,
  content: string | Buffer,
  mimeType = 'text/plain',
) {
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a graph' });
  await dialog.locator('input[type=file]').setInputFiles({
    name,
    mimeType,
    buffer: typeof content === 'string' ? Buffer.from(content) : content,
  });
  return dialog;
}

test('a refused file leaves the open graph as it was, selection included', async ({ page }) => {
  await openMap(page, '/?actor=lavrov');
  const heading = page.getByRole('complementary', { name: 'Details' }).getByRole('heading', {
    level: 2,
  });
  await expect(heading).toHaveText('Sergei Lavrov');
  const dialog = await pickBuffer(page, 'deep.json', '['.repeat(50_000) + ']'.repeat(50_000));
  const report = dialog.getByRole('region', { name: 'Import report' });
  await expect(report).toContainText('deeper than 256 levels');
  await expect(report).not.toContainText('Maximum call stack');
  await expect(dialog.getByRole('button', { name: 'Open this graph' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(map(page)).toHaveAttribute('data-drawn-nodes', '20');
  await expect(heading).toHaveText('Sergei Lavrov');
  await expect(page).toHaveURL(/actor=lavrov/);
});

test('a file lacking a top-level key is reported where, not left reading', async ({ page }) => {
  await openMap(page);
  const dialog = await pickBuffer(page, 'x.json', '{"title":"t","actors":[],"relations":[]}');
  const report = dialog.getByRole('region', { name: 'Import report' });
  await expect(report).toContainText('"sources" is required');
  await expect(report.getByText(/^line 1, column 1, sources/)).toBeVisible();
});

/** An edge list big enough that reading it takes the worker a while, as a file (a path is not copied over). */
async function bigEdgeList(path: string): Promise<string> {
  const rows = ['source,target,kind'];
  for (let i = 0; i < 800_000; i++) rows.push(`actor ${i % 5000},actor ${(i * 7) % 5003},call`);
  await writeFile(path, rows.join('\n'));
  return path;
}

for (const how of ['Cancel', 'Escape'] as const) {
  test(`${how} while a long file is read ends its worker, and the graph stays`, async ({
    page,
  }, testInfo) => {
    const file = await bigEdgeList(testInfo.outputPath('big.csv'));
    await openMap(page);
    const started = page.waitForEvent('worker');
    const dialog = await pick(page, file);
    const worker = await started;
    const ended = new Promise<void>((resolve) => worker.on('close', () => resolve()));
    await expect(dialog.getByRole('status')).toContainText('Reading the records');
    if (how === 'Cancel') await dialog.getByRole('button', { name: 'Cancel' }).click();
    else await page.keyboard.press('Escape');
    await ended;
    await expect(dialog).toBeHidden();
    await expect(map(page)).toHaveAttribute('data-drawn-nodes', '20');
  });
}

test('a relation from an actor to itself is counted, and drawn as a loop', async ({ page }) => {
  await openMap(page);
  const dialog = await pickBuffer(
    page,
    'loops.csv',
    'source,target,kind\nArmenia,Armenia,mobilisation\nArmenia,Azerbaijan,armed conflict\n',
    'text/csv',
  );
  await expect(dialog.getByRole('region', { name: 'Import report' })).toContainText(
    '1 relation goes from an actor to itself (drawn as loops).',
  );
  await dialog.getByRole('button', { name: 'Open this graph' }).click();
  await expect(map(page)).toHaveAttribute('data-drawn-edges', '2');
  // The counts follow the model at once; the map draws the new graph's elements a moment later.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy.edges()
            .length,
      ),
    )
    .toBe(2);
  const drawn = await page.evaluate(() => {
    const cy = (window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy;
    const loop = cy.edges().filter((edge) => edge.isLoop());
    const node = loop.source().renderedBoundingBox();
    const box = loop.renderedBoundingBox();
    return { loops: loop.length, outside: box.x2 > node.x2 || box.y1 < node.y1 };
  });
  expect(drawn).toEqual({ loops: 1, outside: true });
});

test('text in the encoding its XML declares, and ICEWS columns guessed', async ({ page }) => {
  await openMap(page);
  let dialog = await pick(page, 'tests/fixtures/latin1.gexf');
  const report = dialog.getByRole('region', { name: 'Import report' });
  await expect(report).toContainText('The text was read as ISO-8859-1.');
  await dialog.getByRole('button', { name: 'Open this graph' }).click();
  await page.getByRole('combobox', { name: 'Search actors' }).fill('Azerbaïdjan');
  await page.getByRole('combobox', { name: 'Search actors' }).press('Enter');
  await expect(
    page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }),
  ).toHaveText('Azerbaïdjan');

  dialog = await pick(page, 'tests/fixtures/icews-events.tab');
  await expect(dialog.getByLabel('Source actor (who acts)')).toHaveValue('Source Name');
  await expect(dialog.getByLabel('Target actor (acted upon)')).toHaveValue('Target Name');
  await expect(dialog.getByRole('combobox', { name: /^Date/ })).toHaveValue('Event Date');
  await expect(dialog.getByLabel('Quote (evidence)')).toHaveValue('');
});

for (const { file, format, actors, relations, refused } of FIXTURE_CASES) {
  test(`the fixture ${file} opens in the page as it does in the command line`, async ({ page }) => {
    await openMap(page);
    const dialog = await pick(page, `tests/fixtures/${file}`);
    if (format === 'event table')
      await dialog.getByRole('button', { name: 'Read with these columns' }).click();
    const report = dialog.getByRole('region', { name: 'Import report' });
    await expect(report).toContainText(`${file}: ${format}`);
    const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
    await expect(report).toContainText(
      `Read ${count(actors, 'actor')} and ${count(relations, 'relation')}.`,
    );
    const open = dialog.getByRole('button', { name: 'Open this graph' });
    if (refused) {
      await expect(report.getByRole('alert')).toContainText('cannot be opened');
      await expect(report.getByText(refused.message)).toContainText(`line ${refused.line}`);
      await expect(open).toBeDisabled();
    } else await expect(open).toBeEnabled();
  });
}
