// `parallax compare <file.txt|file.html|-> [--json] [--all] [--index <dir>]`: the popup's report in the terminal, or as JSON.
import { analyzeArticle } from '../lib/analyze';
import { buildIndexFolder } from './build-index';
import { renderText } from './render-text';
import { articleFromString, DEFAULT_INDEX_DIR, DEFAULT_REPORTS_DIR, decodeText, loadIndexDir, MAX_INPUT_BYTES, readReportFile } from './io';

const USAGE = 'usage: parallax compare <file.txt|file.html|-> [--json] [--all] [--index <dir>]  (or: npm run --silent compare -- …)';

function fail(message: string): never {
  process.stderr.write(`parallax: ${message}\n`);
  process.exit(1);
}

async function readStdin(): Promise<Buffer> {
  if (process.stdin.isTTY) fail(`no input on standard input. ${USAGE}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += chunk.length;
    if (size > MAX_INPUT_BYTES) fail(`standard input is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const line = (s = '') => process.stdout.write(s + '\n');
/** The index to compare against: `--index <dir>`, or the bundled one, built from seeds/ on first use. */
async function loadIndex(dir: string | null) {
  if (dir) return loadIndexDir(dir);
  let index = await loadIndexDir(DEFAULT_INDEX_DIR);
  if (!index.ok && index.error === 'index-missing') {
    process.stderr.write(`parallax: no index at ${DEFAULT_INDEX_DIR} yet; building it from ${DEFAULT_REPORTS_DIR}/ (once)…\n`);
    await buildIndexFolder(DEFAULT_REPORTS_DIR, DEFAULT_INDEX_DIR);
    index = await loadIndexDir(DEFAULT_INDEX_DIR);
  }
  return index;
}

export async function runCompare(args: string[]) {
  // A reader piping into `head` closes the pipe early: that ends the output, it is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
  const json = args.includes('--json');
  const all = args.includes('--all');
  const at = args.indexOf('--index');
  const indexDir = at >= 0 ? args[at + 1] : null;
  if (at >= 0 && (!indexDir || indexDir.startsWith('--'))) fail(`--index needs a folder. ${USAGE}`);
  const files = args.filter((a, i) => a !== '--json' && a !== '--all' && (at < 0 || (i !== at && i !== at + 1)));
  const unknown = files.find((a) => a.startsWith('--'));
  if (unknown) fail(`unknown option ${unknown}. ${USAGE}`);
  if (files.length !== 1) fail(USAGE);
  const [file] = files;
  let article;
  if (file === '-') {
    const text = decodeText(await readStdin());
    if (!text.ok) fail(`standard input ${text.message}.`);
    if (!text.value.trim()) fail('standard input is empty.');
    article = articleFromString(text.value, '');
    if (!article.ok) fail(article.message);
  } else {
    article = await readReportFile(file);
    if (!article.ok) fail(/^[a-z]/.test(article.message) ? `${file} ${article.message}.` : `${file}: ${article.message}`);
  }
  const index = await loadIndex(indexDir);
  if (!index.ok) fail(index.message);
  const report = await analyzeArticle(article.value, index.value);
  if (!report.ok) fail(report.message);
  if (json) line(JSON.stringify(report.value, null, 2));
  else process.stdout.write(renderText(report.value, { all }));
}
