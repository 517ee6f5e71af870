import { expect, test, type Locator, type Page, type Worker } from '@playwright/test';
import { drawnRelationKinds, map } from './_map';
import { newMap as newMapFrom } from './_reader';

/** A short news report written for these tests (no one has opened it in diplomap before). */
const ARTICLE = [
  'French President Emmanuel Macron spoke with German Chancellor Olaf Scholz on Monday about the crisis in the Balkans.',
  '',
  'Serbia accused Kosovo of provoking violence in the north. The European Union imposed sanctions on the group behind the attack.',
  '',
  'Scholz will travel to Belgrade next week, his office said.',
].join('\n');

const CALL = /^Emmanuel Macron spoke with Olaf Scholz$/;

const newMap = (page: Page) =>
  newMapFrom(page, {
    map: 'Balkan talks',
    title: 'Macron and Scholz discuss the Balkans',
    published: '2026-03-04',
    text: ARTICLE,
  });

/** Opens the suggestions and waits for the assistant's list. */
async function suggest(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Suggest from the article' }).click();
  const panel = page.getByRole('region', { name: 'Suggestions' });
  await expect(panel.getByRole('button', { name: /^Accept all/ })).toBeVisible();
  return panel;
}

/** Opens a new map and asks for suggestions; resolves while the assistant is still starting. */
async function askWhileStarting(page: Page): Promise<Locator> {
  await newMap(page);
  await page.getByRole('button', { name: 'Suggest from the article' }).click();
  const panel = page.getByRole('region', { name: 'Suggestions' });
  await expect(panel.getByRole('status')).toContainText('Starting the assistant');
  return panel;
}

const proposals = (panel: Locator) => panel.locator('.proposal');
const proposal = (panel: Locator, words: RegExp) =>
  proposals(panel).filter({ has: panel.page().getByRole('button', { name: words }) });

async function drawn(page: Page): Promise<{ nodes: number; edges: number }> {
  const canvas = map(page);
  return {
    nodes: Number(await canvas.getAttribute('data-drawn-nodes')),
    edges: Number(await canvas.getAttribute('data-drawn-edges')),
  };
}

async function expectDrawn(page: Page, nodes: number, edges: number): Promise<void> {
  await expect(map(page)).toHaveAttribute('data-drawn-nodes', String(nodes));
  await expect(map(page)).toHaveAttribute('data-drawn-edges', String(edges));
}

test('suggestions from a pasted article: accept all, quotes verbatim, one undo removes them', async ({
  page,
}) => {
  await newMap(page);
  const panel = await suggest(page);
  // Grouped by sentence, each told in words with its quote and why it was proposed.
  const call = proposal(panel, CALL);
  await expect(call).toContainText('call · Emmanuel Macron → Olaf Scholz · reported as fact');
  await expect(call).toContainText('Why: the words “spoke with”');
  const quote = (await call.locator('blockquote').innerText()).replace(/^“|”$/g, '');
  expect(ARTICLE).toContain(quote);
  await expect(panel.locator('.sentence').first()).toContainText(
    'French President Emmanuel Macron',
  );
  // Marked in the reader, dotted, apart from accepted quotes (there are none yet).
  await expect(page.locator('.reader .text .proposed').first()).toBeVisible();
  await expect(page.locator('.reader .text .marked')).toHaveCount(0);
  // Choosing a suggestion shows its words in the reader.
  await call.getByRole('button', { name: CALL }).click();
  await expect
    .poll(async () =>
      (await page.locator('.reader .text .proposal-focus').allInnerTexts()).join(''),
    )
    .toBe(quote);

  // And choosing dotted words in the reader shows their suggestion in the list.
  await page.locator('.reader .text .proposed', { hasText: /^ accused $/ }).click();
  await expect(panel.locator('.proposal[aria-current="true"]')).toContainText(
    '“Serbia accused Kosovo”',
  );
  await expect(panel.locator('.proposal[aria-current="true"]')).toBeInViewport();

  // Nothing is on the map before it is accepted.
  await expectDrawn(page, 0, 0);
  // Zoomed in, as to read: the middle holds few actors, and the others are placed around it.
  await page.evaluate(() => {
    const { cy } = (window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap;
    cy.zoom({ level: 3, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  });
  const total = await proposals(panel).count();
  await panel.getByRole('button', { name: `Accept all (${total})` }).click();
  await expect(panel.getByText(/Nothing left to decide/)).toBeVisible();
  await expect(map(page)).not.toHaveAttribute('data-drawn-nodes', '0');
  const after = await drawn(page);
  expect(after.nodes + after.edges).toBe(total);
  expect(await drawnRelationKinds(page)).toContain('call');
  // Every actor accepted is in view: the map makes room for those placed beyond its box.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const { cy } = (window as unknown as { diplomap: { cy: import('cytoscape').Core } })
          .diplomap;
        const [width, height] = [cy.width(), cy.height()];
        return cy.nodes().filter((node) => {
          const box = node.renderedBoundingBox({ includeLabels: false });
          return box.x1 < 0 || box.y1 < 0 || box.x2 > width || box.y2 > height;
        }).length;
      }),
    )
    .toBe(0);

  // A relation's details quote the article verbatim (chosen from its mark in the reader).
  await page.getByRole('button', { name: /^Quote \d+: states Emmanuel Macron spoke with/ }).click();
  await expect(page.locator('#panel-details blockquote').first()).toHaveText(`“${quote}”`);

  // One step in the history, and one undo takes every suggestion off the map.
  const history = page.getByRole('toolbar', { name: 'Editing' });
  await expect(history.getByText('History (2)')).toBeVisible();
  await history.getByRole('button', { name: 'Undo' }).click();
  await expectDrawn(page, 0, 0);
  // What the undo took off is to decide again.
  await expect(proposals(panel)).toHaveCount(total);
});

