/** `export --format json|csv|case|skos [--out PATH]`: the whole dataset in a public format. */
import { toCsvExport, toJsonExport } from '../domain/export';
import { toCaseExports, toSkosExport } from '../domain/interchange';
import { loadOrFail, stringOption, UsageError, writeFolder, writeOut, type Command } from './command';

export const exportCommand: Command = {
  name: 'export',
  usage: `export --format json|csv|case|skos [--out PATH]
                                           The whole dataset (csv, case: --out is a folder)`,
  options: { format: { type: 'string' }, out: { type: 'string' } },
  run(input) {
    const dataset = loadOrFail(input.dataDir);
    const format = stringOption(input, 'format') ?? 'json';
    const out = stringOption(input, 'out');
    if (format === 'json') writeOut(out, JSON.stringify(toJsonExport(dataset), null, 2) + '\n');
    else if (format === 'csv') writeFolder(out, toCsvExport(dataset), format);
    else if (format === 'case') writeFolder(out, toCaseExports(dataset), format);
    else if (format === 'skos') writeOut(out, JSON.stringify(toSkosExport(dataset), null, 2) + '\n');
    else throw new UsageError(`unknown --format "${format}"; use json, csv, case or skos`);
    return 0;
  },
};
