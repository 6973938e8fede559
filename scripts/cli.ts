// `parallax <compare|index> …`: the one Node entry the CLI bundle is built from (scripts/build-cli.mjs).
import { indexFailed, runIndex } from './build-index';
import { runCompare } from './compare';

const USAGE = 'usage: parallax compare <file.txt|file.html|-> [--json] [--all] [--index <dir>]\n       parallax index [--from <folder>] [--out <folder>]';

const [command, ...args] = process.argv.slice(2);
if (command === 'compare') {
  runCompare(args).catch(() => {
    process.stderr.write('parallax: something went wrong while comparing; please report this file.\n');
    process.exit(1);
  });
} else if (command === 'index') {
  runIndex().catch(indexFailed);
} else {
  process.stderr.write(`${command && command !== '--help' && command !== '-h' ? `parallax: unknown command ${command}.\n` : ''}${USAGE}\n`);
  process.exit(command === '--help' || command === '-h' ? 0 : 1);
}
