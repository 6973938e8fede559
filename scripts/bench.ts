// `npm run bench [-- --json] [--sizes 1000,10000] [--cli]`: build, load and query synthetic indexes of 1k/10k/50k reports against a naive Fuse.js scan; `--cli` times only the command line and long texts.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import { analyzeArticle } from '../lib/analyze';
import { readArticleFromText } from '../lib/extract/text';
import { matchFeatures } from '../lib/index/features';
import { type LoadedIndex, parseIndex, shardFileName } from '../lib/index/format';
import { findRelatedReports } from '../lib/match/related';
import { BENCH_DIR, type CorpusInfo, ensureCorpus } from './bench/corpus';
import { articleFromString } from './io';

const DEFAULT_SIZES = [1000, 10000, 50000];
const TOP_K = 5;
/** Wall time the naive baseline may spend per corpus size. */
const DEFAULT_FUSE_BUDGET_MS = 60_000;

interface SizeResult {
  reports: number;
  stories: number;
  buildSeconds: number;
  buildPeakMB: number;
  matchBytes: number;
  matchGzipBytes: number;
  matchGzipBytesPerReport: number;
  bodyBytes: number;
  loadMs: number;
  queries: number;
  matchMedianMs: number;
  matchP95Ms: number;
  recallAt5: number;
  fuseQueries: number;
  fuseMedianMs: number;
  fuseP95Ms: number;
  fuseRecallAt5: number;
  speedup: number;
  analysisPages: number;
  analysisMedianMs: number;
  analysisP95Ms: number;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

function log(msg: string) {
  process.stderr.write(`${msg}\n`);
}

/** Build the index with the real `npm run index` in a child process, so its time and peak memory are its own. */
function build(corpus: CorpusInfo, out: string) {
  const t0 = performance.now();
  // The compiled `parallax index` (bin/parallax.mjs), as `npm run index` runs it.
  const args = ['bin/parallax.mjs', 'index', '--from', corpus.dir, '--out', out];
  const timed = statSafe('/usr/bin/time');
  const r = timed ? spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 }) : spawnSync(process.execPath, args, { encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`index build failed: ${r.stderr.slice(-2000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const stories = Number(/in (\d+) stor/.exec(r.stdout)?.[1] ?? NaN);
  return { seconds, peakMB: rss ? Number(rss[1]) / 1024 : NaN, stories };
}

function statSafe(p: string) {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}

function recallAt5(found: string[], story: number, truth: Map<string, number>, mates: number): number {
  const hits = found.slice(0, TOP_K).filter((id) => truth.get(id) === story).length;
  return hits / Math.min(TOP_K, mates);
}

async function benchSize(size: number): Promise<SizeResult> {
  log(`\n== ${size} reports: generating corpus`);
  const corpus = ensureCorpus(size);
  const out = join(BENCH_DIR, `index-${size}`);
  log(`   building index (child process)`);
  const built = build(corpus, out);
  log(`   built in ${built.seconds.toFixed(1)} s, peak ${built.peakMB.toFixed(0)} MB`);

  const matchJson = readFileSync(join(out, 'match.json'));
  const matchGzip = gzipSync(matchJson).length;
  const bodyBytes = readdirSync(out).filter((f) => f.startsWith('bodies-')).reduce((s, f) => s + statSync(join(out, f)).size, 0);
  const t0 = performance.now();
  const parsed = parseIndex(JSON.parse(readFileSync(join(out, 'match.json'), 'utf8')), async (shard) => JSON.parse(readFileSync(join(out, shardFileName(shard)), 'utf8')));
  const loadMs = performance.now() - t0;
  if (!parsed.ok) throw new Error(parsed.message);
  const index: LoadedIndex = parsed.value;

  const mates = new Map<number, number>();
  for (const s of corpus.truth.values()) mates.set(s, (mates.get(s) ?? 0) + 1);
  const queries = corpus.queries.map((q) => {
    const a = readArticleFromText(q.text);
    if (!a.ok) throw new Error(`query ${q.id}: ${a.message}`);
    return { ...q, article: a.value };
  });

  // Warm up both sides once, then time every query.
  findRelatedReports(matchFeatures(queries[0].article), index);
  const matchMs: number[] = [];
  let recall = 0;
  for (const q of queries) {
    const t = performance.now();
    const found = findRelatedReports(matchFeatures(q.article), index);
    matchMs.push(performance.now() - t);
    recall += recallAt5(found.map((m) => m.doc.id), q.story, corpus.truth, mates.get(q.story)!);
  }
  log(`   ours: median ${quantile(matchMs, 0.5).toFixed(2)} ms, recall@5 ${(recall / queries.length).toFixed(3)}`);

  // The naive way: one Fuse.js over every report's title and lead, searched with the article's title and opening.
  const fuse = new Fuse(corpus.leads, { keys: ['title', 'lead'], includeScore: true, ignoreLocation: true, threshold: 0.6 });
  const fuseMs: number[] = [];
  let fuseRecall = 0;
  // A full scan costs ~1 ms per report and query: the baseline answers the queries in order until its time budget is spent (at least 3).
  const fuseStart = performance.now();
  for (const q of queries) {
    if (fuseMs.length >= 3 && performance.now() - fuseStart > DEFAULT_FUSE_BUDGET_MS) break;
    const t = performance.now();
    const found = fuse.search(`${q.article.title}`, { limit: TOP_K });
    fuseMs.push(performance.now() - t);
    fuseRecall += recallAt5(found.map((f) => f.item.id), q.story, corpus.truth, mates.get(q.story)!);
  }
  const fuseQueries = fuseMs.length;
  log(`   fuse (${fuseQueries} queries): median ${quantile(fuseMs, 0.5).toFixed(2)} ms, recall@5 ${(fuseRecall / fuseQueries).toFixed(3)}`);

  // Full analysis of a 1,500-word page: extraction from HTML (linkedom + Readability), match, body shards, comparison.
  const analysisMs: number[] = [];
  for (const p of corpus.pages) {
    const t = performance.now();
    const a = articleFromString(p.html, 'page.html');
    if (!a.ok) throw new Error(`long page: ${a.message}`);
    const r = await analyzeArticle(a.value, index);
    if (!r.ok) throw new Error(`long page: ${r.message}`);
    analysisMs.push(performance.now() - t);
  }
  log(`   analysis: median ${quantile(analysisMs, 0.5).toFixed(0)} ms, p95 ${quantile(analysisMs, 0.95).toFixed(0)} ms`);

  const reports = corpus.truth.size;
  return {
    reports,
    stories: built.stories,
    buildSeconds: round(built.seconds, 1),
    buildPeakMB: round(built.peakMB, 0),
    matchBytes: matchJson.length,
    matchGzipBytes: matchGzip,
    matchGzipBytesPerReport: round(matchGzip / reports, 0),
    bodyBytes,
    loadMs: round(loadMs, 0),
    queries: queries.length,
    matchMedianMs: round(quantile(matchMs, 0.5)),
    matchP95Ms: round(quantile(matchMs, 0.95)),
    recallAt5: round(recall / queries.length, 3),
    fuseQueries,
    fuseMedianMs: round(quantile(fuseMs, 0.5)),
    fuseP95Ms: round(quantile(fuseMs, 0.95)),
    fuseRecallAt5: round(fuseRecall / fuseQueries, 3),
    speedup: round(quantile(fuseMs, 0.5) / quantile(matchMs, 0.5), 1),
    analysisPages: analysisMs.length,
    analysisMedianMs: round(quantile(analysisMs, 0.5), 0),
    analysisP95Ms: round(quantile(analysisMs, 0.95), 0),
  };
}

interface Target { name: string; holds: boolean | null; measured: string }

function targets(results: Record<number, SizeResult>): Target[] {
  const at = (n: number) => results[n] as SizeResult | undefined;
  const t: Target[] = [];
  const k10 = at(10000), k50 = at(50000);
  const all = Object.values(results);
  t.push({ name: '10k: match median <= 20 ms', holds: k10 ? k10.matchMedianMs <= 20 : null, measured: k10 ? `${k10.matchMedianMs} ms` : 'not run' });
  t.push({ name: '10k: >= 20x faster than the full Fuse scan', holds: k10 ? k10.speedup >= 20 : null, measured: k10 ? `${k10.speedup}x` : 'not run' });
  t.push({ name: '10k: recall@5 >= 0.95 and >= Fuse', holds: k10 ? k10.recallAt5 >= 0.95 && k10.recallAt5 >= k10.fuseRecallAt5 : null, measured: k10 ? `${k10.recallAt5} vs Fuse ${k10.fuseRecallAt5}` : 'not run' });
  t.push({ name: '50k: match median <= 50 ms', holds: k50 ? k50.matchMedianMs <= 50 : null, measured: k50 ? `${k50.matchMedianMs} ms` : 'not run' });
  t.push({ name: 'full analysis of 1,500 words p95 <= 300 ms', holds: all.length ? all.every((r) => r.analysisP95Ms <= 300) : null, measured: all.map((r) => `${r.analysisP95Ms} ms`).join(' / ') });
  t.push({ name: 'match part <= 250 B/report gzipped', holds: all.length ? all.every((r) => r.matchGzipBytesPerReport <= 250) : null, measured: all.map((r) => `${r.matchGzipBytesPerReport} B`).join(' / ') });
  t.push({ name: '50k: build peak memory <= 200 MB', holds: k50 ? k50.buildPeakMB <= 200 : null, measured: k50 ? `${k50.buildPeakMB} MB` : 'not run' });
  return t;
}

function table(results: Record<number, SizeResult>): string {
  const sizes = Object.keys(results).map(Number);
  const rows: [string, (r: SizeResult) => string][] = [
    ['reports (stories)', (r) => `${r.reports} (${r.stories})`],
    ['build time / peak memory', (r) => `${r.buildSeconds} s / ${r.buildPeakMB} MB`],
    ['match part raw / gzipped', (r) => `${(r.matchBytes / 1024).toFixed(0)} KB / ${(r.matchGzipBytes / 1024).toFixed(0)} KB`],
    ['match part gzipped per report', (r) => `${r.matchGzipBytesPerReport} B`],
    ['bodies (lazy shards)', (r) => `${(r.bodyBytes / 1024 / 1024).toFixed(1)} MB`],
    ['load (parseIndex)', (r) => `${r.loadMs} ms`],
    ['match median / p95', (r) => `${r.matchMedianMs} / ${r.matchP95Ms} ms`],
    ['recall@5', (r) => `${r.recallAt5}`],
    ['Fuse scan median / p95', (r) => `${r.fuseMedianMs} / ${r.fuseP95Ms} ms`],
    ['Fuse queries (time-boxed)', (r) => `${r.fuseQueries} of ${r.queries}`],
    ['Fuse recall@5', (r) => `${r.fuseRecallAt5}`],
    ['speed-up vs Fuse', (r) => `${r.speedup}x`],
    ['analysis 1,500 words med / p95', (r) => `${r.analysisMedianMs} / ${r.analysisP95Ms} ms`],
  ];
  const w0 = Math.max(...rows.map(([n]) => n.length));
  const cells = rows.map(([, f]) => sizes.map((s) => f(results[s])));
  const w = sizes.map((_, i) => Math.max(String(sizes[i]).length, ...cells.map((c) => c[i].length)));
  const line = (a: string, bs: string[]) => `${a.padEnd(w0)} | ${bs.map((b, i) => b.padStart(w[i])).join(' | ')}`;
  return [line('', sizes.map(String)), ...rows.map(([n], i) => line(n, cells[i]))].join('\n');
}

interface CliResult {
  seedCompareMedianMs: number;
  seedCompareNpmMedianMs: number;
  hugeFileMB: number;
  hugeFileMs: number;
  /** Sentences in the text → wall time of the CLI on it (reads at most DEFAULT_MAX_ARTICLE_CHARS) and of splitting all of it into sentences. */
  longTexts: { sentences: number; cliMs: number; splitMs: number }[];
}

const SEED = 'seeds/004_d06facaa95ba2ed8.txt';

function wallMs(cmd: string, args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 200)}`);
  return performance.now() - t0;
}

