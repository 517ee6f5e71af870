/**
 * The browser benchmark (npm run bench): drives the built app in headless
 * Chromium, and beside it a peer page of plain Cytoscape with its default
 * options drawing the same elements at the same positions, on the bundled
 * dataset and on generated networks. Prints a Markdown table and writes the
 * figures as JSON (tests/bench/results/browser.json) for comparison between runs.
 *
 * BENCH_RUNS (default 5) runs are measured after one warm-up; BENCH_SIZES
 * (default 1000,5000,20000) picks the generated sizes; BENCH_SKIP_BUILD=1
 * reuses dist/; BENCH_LOADS_ONLY=1 measures the loads alone; BENCH_NO_LAYOUTS=1
 * leaves out the layouts (the longest part), for a quick look at the rest.
 */
import { execSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../../../src/cli/chromium.mjs';
import { generateDataset } from '../../../src/model/generate';
import { RELATION_KINDS } from '../../../src/model/vocabulary';
import { LAYOUT_NAMES } from '../../../src/state/view';
import { percentile, summarise, table, type Figure, type Row } from './measure';
import { writeReadmeTable } from './readme-table';
import { startServer, type BenchServer } from './server';

const RUNS = Math.max(5, Number(process.env['BENCH_RUNS'] ?? 5));
const SIZES = (process.env['BENCH_SIZES'] ?? '1000,5000,20000')
  .split(',')
  .map((size) => Number(size.trim()))
  .filter((size) => size > 0);
/** Loads only (first frame, laid out, longest tasks): for the biggest graphs when time is short. */
const LOADS_ONLY = process.env['BENCH_LOADS_ONLY'] === '1';
/** No layouts measured: loads, pan and zoom, select, filter, path and heap only. */
const NO_LAYOUTS = process.env['BENCH_NO_LAYOUTS'] === '1';
const VIEWPORT = { width: 1280, height: 800 };
const TIMEOUT = 180_000;
const COOPERATIVE = Object.entries(RELATION_KINDS)
  .filter(([, kind]) => kind.stance === 1)
  .map(([id]) => id);

interface Input {
  name: string;
  /** The app's URL for it. */
  url: string;
  /** The app's query for window.diplomap.open. */
  query: string;
  actors: number;
}

type Cy = import('cytoscape').Core;
/** Every actor's position by map id, as the peer's preset layout takes them. */
type Positions = Record<string, { x: number; y: number }>;
type Win = Window & {
  diplomap: { cy: Cy; focus?: Cy; open(query: string): Promise<void> };
  peer: {
    cy: Cy;
    load(): Promise<void>;
    unload(): void;
    layout(name: string): Promise<number>;
    place(positions: Positions): Promise<void>;
    filter(kinds: string[]): Promise<number>;
    path(from: string, to: string): Promise<number>;
  };
  /** The positions handed to the peer page before it is timed putting them on its map. */
  __positions: Positions;
  /** Long tasks as [start, duration] in ms since navigation. */
  __longtasks: Array<[number, number]>;
  __frames: number[];
  __recording: boolean;
};

const rows: Row[] = [];
const log = (line: string) => process.stderr.write(`${line}\n`);

/** Runs `measure` once to warm up and RUNS times for the figure. */
async function repeat(measure: (run: number) => Promise<number>): Promise<Figure> {
  await measure(-1);
  const runs: number[] = [];
  for (let run = 0; run < RUNS; run++) runs.push(await measure(run));
  return summarise(runs);
}

function add(input: string, scenario: string, unit: string, diplomap: Figure, peer?: Figure) {
  rows.push({ input, scenario, unit, diplomap, ...(peer ? { peer } : {}) });
  log(
    `  ${scenario}: ${diplomap.median.toFixed(1)} ${unit}${peer ? ` (peer ${peer.median.toFixed(1)})` : ''}`,
  );
}

/** Long tasks and frames are recorded from the page's first script on. */
async function newPage(browser: Browser): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  // tsx keeps function names with a helper the page lacks: give it one.
  await page.addInitScript('window.__name = (f) => f');
  await page.addInitScript(() => {
    const w = window as unknown as Win;
    w.__longtasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longtasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp };
}

const laidOut = (page: Page, actors: number) =>
  page.waitForFunction(
    (count) => {
      const map = document.querySelector<HTMLElement>('.canvas');
      return map?.dataset['laidOut'] === 'true' && map.dataset['drawnNodes'] === String(count);
    },
    actors,
    { timeout: TIMEOUT, polling: 'raf' },
  );

const markTime = (page: Page, name: string) =>
  page
    .waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, name, {
      timeout: TIMEOUT,
      polling: 'raf',
    })
    .then((handle) => handle.jsonValue() as Promise<number>);

