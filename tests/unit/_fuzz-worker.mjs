// The fuzz worker is TypeScript: tsx's loader is registered in the worker's own thread first.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./_fuzz-worker.ts', import.meta.url).href);
