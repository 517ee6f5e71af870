/**
 * Figures of the browser benchmark: runs of one scenario summarised as the
 * median and the maximum, and the table that sets diplomap beside the peer.
 */

export interface Figure {
  median: number;
  max: number;
  runs: number[];
}

export function summarise(runs: number[]): Figure {
  if (runs.length === 0) throw new Error('bench: a figure needs at least one run');
  const sorted = [...runs].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median =
    sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, max: sorted[sorted.length - 1]!, runs };
}

/** The p-th percentile (0–100) of a list, by nearest rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export interface Row {
  input: string;
  scenario: string;
  unit: string;
  diplomap: Figure;
  peer?: Figure;
}

/** How a figure is printed: "123 (max 140)"; sizes in KB with one decimal. */
function show(figure: Figure | undefined, unit: string): string {
  if (!figure) return '–';
  const digits = unit === 'ms' && figure.median < 10 ? 1 : 0;
  const one = (n: number) => (unit === 'KB' || unit === 'MB' ? n.toFixed(1) : n.toFixed(digits));
  return figure.max === figure.median
    ? one(figure.median)
    : `${one(figure.median)} (max ${one(figure.max)})`;
}

/** diplomap's median over the peer's: below 1 is better for every figure here (times, sizes). */
export function ratio(row: Row): string {
  if (!row.peer || row.peer.median === 0) return '–';
  return `${(row.diplomap.median / row.peer.median).toFixed(2)}×`;
}

/** A Markdown table, the form the README shows. */
export function table(rows: Row[]): string {
  const lines = [
    '| input | scenario | unit | diplomap: median (max) | peer: median (max) | ratio |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.input} | ${row.scenario} | ${row.unit} | ${show(row.diplomap, row.unit)} | ${show(row.peer, row.unit)} | ${ratio(row)} |`,
    );
  }
  return lines.join('\n');
}
