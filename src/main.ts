import { mount } from 'svelte';
import App from './ui/App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('diplomap: index.html has no #app element to mount into');

mount(App, { target });
