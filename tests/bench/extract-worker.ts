/**
 * The assistant in the page's worker, in headless Chromium (npm run
 * bench:extract): the built app is served, an article of about 1,500 words
 * is sent to the worker through window.diplomap.extract, and the time the
 * worker spends on it is printed, first run (the library just loaded) and
 * the median of the runs after. BENCH_SKIP_BUILD=1 reuses dist/.
 */
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../../src/cli/chromium.mjs';
import type { ExtractInput } from '../../src/extract';
import { startServer } from './app/server';
import { longArticle } from './extract-article';

const RUNS = Math.max(3, Number(process.env['BENCH_RUNS'] ?? 5));

type Win = Window & {
  diplomap?: {
    extract?: (input: ExtractInput) => Promise<{ ms: number; draft: { relations: unknown[] } }>;
  };
};

if (process.env['BENCH_SKIP_BUILD'] !== '1') execSync('npm run build', { stdio: 'ignore' });
const server = await startServer('dist');
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.goto(server.origin);
  await page.waitForFunction(() => typeof (window as Win).diplomap?.extract === 'function');
  const article = longArticle();
  const input: ExtractInput = { text: article.text, published: article.published };
  const measure = () =>
    page.evaluate(async (input) => {
      const started = performance.now();
      const result = await (window as Win).diplomap!.extract!(input);
      return {
        worker: result.ms,
        total: performance.now() - started,
        relations: result.draft.relations.length,
      };
    }, input);
  const first = await measure();
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure());
  const median = (values: number[]) =>
    values.sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
  process.stdout.write(
    `\nThe assistant in the page's worker (headless Chromium), ${article.words} words, ${first.relations} relations\n\n` +
      '| run | in the worker | asked to answered (the first includes starting the worker) |\n| --- | --- | --- |\n' +
      `| first | ${first.worker.toFixed(0)} ms | ${first.total.toFixed(0)} ms |\n` +
      `| median of ${RUNS} after | ${median(runs.map((r) => r.worker)).toFixed(0)} ms | ${median(runs.map((r) => r.total)).toFixed(0)} ms |\n`,
  );
} finally {
  await browser.close();
  await server.close();
}
