// `parallax index [--from <folder>] [--out <folder>]`: compile a folder of .txt/.html reports into the index the extension bundles.
import { spawn } from 'node:child_process';
import { closeSync, createReadStream, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createGzip } from 'node:zlib';
import { clusterStories, indexRow, shardCountFor } from '../lib/index/build';
import { type BodyShardFile, INDEX_FORMAT, INDEX_VERSION, type IndexedDoc, type MatchIndexFile, shardFileName, shardOf, type StoredReport, storedReport } from '../lib/index/format';
import { DEFAULT_INDEX_DIR, DEFAULT_REPORTS_DIR, listReportFiles, readReportFile } from './io';

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

/** Write the match part row by row: at 50,000 reports one JSON string of it would be the largest thing the build ever holds. */
function writeMatchFile(path: string, match: MatchIndexFile): number {
  const fd = openSync(path, 'w');
  let bytes = 0;
  const put = (text: string) => (bytes += writeSync(fd, text));
  try {
    put(JSON.stringify({ ...match, docs: [] }).slice(0, -2)); // ends in "docs":[
    let batch: string[] = [];
    match.docs.forEach((row, i) => {
      batch.push((i ? ',' : '') + JSON.stringify(row));
      if (batch.length === 1000) [put(batch.join('')), (batch = [])];
    });
    put(batch.join('') + ']}');
  } finally {
    closeSync(fd);
  }
  return bytes;
}

async function gzippedSize(path: string): Promise<number> {
  let n = 0;
  await pipeline(createReadStream(path), createGzip(), new Writable({ write: (chunk: Buffer, _enc, done) => ((n += chunk.length), done()) }));
  return n;
}

/**
 * V8 grows its heap lazily, far past what the build keeps alive (the match rows; bodies wait in a spool file).
 * Large builds run again in a child with a heap sized to the input, so memory stays proportional to the reports.
 */
const HEAP_BASE_MB = 64, REPORTS_PER_HEAP_MB = 500, BOUND_FROM_REPORTS = 5000;
async function rerunWithBoundedHeap(reports: number): Promise<boolean> {
  if (reports < BOUND_FROM_REPORTS || process.env.PARALLAX_INDEX_CHILD) return false;
  // Reports with far more names and words than usual could outgrow the bound: then the build runs once more, unbounded.
  for (const heapMB of [HEAP_BASE_MB + Math.ceil(reports / REPORTS_PER_HEAP_MB), 0]) {
    const flags = heapMB ? [`--max-old-space-size=${heapMB}`] : [];
    const child = spawn(process.execPath, [...flags, ...process.execArgv, ...process.argv.slice(1)], {
      stdio: ['inherit', 'inherit', 'pipe'],
      env: { ...process.env, PARALLAX_INDEX_CHILD: '1', ...(process.stderr.isTTY ? { PARALLAX_INDEX_PROGRESS: '1' } : {}) },
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
      // Progress bars pass through as they come; the rest waits until we know whether it was an out-of-memory crash.
      if (/^\r/.test(c.toString())) [process.stderr.write(c.toString()), (stderr = '')];
    });
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => child.on('exit', (c, sig) => done([c, sig])));
    const outOfMemory = signal !== null || /heap out of memory/i.test(stderr);
    if (outOfMemory && heapMB) continue;
    process.stderr.write(outOfMemory ? 'parallax index: the build ran out of memory.\n' : stderr);
    process.exit(code ?? 1);
  }
  return true;
}

function progress(label: string, done: number, total: number) {
  // A bounded-heap child writes into its parent's pipe: the parent says whether a terminal is behind it.
  if (!process.stderr.isTTY && !process.env.PARALLAX_INDEX_PROGRESS) return;
  const width = 30, filled = Math.round((done / Math.max(1, total)) * width);
  process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  if (done === total) process.stderr.write('\n');
}

