/**
 * The import report in a terminal: what was read, then each category of
 * problem with its count and the first of its problems with their places,
 * the same for `validate` and `convert`.
 */
import { FORMAT_LABELS, countByCategory, type ImportReport } from '../io';

/** Problems listed for each category; the rest are counted. */
const SHOWN = 20;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The report's lines: a summary, then the problems by category. */
export function reportLines(file: string, report: ImportReport): string[] {
  const extras = [
    report.placeholders
      ? `${plural(report.placeholders, 'placeholder actor', 'placeholder actors')} made for relation ends that name no node`
      : '',
    report.selfLoops
      ? `${plural(report.selfLoops, 'relation', 'relations')} from an actor to itself (kept, drawn as loops)`
      : '',
    report.encoding ? `read as ${report.encoding}` : '',
  ].filter(Boolean);
  const lines = [
    `${file}: ${FORMAT_LABELS[report.format]}, ${report.actorsRead} actors and ${report.relationsRead} relations read${extras.map((extra) => `, ${extra}`).join('')}`,
  ];
  for (const [category, count] of countByCategory(report)) {
    lines.push(`${category}: ${count}`);
    for (const issue of report.issues.filter((i) => i.category === category).slice(0, SHOWN)) {
      const where = [
        issue.line !== undefined
          ? `line ${issue.line}${issue.column !== undefined ? `, column ${issue.column}` : ''}`
          : '',
        issue.path ?? '',
      ]
        .filter(Boolean)
        .join(', ');
      lines.push(`  ${issue.severity}${where ? ` at ${where}` : ''}: ${issue.message}`);
    }
    if (count > SHOWN) lines.push(`  … and ${count - SHOWN} more`);
  }
  return lines;
}