/** A one-paragraph text of `n` different sentences: the worst case for the sentence splitter. */
function longText(n: number): string {
  const verbs = ['said', 'confirmed', 'reported', 'denied', 'announced'];
  const parts = Array.from({ length: n }, (_, i) => `Officials ${verbs[i % verbs.length]} that item ${i + 1} of the plan would cost ${(i % 97) + 3} million dollars by ${2020 + (i % 9)}.`);
  return 'A Very Long Report On The Plan\n' + parts.join(' ') + '\n';
}

/** The CLI as a reader runs it, and how time grows with the length of the text. */
async function benchCli(): Promise<CliResult> {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { splitSentences } = await import('../lib/text/sentences');
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  const cli = (file: string) => wallMs(process.execPath, ['bin/parallax.mjs', 'compare', file]);
  cli(SEED); // warm the file cache and make sure the bundle is current
  const seed = Array.from({ length: 7 }, () => cli(SEED));
  const npm = Array.from({ length: 5 }, () => wallMs('npm', ['run', '--silent', 'compare', '--', SEED]));
  const huge = join(dir, 'huge.txt');
  writeFileSync(huge, 'A Very Long Report\n' + 'The committee said the plan would be reviewed again next year, officials said on Tuesday. '.repeat(66_000));
  const hugeFileMB = round(statSync(huge).size / 1024 / 1024, 1);
  const hugeFileMs = round(cli(huge), 0);
  const longTexts = [1000, 4000, 16000].map((n) => {
    const text = longText(n);
    const file = join(dir, `long-${n}.txt`);
    writeFileSync(file, text);
    const t0 = performance.now();
    splitSentences(text);
    const splitMs = round(performance.now() - t0, 0);
    return { sentences: n, cliMs: round(cli(file), 0), splitMs };
  });
  return { seedCompareMedianMs: round(quantile(seed, 0.5), 0), seedCompareNpmMedianMs: round(quantile(npm, 0.5), 0), hugeFileMB, hugeFileMs, longTexts };
}

