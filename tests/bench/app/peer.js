// The peer page of the browser benchmark (tests/bench/app/run.ts): plain
// Cytoscape with its default options and style, no bundler, showing the
// elements of ?input= at the positions diplomap gave them. Its interactions
// are written the plain way every Cytoscape page starts from, with one style
// rule for a fade and one for a highlight.

/** @type {typeof import('cytoscape')} */
const cytoscape = /** @type {any} */ (window).cytoscape;
const container = /** @type {HTMLElement} */ (document.getElementById('cy'));
const params = new URLSearchParams(window.location.search);
const input = params.get('input') ?? 'bundled';
// With ?style=diplomap, the same elements with diplomap's data and stylesheet: how long
// Cytoscape alone takes to draw what diplomap draws (labels, shapes, arrows, dashes).
const styled = params.get('style') === 'diplomap';

/** Resolves after the next frame is drawn. */
const frame = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** @param {import('cytoscape').Core} cy */
function interact(cy) {
  cy.style()
    .selector('.faded')
    .style({ opacity: 0.2 })
    .selector('.selected, .on-path')
    .style({ 'background-color': '#d62728', 'line-color': '#d62728' })
    .update();
  cy.on('tap', 'node', (event) => {
    cy.batch(() => {
      cy.elements().addClass('faded').removeClass('selected');
      event.target.closedNeighborhood().removeClass('faded');
      event.target.addClass('selected');
    });
  });
}

/** @type {{ cy: import('cytoscape').Core | undefined, elements: unknown[] | undefined, load(): Promise<void>, unload(): void, layout(name: string): Promise<number>, place(positions: Record<string, { x: number, y: number }>): Promise<void>, filter(kinds: string[]): Promise<number>, path(from: string, to: string): Promise<number> }} */
const peer = {
  cy: undefined,
  elements: undefined,
  /** Fetches the elements and draws them; resolves after the first frame. */
  async load() {
    const read = async (/** @type {string} */ name) => {
      const response = await fetch(`/peer/${name}-${encodeURIComponent(input)}.json`);
      if (!response.ok) throw new Error(`peer: ${name} for ${input}: ${response.status}`);
      return response.json();
    };
    const [elements, style] = await Promise.all(
      styled ? [read('elements-styled'), read('style')] : [read('elements'), undefined],
    );
    const cy = cytoscape({
      container,
      elements,
      layout: { name: 'preset' },
      ...(style ? { style } : {}),
    });
    peer.cy = cy;
    interact(cy);
    await new Promise((resolve) =>
      cy.one('render', () => {
        // Cytoscape emits `render` on the core once it has drawn a frame.
        if (performance.getEntriesByName('peer:first-frame').length === 0)
          performance.mark('peer:first-frame');
        resolve(undefined);
      }),
    );
  },
  unload() {
    peer.cy?.destroy();
    peer.cy = undefined;
  },
  /** A built-in layout with its default options; ms until it stopped and a frame was drawn. */
  async layout(name) {
    const cy = /** @type {import('cytoscape').Core} */ (peer.cy);
    const started = performance.now();
    const layout = cy.layout({ name });
    const stopped = new Promise((resolve) => layout.one('layoutstop', resolve));
    layout.run();
    await stopped;
    await frame();
    return performance.now() - started;
  },
  /**
   * Puts every node at the given positions at once with the preset layout, fitted, as
   * Cytoscape's way to show positions computed elsewhere; resolves after the frame is drawn.
   */
  async place(positions) {
    const cy = /** @type {import('cytoscape').Core} */ (peer.cy);
    cy.layout({ name: 'preset', positions, fit: true, padding: 30 }).run();
    await frame();
  },
  /** Hides the relations of these kinds and shows them again; ms until the hiding was drawn. */
  async filter(kinds) {
    const cy = /** @type {import('cytoscape').Core} */ (peer.cy);
    const hidden = new Set(kinds);
    const started = performance.now();
    cy.edges()
      .filter((edge) => hidden.has(edge.data('kind')))
      .style('display', 'none');
    await frame();
    const time = performance.now() - started;
    cy.edges().removeStyle('display');
    await frame();
    return time;
  },
  /** The shortest path by A*, highlighted; ms until drawn. */
  async path(from, to) {
    const cy = /** @type {import('cytoscape').Core} */ (peer.cy);
    cy.elements().removeClass('on-path');
    await frame();
    const started = performance.now();
    const found = cy
      .elements()
      .aStar({ root: cy.getElementById(from), goal: cy.getElementById(to) });
    found.path.addClass('on-path');
    await frame();
    return performance.now() - started;
  },
};
/** @type {any} */ (window).peer = peer;

peer.load().catch((error) => {
  document.body.dataset['error'] = String(error);
  throw error;
});

export {};