/** The longest main-thread task recorded (since the list was last emptied), of those begun before `until`. */
const longestTask = (page: Page, until = Infinity) =>
  page.evaluate(
    (before) =>
      Math.max(
        0,
        ...(window as unknown as Win).__longtasks
          .filter(([start]) => start < before)
          .map(([, duration]) => duration),
      ),
    until,
  );

/**
 * The longest main-thread task (since the list was last emptied) that ended
 * before `at`, or with `after`, the longest one that ended at or after it.
 */
const longestTaskEnding = (page: Page, at: number, after: boolean) =>
  page.evaluate(
    ([time, later]) =>
      Math.max(
        0,
        ...(window as unknown as Win).__longtasks
          .filter(([start, duration]) => start + duration >= time === later)
          .map(([, duration]) => duration),
      ),
    [at, after] as const,
  );

/** Resolves after the page has drawn a frame (two animation frames from now). */
const nextFrame = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );

/** Heap snapshots are parsed whole: above this many actors they are not taken. */
const SNAPSHOT_LIMIT = 5000;

interface Heap {
  /** The JS heap in use after garbage collection, MB. */
  used: number;
  /** The same without V8's compiled code, from a heap snapshot (NaN when none was taken), MB. */
  data: number;
}

/**
 * The heap in use after garbage collection, and what of it is not compiled
 * code: code grows as V8 optimises functions run again and again, which says
 * nothing of what the page keeps.
 */
async function heapMB(cdp: CDPSession, snapshot: boolean): Promise<Heap> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  if (!snapshot) return { used: usedSize / 2 ** 20, data: NaN };
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const taken = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  const fields = taken.snapshot.meta.node_fields;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const code = taken.snapshot.meta.node_types[0].indexOf('code');
  let data = 0;
  for (let i = 0; i < taken.nodes.length; i += fields.length) {
    if (taken.nodes[i + typeAt] !== code) data += taken.nodes[i + sizeAt]!;
  }
  return { used: usedSize / 2 ** 20, data: data / 2 ** 20 };
}

async function scriptSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: Array<{ name: string; value: number }>;
  };
  return metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0;
}

/** The map's box in page coordinates. */
const mapBox = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { x: box.left, y: box.top, width: box.width, height: box.height };
  });

/**
 * Pan and zoom with real mouse input: a drag across the map from an empty
 * corner, then ten wheel steps in and ten out. Frame times from
 * requestAnimationFrame, script time from the DevTools protocol.
 */
async function panZoom(page: Page, cdp: CDPSession, selector: string) {
  const box = await mapBox(page, selector);
  const start = { x: box.x + 8, y: box.y + 8 };
  await page.evaluate(() => {
    const w = window as unknown as Win;
    w.__frames = [];
    w.__recording = true;
    const tick = (time: number) => {
      w.__frames.push(time);
      if (w.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const script = await scriptSeconds(cdp);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let step = 1; step <= 40; step++) {
    await page.mouse.move(start.x + step * 8, start.y + step * 5);
  }
  await page.mouse.up();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (const delta of [...Array<number>(10).fill(-120), ...Array<number>(10).fill(120)]) {
    await page.mouse.wheel(0, delta);
    await page.waitForTimeout(30);
  }
  await nextFrame(page);
  const scriptAfter = await scriptSeconds(cdp);
  const frames = await page.evaluate(() => {
    const w = window as unknown as Win;
    w.__recording = false;
    return w.__frames;
  });
  // Two callbacks in one frame share its timestamp: count frames, not callbacks.
  const intervals = frames
    .slice(1)
    .map((time, i) => time - frames[i]!)
    .filter((interval) => interval > 0);
  return {
    p50: percentile(intervals, 50),
    p95: percentile(intervals, 95),
    max: Math.max(...intervals),
    scriptPerFrame: ((scriptAfter - script) * 1000) / Math.max(1, intervals.length),
  };
}

/**
 * The pointer moved over the map without a button, twenty steps across its
 * middle: the script time each move costs, from the DevTools protocol.
 * Cytoscape looks for the element under the pointer at every move.
 */
async function pointerMoves(page: Page, cdp: CDPSession, selector: string): Promise<number> {
  const box = await mapBox(page, selector);
  const at = (step: number) =>
    [box.x + box.width * (0.25 + step * 0.025), box.y + box.height * (0.4 + step * 0.01)] as const;
  await page.mouse.move(...at(0));
  await nextFrame(page);
  const before = await scriptSeconds(cdp);
  for (let step = 1; step <= 20; step++) await page.mouse.move(...at(step));
  await nextFrame(page);
  return (((await scriptSeconds(cdp)) - before) * 1000) / 20;
}

/** The actor with most relations, and the last one a breadth-first walk from it reaches, as map ids. */
const pickActors = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as unknown as Win).diplomap.cy;
    const hub = cy.nodes().max((node) => node.degree(false)).ele;
    const walk = cy.elements().breadthFirstSearch({ root: hub, directed: false });
    return { hub: hub.id(), far: walk.path.nodes().last().id() };
  });

