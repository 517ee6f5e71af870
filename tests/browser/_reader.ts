/** Helpers for the editor and its reader: start a map, select words as a person would with the mouse. */
import { expect, type Page } from '@playwright/test';
import { openMap } from './_map';

/** An article as the New map form takes it. */
export interface TestArticle {
  map: string;
  title: string;
  published: string;
  text: string;
}

/** Starts a new map from `article` (published by "Test Wire"), and waits for it in the reader. */
export async function newMap(page: Page, article: TestArticle): Promise<void> {
  await openMap(page);
  // On a phone, Maps is under More.
  const more = page.getByRole('button', { name: 'More', exact: true });
  if (await more.isVisible()) await more.click();
  await page.getByRole('button', { name: 'Maps', exact: true }).click();
  await page.getByRole('button', { name: 'New map…' }).click();
  const form = page.getByRole('dialog', { name: 'New map' });
  await form.getByLabel('Title of the map').fill(article.map);
  await form.getByLabel('Article title').fill(article.title);
  await form.getByLabel('Publisher').fill('Test Wire');
  await form.getByLabel('Published').fill(article.published);
  await form.getByLabel(/^Text/).fill(article.text);
  await form.getByRole('button', { name: 'Start the map' }).click();
  await expect(page.getByRole('toolbar', { name: 'Editing' })).toBeVisible();
  await expect(page.locator('.reader .text')).toContainText(article.text.slice(0, 28));
}

/**
 * Selects the first occurrence of `phrase` in the reader's text (a DOM range
 * from its first character to its last, across marks), then releases the
 * mouse there as a drag would.
 */
export async function selectInReader(page: Page, phrase: string): Promise<void> {
  await page.evaluate((words) => {
    const runs = [...document.querySelectorAll<HTMLElement>('.reader [data-start]')];
    let text = '';
    for (const run of runs) {
      const at = Number(run.dataset['start']);
      text = text.padEnd(at, '\u0000').slice(0, at) + (run.textContent ?? '');
    }
    const start = text.indexOf(words);
    if (start === -1) throw new Error(`"${words}" is not in the reader`);
    const end = start + words.length;
    const point = (offset: number, edge: 'start' | 'end') => {
      const run = runs.find((r) => {
        const from = Number(r.dataset['start']);
        const to = Number(r.dataset['end']);
        return edge === 'start' ? offset >= from && offset < to : offset > from && offset <= to;
      });
      if (!run?.firstChild) throw new Error(`no run at ${offset}`);
      return { node: run.firstChild, offset: offset - Number(run.dataset['start']) };
    };
    const range = document.createRange();
    const a = point(start, 'start');
    const b = point(end, 'end');
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    b.node.parentElement!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, phrase);
}

/** The dataset the editor holds, as its JSON file would be saved. */
export async function savedFileText(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as file' }).click();
  const file = await download;
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
