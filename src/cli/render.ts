/**
 * npm run render -- <dataset> --out <file.png|file.jpg|file.svg> [--scale N]
 *   [--layout NAME] [--select ID] [--path FROM,TO] [--title TEXT] [--no-legend]
 *   [--no-credit] [--transparent]
 *
 * Writes the image a reader would export from the page, without anyone
 * opening a browser: it builds the app, serves it with the dataset beside it,
 * and drives it in headless Chromium.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { formatProblem, hasErrors, loadDataset, type Dataset } from '../model';
import { decodeBytes, detectFormat } from '../io';
import { importText } from '../io/import';
import { nodeXmlParser } from '../io/node';
import { closestMatch } from '../model/suggest';
import { LAYOUT_NAMES, isLayoutName } from '../state/view';
import type { ImageFormat } from '../render/export';
import type { ScriptExportRequest, ScriptExportResult } from '../render/script-export';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = `usage: npm run render -- <dataset.json> --out <file.png|file.jpg|file.svg> [--scale N]
       [--layout ${LAYOUT_NAMES.join('|')}] [--select ACTOR] [--path FROM,TO] [--title TEXT]
       [--no-title] [--no-legend] [--no-credit] [--transparent] [--view WIDTHxHEIGHT]`;

class UsageError extends Error {}

const FORMATS: Record<string, ImageFormat> = {
  '.png': 'png',
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.svg': 'svg',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
};

function parse(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        scale: { type: 'string' },
        layout: { type: 'string' },
        select: { type: 'string' },
        path: { type: 'string' },
        title: { type: 'string' },
        'no-title': { type: 'boolean' },
        'no-legend': { type: 'boolean' },
        'no-credit': { type: 'boolean' },
        transparent: { type: 'boolean' },
        view: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) throw new UsageError('');
  if (positionals.length !== 1) throw new UsageError('give exactly one dataset file');
  if (!values.out) throw new UsageError('--out is required');
  const extension = extname(values.out).toLowerCase();
  const format = Object.prototype.hasOwnProperty.call(FORMATS, extension)
    ? FORMATS[extension]
    : undefined;
  if (!format)
    throw new UsageError(`--out must end in .png, .jpg or .svg, not "${extension || values.out}"`);
  const scale = values.scale === undefined ? 1 : Number(values.scale);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 16) {
    throw new UsageError(`--scale must be a number above 0 and at most 16, not "${values.scale}"`);
  }
  if (values.layout !== undefined && !isLayoutName(values.layout)) {
    throw new UsageError(
      `unknown layout "${values.layout}": use one of ${LAYOUT_NAMES.join(', ')}`,
    );
  }
  const viewMatch = values.view === undefined ? null : /^(\d+)x(\d+)$/.exec(values.view);
  if (values.view !== undefined && !viewMatch)
    throw new UsageError('--view must look like 1280x800');
  return {
    dataset: resolve(positionals[0] as string),
    out: resolve(values.out),
    format,
    scale,
    layout: values.layout,
    select: values.select,
    path: values.path,
    title: values['no-title'] ? null : values.title,
    legend: !values['no-legend'],
    credit: !values['no-credit'],
    transparent: values.transparent ?? false,
    viewport: viewMatch
      ? { width: Number(viewMatch[1]), height: Number(viewMatch[2]) }
      : { width: 1280, height: 800 },
  };
}

type Options = ReturnType<typeof parse>;

/** Checks the dataset and the actors named on the command line, before any browser starts. */
async function check(options: Options): Promise<URLSearchParams> {
  if (!existsSync(options.dataset)) throw new UsageError(`no such file: ${options.dataset}`);
  const decoded = decodeBytes(await readFile(options.dataset));
  const text = decoded.text;
  let dataset: Dataset | null;
  let errors: string[];
  if (detectFormat(text) === 'diplomap') {
    const result = await loadDataset(text, async (path) => {
      const file = resolve(dirname(options.dataset), path);
      return existsSync(file) ? decodeBytes(await readFile(file)).text : undefined;
    });
    dataset = hasErrors(result.problems) ? null : result.dataset;
    errors = result.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p));
  } else {
    // Other formats open through ?data= as in the page.
    const result = importText(decoded, { parseXml: nodeXmlParser });
    dataset = result.dataset;
    errors = result.report.issues
      .filter((issue) => issue.severity === 'error')
      .map((issue) => `${issue.line !== undefined ? `line ${issue.line}: ` : ''}${issue.message}`);
  }
  if (!dataset) {
    throw new Error(
      `${options.dataset} is not a valid dataset:\n${errors.map((line) => `  ${line}`).join('\n')}`,
    );
  }
  const ids = dataset.actors.map((a) => a.id);
  const known = (id: string, what: string) => {
    if (ids.includes(id)) return;
    const guess = closestMatch(id, ids);
    throw new UsageError(
      `${what}: unknown actor "${id}"${guess ? `: did you mean "${guess}"?` : ''}`,
    );
  };
  const params = new URLSearchParams({
    data: `/__dataset/${encodeURIComponent(basename(options.dataset))}`,
  });
  if (options.select !== undefined) {
    known(options.select, '--select');
    params.set('actor', options.select);
  }
  if (options.path !== undefined) {
    const ends = options.path.split(',');
    if (ends.length !== 2) throw new UsageError('--path must be FROM,TO');
    ends.forEach((id) => known(id, '--path'));
    params.set('path', options.path);
  }
  if (options.layout) params.set('layout', options.layout);
  return params;
}

