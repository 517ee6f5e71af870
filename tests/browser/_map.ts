/** Helpers for driving the map: wait for it, and find where elements are drawn. */
import { expect, type Page } from '@playwright/test';

export const map = (page: Page) => page.locator('.canvas[data-laid-out="true"]');

/** Opens a URL of the app and waits until the layout has finished and a frame is drawn. */
export async function openMap(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  // A wait, not a timing: a layout's code loads on first use, slowly on a busy machine.
  await expect(map(page)).toBeVisible({ timeout: 20_000 });
}

/** Where an actor or a relation is drawn, in page coordinates. */
export async function pointOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((elementId) => {
    const cy = (window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy;
    // Map ids are the model's, prefixed "a:" for actors and "r:" for relations.
    const actor = cy.getElementById(`a:${elementId}`);
    const element = actor.empty() ? cy.getElementById(`r:${elementId}`) : actor;
    if (element.empty()) throw new Error(`no element ${elementId} on the map`);
    const point = element.isEdge()
      ? (element as import('cytoscape').EdgeSingular).renderedMidpoint()
      : (element as import('cytoscape').NodeSingular).renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }, id);
}

export async function clickElement(page: Page, id: string): Promise<void> {
  // A map still moving (fitting a selection, say) would take the click somewhere else.
  await page.waitForFunction(
    () =>
      !(window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy.animated(),
  );
  const { x, y } = await pointOf(page, id);
  await page.mouse.click(x, y);
}

/** The kinds of the relations currently drawn (not hidden by a filter). */
export async function drawnRelationKinds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy;
    return cy
      .edges()
      .filter((edge) => edge.visible())
      .map((edge) => String(edge.data('kind')));
  });
}

/** The classes of an element on the map, to check highlighting. */
export async function classesOf(page: Page, id: string): Promise<string[]> {
  return page.evaluate((elementId) => {
    const cy = (window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy;
    const actor = cy.getElementById(`a:${elementId}`);
    return (actor.empty() ? cy.getElementById(`r:${elementId}`) : actor).classes();
  }, id);
}
