// `npm run index [-- --from <folder>] [--out <folder>]`: compile a folder of .txt/.html reports into the index the extension bundles.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildIndex, type ReportInput } from '../lib/index/build';
import { shardFileName } from '../lib/index/format';
import { DEFAULT_INDEX_DIR, listReportFiles, readReportFile } from './io';

function fail(message: string): never {
  process.stderr.write(`parallax index: ${message}\n`);
  process.exit(1);
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const v = process.argv[i + 1];
  if (!v || v.startsWith('--')) fail(`${name} needs a folder.`);
  return v;
}

function progress(label: string, done: number, total: number) {
  if (!process.stderr.isTTY) return;
  const width = 30, filled = Math.round((done / Math.max(1, total)) * width);
  process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  if (done === total) process.stderr.write('\n');
}

async function main() {
  const from = arg('--from', 'seeds');
  const out = arg('--out', DEFAULT_INDEX_DIR);
  let files: string[];
  try {
    files = await listReportFiles(from);
  } catch {
    fail(`cannot read the folder ${from}.`);
  }
  if (files.length === 0) fail(`${from} holds no .txt or .html reports.`);
  const ids = new Map<string, string>();
  const reports: ReportInput[] = [];
  for (const [i, file] of files.entries()) {
    const id = basename(file, extname(file));
    if (ids.has(id)) fail(`${file}: duplicate report id "${id}" (also ${ids.get(id)}).`);
    ids.set(id, file);
    const article = await readReportFile(file);
    if (!article.ok) fail(`${file}: ${article.message.replace(/^This (file|input|page) /, '').replace(/\.$/, '')}.`);
    reports.push({ id, article: { title: article.value.title, outlet: article.value.outlet, sentences: article.value.sentences } });
    progress('reading ', i + 1, files.length);
  }
  const t0 = performance.now();
  const built = buildIndex(reports, (d, t) => progress('indexing', d, t));
  const ms = performance.now() - t0;
  await mkdir(out, { recursive: true });
  for (const name of await readdir(out)) if (/^(match|bodies-\d+)\.json$/.test(name)) await rm(join(out, name));
  const matchJson = JSON.stringify(built.match);
  await writeFile(join(out, 'match.json'), matchJson);
  let bodyBytes = 0;
  for (const shard of built.shards) {
    const json = JSON.stringify(shard);
    bodyBytes += json.length;
    await writeFile(join(out, shardFileName(shard.shard)), json);
  }
  const gz = gzipSync(matchJson).length;
  process.stdout.write(
    `Indexed ${reports.length} reports in ${built.stories} ${built.stories === 1 ? 'story' : 'stories'} (${ms.toFixed(0)} ms) -> ${out}\n` +
      `  match part: ${(matchJson.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped (${Math.round(gz / reports.length)} B/report); bodies: ${(bodyBytes / 1024).toFixed(1)} KB in ${built.shards.length} shard(s)\n`,
  );
}

main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
