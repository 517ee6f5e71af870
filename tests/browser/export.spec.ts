import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openMap } from './_map';
import { pixelStats, pngSize, svgFacts } from './_images';

const STORY =
  '/?story=russia-turkey-drawn-in&path=russia,turkey&pathIndirect=1&pathKinds=alliance,support,military-support,financial-support,political-support,armed-conflict';
// The path's highlighter yellow (#DDAA33 at 70%) as it lands on white.
const PATH_COLOR = '#E7C370';

/** Opens the Export menu, sets it up, downloads, and returns the file's name and bytes. */
async function exportImage(
  page: Page,
  choose: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export an image' });
  await choose(dialog);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download' }).click(),
  ]);
  const bytes = await readFile((await download.path())!);
  await dialog.getByRole('button', { name: 'Close' }).click();
  return { name: download.suggestedFilename(), bytes };
}

test('PNG: decodes, has the size the scale asks for, is not blank, shows the path', async ({
  page,
}) => {
  await openMap(page, STORY);
  const svg = await exportImage(page, (d) => d.getByLabel('SVG (vector, editable)').check());
  const figure = await svgFacts(page, svg.bytes.toString('utf8'));

  const png = await exportImage(page, async (d) => {
    await d.getByLabel('PNG', { exact: true }).check();
    await d.getByLabel('2×').check();
  });
  expect(png.name).toBe('nagorno-karabakh-2016-russia-turkey-path.png');
  expect(pngSize(png.bytes)).toEqual({ width: figure.width * 2, height: figure.height * 2 });
  const stats = await pixelStats(page, png.bytes, 'image/png', PATH_COLOR);
  expect(stats.width).toBe(figure.width * 2);
  expect(stats.variance).toBeGreaterThan(100);
  expect(stats.share).toBeGreaterThan(0.002);

  const fourTimes = await exportImage(page, (d) => d.getByLabel('4×').check());
  expect(pngSize(fourTimes.bytes)).toEqual({ width: figure.width * 4, height: figure.height * 4 });

  // Print at 300 dpi, 10 cm wide: 1181 pixels.
  const print = await exportImage(page, async (d) => {
    await d.getByLabel(/Print, 300 dpi/).check();
    await d.getByLabel('Print width in centimetres').fill('10');
  });
  expect(Math.abs(pngSize(print.bytes).width - Math.round((10 / 2.54) * 300))).toBeLessThanOrEqual(
    1,
  );
  // It says its resolution, so that page-layout software places it 10 cm wide: a pHYs chunk of
  // 11,811 pixels per metre on both axes, before the image data.
  expect(pngPhys(print.bytes)).toEqual({ x: 11811, y: 11811, unit: 1, beforeData: true });
  expect(pngPhys(png.bytes)).toBeUndefined();
});

/** The pHYs chunk of a PNG, read chunk by chunk from the file's bytes. */
function pngPhys(
  bytes: Buffer,
): { x: number; y: number; unit: number; beforeData: boolean } | undefined {
  let seenData = false;
  for (let at = 8; at + 8 <= bytes.length; at += 12 + bytes.readUInt32BE(at)) {
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') seenData = true;
    if (type === 'pHYs') {
      const data = at + 8;
      return {
        x: bytes.readUInt32BE(data),
        y: bytes.readUInt32BE(data + 4),
        unit: bytes[data + 8]!,
        beforeData: !seenData,
      };
    }
  }
  return undefined;
}

