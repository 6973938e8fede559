// A report of the same talks written for the tests (not one of the seeds), compared with the seeds:
// the rules must carry over to wording nobody tuned them on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignDetails } from '../../../lib/compare/align';
import { renderDiff } from '../../../lib/compare/diff';
import { makeSide } from '../../../lib/compare/side';
import { readArticleFromText } from '../../../lib/extract/text';
import { flagged, lists } from './items';

const side = (path: string, id: string) => {
  const r = readArticleFromText(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return makeSide(id, r.value);
};
const wire = side('tests/fixtures/articles/same-story-wire.txt', 'wire');
const against = (seed: string) => alignDetails(wire, side(`seeds/${seed}.txt`, seed));
const flaggedIn = (r: ReturnType<typeof against>) => flagged([...r.added, ...r.omitted]);

describe('an unseen same-story report against The Gaze (001)', () => {
  const r = against('001_9a3a1d6131fd7a65');
  it.each(['Kirill Dmitriev', 'Andrii Sybiha', 'Brussels', 'shadow fleet', 'neither further nor closer', 'held via interpreters'])('adds %s', (d) => {
    expect(lists(r.added, d)).toBe(true);
  });
  it.each(['Ushakov', 'Witkoff', 'Kushner', 'Donbas', 'five hours', 'five-hour', 'Zelensk'])('does not flag %s, which both carry', (d) => {
    expect(flaggedIn(r)).not.toContain(d);
  });
  // Known miss since items became sentences: its other clause ("waiting to hear from the American delegation") and
  // names are carried, and a new clause inside a carried sentence is not judged on its own yet. it.fails turns red
  // the day it is found.
  it.fails('lists "urged that nothing be decided without Kyiv" as left out', () => {
    expect(lists(r.omitted, 'urged that nothing be decided without Kyiv')).toBe(true);
  });
});

describe('an unseen same-story report against 004', () => {
  const r = against('004_d06facaa95ba2ed8');
  it.each(['28-point plan', '20 items', 'Pokrovsk', 'nearly four-year war', 'Our people are dying every day'])('adds %s', (d) => {
    expect(lists(r.added, d)).toBe(true);
  });
  it.each(['Ireland', 'constructive', 'five hours', 'Donbas'])('does not flag %s, which both carry (visiting Ireland = on a visit to Ireland)', (d) => {
    expect(flaggedIn(r)).not.toContain(d);
  });
  it('shows the compromise quote as the same quote, worded differently', () => {
    expect(r.reworded.map((x) => renderDiff(x.diff))).toContain('[-We-][+a+] [-have-][+compromise+] [-not-][+hasn’t+] [-yet-][+been+] found[- a compromise-]');
  });
});

describe('an unseen same-story report against JournosNews (002)', () => {
  const r = against('002_41707d50bf3e4a01');
  it('adds the war’s length, which the wire report does not give, without calling it a conflict', () => {
    expect(lists(r.added, 'nearly three-year war')).toBe(true);
    expect(r.conflicts).toEqual([]);
  });
});
