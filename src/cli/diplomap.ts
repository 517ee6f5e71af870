/**
 * npm run diplomap -- <command> ...
 *
 * The import report in a terminal, and conversion between formats, without a
 * browser. Each command is one entry of {@link COMMANDS}: its usage line,
 * its options and what it runs; a new command is a new entry.
 *
 * Exit codes: 0 done (warnings alone pass), 1 the file has errors or the
 * work failed (said in one line, without the usage), 2 a mistake in the call
 * (said with the usage).
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DATA_FORMAT_LABELS, dataFormatOf, hasImportErrors } from '../io';
import { writeDataset } from '../io/export';
import { readInput } from './read-input';
import { reportLines } from './report';
import { UsageError } from './usage';

type Values = Record<string, string | boolean | undefined>;

interface Command {
  /** The command's usage, after `npm run diplomap -- `. */
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Runs the command; returns the exit code. Throws a {@link UsageError} for a mistake in the call. */
  run: (positionals: string[], values: Values) => Promise<number>;
}

const IMPORT_OPTIONS = {
  nodes: { type: 'string' },
  columns: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

const inputOptions = (values: Values) => ({
  nodes: typeof values['nodes'] === 'string' ? values['nodes'] : undefined,
  columns: typeof values['columns'] === 'string' ? values['columns'] : undefined,
});

const print = (lines: string[]) => process.stdout.write(`${lines.join('\n')}\n`);

const validate: Command = {
  usage:
    'validate <file> [--nodes <nodes.csv>] [--columns source=COL,target=COL,kind=COL,date=COL,quote=COL]',
  options: IMPORT_OPTIONS,
  async run(files, values) {
    if (files.length !== 1) throw new UsageError('validate takes one file');
    const file = files[0] as string;
    const { report } = await readInput(file, inputOptions(values));
    const errors = hasImportErrors(report);
    print([...reportLines(file, report), errors ? 'not valid: fix the errors above' : 'valid']);
    return errors ? 1 : 0;
  },
};

const convert: Command = {
  usage: 'convert <in> <out.json|out.gexf|out.graphml|out.csv|out.cyjs> [same options as validate]',
  options: IMPORT_OPTIONS,
  async run(files, values) {
    if (files.length !== 2) throw new UsageError('convert takes an input and an output file');
    const [input, output] = files as [string, string];
    const format = dataFormatOf(output);
    if (!format)
      throw new UsageError(
        `the output must end in .json, .gexf, .graphml, .csv or .cyjs, not "${output}"`,
      );
    const { dataset, report } = await readInput(input, inputOptions(values));
    const lines = reportLines(input, report);
    if (!dataset) {
      print([...lines, 'not converted: fix the errors above']);
      return 1;
    }
    const base = output.replace(/\.[^.]*$/, '');
    const written: string[] = [];
    for (const file of writeDataset(dataset, format)) {
      const name = `${base}${file.suffix}.${file.extension}`;
      await writeFile(name, file.text);
      written.push(name);
    }
    print([
      ...lines,
      `${dataset.actors.length} actors and ${dataset.relations.length} relations written as ${DATA_FORMAT_LABELS[format]} to ${written.join(' and ')}`,
    ]);
    return 0;
  },
};

/** The commands, by name. */
const COMMANDS: Record<string, Command> = { validate, convert };

function usage(): string {
  const lines = Object.values(COMMANDS).map(
    (command, index) =>
      `${index === 0 ? 'usage: ' : '       '}npm run diplomap -- ${command.usage}`,
  );
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    process.stdout.write(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  try {
    const command = Object.prototype.hasOwnProperty.call(COMMANDS, name)
      ? COMMANDS[name]
      : undefined;
    if (!command) throw new UsageError(`unknown command "${name}"`);
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        allowPositionals: true,
        strict: true,
        options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      });
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    if (parsed.values['help']) {
      process.stdout.write(`usage: npm run diplomap -- ${command.usage}\n`);
      return 0;
    }
    return await command.run(parsed.positionals, parsed.values);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof UsageError) {
      process.stderr.write(`diplomap: ${message}\n${usage()}\n`);
      return 2;
    }
    // A failure of the work, not of the call: said once, without the usage.
    process.stderr.write(`diplomap: ${message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
