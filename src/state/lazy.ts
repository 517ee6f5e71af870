/**
 * Code the first view has no need of loads when first used: `lazy` wraps a
 * dynamic import so that every caller shares one load, and a failed load
 * (the network, say) is tried again by the next call.
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
