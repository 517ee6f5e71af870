// index.html asks for the bundled dataset before the app's code runs: the file it names must be
// the one the app reads, or the page would read the dataset twice.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_NAME } from '../../src/state/bundled';

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