function cliTargets(c: CliResult): Target[] {
  const [a, , z] = c.longTexts;
  const growth = (k: 'cliMs' | 'splitMs') => round(z[k] / Math.max(1, a[k]) / (z.sentences / a.sentences), 2);
  return [
    { name: 'seed compared by the CLI in <= 500 ms wall time (npm run)', holds: c.seedCompareNpmMedianMs <= 500, measured: `${c.seedCompareNpmMedianMs} ms via npm run, ${c.seedCompareMedianMs} ms via the bin` },
    { name: `${c.hugeFileMB} MB one-paragraph file answered in <= 10 s`, holds: c.hugeFileMs <= 10_000, measured: `${c.hugeFileMs} ms` },
    { name: '1k -> 16k sentences within 2x of linear (sentence splitting of the whole text)', holds: growth('splitMs') <= 2, measured: `${c.longTexts.map((l) => `${l.sentences}: ${l.splitMs} ms`).join(', ')} (x${growth('splitMs')} of linear)` },
    { name: '1k -> 16k sentences, whole CLI (reads the first 200,000 characters)', holds: growth('cliMs') <= 2, measured: `${c.longTexts.map((l) => `${l.sentences}: ${l.cliMs} ms`).join(', ')}` },
  ];
}

async function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  if (args.includes('--cli')) {
    const c = await benchCli();
    const ts = cliTargets(c);
    if (json) process.stdout.write(JSON.stringify({ cli: c, targets: ts }, null, 2) + '\n');
    else for (const t of ts) process.stdout.write(`  ${t.holds ? 'HOLDS' : 'MISSES'}  ${t.name}: ${t.measured}\n`);
    return;
  }
  const i = args.indexOf('--sizes');
  const sizes = i >= 0 ? (args[i + 1] ?? '').split(',').map(Number) : DEFAULT_SIZES;
  if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 10)) {
    process.stderr.write('parallax bench: --sizes takes a comma-separated list of report counts, e.g. --sizes 1000,10000\n');
    process.exit(1);
  }
  const t0 = performance.now();
  const results: Record<number, SizeResult> = {};
  for (const size of sizes) results[size] = await benchSize(size);
  const cli = await benchCli();
  const seconds = round((performance.now() - t0) / 1000, 0);
  const ts = [...targets(results), ...cliTargets(cli)];
  if (json) {
    process.stdout.write(JSON.stringify({ sizes: results, cli, targets: ts, seconds }, null, 2) + '\n');
    return;
  }
  process.stdout.write(`\n${table(results)}\n\nTargets:\n`);
  for (const t of ts) process.stdout.write(`  ${t.holds === null ? 'n/a ' : t.holds ? 'HOLDS' : 'MISSES'}  ${t.name}: ${t.measured}\n`);
  process.stdout.write(`\nBenchmark ran in ${seconds} s (${process.version}, ${readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'unknown CPU'}).\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`parallax bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
