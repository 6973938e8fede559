// The benchmark's corpus folders under .bench/: generated once per size and generator version, reused after.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asPage, generateCorpus } from './generate';

/** Bump when the generator's output changes, so stale corpora are regenerated. */
const GENERATOR_VERSION = 3;
export const BENCH_DIR = '.bench';
/** Story number of the real seeds (and of the unseen same-story fixture, a query). */
export const SEED_STORY = -1;

export interface BenchQuery { id: string; story: number; text: string }

export interface CorpusInfo {
  dir: string;
  /** Report id -> story, for every indexed report. */
  truth: Map<string, number>;
  queries: BenchQuery[];
  /** 1,500-word HTML pages of indexed stories. */
  pages: { story: number; html: string }[];
  /** Title and lead of every indexed report, straight from the generated text: what the naive baseline scans. */
  leads: { id: string; title: string; lead: string }[];
}

function titleAndLead(id: string, text: string) {
  const [title, ...paras] = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const lead: string[] = [];
  for (const p of paras) {
    if (lead.join(' ').split(' ').length >= 120) break;
    lead.push(p);
  }
  return { id, title, lead: lead.join(' ') };
}

/** Generate (or reuse) the corpus of `size` generated reports plus the five seeds. */
export function ensureCorpus(size: number): CorpusInfo {
  const dir = join(BENCH_DIR, `corpus-${size}`);
  const meta = join(dir, 'bench.json');
  const fresh = existsSync(meta) && JSON.parse(readFileSync(meta, 'utf8')).version === GENERATOR_VERSION;
  if (!fresh) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const c = generateCorpus(size);
    const truth: Record<string, number> = {};
    for (const r of c.reports) {
      writeFileSync(join(dir, `${r.id}.txt`), r.text);
      truth[r.id] = r.story;
    }
    for (const f of readdirSync('seeds').filter((f) => f.endsWith('.txt'))) {
      copyFileSync(join('seeds', f), join(dir, f));
      truth[f.replace(/\.txt$/, '')] = SEED_STORY;
    }
    const queries: BenchQuery[] = c.queries.map((q) => ({ id: q.id, story: q.story, text: q.text }));
    queries.push({ id: 'same-story-wire', story: SEED_STORY, text: readFileSync('tests/fixtures/articles/same-story-wire.txt', 'utf8') });
    const pages = c.long.map((r) => ({ story: r.story, html: asPage(r) }));
    writeFileSync(meta, JSON.stringify({ version: GENERATOR_VERSION, truth, queries, pages }));
  }
  const m = JSON.parse(readFileSync(meta, 'utf8'));
  const truth = new Map<string, number>(Object.entries(m.truth as Record<string, number>));
  const leads = [...truth.keys()].map((id) => titleAndLead(id, readFileSync(join(dir, `${id}.txt`), 'utf8')));
  return { dir, truth, queries: m.queries, pages: m.pages, leads };
}
