import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { pngSize, svgFacts } from './_images';

const run = promisify(execFile);
const BUNDLED = 'data/nagorno-karabakh-2016.json';

/** Runs `npm run render -- ...args` (through tsx, as npm would) and returns its exit code and output. */
async function render(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node_modules/.bin/tsx', ['src/cli/render.ts', ...args], {
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

let dir: string;
test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'diplomap-render-'));
});

test('renders the bundled dataset to SVG and to PNG of the expected size', async ({ page }) => {
  const svgFile = join(dir, 'map.svg');
  const svg = await render(BUNDLED, '--out', svgFile, '--path', 'russia,turkey');
  expect(svg.stderr).toBe('');
  expect(svg.code).toBe(0);
  expect(svg.stdout).toContain('wrote');
  const facts = await svgFacts(page, await readFile(svgFile, 'utf8'));
  expect(facts.wellFormed).toBe(true);
  expect(facts.unsafe).toEqual([]);
  for (const name of ['Russia', 'Turkey', 'Vladimir Putin', 'OSCE Minsk Group'])
    expect(facts.text).toContain(name);
  expect(facts.text).toContain('Source: The Washington Post, 5 April 2016');
  expect(facts.text).toContain('Path: Russia → Turkey');

  const pngFile = join(dir, 'map.png');
  const png = await render(BUNDLED, '--out', pngFile, '--path', 'russia,turkey', '--scale', '2');
  expect(png.code).toBe(0);
  expect(pngSize(await readFile(pngFile))).toEqual({
    width: facts.width * 2,
    height: facts.height * 2,
  });
});

test('a label from data stays literal text in the SVG', async ({ page }) => {
  const dataset = JSON.parse(await readFile(BUNDLED, 'utf8'));
  dataset.actors.find((a: { id: string }) => a.id === 'nato').name = `<b>&"'</b>`;
  delete dataset.sources[0].text; // no source text beside this copy: quotes are not checked
  const file = join(dir, 'odd.json');
  await writeFile(file, JSON.stringify(dataset));
  const out = join(dir, 'odd.svg');
  const result = await render(file, '--out', out, '--title', `Title <script>alert(1)</script>`);
  expect(result.code).toBe(0);
  const text = await readFile(out, 'utf8');
  const facts = await svgFacts(page, text);
  expect(facts.unsafe).toEqual([]);
  expect(facts.text).toContain(`<b>&"'</b>`);
  expect(facts.text).toContain('Title <script>alert(1)</script>');
  expect(text).not.toContain('<script');
  expect(text).toContain('&lt;b&gt;&amp;');
});

test('fails with a clear message on bad input', async () => {
  const broken = join(dir, 'broken.json');
  await writeFile(
    broken,
    '{ "title": "x", "sources": [], "actors": [], "relations": [ { "id": 1 } ] }',
  );
  const bad = await render(broken, '--out', join(dir, 'x.png'));
  expect(bad.code).toBe(1);
  expect(bad.stderr).toContain('not a valid dataset');
  expect(bad.stderr).toContain('relations[0].id');

  const unknownActor = await render(BUNDLED, '--out', join(dir, 'x.png'), '--select', 'putn');
  expect(unknownActor.code).toBe(2);
  expect(unknownActor.stderr).toContain('unknown actor "putn": did you mean "putin"?');

  const unknownOption = await render(BUNDLED, '--out', join(dir, 'x.png'), '--colour', 'red');
  expect(unknownOption.code).toBe(2);
  expect(unknownOption.stderr).toContain("'--colour'");
  expect(unknownOption.stderr).toContain('usage:');

  const wrongType = await render(BUNDLED, '--out', join(dir, 'x.gif'));
  expect(wrongType.code).toBe(2);
  expect(wrongType.stderr).toContain('.png, .jpg or .svg');

  const missing = await render(join(dir, 'nothing.json'), '--out', join(dir, 'x.png'));
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain('no such file');
});
