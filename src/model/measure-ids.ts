/**
 * The centrality measures the analysis offers, by id: apart from their
 * computation (measures.ts), which brings graphology-metrics, and their
 * names (measure-labels.ts), so that a link can name them without loading
 * either.
 */
export const MEASURE_IDS = [
  'relations',
  'ties',
  'received',
  'initiated',
  'betweenness',
  'closeness',
  'pagerank',
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

export function isMeasureId(value: string): value is MeasureId {
  return (MEASURE_IDS as readonly string[]).includes(value);
}
