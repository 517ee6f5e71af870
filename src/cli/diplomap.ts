/**
 * npm run diplomap -- <command> ...
 *
 * The import report in a terminal, and conversion between formats, without a
 * browser, and a draft dataset from an article. Each command is one entry
 * of {@link COMMANDS}: its usage line and what it runs on its arguments; a
 * new command is a new entry.
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

type Values = Record<string, string | boolean | Array<string | boolean> | undefined>;

interface Command {
  /** The command's usage, after `npm run diplomap -- `. */
  usage: string;
  /**
   * Runs the command on its arguments (those after its name); returns the
   * exit code. Throws a {@link UsageError} for a mistake in the call.
   */
  run: (args: string[]) => Promise<number>;
}

/** A command's arguments read by its options; a mistake in them is a usage error. */
function parseOptions(args: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
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
  async run(args) {
    const { positionals: files, values } = parseOptions(args, IMPORT_OPTIONS);
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
  async run(args) {
    const { positionals: files, values } = parseOptions(args, IMPORT_OPTIONS);
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

/** Drafting a dataset from an article: its options are its own, and it loads only when asked for. */
const extract: Command = {
  usage:
    'extract <article.txt> [--title T] [--publisher P] [--published YYYY-MM-DD] [--url U] --out <draft.json>',
  run: async (args) => (await import('./extract')).runExtract(args),
};

/** The commands, by name. */
const COMMANDS: Record<string, Command> = { validate, convert, extract };

function usage(): string {
  const lines = Object.values(COMMANDS).map(
    (command, index) =>
      `${index === 0 ? 'usage: ' : '       '}npm run diplomap -- ${command.usage}`,
  );
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h') {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  try {
    if (name === undefined) throw new UsageError('give a command');
    const command = Object.prototype.hasOwnProperty.call(COMMANDS, name)
      ? COMMANDS[name]
      : undefined;
    if (!command) throw new UsageError(`unknown command "${name}"`);
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(`usage: npm run diplomap -- ${command.usage}\n`);
      return 0;
    }
    return await command.run(rest);
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
