/**
 * The assistant in the page's worker, in headless Chromium (npm run
 * bench:extract): the built app is served and an article of about 1,500
 * words is read three ways, each on fresh pages (BENCH_PAGES, 3 by default),
 * medians printed with the range:
 * - cold: the page asks (window.diplomap.extract) before anything started
 *   the worker: the time includes loading the worker and its NLP library;
 * - the page's path: a map with the article is opened for editing, which
 *   starts the worker in idle time; a few seconds later (BENCH_WAIT_MS, 3000)
 *   the page asks, and, on other pages, the author clicks "Suggest from the
 *   article", timed until the list of suggestions shows;
 * - after the first: another article of about 1,500 words that shares no text
 *   with the first (an author's next article), and the first article again
 *   (BENCH_RUNS times, 5 by default): the worker has read its words already,
 *   which the library and the engine make faster.
 * BENCH_SKIP_BUILD=1 reuses dist/.
 */
import { execSync } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../../src/cli/chromium.mjs';
import type { ExtractInput } from '../../src/extract';
import { startServer } from './app/server';
import { longArticle } from './extract-article';

const RUNS = Math.max(3, Number(process.env['BENCH_RUNS'] ?? 5));
const PAGES = Math.max(1, Number(process.env['BENCH_PAGES'] ?? 3));
const WAIT_MS = Number(process.env['BENCH_WAIT_MS'] ?? 3000);

type Win = Window & {
  diplomap?: {
    extract?: (input: ExtractInput) => Promise<{ ms: number; draft: { relations: unknown[] } }>;
  };
};

interface Timing {
  /** Time the worker spent on the article. */
  worker: number;
  /** From the request to the answer, in the page. */
  total: number;
  relations: number;
}

const article = longArticle(1500, 0);
const input: ExtractInput = { text: article.text, published: article.published };
const next = longArticle(1500, 1);
const nextInput: ExtractInput = { text: next.text, published: next.published };

async function ready(browser: Browser, origin: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(origin);
  await page.waitForFunction(() => typeof (window as Win).diplomap?.extract === 'function');
  return page;
}

const measure = (page: Page, what = input): Promise<Timing> =>
  page.evaluate(async (input) => {
    const started = performance.now();
    const result = await (window as Win).diplomap!.extract!(input);
    return {
      worker: result.ms,
      total: performance.now() - started,
      relations: result.draft.relations.length,
    };
  }, what);

/** Opens a new map with the article for editing, as an author would, and waits WAIT_MS. */
async function editing(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Maps', exact: true }).click();
  await page.getByRole('button', { name: 'New map…' }).click();
  const form = page.getByRole('dialog', { name: 'New map' });
  await form.getByLabel('Title of the map').fill('Bench');
  await form.getByLabel('Article title').fill('A long article');
  await form.getByLabel('Publisher').fill('Bench Wire');
  await form.getByLabel('Published').fill(article.published);
  await form.getByLabel(/^Text/).fill(article.text);
  await form.getByRole('button', { name: 'Start the map' }).click();
  await page.getByRole('toolbar', { name: 'Editing' }).waitFor();
  await page.waitForTimeout(WAIT_MS);
}

/** From the click on "Suggest from the article" to the list of suggestions shown. */
const clickToList = (page: Page): Promise<number> =>
  page.evaluate(async () => {
    // No named functions in here: the page has no helper for the names tsx gives them.
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Suggest from the article',
    );
    if (!button) throw new Error('no "Suggest from the article" button');
    const started = performance.now();
    button.click();
    for (;;) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const buttons = [...document.querySelectorAll('.suggest button')];
      if (buttons.some((b) => b.textContent?.startsWith('Accept all')))
        return performance.now() - started;
      if (performance.now() - started > 60_000) throw new Error('no suggestions after 60 s');
    }
  });

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const ms = (values: readonly number[]) =>
  values.length === 1
    ? `${values[0]!.toFixed(0)} ms`
    : `${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;

if (process.env['BENCH_SKIP_BUILD'] !== '1') execSync('npm run build', { stdio: 'ignore' });
const server = await startServer('dist');
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  const cold: Timing[] = [];
  const another: Timing[] = [];
  const again: Timing[] = [];
  for (let i = 0; i < PAGES; i++) {
    const page = await ready(browser, server.origin);
    cold.push(await measure(page));
    another.push(await measure(page, nextInput));
    const same: Timing[] = [];
    for (let r = 0; r < RUNS; r++) same.push(await measure(page));
    again.push({
      worker: median(same.map((r) => r.worker)),
      total: median(same.map((r) => r.total)),
      relations: 0,
    });
    await page.close();
  }
  const prepared: Timing[] = [];
  const clicked: number[] = [];
  for (let i = 0; i < PAGES; i++) {
    const page = await ready(browser, server.origin);
    await editing(page);
    prepared.push(await measure(page));
    await page.close();
    const other = await ready(browser, server.origin);
    await editing(other);
    clicked.push(await clickToList(other));
    await other.close();
  }
  const row = (name: string, runs: readonly Timing[]) =>
    `| ${name} | ${ms(runs.map((r) => r.worker))} | ${ms(runs.map((r) => r.total))} |`;
  process.stdout.write(
    `\nThe assistant in the page's worker (headless Chromium), an article of ${article.words} words (${cold[0]?.relations} relations); medians (range) of ${PAGES} fresh pages\n\n` +
      '| article | in the worker | asked to answered |\n| --- | --- | --- |\n' +
      `${row('cold: the request starts the worker (library load included)', cold)}\n` +
      `${row(`the page's path: worker started when the editor opened, asked ${WAIT_MS / 1000} s later`, prepared)}\n` +
      `| the page's path, as the author sees it: click on "Suggest from the article" to the list shown | | ${ms(clicked)} |\n` +
      `${row(`after the first: another article (${next.words} words, no text in common)`, another)}\n` +
      `${row(`after the first: the same article again (median of ${RUNS} on each page)`, again)}\n`,
  );
} finally {
  await browser.close();
  await server.close();
}
