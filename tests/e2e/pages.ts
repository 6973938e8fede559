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

/** The `<article>…</article>` of an article page, to move into other pages. */
function articleMarkup(seedFile: string): string {
  return /<article>[\s\S]*<\/article>/.exec(articlePage(seedFile))![0];
}

/**
 * A single-page app on one article; `window.goToNextStory()` does what such apps do: change the URL first,
 * then render the next article a moment later, as if it had been fetched.
 */
export function singlePageAppPage(firstSeed: string, nextSeed: string, nextPath: string): string {
  return articlePage(firstSeed).replace('</body>', `<template id="next-story">${articleMarkup(nextSeed)}</template>
<script>window.goToNextStory = () => {
  history.pushState({}, '', ${JSON.stringify(nextPath)});
  setTimeout(() => {
    const next = document.getElementById('next-story').content.cloneNode(true);
    document.querySelector('article').replaceWith(next);
    document.title = document.querySelector('article h1').textContent;
  }, 150);
};</script></body>`);
}

/** A bare page whose only content is an iframe showing `src` (same origin). */
export function iframeHostPage(src: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story viewer</title></head>
<body><p><a href="/">Back to the front page</a></p><iframe src="${escapeHtml(src)}" title="Story" width="1000" height="800"></iframe></body></html>`;
}

/** An old-style frameset: a navigation frame and the article frame. */
export function framesetPage(navSrc: string, articleSrc: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Daily Meridian (frames)</title></head>
<frameset cols="20%,80%"><frame src="${escapeHtml(navSrc)}" name="nav"><frame src="${escapeHtml(articleSrc)}" name="story"></frameset></html>`;
}

const COMMITTEE_PARAGRAPH = '<p>The committee met on Tuesday and discussed the budget, the schedule and the new rules for the river district at length.</p>';

/** Pages that are not articles, or barely: each must get its one-sentence message, not a spinner. */
export const UNUSUAL_PAGES = {
  empty: '<!doctype html><html><head><title></title></head><body></body></html>',
  navigationOnly: `<!doctype html><html lang="en"><head><title>Menu</title></head><body><nav>${NAV.map((n) => `<a href="/${n.toLowerCase()}">${n}</a>`).join(' ')}</nav></body></html>`,
  paywall: `<!doctype html><html lang="en"><head><title>Inside the Deal That Saved the Steel Plant</title></head><body><article><h1>Inside the Deal That Saved the Steel Plant</h1>
<p>The agreement came together in a hotel room at 3 a.m., after two days of talks. Few people expected it to hold.</p>
<div class="paywall"><p>Subscribe to continue reading.</p><button>Subscribe</button></div></article></body></html>`,
  fiveMegabytes: `<!doctype html><html lang="en"><head><title>Committee Agrees Budget for the River District</title></head><body><article><h1>Committee Agrees Budget for the River District</h1>${COMMITTEE_PARAGRAPH.repeat(Math.ceil(5_000_000 / COMMITTEE_PARAGRAPH.length))}</article></body></html>`,
  deeplyNested: `<!doctype html><html lang="en"><head><title>Deep</title></head><body>${'<div>'.repeat(5000)}<article><h1>Committee Agrees Budget for the River District</h1>${COMMITTEE_PARAGRAPH.repeat(12)}</article>${'</div>'.repeat(5000)}</body></html>`,
} as const;

/** Right-to-left text, emoji, bidi overrides, zero-width and control characters inside an otherwise English article. */
export const MIXED_SCRIPT_TEXT = 'Readers abroad wrote مرحبا بالعالم and שלום עולם 👋🏽👨‍👩‍👧 under the story; one signed \u202Eevil\u202C, another sent \u0007\u200B\u00A0odd\u2028spacing\u3000here.';