/** Serves the built app, and the dataset's folder under /__dataset/. */
function serve(appDir: string, dataDir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const [base, rest] = url.pathname.startsWith('/__dataset/')
      ? [dataDir, url.pathname.slice('/__dataset/'.length)]
      : [appDir, url.pathname === '/' ? 'index.html' : url.pathname.slice(1)];
    const file = resolve(base, decodeURIComponent(rest));
    if (
      !(file === base || file.startsWith(base + sep)) ||
      !existsSync(file) ||
      !statSync(file).isFile()
    ) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ server, origin: `http://127.0.0.1:${port}` });
    }),
  );
}

async function render(options: Options): Promise<ScriptExportResult> {
  const params = await check(options);
  const appDir = join(ROOT, 'node_modules', '.cache', 'diplomap-render');
  await mkdir(appDir, { recursive: true });
  await build({ root: ROOT, logLevel: 'error', build: { outDir: appDir, emptyOutDir: true } });
  const { server, origin } = await serve(appDir, dirname(options.dataset));
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: options.viewport });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/?${params}`);
    const ready = page.locator('.canvas[data-laid-out="true"]');
    const failed = page.locator('.problems');
    await Promise.race([ready.waitFor({ timeout: 60_000 }), failed.waitFor({ timeout: 60_000 })]);
    if (await failed.isVisible())
      throw new Error(`the page could not open the dataset: ${await failed.innerText()}`);
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const request: ScriptExportRequest = {
      format: options.format,
      scale: options.scale,
      background: options.transparent ? 'transparent' : 'white',
      legend: options.legend,
      credit: options.credit,
      ...(options.title === undefined ? {} : { title: options.title }),
    };
    const image = await page.evaluate(
      (r) =>
        (
          window as unknown as { diplomap: { export: (r: unknown) => Promise<ScriptExportResult> } }
        ).diplomap.export(r),
      request,
    );
    if (errors.length) throw new Error(`the page failed: ${errors.join('; ')}`);
    await writeFile(options.out, Buffer.from(image.base64, 'base64'));
    return image;
  } finally {
    await browser.close();
    server.close();
  }
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parse(process.argv.slice(2));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${message ? `render: ${message}\n` : ''}${USAGE}\n`);
    return 2;
  }
  try {
    const image = await render(options);
    const size =
      options.format === 'svg'
        ? `${image.width} × ${image.height} (vector)`
        : `${image.width} × ${image.height} pixels`;
    process.stdout.write(`wrote ${options.out}, ${size}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`render: ${message}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

process.exitCode = await main();
