import { mount } from 'svelte';
import App from './ui/App.svelte';
import { readBundledEarly } from './state/bundled';
import { opensBundled } from './state/load';

const target = document.getElementById('app');
if (!target) throw new Error('diplomap: index.html has no #app element to mount into');

// The start-up's steps, for npm run bench: this, then the dataset read, the map made, its
// elements added, and its first frame (see render/draw-graph.ts).
performance.mark('diplomap:start');
// The bundled dataset is read while the page mounts, where the address opens it.
if (opensBundled(new URLSearchParams(window.location.search))) readBundledEarly();
mount(App, { target });
