/**
 * npm run diplomap -- validate <file> [--nodes <nodes.csv>] [--columns source=..,target=..,kind=..,date=..,quote=..]
 * npm run diplomap -- convert <in> <out.json|.gexf|.graphml|.csv|.cyjs> [same options]
 *
 * The import report in a terminal, and conversion between formats, without a
 * browser. Exits 1 when the file has errors, 2 on a usage mistake.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { declaredSourceTexts } from '../model/parse';
import { detectFormat } from '../io/detect';
import { headerOf, suggestColumns } from '../io/events';
import { DATA_FORMAT_LABELS, dataFormatOf, writeDataset } from '../io/export-data';
import { importText, type ImportOptions } from '../io/import';
import {
  FORMAT_LABELS,
  countByCategory,
  hasImportErrors,
  type ColumnMapping,
  type ImportResult,
} from '../io/types';
import { nodeXmlParser } from '../io/xml-node';

const USAGE = `usage: npm run diplomap -- validate <file> [--nodes <nodes.csv>] [--columns source=COL,target=COL,kind=COL,date=COL,quote=COL]
       npm run diplomap -- convert <in> <out.json|out.gexf|out.graphml|out.csv|out.cyjs> [same options]
       npm run diplomap -- extract <article.txt> [--title T] [--publisher P] [--published YYYY-MM-DD] [--url U] --out <draft.json>`;

class UsageError extends Error {}

function parseColumns(value: string): ColumnMapping {
  const mapping: Partial<ColumnMapping> = {};
  for (const pair of value.split(',')) {
    const [role, column] = pair.split('=');
    if (
      !role ||
      column === undefined ||
      !['source', 'target', 'kind', 'date', 'quote'].includes(role)
    ) {
      throw new UsageError(
        `--columns takes role=column pairs (source, target, kind, date, quote), not "${pair}"`,
      );
    }
    mapping[role as keyof ColumnMapping] = column;
  }
  if (!mapping.source || !mapping.target)
    throw new UsageError('--columns needs at least source= and target=');
  return mapping as ColumnMapping;
}

async function load(
  file: string,
  values: { nodes?: string; columns?: string },
): Promise<ImportResult> {
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  const text = await readFile(file, 'utf8');
  const options: ImportOptions = {
    parseXml: nodeXmlParser,
    title:
      file
        .split(/[\\/]/)
        .pop()
        ?.replace(/\.[^.]*$/, '') ?? 'imported',
  };
  if (values.nodes) {
    if (!existsSync(values.nodes)) throw new UsageError(`no such file: ${values.nodes}`);
    options.nodes = await readFile(values.nodes, 'utf8');
  }
  const format = detectFormat(text);
  if (format === 'events') {
    const columns = values.columns ? parseColumns(values.columns) : suggestColumns(headerOf(text));
    if (columns) options.columns = columns;
  }
  if (format === 'diplomap') {
    const sourceTexts = new Map<string, string>();
    try {
      for (const [id, path] of declaredSourceTexts(JSON.parse(text))) {
        const source = resolve(dirname(file), path);
        if (existsSync(source)) sourceTexts.set(id, await readFile(source, 'utf8'));
      }
    } catch {
      // A syntax error is reported by the import itself.
    }
    options.sourceTexts = sourceTexts;
  }
  return importText(text, options);
}

function printReport(file: string, result: ImportResult): void {
  const { report } = result;
  const lines = [
    `${file}: ${FORMAT_LABELS[report.format]}, ${report.actorsRead} actors and ${report.relationsRead} relations read` +
      (report.placeholders
        ? `, ${report.placeholders} placeholder ${report.placeholders === 1 ? 'actor' : 'actors'} made for relation ends that name no node`
        : ''),
  ];
  for (const [category, count] of countByCategory(report)) {
    lines.push(`${category}: ${count}`);
    for (const issue of report.issues.filter((i) => i.category === category).slice(0, 20)) {
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
    if (count > 20) lines.push(`  … and ${count - 20} more`);
  }
  lines.push(hasImportErrors(report) ? 'not valid: fix the errors above' : 'valid');
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        nodes: { type: 'string' },
        columns: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(
      `diplomap: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`,
    );
    return 2;
  }
  const [command, ...files] = parsed.positionals;
  try {
    if (parsed.values.help || !command) throw new UsageError('');
    if (command === 'validate') {
      if (files.length !== 1) throw new UsageError('validate takes one file');
      const file = files[0] as string;
      const result = await load(file, parsed.values);
      printReport(file, result);
      return hasImportErrors(result.report) ? 1 : 0;
    }
    if (command === 'convert') {
      if (files.length !== 2) throw new UsageError('convert takes an input and an output file');
      const [input, output] = files as [string, string];
      const format = dataFormatOf(output);
      if (!format)
        throw new UsageError(
          `the output must end in .json, .gexf, .graphml, .csv or .cyjs, not "${output}"`,
        );
      const result = await load(input, parsed.values);
      if (!result.dataset) {
        printReport(input, result);
        return 1;
      }
      const base = output.replace(/\.[^.]*$/, '');
      const written: string[] = [];
      for (const file of writeDataset(result.dataset, format)) {
        const name = `${base}${file.suffix}.${file.extension}`;
        await writeFile(name, file.text);
        written.push(name);
      }
      process.stdout.write(
        `${input}: ${result.dataset.actors.length} actors and ${result.dataset.relations.length} relations written as ${DATA_FORMAT_LABELS[format]} to ${written.join(' and ')}\n`,
      );
      return 0;
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${message ? `diplomap: ${message}\n` : ''}${USAGE}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

// The extract command parses its own options (src/cli/extract.ts).
process.exitCode =
  process.argv[2] === 'extract'
    ? await (await import('./extract')).runExtract(process.argv.slice(3))
    : await main(process.argv.slice(2));