test('a rejected suggestion never reaches the map; focus moves to the next one', async ({
  page,
}) => {
  await newMap(page);
  const panel = await suggest(page);
  const total = await proposals(panel).count();
  const reject = panel.getByRole('button', {
    name: 'Reject: Emmanuel Macron spoke with Olaf Scholz',
  });
  await reject.focus();
  await page.keyboard.press('Enter');
  await expect(proposal(panel, CALL)).toHaveCount(0);
  await expect(proposals(panel)).toHaveCount(total - 1);
  // The keyboard goes on with the suggestion that took its place.
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('data-action', 'accept');
  const next = (await focused.getAttribute('aria-label')) ?? '';
  expect(next).not.toBe('Accept: Emmanuel Macron spoke with Olaf Scholz');
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('button', { name: next, exact: true })).toHaveCount(0);
  await expect(page.locator(':focus')).toHaveAttribute('data-action', 'accept');
  await expect(map(page)).not.toHaveAttribute('data-drawn-edges', '0');
  const left = await proposals(panel).count();
  await panel.getByRole('button', { name: `Accept all (${left})` }).click();
  await expect(panel.getByText(/Nothing left to decide/)).toBeVisible();
  await expect(map(page)).not.toHaveAttribute('data-drawn-nodes', '0');
  expect(await drawnRelationKinds(page)).not.toContain('call');
  // Suggesting again brings back neither what the map has now nor what the author rejected.
  await panel.getByRole('button', { name: 'Suggest again' }).click();
  await expect(panel.getByText(/Nothing left to decide/)).toBeVisible();
  await expect(proposals(panel)).toHaveCount(0);
  await expect(panel.getByText('1 suggestion you rejected is hidden.')).toBeVisible();
  // Until the author asks to see it again.
  await panel.getByRole('button', { name: 'Show it again' }).click();
  await expect(panel.getByText(/^1 suggestion in 1 sentence/)).toBeVisible();
  await expect(proposal(panel, CALL)).toHaveCount(1);
  await expect(panel.getByText(/you rejected/)).toHaveCount(0);
  // The button went with the hint: the keyboard is on the suggestion shown again.
  await expect(proposal(panel, CALL).locator('[data-action="accept"]')).toBeFocused();
});

