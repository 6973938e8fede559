// The comparison scored on stories with an exhaustive fact annotation (tests/fixtures/stories), by the team's fact
// evaluation: what a reader would notice (missed differences, "differences" the other outlet did report, conflicts,
// how much is listed, the wrong story matched).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * Where the comparison stands, as floors: the targets are recall >= 0.90, precision >= 0.85, shared facts
 * listed <= 0.05, every conflict, every pair matched and the near-miss never listed; the figures below are a little
 * under what it reaches today (README, Quality), so a change that makes it worse fails here. council-vote,
 * ship-story, recall-story and quake-story were written by colleagues who had not seen the code; each was scored once before any change made while
 * looking at it (README), and has been a development story since.
 */
const FLOORS = {
  'harbour-fire': { recall: 0.86, precision: 0.91, shared: 0.1, conflicts: 14, matched: 12, nearListed: 0, nearFound: 0 },
  'velmore-derailment': { recall: 0.92, precision: 0.92, shared: 0.08, conflicts: 12, matched: 12, nearListed: 0, nearFound: 0 },
  'spillway-break': { recall: 0.88, precision: 0.83, shared: 0.19, conflicts: 12, matched: 12, nearListed: 0, nearFound: 0 },
  'council-vote': { recall: 0.8, precision: 0.7, shared: 0.25, conflicts: 16, matched: 12, nearListed: 0, nearFound: 0 },
  'ship-story': { recall: 0.81, precision: 0.75, shared: 0.24, conflicts: 16, matched: 12, nearListed: 0, nearFound: 0 },
  // Written blind after every other change of this release; the near-miss is matched by the one report without a date.
  'recall-story': { recall: 0.77, precision: 0.76, shared: 0.28, conflicts: 14, matched: 12, nearListed: 1, nearFound: 1 },
  // Written blind after every change of this session and scored once before any change made while looking at it
  // (recall 0.87, precision 0.67, shared 0.50, conflicts 7/24, boilerplate 12, the near-miss found by the undated
  // wire); then two changes for it (magnitudes, "Photograph:" credits). The trade briefing's closing disclaimer is still
  // listed (boilerplate 6): a known failure, held here so it does not grow.
  'quake-story': { recall: 0.86, precision: 0.68, shared: 0.5, conflicts: 15, matched: 12, nearListed: 0, nearFound: 1, boilerplate: 6 },
} as const;

function evaluate(story: string) {
  const r = spawnSync('python3', ['tests/fixtures/tools/fact_eval.py', `tests/fixtures/stories/${story}`], { encoding: 'utf8', env: { ...process.env, PROJECT: process.cwd() }, timeout: 240_000 });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  const m = /recall ([\d.]+) .*precision ([\d.]+) .*shared listed ([\d.]+) .*conflicts (\d+)\/(\d+), items\/pair (\d+) vs (\d+) true, matched (\d+)\/(\d+), near-miss listed (\d+) found (\d+), boilerplate (\d+)/.exec(line);
  if (!m) throw new Error(`fact evaluation gave no summary: ${r.stdout.slice(-300)} ${r.stderr.slice(-300)}`);
  const n = m.slice(1).map(Number);
  return { line, recall: n[0], precision: n[1], shared: n[2], conflicts: n[3], conflictsOf: n[4], items: n[5], truth: n[6], matched: n[7], pairs: n[8], nearListed: n[9], nearFound: n[10], boilerplate: n[11] };
}

describe.each(Object.keys(FLOORS) as (keyof typeof FLOORS)[])('%s, scored by the fact evaluation', (story) => {
  const s = evaluate(story);
  const floor = FLOORS[story];
  console.info(s.line);

  it('finds the differences and lists few facts both outlets carry', () => {
    expect(s.recall).toBeGreaterThanOrEqual(floor.recall);
    expect(s.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(s.shared).toBeLessThanOrEqual(floor.shared);
    expect(s.conflicts).toBeGreaterThanOrEqual(floor.conflicts);
  });

  it('lists no more than 1.5 items per pair for each fact that truly differs', () => {
    expect(s.items).toBeLessThanOrEqual(1.5 * s.truth);
  });

  it('matches the reports of the story, and not the report of the other event', () => {
    expect(s.matched).toBeGreaterThanOrEqual(floor.matched);
    expect(s.nearListed).toBeLessThanOrEqual(floor.nearListed);
    expect(s.nearFound).toBeLessThanOrEqual(floor.nearFound);
  });

  it('lists no boilerplate', () => {
    expect(s.boilerplate).toBeLessThanOrEqual('boilerplate' in floor ? floor.boilerplate : 0);
  });
});