test('PNG without a path has no path colour; JPEG is on white; the current view is the map size', async ({
  page,
}) => {
  await openMap(page);
  const png = await exportImage(page, (d) => d.getByLabel('1×').check());
  expect((await pixelStats(page, png.bytes, 'image/png', PATH_COLOR)).share).toBeLessThan(0.0005);

  const jpeg = await exportImage(page, (d) => d.getByLabel('JPEG', { exact: true }).check());
  expect(jpeg.name).toBe('nagorno-karabakh-2016-map.jpg');
  expect([...jpeg.bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);

  const view = await exportImage(page, async (d) => {
    await d.getByLabel('SVG (vector, editable)').check();
    await d.getByLabel('The current view').check();
    await d.getByLabel('Legend of the kinds shown').uncheck();
    await d.getByLabel('Title', { exact: true }).uncheck();
  });
  const facts = await svgFacts(page, view.bytes.toString('utf8'));
  const canvas = (await page.locator('.canvas').boundingBox())!;
  expect(facts.width).toBe(Math.ceil(canvas.width + 48));
});

test('SVG: well-formed vector drawing with every visible label as text and nothing that runs', async ({
  page,
}) => {
  await openMap(page, '/?hideActors=think-tank');
  const svg = await exportImage(page, (d) => d.getByLabel('SVG (vector, editable)').check());
  expect(svg.name).toBe('nagorno-karabakh-2016-map.svg');
  const text = svg.bytes.toString('utf8');
  const facts = await svgFacts(page, text);
  expect(facts.wellFormed).toBe(true);
  expect(facts.unsafe).toEqual([]);
  const names = await page.evaluate(() => {
    const cy = (window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy;
    return cy
      .nodes()
      .filter((n) => n.visible())
      .map((n) => String(n.data('label')));
  });
  expect(names.length).toBe(19);
  for (const name of names) expect(facts.text).toContain(name);
  expect(facts.text).not.toContain('Regional Studies Center');
  // Shapes are paths, not a picture.
  expect(text).not.toContain('<image');
  expect((text.match(/<path /g) ?? []).length).toBeGreaterThan(60);
});

test('title, legend and credit appear when chosen and not otherwise', async ({ page }) => {
  await openMap(page, STORY);
  const all = await exportImage(page, async (d) => {
    await d.getByLabel('SVG (vector, editable)').check();
    await d.getByLabel('Title of the image').fill('Drawn in: Russia and Turkey');
  });
  const withAll = await svgFacts(page, all.bytes.toString('utf8'));
  expect(withAll.text).toContain('Drawn in: Russia and Turkey');
  expect(withAll.text).toContain('Source: The Washington Post, 5 April 2016');
  expect(withAll.text).toContain('armed conflict');
  expect(withAll.text).toContain('de facto state');
  expect(withAll.text).toContain('Path: Russia → Armenia → Nagorno-Karabakh → Azerbaijan → Turkey');

  const none = await exportImage(page, async (d) => {
    await d.getByLabel('Title', { exact: true }).uncheck();
    await d.getByLabel('Legend of the kinds shown').uncheck();
    await d.getByLabel('Source credit').uncheck();
    await d.getByLabel('Caption naming the path').uncheck();
  });
  const withNone = await svgFacts(page, none.bytes.toString('utf8'));
  expect(withNone.text).not.toContain('Drawn in');
  expect(withNone.text).not.toContain('Source:');
  expect(withNone.text).not.toContain('de facto state');
  expect(withNone.text).not.toContain('Path:');
  expect(withNone.width).toBeLessThan(withAll.width);
});

test('the legend of the current view lists only the kinds within it', async ({ page }) => {
  await openMap(page);
  await page.evaluate(() => {
    const cy = (window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy;
    const corner = cy
      .getElementById('a:regional-studies-center')
      .union(cy.getElementById('a:giragosian'));
    cy.fit(corner, 20);
  });
  const view = await exportImage(page, async (d) => {
    await d.getByLabel('SVG (vector, editable)').check();
    await d.getByLabel('The current view').check();
  });
  const facts = await svgFacts(page, view.bytes.toString('utf8'));
  expect(facts.text).toContain('think tank or NGO');
  expect(facts.text).not.toContain('armed conflict');
  expect(facts.text).not.toContain('de facto state');
});

test("a path figure's legend lists only the path's kinds and statuses, its caption the unsure step", async ({
  page,
}) => {
  // Russia → Turkey → Islamic State: a tension (a plain fact), then support alleged by Russia.
  await openMap(page, '/?path=russia,islamic-state');
  const figure = await exportImage(page, (d) => d.getByLabel('SVG (vector, editable)').check());
  const facts = await svgFacts(page, figure.bytes.toString('utf8'));
  const legend = facts.text.slice(facts.text.indexOf('Actors'));
  expect(legend).toContain('claimed or alleged by a party');
  expect(legend).toContain('reported as fact');
  // Kinds and statuses only elsewhere on the map are left out.
  expect(legend).not.toContain('planned or pledged');
  expect(legend).not.toContain('armed conflict');
  expect(legend).not.toContain('person');
  expect(facts.text).toContain('Turkey → Islamic State alleged by Russia');
});