/** Puts these map ids in view (and legible), returns their points on the page. */
async function pointsOf(page: Page, ids: string[], core: 'diplomap' | 'peer') {
  return page.evaluate(
    ({ ids: wanted, core: which }) => {
      const w = window as unknown as Win;
      const cy = which === 'peer' ? w.peer.cy : w.diplomap.cy;
      cy.stop();
      const nodes = cy.collection();
      for (const id of wanted) nodes.merge(cy.getElementById(id));
      if (nodes.length === 1) {
        cy.zoom(2);
        cy.center(nodes);
      } else cy.fit(nodes, 150);
      const box = cy.container()!.getBoundingClientRect();
      return wanted.map((id) => {
        const point = cy.getElementById(id).renderedPosition();
        return { x: box.left + point.x, y: box.top + point.y };
      });
    },
    { ids, core },
  );
}

const waitUntil = (page: Page, check: string, arg: unknown) =>
  page.waitForFunction(check, arg, { timeout: TIMEOUT, polling: 'raf' });

/** Waits until the map shows this layout, laid out. */
const layoutShown = (page: Page, name: string) =>
  page.waitForFunction(
    (layout) => {
      const map = document.querySelector<HTMLElement>('.canvas');
      return map?.dataset['layout'] === layout && map.dataset['laidOut'] === 'true';
    },
    name,
    { timeout: TIMEOUT, polling: 'raf' },
  );

/**
 * The first frame of the three pages in turn, round after round: diplomap, the plain peer,
 * and the peer drawing diplomap's stylesheet, each a fresh page timed from navigation to its
 * first-frame mark. Taken in turn, whatever else the machine does falls on the three alike
 * (timed one page after another, a busy minute fell on one of them). Diplomap's loads also
 * give the time from the dataset read to the first frame.
 */
async function firstFrames(browser: Browser, server: BenchServer, input: Input) {
  const peer = `${server.origin}/peer/peer.html?input=${encodeURIComponent(input.name)}`;
  const pages = [
    { url: server.origin + input.url, mark: 'diplomap:first-frame' },
    { url: peer, mark: 'peer:first-frame' },
    { url: `${peer}&style=diplomap`, mark: 'peer:first-frame' },
  ];
  const times: number[][] = pages.map(() => []);
  const afterRead: number[] = [];
  for (let run = -1; run < RUNS; run++) {
    for (const [index, { url, mark }] of pages.entries()) {
      const { page } = await newPage(browser);
      await page.goto(url);
      const first = await markTime(page, mark);
      if (run >= 0) {
        times[index]!.push(first);
        if (index === 0) afterRead.push(first - (await markTime(page, 'diplomap:dataset-read')));
      }
      await page.close();
    }
  }
  const [mine, plain, styled] = times.map(summarise) as [Figure, Figure, Figure];
  return { mine, plain, styled, afterRead: summarise(afterRead) };
}