export async function runIndex() {
  const from = arg('--from', DEFAULT_REPORTS_DIR);
  const out = arg('--out', DEFAULT_INDEX_DIR);
  const summary = await buildIndexFolder(from, out, { boundHeap: true });
  if (summary) process.stdout.write(summary);
}

/** Build the index of the reports in `from` into `out`; returns the summary to print (empty when a child did the build). */
export async function buildIndexFolder(from: string, out: string, { boundHeap = false } = {}): Promise<string> {
  let files: string[];
  try {
    files = await listReportFiles(from);
  } catch {
    fail(`cannot read the folder ${from}.`);
  }
  if (files.length === 0) fail(`${from} holds no .txt or .html reports.`);
  if (boundHeap && (await rerunWithBoundedHeap(files.length))) return '';
  const ids = new Map<string, string>();
  const rows: IndexedDoc[] = [];
  // Bodies go to a spool file as they are read and into their story's shard at the end: memory holds only the match rows.
  await mkdir(out, { recursive: true });
  const spoolPath = join(out, '.bodies.spool');
  const spool = openSync(spoolPath, 'w+');
  // `fail` exits at once; the spool goes with it.
  process.on('exit', () => rmSync(spoolPath, { force: true }));
  const spans: [number, number][] = [];
  let spoolAt = 0;
  const t0 = performance.now();
  try {
    for (const [i, file] of files.entries()) {
      const id = basename(file, extname(file));
      if (ids.has(id)) fail(`${file}: duplicate report id "${id}" (also ${ids.get(id)}).`);
      ids.set(id, file);
      const article = await readReportFile(file);
      if (!article.ok) fail(`${file}: ${article.message.replace(/^This (file|input|page) /, '').replace(/\.$/, '')}.`);
      const body = storedReport(article.value);
      rows.push(indexRow(id, body));
      const bytes = Buffer.from(JSON.stringify(body));
      writeSync(spool, bytes, 0, bytes.length, spoolAt);
      spans.push([spoolAt, bytes.length]);
      spoolAt += bytes.length;
      progress('reading ', i + 1, files.length);
    }
    const stories = clusterStories(rows, (d, t) => progress('stories ', d, t));
    for (const name of await readdir(out)) if (/^(match|bodies-\d+)\.json$/.test(name)) await rm(join(out, name));
    const shardCount = shardCountFor(rows.length);
    const members: number[][] = Array.from({ length: shardCount }, () => []);
    rows.forEach((row, i) => members[shardOf(row[3], shardCount)].push(i));
    let bodyBytes = 0;
    for (const [shard, list] of members.entries()) {
      const reports: Record<string, StoredReport> = {};
      for (const i of list) {
        const [at, length] = spans[i];
        const buf = Buffer.alloc(length);
        readSync(spool, buf, 0, length, at);
        reports[rows[i][0]] = JSON.parse(buf.toString('utf8'));
      }
      const file: BodyShardFile = { format: INDEX_FORMAT, version: INDEX_VERSION, shard, reports };
      const json = JSON.stringify(file);
      bodyBytes += json.length;
      await writeFile(join(out, shardFileName(shard)), json);
    }
    const matchPath = join(out, 'match.json');
    const matchBytes = writeMatchFile(matchPath, { format: INDEX_FORMAT, version: INDEX_VERSION, shards: shardCount, docs: rows });
    const ms = performance.now() - t0;
    const gz = await gzippedSize(matchPath);
    return (
      `Indexed ${rows.length} reports in ${stories} ${stories === 1 ? 'story' : 'stories'} (${(ms / 1000).toFixed(1)} s) -> ${out}\n` +
      `  match part: ${(matchBytes / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped (${Math.round(gz / rows.length)} B/report); bodies: ${(bodyBytes / 1024).toFixed(1)} KB in ${shardCount} shard(s)\n`
    );
  } finally {
    closeSync(spool); // the exit handler above removes the spool file, on success and on failure alike
  }
}

export function indexFailed(e: unknown): never {
  fail(e instanceof Error ? e.message : String(e));
}
