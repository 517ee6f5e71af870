import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { map, openMap } from './_map';

interface Quote {
  start: number;
  end: number;
  quote: string;
}
interface Result {
  ms: number;
  draft: {
    actors: Array<{ actor: { id: string }; evidence: Quote }>;
    relations: Array<{ id: string; evidence: Quote; alsoIn: Quote[]; relation: { kind: string } }>;
  };
}
type Win = Window & {
  diplomap: { extract(input: object, options?: { cancelAt?: string }): Promise<Result> };
};

const ARTICLE = 'data/sources/nagorno-karabakh-ceasefire-2016-04-05.txt';

test('the assistant runs in a worker of the page and quotes the article verbatim', async ({
  page,
}) => {
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(request.url()));
  await openMap(page);
  await expect(map(page)).toHaveAttribute('data-drawn-nodes', '20');
  // The NLP library is not part of the page's start-up.
  expect(loaded.filter((url) => url.includes('extract'))).toEqual([]);
  const text = await readFile(ARTICLE, 'utf8');
  const result = await page.evaluate(
    (text) => (window as unknown as Win).diplomap.extract({ text, published: '2016-04-05' }),
    text,
  );
  expect(loaded.some((url) => /extract\.worker.*\.js/.test(url))).toBe(true);
  const quotes = [
    ...result.draft.actors.map((a) => a.evidence),
    ...result.draft.relations.flatMap((r) => [r.evidence, ...r.alsoIn]),
  ];
  expect(quotes.length).toBeGreaterThan(40);
  for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.quote);
  const call = result.draft.relations.find(
    (r) => r.id === 'relation:vladimir-putin-call-ilham-aliyev',
  );
  expect(call?.evidence.quote).toBe(
    'Russian President Vladimir Putin spoke with Azerbaijani President Ilham Aliyev',
  );
  expect(result.draft.actors.map((a) => a.actor.id)).toContain('nagorno-karabakh');
});

test('cancelling ends the work, and the next article is read', async ({ page }) => {
  await openMap(page);
  const text =
    'Russian President Vladimir Putin spoke with Armenian President Serge Sarkisian on Tuesday.';
  const cancelled = await page.evaluate(
    (text) =>
      (window as unknown as Win).diplomap
        .extract({ text, published: '2016-04-05' }, { cancelAt: 'reading' })
        .then(
          () => 'finished',
          (error: Error) => error.message,
        ),
    text,
  );
  expect(cancelled).toBe('Cancelled');
  const result = await page.evaluate(
    (text) => (window as unknown as Win).diplomap.extract({ text, published: '2016-04-05' }),
    text,
  );
  expect(result.draft.relations.map((r) => r.relation.kind)).toContain('call');
});

test('an article the assistant cannot read says why', async ({ page }) => {
  await openMap(page);
  const message = await page.evaluate(() =>
    (window as unknown as Win).diplomap
      .extract({ text: 'France met Spain.', published: '5 April' })
      .then(
        () => 'finished',
        (error: Error) => error.message,
      ),
  );
  expect(message).toContain('"5 April" is not a date of the form YYYY-MM-DD');
});
