// index.html asks for the bundled dataset before the app's code runs: the file it names must be
// the one the app reads, or the page would read the dataset twice.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLED_NAME, loadBundledDataset, readBundledEarly } from '../../src/state/bundled';

describe('the early read of the bundled dataset', () => {
  const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

  function run(search: string): Array<Record<string, string>> {
    const links: Array<Record<string, string>> = [];
    const document = {
      createElement: () => ({}),
      head: { append: (link: Record<string, string>) => links.push(link) },
    };
    new Function('window', 'document', script)({ location: { search } }, document);
    return links;
  }

  it('preloads the file the app reads, as a fetch the app can take', () => {
    const [link] = run('');
    expect(link).toEqual({
      rel: 'preload',
      as: 'fetch',
      crossOrigin: 'anonymous',
      href: `${BUNDLED_NAME}.json`,
    });
    expect(run('?relation=turkey-supports-islamic-state')).toHaveLength(1);
  });

  it('reads nothing early when the address names another dataset', () => {
    expect(run('?data=/mine.json')).toHaveLength(0);
  });
});

describe('the read started while the page mounts', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is taken by the first load only: a later one reads the file again', async () => {
    const dataset = readFileSync(
      new URL(`../../data/${BUNDLED_NAME}.json`, import.meta.url),
      'utf8',
    );
    const asked: string[] = [];
    vi.stubGlobal('window', { location: { href: 'http://diplomap.test/' } });
    vi.stubGlobal('fetch', (url: URL) => {
      asked.push(url.pathname);
      return Promise.resolve(new Response(url.pathname.endsWith('.json') ? dataset : 'text'));
    });
    readBundledEarly();
    const reads = () => asked.filter((path) => path.endsWith('.json')).length;
    expect(reads()).toBe(1);
    const first = await loadBundledDataset();
    expect(reads()).toBe(1);
    const second = await loadBundledDataset();
    expect(reads()).toBe(2);
    // Each load has a dataset of its own: opening one again never shares the one being changed.
    expect(second.result.dataset).not.toBe(first.result.dataset);
    expect(second.result.dataset).toEqual(first.result.dataset);
  });
});