async function benchDiplomap(browser: Browser, server: BenchServer, input: Input) {
  log(`diplomap on ${input.name}`);
  // One page for the interactions; its positions are what the peer draws.
  const { page, cdp } = await newPage(browser);
  await page.goto(server.origin + input.url);
  await laidOut(page, input.actors);
  const ready = await page.evaluate(() => performance.now());
  const longestLoadTask = await longestTask(page);
  const longestFirstFrameTask = await longestTask(
    page,
    await markTime(page, 'diplomap:first-frame'),
  );
  // What the peer draws: every element with its data, and diplomap's stylesheet. The plain
  // peer takes the ends, kinds and positions alone and draws them with Cytoscape's defaults.
  const drawn = await page.evaluate(() => {
    const cy = (window as unknown as Win).diplomap.cy;
    return {
      elements: cy.elements().map((element) => ({
        group: element.isNode() ? ('nodes' as const) : ('edges' as const),
        data: element.data() as { id: string; source?: string; target?: string; kind?: string },
        position: element.isNode() ? { ...element.position() } : undefined,
      })),
      // Style.json() is Cytoscape's, missing from its typings.
      style: (cy.style() as unknown as { json(): unknown }).json(),
    };
  });
  const plain = drawn.elements.map(({ group, data, position }) =>
    group === 'nodes'
      ? { group, data: { id: data.id }, position }
      : { group, data: { id: data.id, source: data.source, target: data.target, kind: data.kind } },
  );
  const name = encodeURIComponent(input.name);
  server.put(`/peer/elements-${name}.json`, JSON.stringify(plain));
  server.put(`/peer/elements-styled-${name}.json`, JSON.stringify(drawn.elements));
  server.put(`/peer/style-${name}.json`, JSON.stringify(drawn.style));
  const { hub, far } = await pickActors(page);
  if (LOADS_ONLY) {
    await page.close();
    return {
      only: 'loads' as const,
      ready,
      longestLoadTask,
      longestFirstFrameTask,
      hub,
      far,
    };
  }

  // Each layout in turn, round after round: each run of a layout starts from
  // another one, so that it lays out afresh. The page opened on the first.
  const order = [...LAYOUT_NAMES.slice(1), LAYOUT_NAMES[0]!];
  const times = new Map<string, number[]>(order.map((name) => [name, []]));
  const longest = new Map<string, number[]>(order.map((name) => [name, []]));
  // A layout in the worker has two parts: computing, when the page should stay
  // free, and drawing its result, one redraw of every element.
  const computing = new Map<string, number[]>(order.map((name) => [name, []]));
  const showing = new Map<string, number[]>(order.map((name) => [name, []]));
  // Where the worker's layouts put the actors, for the peer to draw the same result.
  const placed = new Map<string, Positions>();
  for (let run = -1; run < (NO_LAYOUTS ? -1 : RUNS); run++) {
    for (const name of order) {
      if (run === -1) log(`  layout ${name}…`);
      await page.evaluate(() => ((window as unknown as Win).__longtasks = []));
      const started = await page.evaluate(() => performance.now());
      await page.selectOption('#layout-select', name);
      await layoutShown(page, name);
      const ended = await page.evaluate(() => performance.now());
      const tasks = await longestTask(page);
      const positionsAt = await page.evaluate(
        (since) =>
          performance
            .getEntriesByName('diplomap:layout-positions')
            .map((entry) => entry.startTime)
            .filter((at) => at > since)
            .pop(),
        started,
      );
      if (run < 0) continue;
      times.get(name)!.push(ended - started);
      longest.get(name)!.push(tasks);
      if (positionsAt === undefined) continue;
      computing.get(name)!.push(await longestTaskEnding(page, positionsAt, false));
      showing.get(name)!.push(await longestTaskEnding(page, positionsAt, true));
      if (run === RUNS - 1)
        placed.set(
          name,
          await page.evaluate(() =>
            Object.fromEntries(
              (window as unknown as Win).diplomap.cy
                .nodes()
                .map((node) => [node.id(), { ...node.position() }]),
            ),
          ),
        );
    }
  }
  const layouts = new Map(
    (NO_LAYOUTS ? [] : LAYOUT_NAMES).map((name) => [
      name,
      {
        time: summarise(times.get(name)!),
        longest: summarise(longest.get(name)!),
        ...(computing.get(name)!.length > 0
          ? {
              computing: summarise(computing.get(name)!),
              showing: summarise(showing.get(name)!),
            }
          : {}),
      },
    ]),
  );
  await laidOut(page, input.actors);

  log('  pan and zoom, select, filter, path…');
  const pan = await collect(() => panZoom(page, cdp, '.canvas'));
  const pointer = await repeat(() => pointerMoves(page, cdp, '.canvas'));

  const select = await repeat(async () => {
    await page.keyboard.press('Escape');
    const [point] = await pointsOf(page, [hub], 'diplomap');
    await nextFrame(page);
    const started = Date.now();
    await page.mouse.click(point!.x, point!.y);
    await waitUntil(
      page,
      // An actor drawn over the hub may take the click: any selection counts.
      // (On a big graph the selection is drawn on the focus layer over the map.)
      `window.diplomap.cy.$('node.selected').length + (window.diplomap.focus?.$('node.selected').length ?? 0) > 0`,
      null,
    );
    await nextFrame(page);
    return Date.now() - started;
  });
  await page.keyboard.press('Escape');

  // Filter and path are timed inside the page, as the peer's are: from the
  // change to the second frame after the map has it (the peer waits two frames
  // too), without the round trips of the browser's remote control.
  const stance = page.getByRole('group', { name: 'Stance' }).getByLabel('cooperative');
  const toggle = (box: typeof stance) =>
    box.evaluate(async (input, timeout) => {
      const map = document.querySelector<HTMLElement>('.canvas')!;
      const before = map.dataset['drawnEdges'];
      const frame = () => new Promise((done) => requestAnimationFrame(done));
      const started = performance.now();
      (input as HTMLInputElement).click();
      // The page answers the click in a microtask (Svelte's update): a change made there
      // is drawn in the next frame, as the peer's synchronous change is.
      await Promise.resolve();
      while (map.dataset['drawnEdges'] === before) {
        if (performance.now() - started > timeout) throw new Error('the filter changed nothing');
        await frame();
      }
      await frame();
      await frame();
      return performance.now() - started;
    }, TIMEOUT);
  const filter = await repeat(async () => {
    const time = await toggle(stance); // hides the cooperative relations
    await toggle(stance); // and shows them again
    return time;
  });

  // A path question as a link asks it (Back and Forward take the same way): from the
  // change of address to the highlighted path. Clicks could land on an actor drawn
  // over the one meant, on the dense draft layout of a big graph.
  const ask = (path: string | null) =>
    page.evaluate(
      async ({ query, path: ends, end, timeout }) => {
        const params = new URLSearchParams(query);
        if (ends) params.set('path', ends);
        const { cy, focus } = (window as unknown as Win).diplomap;
        // On the map, or on a big graph's focus layer over it.
        const marked = () =>
          cy.getElementById(end).hasClass('on-path') ||
          (focus?.getElementById(end).hasClass('on-path') ?? false);
        const frame = () => new Promise((done) => requestAnimationFrame(done));
        const started = performance.now();
        window.history.pushState(null, '', `/?${params.toString()}`);
        window.dispatchEvent(new PopStateEvent('popstate'));
        await Promise.resolve(); // as for the filter: the page's update in a microtask
        while (marked() !== Boolean(ends)) {
          if (performance.now() - started > timeout)
            throw new Error(`no path highlight for ${ends}`);
          await frame();
        }
        await frame();
        await frame();
        return performance.now() - started;
      },
      { query: input.query, path, end: hub, timeout: TIMEOUT },
    );
  const path = await repeat(async () => {
    await ask(null);
    return ask(`${hub.slice(2)},${far.slice(2)}`);
  });
  await page.close();

  // Memory: the heap after a load, and after ten cycles of opening another
  // dataset and this one again in the same page.
  const heap = await heapCycles(browser, server, input);

  return {
    only: 'all' as const,
    ready,
    longestLoadTask,
    longestFirstFrameTask,
    layouts,
    pan,
    pointer,
    select,
    filter,
    path,
    heap,
    hub,
    far,
    placed,
  };
}

