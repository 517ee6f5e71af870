import { expect, test, type Page } from '@playwright/test';
import { generateDataset } from '../../src/model/generate';
import { RELATION_KINDS } from '../../src/model/vocabulary';
import { clickElement, map } from './_map';

const ACTORS = 5000;
const DATASET = JSON.stringify(generateDataset({ actors: ACTORS, relationsPerActor: 3, seed: 11 }));

/** Serves the generated network at /generated.json. */
async function openGenerated(page: Page): Promise<void> {
  await page.route('**/generated.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: DATASET }),
  );
  await page.goto('/?data=generated.json');
}

test.describe('a network of 5,000 actors', () => {
  test.setTimeout(120_000);

  test('draws at once, then lays out in a worker while the page keeps answering', async ({
    page,
  }) => {
    await openGenerated(page);
    // Drawn first, then laid out in the worker while a status line says so and counts the time.
    const status = page.getByRole('status').filter({ hasText: 'Laying out 5,000 actors' });
    await expect(status).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('.canvas')).toHaveAttribute('data-drawn-nodes', String(ACTORS));
    await expect(status).toContainText(/[1-9]\.\d s/, { timeout: 30_000 });
    await expect(map(page)).toBeVisible({ timeout: 60_000 });
    await expect(status).toBeHidden();

    // The layout spread the actors out: nearly all of a sample have points of their own.
    const spread = await page.evaluate(() => {
      const cy = (window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy;
      const points = cy
        .nodes()
        .slice(0, 500)
        .map((node) => `${Math.round(node.position('x'))},${Math.round(node.position('y'))}`);
      return new Set(points).size;
    });
    expect(spread).toBeGreaterThan(450);
  });

  test('answers a click on an actor with its details', async ({ page }) => {
    await openGenerated(page);
    await expect(map(page)).toBeVisible({ timeout: 60_000 });
    // Zoom in on an actor standing clear of the others, so that the click finds it alone;
    // one with a dashed relation and a directed one, to see them drawn once it is selected.
    const { id, name } = await page.evaluate(() => {
      const cy = (window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy;
      const nodes = cy.nodes();
      const sample = nodes
        .slice(0, 600)
        .filter(
          (node) =>
            node.connectedEdges('[lineStyle = "dashed"]').length > 0 &&
            node.connectedEdges('[arrow != "none"]').length > 0,
        )
        .slice(0, 300);
      const clearance = (node: import('cytoscape').NodeSingular) => {
        const p = node.position();
        let nearest = Infinity;
        nodes.forEach((other) => {
          if (other.same(node)) return;
          const q = other.position();
          nearest = Math.min(nearest, Math.hypot(p.x - q.x, p.y - q.y));
        });
        return nearest;
      };
      const target = sample.max((node) => clearance(node as import('cytoscape').NodeSingular))
        .ele as import('cytoscape').NodeSingular;
      cy.zoom(2);
      cy.center(target);
      return { id: target.id().slice(2), name: String(target.data('label')) };
    });
    await clickElement(page, id);
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(name);
    await expect(page).toHaveURL(new RegExp(`[?&]actor=${id}\\b`));

    // The selection and its neighbourhood are drawn over the map, which is dimmed as a
    // whole rather than restyled: no relation of the map itself is faded.
    // Every relation is drawn as a plain line but the selection's own, which keep their
    // dashes and arrows; the legend says so.
    await expect(page.locator('.base.dimmed')).toHaveCount(1);
    const lines = await page.evaluate((actor) => {
      const { cy, focus } = (
        window as unknown as {
          diplomap: { cy: import('cytoscape').Core; focus: import('cytoscape').Core };
        }
      ).diplomap;
      const key = `a:${actor}`;
      const own = focus.getElementById(key).connectedEdges();
      const drawn = (edges: import('cytoscape').EdgeCollection) =>
        edges.map(
          (edge) =>
            [edge.data('lineStyle'), edge.style('line-style')].join(' as ') +
            (edge.data('arrow') === 'none' ? '' : `, ${edge.style('target-arrow-shape')} arrow`),
        );
      const elsewhere = cy
        .edges('[lineStyle = "dashed"][arrow != "none"]')
        .difference(cy.getElementById(key).connectedEdges());
      return {
        selected: focus.getElementById(key).hasClass('selected'),
        // The selection's ring, wider than its neighbours' borders.
        rings: [key, focus.getElementById(key).neighborhood('node').first().id()].map((id) =>
          parseFloat(focus.getElementById(id).style('border-width')),
        ),
        relations: cy.getElementById(key).connectedEdges().length,
        total: cy.edges().length,
        faded: cy.elements('.faded').length,
        own: drawn(own),
        elsewhere: drawn(elsewhere.slice(0, 50)),
      };
    }, id);
    expect(lines.selected).toBe(true);
    expect(lines.rings[0]).toBeGreaterThan(lines.rings[1]!);
    // The copy moves with its original, as when the actor is dragged (then put back).
    const moved = await page.evaluate((actor) => {
      const { cy, focus } = (
        window as unknown as {
          diplomap: { cy: import('cytoscape').Core; focus: import('cytoscape').Core };
        }
      ).diplomap;
      const original = cy.getElementById(`a:${actor}`);
      const was = { ...original.position() };
      original.position({ x: was.x + 40, y: was.y - 25 });
      const copy = { ...focus.getElementById(`a:${actor}`).position() };
      original.position(was);
      return { copy, expected: { x: was.x + 40, y: was.y - 25 } };
    }, id);
    expect(moved.copy).toEqual(moved.expected);
    expect(lines.own.length).toBe(lines.relations);
    expect(lines.faded).toBe(0);
    expect(lines.own.some((line) => line.startsWith('dashed as dashed'))).toBe(true);
    expect(lines.own.some((line) => line.endsWith(' arrow'))).toBe(true);
    for (const line of lines.own) {
      expect(line).toMatch(/^(solid as solid|dashed as dashed)(, (?!none)\S+ arrow)?$/);
    }
    expect(lines.elsewhere.length).toBe(50);
    for (const line of lines.elsewhere) expect(line).toBe('dashed as solid, none arrow');
    await expect(page.getByRole('region', { name: 'Legend' })).toContainText(
      'arrows and dashes are drawn only for the relations of a selection or a path',
    );
    // An exported figure shows the same marks: every relation faded but the selection's own.
    const figure = await page.evaluate(async () => {
      const w = window as unknown as {
        diplomap: { export(request: { format: 'svg' }): Promise<{ base64: string }> };
      };
      const svg = atob((await w.diplomap.export({ format: 'svg' })).base64);
      // Each relation is a group of its own, at the opacity of its status when bright.
      const relations = [...svg.matchAll(/<g class="relation" opacity="([\d.]+)"/g)];
      return {
        faded: relations.filter(([, opacity]) => opacity === '0.08').length,
        bright: relations.filter(([, opacity]) => opacity !== '0.08').length,
      };
    });
    expect(figure.bright).toBe(lines.relations);
    expect(figure.faded).toBe(lines.total - lines.relations);

    // Escape clears the selection: the map is bright again, nothing drawn over it (the
    // pointer has left the actor, whose hover mark goes with it).
    const corner = (await page.getByRole('application').boundingBox())!;
    await page.mouse.move(corner.x + 3, corner.y + 3, { steps: 4 });
    await page.getByRole('application').focus();
    await page.keyboard.press('Escape');
    await expect(page.locator('.base.dimmed')).toHaveCount(0);
    const over = await page.evaluate(
      () =>
        (
          window as unknown as { diplomap: { focus: import('cytoscape').Core } }
        ).diplomap.focus.elements().length,
    );
    expect(over).toBe(0);
  });

  test('a path already in view is drawn where it is; one partly out of view is brought in', async ({
    page,
  }) => {
    await openGenerated(page);
    await expect(map(page)).toBeVisible({ timeout: 60_000 });
    type Win = Window & {
      diplomap: { cy: import('cytoscape').Core; focus: import('cytoscape').Core };
    };
    // Two ends a few steps apart, and the view as the map has it.
    const ends = await page.evaluate(() => {
      const { cy } = (window as unknown as Win).diplomap;
      const hub = cy.nodes().max((node) => node.degree(false)).ele;
      const walk = cy.elements().breadthFirstSearch({ root: hub, directed: false });
      const far = walk.path.nodes().filter((node) => node.id() !== hub.id())[40]!;
      return { from: hub.id().slice(2), to: far.id().slice(2) };
    });
    const ask = (from: string, to: string) =>
      page.evaluate(
        ({ from, to }) => {
          const params = new URLSearchParams(window.location.search);
          params.set('path', `${from},${to}`);
          window.history.pushState(null, '', `/?${params.toString()}`);
          window.dispatchEvent(new PopStateEvent('popstate'));
        },
        { from, to },
      );
    const view = () =>
      page.evaluate(() => {
        const { cy } = (window as unknown as Win).diplomap;
        return { zoom: cy.zoom(), pan: { ...cy.pan() } };
      });
    /** Whether the path's end is marked over the map, and where it is drawn. */
    const end = (id: string) =>
      page.evaluate((key) => {
        const { cy, focus } = (window as unknown as Win).diplomap;
        const point = cy.getElementById(key).renderedPosition();
        return {
          marked: focus.getElementById(key).hasClass('on-path'),
          inside: point.x > 0 && point.y > 0 && point.x < cy.width() && point.y < cy.height(),
        };
      }, `a:${id}`);

    // Once the layout's status line and the notice over the map have gone (the map's box
    // grows each time, and the map is fitted again).
    await expect(page.getByRole('status').filter({ hasText: 'Laying out' })).toBeHidden();
    const notice = page.locator('.notice').filter({ hasText: 'concentric rings' });
    // The layout menu says so too, not the force-directed layout it cannot run.
    await expect(page.locator('#layout-select option:checked')).toHaveText(
      /^Concentric: too many actors for force-directed/,
    );
    const height = () =>
      page.evaluate(() => (window as unknown as Win).diplomap.cy.container()!.clientHeight);
    const shorter = await height();
    await notice.getByRole('button').click();
    await expect(notice).toBeHidden();
    await expect.poll(height).toBeGreaterThan(shorter);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    const before = await view();
    await ask(ends.from, ends.to);
    await expect.poll(async () => (await end(ends.to)).marked, { timeout: 30_000 }).toBe(true);
    // The whole map was in view: the path is drawn over it, and the map has not moved.
    expect(await view()).toEqual(before);

    // Zoomed in close on one end, the other is out of view: the map brings the path in.
    await page.evaluate((key) => {
      const { cy } = (window as unknown as Win).diplomap;
      cy.zoom({ level: 3, position: cy.getElementById(key).position() });
      cy.center(cy.getElementById(key));
    }, `a:${ends.from}`);
    const other = await page.evaluate(
      ({ key, not }) => {
        const { cy } = (window as unknown as Win).diplomap;
        const hub = cy.getElementById(key);
        const walk = cy.elements().breadthFirstSearch({ root: hub, directed: false });
        const outside = walk.path.nodes().filter((node) => {
          const point = node.renderedPosition();
          return node.id() !== not && (point.x < 0 || point.x > cy.width() || point.y < 0);
        });
        return outside[0]!.id().slice(2);
      },
      { key: `a:${ends.from}`, not: `a:${ends.to}` },
    );
    expect((await end(other)).inside).toBe(false);
    await ask(ends.from, other);
    await expect.poll(async () => (await end(other)).marked, { timeout: 30_000 }).toBe(true);
    await expect.poll(async () => (await end(other)).inside).toBe(true);
    expect((await end(ends.from)).inside).toBe(true);
  });

  test('lays out in a worker: the page only puts the positions the worker sends', async ({
    page,
  }) => {
    await openGenerated(page);
    await expect(map(page)).toBeVisible({ timeout: 60_000 });
    const positions = () =>
      page.evaluate(() =>
        (window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy
          .nodes()
          .map((node) => node.position()),
      );
    const first = await positions();
    // Every layout the page runs from now on, by name (Cytoscape's collections share one prototype).
    await page.evaluate(() => {
      const w = window as unknown as {
        diplomap: { cy: import('cytoscape').Core };
        layoutsOnPage: string[];
      };
      w.layoutsOnPage = [];
      const proto = Object.getPrototypeOf(w.diplomap.cy.collection()) as {
        layout: (this: unknown, options: { name: string }) => unknown;
      };
      const layout = proto.layout;
      proto.layout = function (options) {
        w.layoutsOnPage.push(options.name);
        return layout.call(this, options);
      };
    });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.getByLabel('Layout', { exact: true }).selectOption('circle');
    await expect(page.locator('.canvas[data-layout="circle"][data-laid-out="true"]')).toBeVisible({
      timeout: 60_000,
    });
    // A worker computed the circle; the page ran no layout of its own but the one putting the
    // worker's positions on the map (Cytoscape's preset).
    expect(workers.some((url) => url.includes('layout-worker'))).toBe(true);
    expect(
      await page.evaluate(() => (window as unknown as { layoutsOnPage: string[] }).layoutsOnPage),
    ).toEqual(['preset']);
    // And it laid the map out: the actors stand on a circle now, not where they were.
    const now = await positions();
    const moved = now.filter((p, i) => Math.hypot(p.x - first[i]!.x, p.y - first[i]!.y) > 1);
    expect(moved.length).toBeGreaterThan(now.length * 0.9);
    const cx = now.reduce((sum, p) => sum + p.x, 0) / now.length;
    const cy = now.reduce((sum, p) => sum + p.y, 0) / now.length;
    const radii = now.map((p) => Math.hypot(p.x - cx, p.y - cy));
    expect(Math.min(...radii) / Math.max(...radii)).toBeGreaterThan(0.99);
  });

  test('a layout can be stopped: the map keeps its first arrangement and says so', async ({
    page,
  }) => {
    await openGenerated(page);
    // Laid out in the rings the map uses for this many actors.
    await expect(map(page)).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('.canvas[data-laid-out="true"]')).toBeVisible();
    const before = await page.evaluate(() =>
      (window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy
        .nodes()
        .first()
        .position(),
    );
    // The circle is computed in the worker; stop it at once.
    await page.getByLabel('Layout', { exact: true }).selectOption('circle');
    const status = page.getByRole('status').filter({ hasText: 'Laying out' });
    await status.getByRole('button', { name: 'Stop' }).click();
    await expect(status).toBeHidden();
    await expect(
      page.getByRole('alert').filter({ hasText: 'The layout was stopped' }),
    ).toBeVisible();
    const after = await page.evaluate(() =>
      (window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy
        .nodes()
        .first()
        .position(),
    );
    expect(after).toEqual(before);
    // The page still answers: another layout runs to the end.
    await page.getByLabel('Layout', { exact: true }).selectOption('concentric');
    await expect(
      page.locator('.canvas[data-layout="concentric"][data-laid-out="true"]'),
    ).toBeVisible({ timeout: 60_000 });
  });
});

test.describe('a network of 6,000 actors', () => {
  test.setTimeout(120_000);
  const big = generateDataset({ actors: 6000, relationsPerActor: 3, seed: 12 });

  test('shows its 2,000 most connected actors first, and says the others are coming', async ({
    page,
  }) => {
    // What the map holds, and what the page says, when the first frame is drawn.
    await page.addInitScript(() => {
      const mark = performance.mark.bind(performance);
      performance.mark = ((name: string, options?: PerformanceMarkOptions) => {
        if (name === 'diplomap:first-frame') {
          const seen = window as unknown as {
            diplomap?: { cy?: import('cytoscape').Core };
            atFirstFrame?: { actors: string[]; status: string };
          };
          seen.atFirstFrame = {
            actors: seen.diplomap?.cy?.nodes().map((node) => node.id()) ?? [],
            status: document.querySelector('[data-testid="layout-status"]')?.textContent ?? '',
          };
          // Keeping the arrangement now would keep the 2,000 actors drawn so far.
          document
            .querySelector<HTMLButtonElement>('button[aria-label="Keep this arrangement"]')
            ?.click();
          // A link that hides the cooperative relations, followed before the relations are there.
          window.history.pushState(null, '', '/?data=generated.json&hideStance=cooperative');
          window.dispatchEvent(new PopStateEvent('popstate'));
        }
        return mark(name, options);
      }) as typeof performance.mark;
    });
    await page.route('**/generated.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(big) }),
    );
    await page.goto('/?data=generated.json');
    const first = await page
      .waitForFunction(() => (window as unknown as { atFirstFrame?: unknown }).atFirstFrame, null, {
        timeout: 60_000,
      })
      .then((handle) => handle.jsonValue() as Promise<{ actors: string[]; status: string }>);
    expect(first.status).toContain('Drawing 6,000 actors, the most connected first: 2,000 so far');
    expect(first.actors).toHaveLength(2000);
    // The most connected: none left out has more relations than one drawn.
    const degree = new Map<string, number>();
    for (const { source, target } of big.relations)
      for (const end of [source, target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const drawn = new Set(first.actors.map((id) => id.replace(/^a:/, '')));
    const least = Math.min(...[...drawn].map((id) => degree.get(id) ?? 0));
    const most = Math.max(
      ...big.actors.filter((a) => !drawn.has(a.id)).map((a) => degree.get(a.id) ?? 0),
    );
    expect(most).toBeLessThanOrEqual(least);
    // Nothing is kept of a map still drawing: the page says to keep it once it is all there.
    await expect(page.getByText('The map is still drawing its 6,000 actors')).toBeVisible();
    // Then every actor and relation comes, and the layout runs with its own status.
    await expect(
      page.getByRole('status').filter({ hasText: 'Laying out 6,000 actors' }),
    ).toBeVisible({ timeout: 60_000 });
    const counts = await page.evaluate(() => {
      const cy = (window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy;
      return { actors: cy.nodes().length, relations: cy.edges().length };
    });
    expect(counts).toEqual({ actors: 6000, relations: big.relations.length });
    // The relations came hidden as the filters were by then, not as they were when drawing began.
    const hidden = await page.evaluate(() => {
      const cy = (window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy;
      return cy
        .edges()
        .filter((edge) => edge.style('display') === 'none')
        .map((edge) => edge.id());
    });
    const cooperative = big.relations.filter((r) => RELATION_KINDS[r.kind].stance === 1);
    expect(cooperative.length).toBeGreaterThan(0);
    expect(hidden.sort()).toEqual(cooperative.map((r) => `r:${r.id}`).sort());
    // Once laid out, no word of the drawing is left (a layout's status would have hidden it).
    await expect(page.locator('.canvas[data-laid-out="true"]')).toBeVisible({ timeout: 90_000 });
    await expect(page.getByRole('status').filter({ hasText: 'Drawing' })).toHaveCount(0);
  });
});

test.describe('a network of 1,000 actors, drawn with the bulk stylesheet', () => {
  test.setTimeout(90_000);
  const dataset = JSON.stringify(generateDataset({ actors: 1000, relationsPerActor: 3, seed: 5 }));

  test('the pointer and a click find a relation the page looks for itself', async ({ page }) => {
    await page.route('**/thousand.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: dataset }),
    );
    await page.goto('/?data=thousand.json');
    await expect(map(page)).toBeVisible({ timeout: 60_000 });
    // A relation whose middle stands clear of every actor and every other relation, brought
    // to the middle of the map at a zoom where they are 60 and 30 pixels away.
    const chosen = await page.evaluate(() => {
      const cy = (window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy;
      type P = { x: number; y: number };
      const toSegment = (p: P, a: P, b: P) => {
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const t = Math.max(
          0,
          Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)),
        );
        return Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
      };
      type Edge = import('cytoscape').EdgeSingular;
      const edges = cy.edges().toArray() as Edge[];
      const nodes = cy.nodes().toArray() as import('cytoscape').NodeSingular[];
      const middle = (edge: Edge) => {
        const [a, b] = [edge.source().position(), edge.target().position()];
        return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      };
      const clear = edges.find((edge) => {
        if (edge.isLoop()) return false;
        const m = middle(edge);
        return (
          nodes.every(
            (node) => Math.hypot(node.position('x') - m.x, node.position('y') - m.y) > 40,
          ) &&
          edges.every(
            (other) =>
              other === edge ||
              other.isLoop() ||
              toSegment(m, other.source().position(), other.target().position()) > 20,
          )
        );
      })!;
      const m = middle(clear);
      const { width, height, left, top } = cy.container()!.getBoundingClientRect();
      cy.viewport({ zoom: 1.5, pan: { x: width / 2 - m.x * 1.5, y: height / 2 - m.y * 1.5 } });
      // A step across the line, one pixel long.
      const [a, b] = [clear.source().position(), clear.target().position()];
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      return {
        id: clear.id().slice(2),
        x: left + width / 2,
        y: top + height / 2,
        across: { x: (a.y - b.y) / length, y: (b.x - a.x) / length },
        // Cytoscape's own hit test is not asked for relations on this map.
        interactive: (clear as unknown as { interactive(): boolean }).interactive(),
      };
    });
    expect(chosen.interactive).toBe(false);

    // The pointer a few pixels off its line names it; 16 pixels off, over empty map, not.
    const off = (pixels: number) =>
      [chosen.x + chosen.across.x * pixels, chosen.y + chosen.across.y * pixels] as const;
    await page.mouse.move(...off(30));
    await page.mouse.move(...off(4));
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    const named = (await tooltip.textContent()) ?? '';
    await page.mouse.move(...off(16));
    await expect(tooltip).toBeHidden();

    // A click selects it: its details and the address say so.
    await page.mouse.click(chosen.x, chosen.y);
    await expect(page).toHaveURL(new RegExp(`[?&]relation=${chosen.id}\\b`));
    const heading = page.getByRole('complementary', { name: 'Details' }).getByRole('heading', {
      level: 2,
    });
    await expect(heading).not.toBeEmpty();
    expect(named.startsWith((await heading.textContent())!.trim())).toBe(true);

    // A click on empty map clears the selection.
    await page.mouse.click(...off(16));
    await expect(page).not.toHaveURL(/[?&]relation=/);

    // A pan that starts on the relation hides its name, and it stays hidden while the button
    // is down (the map moves with the pointer, which stays over the relation).
    await page.mouse.move(...off(4));
    await expect(tooltip).toBeVisible();
    await page.mouse.down();
    await page.mouse.move(off(4)[0] + 40, off(4)[1] + 30, { steps: 8 });
    await expect(tooltip).toBeHidden();
    await page.mouse.up();

    // An actor dragged over relations keeps its own name beside the pointer.
    const actor = await page.evaluate((id) => {
      const cy = (window as unknown as { diplomap: { cy: import('cytoscape').Core } }).diplomap.cy;
      const node = (cy.getElementById(`r:${id}`) as import('cytoscape').EdgeSingular).source();
      const point = node.renderedPosition();
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y, label: String(node.data('label')) };
    }, chosen.id);
    await page.mouse.move(actor.x + 3, actor.y + 3);
    await expect(tooltip).toContainText(actor.label);
    await page.mouse.down();
    await page.mouse.move(actor.x + 80, actor.y + 60, { steps: 10 });
    await page.mouse.up();
    await expect(tooltip).toContainText(actor.label);
  });
});