test('after a decision the keyboard is on the suggestion listed next, actors’ and relations’ alike', async ({
  page,
}) => {
  await newMapFrom(page, {
    map: 'Paris talks',
    title: 'Scholz to visit Paris',
    published: '2026-03-04',
    text: [
      'French President Emmanuel Macron spoke with German Chancellor Olaf Scholz on Monday.',
      '',
      'Scholz will travel to Paris next week. Poland accused Belarus of provocations.',
    ].join('\n'),
  });
  const panel = await suggest(page);
  const buttons = panel.locator('[data-action="accept"]');
  const labels = () => buttons.evaluateAll((all) => all.map((b) => b.getAttribute('aria-label')));
  /** Accepts the suggestion listed at `at` with the keyboard: the next one listed takes it. */
  const decide = async (at: number) => {
    const before = await labels();
    await buttons.nth(at).focus();
    await page.keyboard.press('Enter');
    await expect(buttons).not.toHaveCount(before.length);
    const after = await labels();
    // The first listed after the decided one that is still listed.
    const next = before.slice(at + 1).find((label) => after.includes(label)) ?? after.at(-1);
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', next ?? '');
  };
  // An actor alone ("Accept: France, state").
  const all = await labels();
  await decide(all.findIndex((label) => /, state$/.test(label ?? '')));
  // Scholz's visit, which takes Scholz, listed before it, with it: the keyboard goes on to the
  // charge after it, not one further.
  await decide((await labels()).findIndex((label) => /visits France/.test(label ?? '')));
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', /Poland accuses Belarus/);
});

test('rejected suggestions stay rejected when the author suggests again, panel closed or not', async ({
  page,
}) => {
  await newMap(page);
  const panel = await suggest(page);
  const total = await proposals(panel).count();
  const sentence = panel.locator('.sentence').filter({ hasText: 'Serbia accused Kosovo' });
  await sentence.getByRole('button', { name: /^Reject these/ }).click();
  const left = await proposals(panel).count();
  expect(left).toBeLessThan(total - 1);
  await panel.getByRole('button', { name: 'Suggest again' }).click();
  await expect(panel.getByRole('button', { name: `Accept all (${left})` })).toBeVisible();
  await expect(
    panel.getByText(`${total - left} suggestions you rejected are hidden.`),
  ).toBeVisible();
  await expect(panel.locator('.sentence').filter({ hasText: 'Serbia accused Kosovo' })).toHaveCount(
    0,
  );
  // Closing the panel and opening it again forgets nothing either.
  await panel.getByRole('button', { name: 'Close the suggestions' }).click();
  await page.getByRole('button', { name: 'Suggest from the article' }).click();
  await panel.getByRole('button', { name: 'Suggest again' }).click();
  await expect(panel.getByRole('button', { name: `Accept all (${left})` })).toBeVisible();
  await panel.getByRole('button', { name: 'Show them again' }).click();
  await expect(panel.getByRole('button', { name: `Accept all (${total})` })).toBeVisible();
});

test('a suggestion edited before accepting enters the map as edited, and is undone in one step', async ({
  page,
}) => {
  await newMap(page);
  const panel = await suggest(page);
  const total = await proposals(panel).count();
  await panel.getByRole('button', { name: 'Edit: Emmanuel Macron spoke with Olaf Scholz' }).click();
  const form = page.getByRole('dialog', { name: 'Edit the suggestion' });
  await expect(form.getByLabel('Kind', { exact: true })).toHaveValue('call');
  await expect(form.getByLabel('From', { exact: true })).toHaveValue('emmanuel-macron');
  await expect(form.locator('blockquote')).toContainText('spoke with German Chancellor');
  // Every actor the article brings is offered, not only the suggestion's own two.
  await expect(
    form.getByLabel('To', { exact: true }).getByRole('option', { name: 'Serbia (new)' }),
  ).toHaveCount(1);
  await form.getByLabel('Kind', { exact: true }).selectOption({ label: 'meeting' });
  await form.getByRole('button', { name: 'Accept' }).click();
  await expect(form).toBeHidden();
  await expectDrawn(page, 2, 1);
  expect(await drawnRelationKinds(page)).toEqual(['meeting']);
  // The edited suggestion, and the actors it brought, left the list.
  await expect(proposal(panel, CALL)).toHaveCount(0);
  await expect(proposals(panel)).toHaveCount(total - 3);
  // The history names the suggestion accepted, as Accept does.
  const toolbar = page.getByRole('toolbar', { name: 'Editing' });
  await toolbar.getByText(/^History/).click();
  await expect(toolbar.getByRole('list')).toContainText(
    'Accepted the edited suggestion “Emmanuel Macron spoke with Olaf Scholz”',
  );
  await toolbar.getByRole('button', { name: 'Undo' }).click();
  await expectDrawn(page, 0, 0);
  await expect(proposals(panel)).toHaveCount(total);
  // Cancelling the form changes nothing.
  await panel.getByRole('button', { name: 'Edit: Emmanuel Macron spoke with Olaf Scholz' }).click();
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toBeHidden();
  await expectDrawn(page, 0, 0);
  await expect(proposals(panel)).toHaveCount(total);
});

