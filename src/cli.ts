/**
 * The Standards Atlas command line: `npm run --silent cli -- <command> [options]`.
 * Commands and their --json shapes are a public contract (see README, "Command line").
 *
 * This file only dispatches. Each command is a module in `src/cli/` exporting a `Command`
 * (`src/cli/command.ts`: name, usage lines, its own options, `run`). To add a command, write
 * `src/cli/<name>.ts` and add it to COMMANDS below: that one line registers its name, its usage
 * text and its options. The dispatcher handles the rest the same way for every command:
 * - global options `--data DIR`, `--json`, `--help`/`-h`;
 * - an unknown command, an unknown option or an option the command does not take: `error: …`
 *   and the usage on stderr, exit 2 (as does a `UsageError` thrown by the command);
 * - broken data (`DataProblemsError` from `loadOrFail`): one `file › record › field: message`
 *   line per problem on stderr, exit 1;
 * - output piped into a reader that stops early (`… | head`): ends quietly, no stack trace.
 */
import { parseArgs } from 'node:util';
import { DataProblemsError, printProblems, UsageError, type Command, type OptionSpec } from './cli/command';
import { checkPlanCommand } from './cli/check-plan';
import { coverage } from './cli/coverage';
import { exportCommand } from './cli/export';
import { search } from './cli/search';
import { suggest } from './cli/suggest';
import { validate } from './cli/validate';
import { DEFAULT_DATA_DIR } from './node/data-files';

/** Every command, in the order the usage lists them. */
const COMMANDS: Command[] = [validate, exportCommand, search, suggest, checkPlanCommand, coverage];

const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  data: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

const USAGE = `Standards Atlas CLI

Usage: npm run --silent cli -- <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.usage}`).join('\n')}

Qualifications: ${'nos-l2 … nos-l5, proqual-601-4759-3 (601/4759/3), ilm-8605-award (600/5851/1), ilm-8605-certificate (600/5932/1), ilm-8605-diploma (600/5931/X)'}
`;

/** All options any command takes; a name two commands declare must mean the same type. */
function allOptions(): Record<string, OptionSpec> {
  const options = { ...GLOBAL_OPTIONS };
  for (const command of COMMANDS)
    for (const [name, spec] of Object.entries(command.options ?? {})) {
      const known = options[name];
      if (known && known.type !== spec.type)
        throw new Error(`CLI option --${name} is declared as ${known.type} and as ${spec.type}`);
      options[name] = spec;
    }
  return options;
}

function parse(argv: string[]) {
  const options = allOptions();
  // First a lenient pass, to name an unknown option plainly (node's own message is about positionals).
  const { tokens } = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens)
    if (token.kind === 'option' && !Object.hasOwn(options, token.name))
      throw new UsageError(`unknown option ${token.rawName}`);
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals, tokens } = parse(argv);
  const [name, ...args] = positionals;
  if (values.help || !name) {
    console.log(USAGE);
    return name || values.help ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command)
    throw new UsageError(`unknown command "${name}"; commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
  for (const token of tokens)
    if (
      token.kind === 'option' &&
      !Object.hasOwn(GLOBAL_OPTIONS, token.name) &&
      !Object.hasOwn(command.options ?? {}, token.name)
    )
      throw new UsageError(`${name} does not take ${token.rawName}`);
  return command.run({
    args,
    values,
    json: values.json === true,
    dataDir: typeof values.data === 'string' ? values.data : DEFAULT_DATA_DIR,
  });
}

// A reader that closes early (`cli … | head`) is not an error: stop writing and end quietly.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`error: ${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else if (error instanceof DataProblemsError) {
    printProblems(error);
    process.exitCode = 1;
  } else {
    console.error(`error: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
