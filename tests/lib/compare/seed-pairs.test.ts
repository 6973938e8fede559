// Every seed against the other four, scored against the hand annotation in seed-facts.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignDetails, type Alignment } from '../../../lib/compare/align';
import { renderDiff } from '../../../lib/compare/diff';
import { makeSide, type Side } from '../../../lib/compare/side';
import { readArticleFromText } from '../../../lib/extract/text';
import { lists, wronglyLists } from './items';
import { CONFLICTS, FACTS, SEED_FILES, type SeedId } from './seed-facts';

const ids = Object.keys(SEED_FILES) as SeedId[];
const sides = new Map<SeedId, Side>(
  ids.map((id) => {
    const r = readArticleFromText(readFileSync(`seeds/${SEED_FILES[id]}.txt`, 'utf8'));
    if (!r.ok) throw new Error(r.message);
    return [id, makeSide(id, r.value)];
  }),
);
const listed = lists;

const pairs: [SeedId, SeedId, Alignment][] = [];
for (const a of ids) for (const b of ids) if (a !== b) pairs.push([a, b, alignDetails(sides.get(a)!, sides.get(b)!)]);

describe('seed pairs against the hand annotation', () => {
  const found: string[] = [], missed: string[] = [], flaggedShared: string[] = [], keptShared: string[] = [];
  for (const [a, b, r] of pairs) {
    for (const f of FACTS) {
      const here = f.wording[a], there = f.wording[b];
      if (there && !here) (listed(r.added, there) ? found : missed).push(`${a} vs ${b}: adds ${f.fact}`);
      if (here && !there) (listed(r.omitted, here) ? found : missed).push(`${a} vs ${b}: leaves out ${f.fact}`);
      if (here && there) {
        // As the fact evaluation judges it: an item with a shared fact is wrong unless it also gives one only its side has.
        const onlyThere = FACTS.filter((g) => g.wording[b] && !g.wording[a]).map((g) => g.wording[b]!);
        const onlyHere = FACTS.filter((g) => g.wording[a] && !g.wording[b]).map((g) => g.wording[a]!);
        const wrong = wronglyLists(r.added, there, onlyThere) || wronglyLists(r.omitted, here, onlyHere);
        (wrong ? flaggedShared : keptShared).push(`${a} vs ${b}: ${f.fact}`);
      }
    }
  }

  it('reports its numbers', () => {
    console.info(`seed pairs: ${found.length}/${found.length + missed.length} unique details found; ${flaggedShared.length}/${flaggedShared.length + keptShared.length} shared details wrongly flagged`);
    expect(found.length + missed.length).toBeGreaterThan(100);
  });

  it('finds at least 90% of the details only one side carries', () => {
    const recall = found.length / (found.length + missed.length);
    if (process.env.PARALLAX_SHOW_MISSES) console.info(missed.join("\n"), "\n--- shared flagged:\n" + flaggedShared.join("\n"));
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('flags at most 10% of the details both sides carry', () => {
    const rate = flaggedShared.length / (flaggedShared.length + keptShared.length);
    expect(rate, flaggedShared.join('\n')).toBeLessThanOrEqual(0.1);
  });

  it.each(CONFLICTS)('%s vs %s: finds the conflict %s / %s', (a, b, here, there) => {
    const r = pairs.find(([x, y]) => x === a && y === b)![2];
    expect(r.conflicts.map((c) => `${c.currentValue} / ${c.otherValue}`)).toContain(`${here} / ${there}`);
  });

  it('lists no number conflict the annotation does not know', () => {
    const all = pairs.flatMap(([a, b, r]) => r.conflicts.map((c) => `${a} vs ${b}: ${c.currentValue} / ${c.otherValue}`));
    const expected = CONFLICTS.map(([a, b, h, t]) => `${a} vs ${b}: ${h} / ${t}`);
    expect(all.filter((c) => !expected.includes(c))).toEqual([]);
  });

  it('never lists site chrome as a detail', () => {
    const chrome = /related articles|read more|bir yanıt|başa dön|breaking news|stay informed|follow us|do not necessarily reflect|^more$|^world$/i;
    const texts = pairs.flatMap(([, , r]) => [...r.added, ...r.omitted].map((d) => d.text));
    expect(texts.filter((t) => chrome.test(t))).toEqual([]);
    // Items are whole sentences now: reporting that names its own outlet ("As The Gaze reported earlier, …") is
    // reporting; the outlet's name as a line of its own, or as a new "name", is chrome.
    expect(texts.filter((t) => /^(journosnews(\.com)?|the gaze)\W*$/i.test(t) || /^(journosnews|the gaze) reports? this/i.test(t))).toEqual([]);
    const anchors = pairs.flatMap(([, , r]) => [...r.added, ...r.omitted].flatMap((d) => d.anchors ?? []));
    expect(anchors.filter((a) => /journosnews|the gaze/i.test(a))).toEqual([]);
  });

  it('shows one claim in other words as a diff: "undermining" / "obstructing"', () => {
    const r = pairs.find(([x, y]) => x === '000' && y === '004')![2];
    expect(r.reworded.map((x) => renderDiff(x.diff))).toContain(
      'Putin[-,-] [-speaking earlier, -]accused European [-governments-][+allies+] of [-undermining-][+obstructing+] [-US-led -]peace efforts[+ by demanding changes+]',
    );
  });

  it('shows the same statement in other words as a diff, not as added and omitted: "framework" / "structure"', () => {
    const r = pairs.find(([x, y]) => x === '004' && y === '000')![2];
    expect(r.reworded.map((x) => renderDiff(x.diff))).toContain(
      '[+Ushakov said the discussions +]focused on the [-framework-][+structure+] of [-Trump’s-][+the+] [+US +]peace [-plan-][+framework+] rather[- than specific text-]',
    );
    expect(listed(r.omitted, 'focused on the framework')).toBe(false);
  });

  it('shows a shared quote worded differently as a word diff, not as added and omitted', () => {
    const r = pairs.find(([x, y]) => x === '000' && y === '004')![2];
    expect(r.reworded.map((x) => renderDiff(x.diff))).toContain('absolutely unacceptable[+ to Russia+]');
    expect(listed(r.added, 'absolutely unacceptable') || listed(r.omitted, 'absolutely unacceptable')).toBe(false);
  });
});