test('a sentence naming actors with no suggestion is listed: a relation is drawn from it, or it is set aside', async ({
  page,
}) => {
  await newMapFrom(page, {
    map: 'Essequibo',
    title: 'Guyana goes to court',
    published: '2026-03-04',
    text: [
      'French President Emmanuel Macron spoke with German Chancellor Olaf Scholz on Monday.',
      '',
      'Guyana has asked the International Court of Justice to block the vote. The United States, Brazil and Colombia also criticised the raid.',
    ].join('\n'),
  });
  const panel = await suggest(page);
  const unread = panel.getByRole('region', { name: 'Sentences with no suggestion' });
  const items = unread.getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText(
    'Guyana has asked the International Court of Justice to block the vote.',
  );
  await expect(items.first()).toContainText('Names Guyana, International Court of Justice');

  await unread
    .getByRole('button', {
      name: 'Draw a relation from the sentence naming Guyana, International Court of Justice',
    })
    .click();
  const form = page.getByRole('dialog', { name: 'Relation from the sentence' });
  await expect(form.getByLabel('Between', { exact: true })).toHaveValue('guyana');
  await expect(form.getByLabel('And', { exact: true })).toHaveValue('icj');
  await expect(form.getByLabel('Kind', { exact: true })).toHaveValue('');
  await expect(form.locator('blockquote')).toHaveText(
    '“Guyana has asked the International Court of Justice to block the vote.”',
  );
  await form.getByLabel('Kind', { exact: true }).selectOption({ label: 'statement' });
  await form.getByRole('button', { name: 'Add the relation' }).click();
  await expect(form).toBeHidden();
  // On the map with both actors, which the sentence brought; the sentence left the list.
  await expectDrawn(page, 2, 1);
  expect(await drawnRelationKinds(page)).toEqual(['statement']);
  await expect(items).toHaveCount(1);
  await expect(
    unread.getByRole('button', {
      name: /^Draw a relation from the sentence naming United States/,
    }),
  ).toBeFocused();
  // One step: undone, the map is as it was and the sentence is back.
  await page
    .getByRole('toolbar', { name: 'Editing' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expectDrawn(page, 0, 0);
  await expect(items).toHaveCount(2);

  // Set aside: gone from the list, with a way to bring it back; the map unchanged.
  await unread
    .getByRole('button', { name: /^Set aside the sentence naming United States/ })
    .click();
  await expect(items).toHaveCount(1);
  await expect(unread).toContainText('1 sentence you set aside is hidden.');
  await unread.getByRole('button', { name: 'Show it again' }).click();
  await expect(items).toHaveCount(2);
  // The keyboard goes to the sentence brought back.
  await expect(
    unread.getByRole('button', { name: /^Draw a relation from the sentence naming United States/ }),
  ).toBeFocused();
  await expectDrawn(page, 0, 0);
  // Both set aside: the keyboard goes to the button that brings them back.
  for (const name of [
    /^Set aside the sentence naming Guyana/,
    /^Set aside the sentence naming United/,
  ])
    await unread.getByRole('button', { name }).click();
  await expect(items).toHaveCount(0);
  await expect(unread.getByRole('button', { name: 'Show them again' })).toBeFocused();
});

test('the assistant starts in the background once a map with an article is open, not before', async ({
  page,
}) => {
  const started: string[] = [];
  page.on('worker', (worker) => started.push(worker.url()));
  const assistant = () => started.filter((url) => /extract\.worker/.test(url));
  // Exploring a map does not start it.
  await page.goto('/');
  await expect(map(page)).toBeVisible();
  await page.waitForTimeout(1500);
  expect(assistant()).toEqual([]);
  // Editing one with an article does, before the author asks for suggestions.
  await newMap(page);
  await expect.poll(() => assistant().length, { timeout: 10_000 }).toBe(1);
  await expect(page.getByRole('region', { name: 'Suggestions' })).toHaveCount(0);
  // The suggestions use that worker: no other starts.
  await suggest(page);
  expect(assistant()).toHaveLength(1);
});

test('the assistant’s worker ends when the author stops editing', async ({ page }) => {
  const running = new Set<string>();
  page.on('worker', (worker) => {
    if (!/extract\.worker/.test(worker.url())) return;
    running.add(worker.url());
    worker.on('close', () => running.delete(worker.url()));
  });
  await newMap(page);
  await expect.poll(() => running.size, { timeout: 10_000 }).toBe(1);
  await page.getByRole('button', { name: 'Maps', exact: true }).click();
  await page.getByRole('button', { name: 'Explore the bundled map' }).click();
  await expect(page.getByRole('toolbar', { name: 'Editing' })).toBeHidden();
  await expect.poll(() => running.size, { timeout: 10_000 }).toBe(0);
});

test('after Cancel a new worker gets ready at once, and the next reading uses it', async ({
  page,
}) => {
  const running = new Set<Worker>();
  let started = 0;
  page.on('worker', (worker) => {
    if (!/extract\.worker/.test(worker.url())) return;
    started++;
    running.add(worker);
    worker.on('close', () => running.delete(worker));
  });
  // The first worker's code comes slowly: time to cancel the reading that waits for it.
  let first = true;
  await page.route(/extract\.worker/, async (route) => {
    if (first) {
      first = false;
      await new Promise((resolve) => setTimeout(resolve, 4000));
    }
    return route.continue().catch(() => undefined);
  });
  const panel = await askWhileStarting(page);
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByRole('button', { name: 'Read the article' })).toBeVisible();
  // Before the author asks again, one worker is running: the one started after the cancel.
  await expect.poll(() => running.size, { timeout: 10_000 }).toBe(1);
  const before = started;
  await panel.getByRole('button', { name: 'Read the article' }).click();
  await expect(panel.getByRole('button', { name: /^Accept all/ })).toBeVisible();
  expect(started).toBe(before);
  expect(running.size).toBe(1);
});

test('the assistant can be cancelled, and a failure says why; neither changes the map', async ({
  page,
}) => {
  // The assistant's code comes slowly, then not at all: time to cancel, then a failure.
  let serve: 'slow' | 'broken' = 'slow';
  await page.route(/extract\.worker/, async (route) => {
    if (serve === 'broken') return route.fulfill({ status: 500, body: 'down' });
    await new Promise((resolve) => setTimeout(resolve, 4000));
    return route.continue().catch(() => undefined);
  });
  const panel = await askWhileStarting(page);
  // From here the code fails to come: the worker started after the cancel, and any other.
  serve = 'broken';
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByRole('button', { name: 'Read the article' })).toBeVisible();
  await expect(proposals(panel)).toHaveCount(0);

  await panel.getByRole('button', { name: 'Read the article' }).click();
  await expect(panel.getByRole('alert')).toHaveText(
    /^The assistant could not read “Macron and Scholz discuss the Balkans”: .+\. Nothing was changed\.$/,
  );
  await expectDrawn(page, 0, 0);
  await expect(
    page.getByRole('toolbar', { name: 'Editing' }).getByText('History (1)'),
  ).toBeVisible();

  // Closing the panel gives the keyboard back to the button that opens it.
  await panel.getByRole('button', { name: 'Close the suggestions' }).click();
  await expect(panel).toBeHidden();
  await expect(page.getByRole('button', { name: 'Suggest from the article' })).toBeFocused();
});

test.describe('on a 390×844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the suggestions fit the screen and are worked through with the keyboard', async ({
    page,
  }) => {
    await newMap(page);
    const panel = await suggest(page);
    const total = await proposals(panel).count();
    await panel
      .getByRole('button', { name: /^Accept: / })
      .first()
      .focus();
    await page.keyboard.press('Enter');
    await expect(proposals(panel)).not.toHaveCount(total);
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('data-action', 'accept');
    await expect(focused).toBeInViewport();
    await expect(map(page)).not.toHaveAttribute('data-drawn-edges', '0');
    // The page itself never scrolls: the list does, under its head.
    expect(await page.evaluate(() => document.scrollingElement!.scrollHeight)).toBe(844);
    await expect(panel.getByRole('button', { name: /^Accept all/ })).toBeInViewport();
  });
});