interface PanFigures {
  p50: Figure;
  p95: Figure;
  max: Figure;
  scriptPerFrame: Figure;
}

async function collect(
  measure: () => Promise<{ p50: number; p95: number; max: number; scriptPerFrame: number }>,
): Promise<PanFigures> {
  await measure();
  const runs: Array<{ p50: number; p95: number; max: number; scriptPerFrame: number }> = [];
  for (let run = 0; run < RUNS; run++) runs.push(await measure());
  return {
    p50: summarise(runs.map((r) => r.p50)),
    p95: summarise(runs.map((r) => r.p95)),
    max: summarise(runs.map((r) => r.max)),
    scriptPerFrame: summarise(runs.map((r) => r.scriptPerFrame)),
  };
}

async function heapCycles(browser: Browser, server: BenchServer, input: Input) {
  const { page, cdp } = await newPage(browser);
  await page.goto(server.origin + input.url);
  await laidOut(page, input.actors);
  const first = await heapMB(cdp, input.actors <= SNAPSHOT_LIMIT);
  const other = input.query === '' ? `data=/bench-data/gen-20.json` : '';
  const otherActors = input.query === '' ? 20 : BUNDLED_ACTORS;
  for (let cycle = 0; cycle < 10; cycle++) {
    await page.evaluate((query) => (window as unknown as Win).diplomap.open(query), other);
    await laidOut(page, otherActors);
    await page.evaluate((query) => (window as unknown as Win).diplomap.open(query), input.query);
    await laidOut(page, input.actors);
  }
  const after = await heapMB(cdp, input.actors <= SNAPSHOT_LIMIT);
  await page.close();
  return { first, after };
}

