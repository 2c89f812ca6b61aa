/** `validate [--data DIR]`: check every file in the data folder; exit 1 on any problem. */
import { loadOrFail, type Command } from './command';

export const validate: Command = {
  name: 'validate',
  usage: 'validate [--data DIR]                    Check every file in data/ (exit 1 on any problem)',
  run({ dataDir }) {
    const dataset = loadOrFail(dataDir);
    console.log(
      `data valid: ${dataset.frameworks.length} frameworks, ${dataset.units.length} units, ` +
        `${dataset.qualifications.length} qualifications, ${dataset.links.length} links, ` +
        `${dataset.usageFacts.length} usage facts, ${dataset.corrections.length} corrections`,
    );
    return 0;
  },
};
