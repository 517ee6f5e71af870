/**
 * Work the page can do when it has nothing else to do: `work` runs when the
 * browser is next idle, or after `timeout` milliseconds at the latest (a
 * plain timer where the browser has no idle callbacks). Returns what cancels
 * it if it has not run yet.
 */
export function whenIdle(work: () => void, timeout = 4000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, Math.min(timeout, 1500));
  return () => clearTimeout(id);
}
