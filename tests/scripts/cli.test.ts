// The command-line front ends as a user runs them: output shape, and one readable line for every bad input.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, copyFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = join('node_modules', '.bin', 'tsx');
/** The `parallax` bin as `npm run compare` / `npm run index` start it. */
const BIN = join(process.cwd(), 'bin', 'parallax.mjs');
const run = (command: 'compare' | 'index', args: string[], input?: string | Buffer, cwd?: string) =>
  spawnSync(process.execPath, [BIN, command, ...args], { encoding: 'utf8', input, timeout: 60_000, cwd });
const tmp = () => mkdtempSync(join(tmpdir(), 'parallax-'));

describe('npm run compare', () => {
  it('prints the JSON contract for a seed: four related outlets, each with details', () => {
    const r = run('compare', ['seeds/004_d06facaa95ba2ed8.txt', '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.article).toMatchObject({ title: expect.any(String), outlet: null });
    expect(out.article.sentences.length).toBeGreaterThan(10);
    expect(out.related).toHaveLength(4);
    for (const rel of out.related) {
      expect(rel).toMatchObject({ id: expect.any(String), title: expect.any(String), score: expect.any(Number) });
      expect(rel.score).toBeGreaterThan(0);
      expect(rel.score).toBeLessThanOrEqual(1);
      for (const d of [...rel.added, ...rel.omitted]) expect(d).toMatchObject({ text: expect.any(String), sentence: expect.any(String) });
      for (const c of rel.conflicts) expect(c).toMatchObject({ current: expect.any(String), other: expect.any(String), currentValue: expect.any(String), otherValue: expect.any(String) });
      for (const w of rel.reworded) expect(w).toMatchObject({ current: expect.any(String), other: expect.any(String), diff: expect.any(Array) });
    }
    const gaze = out.related.find((x: { outlet: string }) => x.outlet === 'The Gaze');
    expect(gaze.added.flatMap((d: { anchors: string[] }) => d.anchors)).toContain('Kirill Dmitriev');
    // The story's facts, each group with its statements (see lib/report.ts FactGroup).
    expect(out.facts.length).toBeGreaterThan(5);
    for (const g of out.facts) expect(g).toMatchObject({ id: expect.any(String), text: expect.any(String), carriers: expect.any(Array), rank: expect.any(Number) });
    const journos = out.related.find((x: { outlet: string }) => x.outlet === 'JournosNews.com');
    expect(journos.conflicts.map((c: { currentValue: string; otherValue: string }) => `${c.currentValue} / ${c.otherValue}`)).toContain('nearly four-year war / nearly three-year war');
    expect(out.coverage.length).toBeGreaterThan(0);
  });

  it('prints a readable report with the four sections by default', () => {
    const r = run('compare', ['seeds/001_9a3a1d6131fd7a65.txt']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^No Ukraine Breakthrough as Putin Holds Five-Hour Talks With Trump Envoys \(The Gaze\)\n4 related reports/);
    // The popup's story sections, five items at most each, then one line per outlet.
    expect(r.stdout).toMatch(/\nOthers report, this article doesn’t \(\d+\)\n/);
    expect(r.stdout).toMatch(/\nOnly this article \(\d+\)\n/);
    expect(r.stdout).toMatch(/\nWorded differently \(\d+\)\n/);
    expect(r.stdout).toMatch(/\nBy outlet:\n  .+\(score 0\.\d\d\): adds \d+, leaves out \d+/);
    const sections = r.stdout.split('\n\n').slice(1, -1);
    for (const s of sections) expect(s.split('\n').filter((l) => l.startsWith('  ') && !l.startsWith('  …')).length).toBeLessThanOrEqual(5);
  });

  it('reads an HTML page from standard input', () => {
    const text = readFileSync('seeds/003_dba6870402cb91d6.txt', 'utf8').split('\n');
    const html = `<!doctype html><html lang="en"><head><title>${text[0]}</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${text[0]}</h1>${text.slice(1).map((p) => `<p>${p}</p>`).join('')}</article><footer>© 2025 Example News</footer></body></html>`;
    const r = run('compare', ['-', '--json'], html);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).related).toHaveLength(4);
  });

  it('answers an unrelated article with an empty list and exit 0', () => {
    const r = run('compare', ['tests/fixtures/articles/unrelated-football.txt', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).related).toEqual([]);
  });

  const dir = tmp();
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe, 0x00]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 au lait et cr\xe8me br\xfbl\xe9e pour tout le monde.\n'.repeat(20), 'latin1'));
  writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(21 * 1024 * 1024, 'word '));
  writeFileSync(join(dir, 'short.txt'), 'Just a line.\nAnd another one.\n');
  writeFileSync(join(dir, 'french.txt'), ('Le président a rencontré les envoyés américains au Kremlin pendant cinq heures, sans parvenir à un accord sur le plan de paix. ').repeat(12));
  it.each([
    ['a missing file', [join(dir, 'nope.txt')], /nope\.txt does not exist\.$/],
    ['a folder', [dir], /is a folder, not a file\.$/],
    ['an empty file', [join(dir, 'empty.txt')], /empty\.txt is empty\.$/],
    ['a binary file', [join(dir, 'binary.txt')], /is a binary file, not text\.$/],
    ['text that is not UTF-8', [join(dir, 'latin1.txt')], /is not UTF-8 text\.$/],
    ['a text too short to be an article', [join(dir, 'short.txt')], /does not look like a news article\.$/],
    ['an article in French', [join(dir, 'french.txt')], /English articles only/],
    ['a file larger than 20 MB', [join(dir, 'huge.txt')], /huge\.txt is larger than 20 MB\.$/],
    ['no file at all', [], /^parallax: usage: /],
    ['an unknown option', ['seeds/000_37c16314ec8f45df.txt', '--yaml'], /unknown option --yaml/],
  ])('refuses %s with one line and a non-zero exit', (_what, args, message) => {
    const r = run('compare', args as string[], '');
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n').filter((l) => !/^npm warn/i.test(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message as RegExp);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('ends quietly when the reader pipes it into head', () => {
    const r = spawnSync('sh', ['-c', `node ${BIN} compare seeds/002_41707d50bf3e4a01.txt --json | head -c 10`], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout).toBe('{\n  "artic');
    expect(r.stderr).toBe('');
  });

  it('refuses empty standard input', () => {
    const r = run('compare', ['-'], '');
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('parallax: standard input is empty.');
  });

  it('compares against any index given with --index', () => {
    const out = join(tmp(), 'idx');
    expect(run('index', ['--from', 'tests/fixtures/articles', '--out', out]).status).toBe(0);
    const r = run('compare', ['tests/fixtures/articles/bridge-b.txt', '--json', '--index', out]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).related.map((x: { id: string }) => x.id)).toEqual(['bridge-a']);
    expect(run('compare', ['tests/fixtures/articles/bridge-b.txt', '--index']).stderr).toMatch(/^parallax: --index needs a folder\./);
    expect(run('compare', ['tests/fixtures/articles/bridge-b.txt', '--index', join(tmp(), 'none')]).stderr).toMatch(/^parallax: No report index at /);
  });

  it('compares against a library pack exported from the extension, and refuses a bad one in one line', async () => {
    const { keptReport } = await import('../../lib/index/library');
    const { packOf } = await import('../../lib/index/pack');
    const { readArticleFromText } = await import('../../lib/extract/text');
    const a = readArticleFromText(readFileSync('tests/fixtures/articles/bridge-a.txt', 'utf8'));
    if (!a.ok) throw new Error(a.message);
    const pack = join(tmp(), 'library.parallax.json');
    writeFileSync(pack, packOf([keptReport(a.value, 'https://courier.example/bridge', new Date())]));
    const r = run('compare', ['tests/fixtures/articles/bridge-b.txt', '--json', '--index', pack]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).related.map((x: { title: string }) => x.title)).toEqual([a.value.title]);
    const bad = join(tmp(), 'bad.json');
    writeFileSync(bad, '{"format":"parallax-pack","version":9,"reports":[]}');
    const refusedRun = run('compare', ['tests/fixtures/articles/bridge-b.txt', '--index', bad]);
    expect(refusedRun.status).toBe(1);
    expect(refusedRun.stderr.trim()).toBe(`parallax: ${bad} is a pack of version 9; this Parallax reads version 1.`);
  });

  it('builds the bundled index on first use, saying so in one line', () => {
    const home = tmp();
    mkdirSync(join(home, 'seeds'));
    for (const f of ['000_37c16314ec8f45df.txt', '001_9a3a1d6131fd7a65.txt']) copyFileSync(`seeds/${f}`, join(home, 'seeds', f));
    const r = run('compare', [join(process.cwd(), 'seeds/004_d06facaa95ba2ed8.txt'), '--json'], undefined, home);
    expect(r.status).toBe(0);
    expect(r.stderr.trim()).toBe('parallax: no index at public/index yet; building it from seeds/ (once)…');
    expect(JSON.parse(r.stdout).related).toHaveLength(2);
    expect(readFileSync(join(home, 'public/index/match.json'), 'utf8')).toMatch(/^\{"format":"parallax-index"/);
  });

  it('reads only the opening of a huge one-paragraph text, and says so', () => {
    const f = join(tmp(), 'huge.txt');
    writeFileSync(f, 'A Very Long Report\n' + 'The committee said the plan would be reviewed again next year, officials said on Tuesday. '.repeat(40_000));
    const r = run('compare', [f]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('This article is very long: only its first 200,000 characters were compared, the rest was not.');
  });

  it('stops at once on SIGTERM while it is busy', async () => {
    const f = join(tmp(), 'huge.txt');
    writeFileSync(f, 'A Very Long Report\n' + 'The committee said the plan would be reviewed again next year, officials said on Tuesday. '.repeat(200_000));
    const child = spawn(process.execPath, [BIN, 'compare', f], { stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 300));
    const t0 = Date.now();
    child.kill('SIGTERM');
    const signal = await new Promise((done) => child.on('exit', (_code, sig) => done(sig)));
    expect(signal).toBe('SIGTERM');
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it('answers a command it does not know with its usage', () => {
    const r = spawnSync(process.execPath, [BIN, 'frobnicate'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^parallax: unknown command frobnicate\.\nusage: parallax compare/);
  });
});

describe('npm run index', () => {
  const folder = (files: Record<string, string | Buffer>) => {
    const d = tmp();
    for (const [name, body] of Object.entries(files)) writeFileSync(join(d, name), body);
    return d;
  };
  const seed = readFileSync('seeds/000_37c16314ec8f45df.txt');

  it('builds an index from any folder and says what it built', () => {
    const from = folder({});
    for (const f of ['000_37c16314ec8f45df.txt', '004_d06facaa95ba2ed8.txt']) copyFileSync(`seeds/${f}`, join(from, f));
    const out = join(tmp(), 'idx');
    const r = run('index', ['--from', from, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Indexed 2 reports in 1 story/);
    const match = JSON.parse(readFileSync(join(out, 'match.json'), 'utf8'));
    expect(match).toMatchObject({ format: 'parallax-index', version: expect.any(Number) });
    expect(match.docs).toHaveLength(2);
  });

  it.each([
    ['an empty report', { 'a.txt': seed, 'b.txt': '' }, /b\.txt: is empty\.$/],
    ['a binary report', { 'a.txt': seed, 'b.txt': Buffer.from([0, 1, 2, 3, 0, 255]) }, /b\.txt: is a binary file, not text\.$/],
    ['a duplicate id', { 'a.txt': seed, 'a.html': `<html><body><p>${seed}</p></body></html>` }, /duplicate report id "a"/],
    ['a folder with no reports', { 'notes.md': 'hello' }, /holds no \.txt or \.html reports\.$/],
  ])('stops on %s with an error naming the file', (_what, files, message) => {
    const out = join(tmp(), 'idx');
    mkdirSync(out);
    const r = run('index', ['--from', folder(files as Record<string, string | Buffer>), '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(message as RegExp);
  });

  it('refuses an outdated or damaged index with a rebuild hint', () => {
    const out = join(tmp(), 'idx');
    mkdirSync(out);
    writeFileSync(join(out, 'match.json'), JSON.stringify({ format: 'parallax-index', version: 0, docs: [] }));
    const code = `import { loadIndexDir } from './scripts/io'; loadIndexDir(${JSON.stringify(out)}).then((r) => console.log(r.ok ? 'ok' : r.message));`;
    expect(execFileSync(tsx, ['-e', code], { encoding: 'utf8' })).toMatch(/version 0, this Parallax reads version \d+\. Rebuild it with `npm run index`\./);
    writeFileSync(join(out, 'match.json'), '{"format": "parallax-in');
    expect(execFileSync(tsx, ['-e', code], { encoding: 'utf8' })).toMatch(/No report index at .* Build it with `npm run index`\./);
  });
});
