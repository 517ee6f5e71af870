// The peer page of the browser benchmark (tests/bench/app/run.ts): plain
// Cytoscape with its default options and style, no bundler, showing the
// elements of ?input= at the positions diplomap gave them.

/** @type {typeof import('cytoscape')} */
const cytoscape = /** @type {any} */ (window).cytoscape;
const container = /** @type {HTMLElement} */ (document.getElementById('cy'));
const input = new URLSearchParams(window.location.search).get('input') ?? 'bundled';

/** @type {{ cy: import('cytoscape').Core | undefined, load(): Promise<void>, unload(): void }} */
const peer = {
  cy: undefined,
  /** Fetches the elements and draws them; resolves after the first frame. */
  async load() {
    const response = await fetch(`/peer/elements-${encodeURIComponent(input)}.json`);
    if (!response.ok) throw new Error(`peer: elements for ${input}: ${response.status}`);
    const elements = await response.json();
    const cy = cytoscape({ container, elements, layout: { name: 'preset' } });
    peer.cy = cy;
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
};
/** @type {any} */ (window).peer = peer;

peer.load().catch((error) => {
  document.body.dataset['error'] = String(error);
  throw error;
});

export {};