/**
 * The positions diplomap's worker computed for each layout, put on the peer's map at once with
 * the preset layout: the bare library's cost of drawing a layout's result. In the same order as
 * diplomap's, so that each one moves every actor; the longest task of each, by layout.
 */
async function drawResults(page: Page, placed: ReadonlyMap<string, Positions>) {
  const drawing = new Map<string, number[]>();
  for (let run = -1; run < RUNS; run++) {
    for (const [name, positions] of placed) {
      // Handed over first: reading them is no part of the drawing.
      await page.evaluate((given) => ((window as unknown as Win).__positions = given), positions);
      await page.evaluate(() => ((window as unknown as Win).__longtasks = []));
      await page.evaluate(() => {
        const w = window as unknown as Win;
        return w.peer.place(w.__positions);
      });
      // A long task is reported once it has ended: the frame after it.
      await nextFrame(page);
      if (run >= 0) drawing.set(name, [...(drawing.get(name) ?? []), await longestTask(page)]);
    }
  }
  return new Map([...drawing].map(([name, times]) => [name, summarise(times)]));
}

async function benchPeer(
  browser: Browser,
  server: BenchServer,
  input: Input,
  hub: string,
  far: string,
  placed: ReadonlyMap<string, Positions>,
) {
  log(`peer on ${input.name}`);
  const url = `${server.origin}/peer/peer.html?input=${encodeURIComponent(input.name)}`;
  const { page, cdp } = await newPage(browser);
  await page.goto(url);
  const longestFirstFrameTask = await longestTask(page, await markTime(page, 'peer:first-frame'));
  if (LOADS_ONLY) {
    await page.close();
    return { only: 'loads' as const, longestFirstFrameTask };
  }
  const layouts = new Map<string, Figure>();
  for (const name of NO_LAYOUTS ? [] : LAYOUT_NAMES) {
    if (name === 'fcose' || name === 'camps') continue; // not part of plain Cytoscape
    layouts.set(
      name,
      await repeat(() =>
        page.evaluate((layout) => (window as unknown as Win).peer.layout(layout), name),
      ),
    );
  }
  const drawing = await drawResults(page, placed);
  // Back to diplomap's positions for the interactions.
  await page.evaluate(async () => {
    const peer = (window as unknown as Win).peer;
    peer.unload();
    await peer.load();
  });
  const pan = await collect(() => panZoom(page, cdp, '#cy'));
  const pointer = await repeat(() => pointerMoves(page, cdp, '#cy'));
  const select = await repeat(async () => {
    const [point] = await pointsOf(page, [hub], 'peer');
    await nextFrame(page);
    const started = Date.now();
    await page.mouse.click(point!.x, point!.y);
    await waitUntil(page, `window.peer.cy.$('node.selected').length > 0`, null);
    await nextFrame(page);
    const time = Date.now() - started;
    await page.evaluate(() => {
      (window as unknown as Win).peer.cy.elements().removeClass('selected faded');
    });
    return time;
  });
  const filter = await repeat(() =>
    page.evaluate((kinds) => (window as unknown as Win).peer.filter(kinds), COOPERATIVE),
  );
  const path = await repeat(() =>
    page.evaluate(({ a, b }) => (window as unknown as Win).peer.path(a, b), { a: hub, b: far }),
  );
  // The filter again, drawing diplomap's data with diplomap's stylesheet: what the map's
  // look costs the redraw, apart from the app.
  const styledPage = (await newPage(browser)).page;
  await styledPage.goto(`${url}&style=diplomap`);
  await markTime(styledPage, 'peer:first-frame');
  const styledFilter = await repeat(() =>
    styledPage.evaluate((kinds) => (window as unknown as Win).peer.filter(kinds), COOPERATIVE),
  );
  const styledDrawing = await drawResults(styledPage, placed);
  await styledPage.close();
  const first = await heapMB(cdp, input.actors <= SNAPSHOT_LIMIT);
  for (let cycle = 0; cycle < 10; cycle++) {
    await page.evaluate(async () => {
      const peer = (window as unknown as Win).peer;
      peer.unload();
      await peer.load();
    });
  }
  const after = await heapMB(cdp, input.actors <= SNAPSHOT_LIMIT);
  await page.close();
  return {
    only: 'all' as const,
    longestFirstFrameTask,
    layouts,
    drawing,
    styledDrawing,
    pan,
    pointer,
    select,
    filter,
    styledFilter,
    path,
    heap: { first, after },
  };
}

