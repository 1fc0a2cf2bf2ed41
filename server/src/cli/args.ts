export type Command = 'lint' | 'timeline' | 'export';
export type OutputFormat = 'stylish' | 'json' | 'sarif' | 'github' | 'html' | 'csv';

export interface CliOptions {
  command: Command;
  paths: string[];
  format: OutputFormat;
  fix: boolean;
  maxWarnings?: number;
  quiet: boolean;
  out?: string;
  /** export --format csv: a field that a spreadsheet would read as a formula is written with a leading `'`. */
  escapeFormulas: boolean;
  help: boolean;
  version: boolean;
}

/** A command line that cannot be run; the message is one line, without the program name. */
export class UsageError extends Error {}

/** Each command's formats; the first is its default. */
export const FORMATS: Readonly<Record<Command, readonly OutputFormat[]>> = {
  lint: ['stylish', 'json', 'sarif', 'github'],
  timeline: ['json', 'html'],
  export: ['csv', 'json'],
};

export const USAGE = `Usage: corpus-lint [PATH...] [options]
       corpus-lint timeline [PATH] [--format json|html] [--out FILE]
       corpus-lint export [PATH] [--format csv|json] [--escape-formulas] [--out FILE]

Checks the corpus that contains each PATH (default: the current folder), prints the
corpus timeline, or exports the timeline's events as a table.

Options:
  --format FORMAT    lint: stylish (default), json, sarif or github
                     timeline: json (default) or html; export: csv (default) or json
  --fix              apply every safe fix, then report what remains
  --max-warnings N   exit with status 1 when there are more than N warnings (-1: no limit)
  --quiet            report errors only
  -o, --out FILE     write to FILE instead of standard output, replacing it only once
                     the output is complete
  --escape-formulas  export as csv: put ' before a field starting with = + - @ or a tab,
                     so that a spreadsheet shows a scraped label instead of running it
  -h, --help         print this help
  -v, --version      print the version
  --                 end of options: every later argument is a PATH

The command word must come first; to lint a folder named "timeline", write ./timeline.
Exit status: 0 no errors (and no more warnings than --max-warnings), 1 errors found,
2 the run failed (bad arguments, no corpus.yaml, unreadable configuration).`;

const SWITCHES = { '--fix': 'fix', '--quiet': 'quiet', '--escape-formulas': 'escapeFormulas', '--help': 'help', '-h': 'help', '--version': 'version', '-v': 'version' } as const;
const VALUE_OPTIONS = ['--format', '--max-warnings', '--out'] as const;
/** Short names of value options: `-o` as in ESLint. */
const SHORT_NAMES: Readonly<Record<string, ValueOption>> = { '-o': '--out' };
const LINT_ONLY = ['--fix', '--max-warnings', '--quiet'];

type ValueOption = (typeof VALUE_OPTIONS)[number];

/** Parses the arguments after the program name. Options may come in any order, as `--name value` or `--name=value`. */
export function parseArgs(argv: string[]): CliOptions {
  const command: Command = argv[0] === 'timeline' || argv[0] === 'export' ? argv[0] : 'lint';
  const args = command === 'lint' ? argv : argv.slice(1);
  const options: CliOptions = { command, paths: [], format: FORMATS[command][0], fix: false, quiet: false, escapeFormulas: false, help: false, version: false };
  const values = new Map<ValueOption, string>();
  const used: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      options.paths.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-')) {
      options.paths.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const written = equals < 0 ? arg : arg.slice(0, equals);
    const name = SHORT_NAMES[written] ?? written;
    const inline = equals < 0 ? undefined : arg.slice(equals + 1);
    used.push(name);
    if (name in SWITCHES) {
      if (inline !== undefined) throw new UsageError(`${name} takes no value`);
      options[SWITCHES[name as keyof typeof SWITCHES]] = true;
    } else if (isValueOption(name)) {
      // `--format --fix` lacks a value rather than formatting as "--fix"; `-1` can be a value (of --max-warnings).
      const value = inline ?? (args[i + 1]?.startsWith('--') ? undefined : args[++i]);
      if (!value) throw new UsageError(`${name} needs a value`);
      values.set(name, value);
    } else {
      throw new UsageError(`unknown option ${name}`);
    }
  }
  checkCommandOptions(command, used);
  applyValues(options, values);
  if (options.escapeFormulas && (command !== 'export' || options.format !== 'csv')) {
    throw new UsageError('--escape-formulas applies only to export --format csv');
  }
  if (options.paths.length === 0) options.paths.push('.');
  if (command !== 'lint' && options.paths.length > 1) throw new UsageError(`${command} takes at most one PATH, got ${options.paths.length}`);
  return options;
}

function isValueOption(name: string): name is ValueOption {
  return (VALUE_OPTIONS as readonly string[]).includes(name);
}

function checkCommandOptions(command: Command, used: readonly string[]): void {
  const misplaced = command === 'lint' ? undefined : used.find((name) => LINT_ONLY.includes(name));
  if (misplaced) throw new UsageError(`${misplaced} applies only to linting, not to ${command}`);
}

function applyValues(options: CliOptions, values: ReadonlyMap<ValueOption, string>): void {
  const format = values.get('--format');
  if (format !== undefined) {
    const allowed = FORMATS[options.command];
    if (!allowed.includes(format as OutputFormat)) {
      throw new UsageError(`${options.command} has no format '${format}'; use ${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}`);
    }
    options.format = format as OutputFormat;
  }
  const maxWarnings = values.get('--max-warnings');
  // -1 is ESLint's way of saying "no limit", its default: scripts written for ESLint pass it.
  if (maxWarnings !== undefined && maxWarnings !== '-1') {
    if (!/^\d+$/.test(maxWarnings) || !Number.isSafeInteger(Number(maxWarnings))) {
      throw new UsageError(`--max-warnings needs a whole number of 0 or more, or -1 for no limit, got '${maxWarnings}'`);
    }
    options.maxWarnings = Number(maxWarnings);
  }
  const out = values.get('--out');
  if (out !== undefined) options.out = out;
}
