// Realistic local news pages built from seed reports: site navigation, a sidebar of other stories, comments, footer.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFromText } from '../../lib/extract/text';

export const SEEDS_DIR = join(import.meta.dirname, '../../seeds');
export const SAMPLE_SEED = '000_37c16314ec8f45df.txt';

/** Page text is data: everything that goes into the test pages is escaped, like a real CMS would. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const NAV = ['World', 'Politics', 'Business', 'Science', 'Culture', 'Sport', 'Opinion'];
const OTHER_STORIES = [
  'Central bank holds rates steady as inflation cools for a third month',
  'Storm leaves thousands without power along the northern coast',
  'City council approves new cycling lanes after year-long debate',
  'Researchers map coral recovery in warming seas',
  'Local team clinches title in final-minute comeback',
];

function chrome(body: string, title: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | Daily Meridian</title>
<meta property="og:site_name" content="Daily Meridian">
<style>body{font:17px/1.6 Georgia,serif;margin:0;color:#222}header,footer{background:#102a43;color:#fff;padding:10px 20px}
nav a{color:#fff;margin-right:14px}.wrap{display:flex;gap:30px;max-width:1100px;margin:0 auto;padding:20px}
article{flex:3}aside{flex:1;font-size:14px}.comments{max-width:1100px;margin:0 auto;padding:0 20px 20px;font-size:14px}</style>
</head><body>
<header><strong>Daily Meridian</strong><nav>${NAV.map((n) => `<a href="#${n.toLowerCase()}">${n}</a>`).join('')}</nav></header>
${body}
<footer><p>© Daily Meridian. <a href="#privacy">Privacy</a> · <a href="#terms">Terms</a> · <a href="#contact">Contact us</a></p></footer>
<script>window.__pageScriptRan = true;</script>
</body></html>`;
}

/** A news article page made from one seed report. */
export function articlePage(seedFile = SAMPLE_SEED, opts: { extraParagraph?: string; titlePrefix?: string } = {}): string {
  const read = readArticleFromText(readFileSync(join(SEEDS_DIR, seedFile), 'utf8'));
  if (!read.ok) throw new Error(`seed ${seedFile}: ${read.message}`);
  const a = read.value;
  const title = (opts.titlePrefix ?? '') + a.title;
  const paragraphs = opts.extraParagraph ? [...a.paragraphs, opts.extraParagraph] : a.paragraphs;
  return chrome(
    `<div class="wrap"><article>
<h1>${escapeHtml(title)}</h1>
${a.dek ? `<p class="dek"><em>${escapeHtml(a.dek)}</em></p>` : ''}
<p class="byline">By Staff Reporter · Updated 2 hours ago</p>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article>
<aside><h2>Most read</h2><ul>${OTHER_STORIES.map((s, i) => `<li><a href="/story/${i}">${escapeHtml(s)}</a></li>`).join('')}</ul></aside></div>
<section class="comments"><h2>Comments (2)</h2>
<div class="comment"><b>reader42</b><p>Interesting, but I would like to see more sources.</p></div>
<div class="comment"><b>m.k.</b><p>Thanks for the update.</p></div></section>`,
    title,
  );
}

/** A home page: many story teasers, no article. */
export function homePage(): string {
  const seeds = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'));
  const teasers = [
    ...seeds.map((f) => {
      const r = readArticleFromText(readFileSync(join(SEEDS_DIR, f), 'utf8'));
      return r.ok ? r.value.title : f;
    }),
    ...OTHER_STORIES,
  ];
  return chrome(
    `<div class="wrap"><main><h1>Today’s news</h1><ul class="teasers">${teasers
      .map((t, i) => `<li><a href="/story/${i}"><h2>${escapeHtml(t)}</h2></a><p>2 hours ago · World</p></li>`)
      .join('')}</ul></main></div>`,
    'Home',
  );
}

/** Hostile strings a page may carry as text; none of them may ever run. */
export const HOSTILE_TEXT = 'Readers wrote <img src=x onerror="window.__pwned=1"> and <script>window.__pwned=2</script> and javascript:alert(1) in the comments.';