let BUNDLED_ACTORS = 0;

async function gzipKB(files: string[]): Promise<number> {
  let total = 0;
  for (const file of files) total += gzipSync(await readFile(file), { level: 9 }).length;
  return total / 1024;
}

async function main(): Promise<void> {
  if (process.env['BENCH_SKIP_BUILD'] !== '1') {
    log('building the app (npm run build)…');
    execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const server = await startServer('dist');
  server.putFile('/peer/peer.html', 'tests/bench/app/peer.html');
  server.putFile('/peer/peer.js', 'tests/bench/app/peer.js');
  server.putFile('/peer/cytoscape.min.js', 'node_modules/cytoscape/dist/cytoscape.min.js');
  const bundled = JSON.parse(await readFile('data/nagorno-karabakh-2016.json', 'utf8')) as {
    actors: unknown[];
  };
  BUNDLED_ACTORS = bundled.actors.length;
  const inputs: Input[] = [{ name: 'bundled', url: '/', query: '', actors: BUNDLED_ACTORS }];
  for (const size of [20, ...SIZES]) {
    const name = `gen-${size}`;
    server.put(
      `/bench-data/${name}.json`,
      JSON.stringify(generateDataset({ actors: size, relationsPerActor: 3, seed: 1 })),
    );
    if (size !== 20) {
      const query = `data=/bench-data/${name}.json`;
      inputs.push({
        name: `${size.toLocaleString('en')} actors`,
        url: `/?${query}`,
        query,
        actors: size,
      });
    }
  }

  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  chromiumVersion = browser.version();
  const started = Date.now();
  try {
    // JavaScript: what the first view of the bundled dataset loads, and all there is.
    server.clearLog();
    const { page } = await newPage(browser);
    await page.goto(server.origin + '/');
    await laidOut(page, BUNDLED_ACTORS);
    await page.close();
    const atStart = [...new Set(server.log.map((entry) => entry.path))].filter((path) =>
      path.endsWith('.js'),
    );
    const assets = (await readdir('dist/assets')).filter((file) => file.endsWith('.js'));
    const startKB = await gzipKB(atStart.map((path) => join('dist', path)));
    const totalKB = await gzipKB(assets.map((file) => join('dist/assets', file)));
    const peerKB = await gzipKB([
      'node_modules/cytoscape/dist/cytoscape.min.js',
      'tests/bench/app/peer.js',
    ]);
    const one = (value: number) => summarise([value]);
    rows.push({
      input: 'app',
      scenario: 'JS loaded at start, gzip',
      unit: 'KB',
      diplomap: one(startKB),
      peer: one(peerKB),
    });
    rows.push({
      input: 'app',
      scenario: 'JS in total, gzip',
      unit: 'KB',
      diplomap: one(totalKB),
      peer: one(peerKB),
    });

    for (const input of inputs) {
      const mine = await benchDiplomap(browser, server, input);
      const peer = await benchPeer(
        browser,
        server,
        input,
        mine.hub,
        mine.far,
        mine.only === 'all' ? mine.placed : new Map(),
      );
      const loads = await firstFrames(browser, server, input);
      add(input.name, 'load to first drawn frame', 'ms', loads.mine, loads.plain);
      add(input.name, 'dataset read to first drawn frame', 'ms', loads.afterRead);
      add(
        input.name,
        "load to first drawn frame, the peer drawing with diplomap's stylesheet",
        'ms',
        loads.mine,
        loads.styled,
      );
      rows.push({
        input: input.name,
        scenario: 'load to laid out (default layout)',
        unit: 'ms',
        diplomap: summarise([mine.ready]),
      });
      add(
        input.name,
        'longest main-thread task, load to first frame',
        'ms',
        summarise([mine.longestFirstFrameTask]),
        summarise([peer.longestFirstFrameTask]),
      );
      rows.push({
        input: input.name,
        scenario: 'longest main-thread task, load to laid out',
        unit: 'ms',
        diplomap: summarise([mine.longestLoadTask]),
      });
      // The rest is not measured with BENCH_LOADS_ONLY=1.
      if (mine.only === 'loads' || peer.only === 'loads') {
        await save(rows, started);
        continue;
      }
      for (const [name, figures] of mine.layouts) {
        const peerLayout = peer.layouts.get(name);
        add(input.name, `layout ${name}`, 'ms', figures.time, peerLayout);
        rows.push({
          input: input.name,
          scenario: `longest main-thread task, layout ${name}`,
          unit: 'ms',
          diplomap: figures.longest,
        });
        if (figures.computing && figures.showing) {
          rows.push({
            input: input.name,
            scenario: `longest main-thread task, layout ${name}: while the worker computes`,
            unit: 'ms',
            diplomap: figures.computing,
          });
          add(
            input.name,
            `longest main-thread task, layout ${name}: drawing the result`,
            'ms',
            figures.showing,
            peer.drawing.get(name),
          );
          const styled = peer.styledDrawing.get(name);
          if (styled)
            add(
              input.name,
              `longest main-thread task, layout ${name}: drawing the result, the peer drawing with diplomap's stylesheet`,
              'ms',
              figures.showing,
              styled,
            );
        }
      }
      add(input.name, 'pan and zoom: frame time p50', 'ms', mine.pan.p50, peer.pan.p50);
      add(input.name, 'pan and zoom: frame time p95', 'ms', mine.pan.p95, peer.pan.p95);
      add(input.name, 'pan and zoom: frame time max', 'ms', mine.pan.max, peer.pan.max);
      add(
        input.name,
        'pan and zoom: script per frame',
        'ms',
        mine.pan.scriptPerFrame,
        peer.pan.scriptPerFrame,
      );
      add(
        input.name,
        'pointer moved over the map: script per move',
        'ms',
        mine.pointer,
        peer.pointer,
      );
      add(input.name, 'select an actor until highlighted', 'ms', mine.select, peer.select);
      add(input.name, 'toggle a filter until redrawn', 'ms', mine.filter, peer.filter);
      add(
        input.name,
        "toggle a filter until redrawn, the peer drawing with diplomap's stylesheet",
        'ms',
        mine.filter,
        peer.styledFilter,
      );
      add(input.name, 'path query until highlighted', 'ms', mine.path, peer.path);
      for (const [scenario, key, part] of [
        ['JS heap after load', 'first', 'used'],
        ['JS heap after 10 load-and-unload cycles', 'after', 'used'],
        ['JS heap less compiled code, after load', 'first', 'data'],
        ['JS heap less compiled code, after 10 cycles', 'after', 'data'],
      ] as const) {
        if (Number.isNaN(mine.heap[key][part])) continue;
        add(
          input.name,
          scenario,
          'MB',
          summarise([mine.heap[key][part]]),
          summarise([peer.heap[key][part]]),
        );
      }
      // Written after each input, so that a long run leaves what it has measured.
      await save(rows, started);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const output = await save(rows, started);
  process.stdout.write(`${output}\n`);
  await writeReadmeTable();
  log('README.md: the benchmark table is made anew from tests/bench/results/.');
  log(`\n${RUNS} runs after a warm-up; ${Math.round((Date.now() - started) / 1000)} s`);
}

async function save(measured: Row[], started: number): Promise<string> {
  const output = table(measured);
  const environment = {
    date: new Date().toISOString(),
    runs: RUNS,
    seconds: Math.round((Date.now() - started) / 1000),
    chromium: chromiumVersion,
    node: process.version,
  };
  await mkdir('tests/bench/results', { recursive: true });
  await writeFile(
    'tests/bench/results/browser.json',
    `${JSON.stringify({ environment, rows: measured }, null, 2)}\n`,
  );
  await writeFile('tests/bench/results/browser.md', `${output}\n`);
  return output;
}

let chromiumVersion = '';

main().catch((error: unknown) => {
  process.stderr.write(
    `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
