// Two reports of a story that has nothing to do with the seeds (a council repairs a bridge), written for the tests:
// the detail rules must work on vocabulary, names and figures they were never tuned on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignDetails } from '../../../lib/compare/align';
import { renderDiff } from '../../../lib/compare/diff';
import { makeSide } from '../../../lib/compare/side';
import { readArticleFromText } from '../../../lib/extract/text';
import { flagged, lists } from './items';

const side = (name: string) => {
  const r = readArticleFromText(readFileSync(`tests/fixtures/articles/${name}`, 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return makeSide(name, r.value);
};
const r = alignDetails(side('bridge-a.txt'), side('bridge-b.txt'));
const namesNumbersQuotes = flagged([...r.added, ...r.omitted]);

describe('two reports of a council bridge repair', () => {
  it('finds the conflicting budget, currency included', () => {
    expect(r.conflicts.map((c) => `${c.currentValue} / ${c.otherValue}`)).toEqual(['£4.2 million / £4.5 million']);
  });

  it('shows shared quotes worded differently as word diffs', () => {
    expect(r.reworded.map((x) => renderDiff(x.diff))).toEqual(
      expect.arrayContaining(['[-This is -]the most important piece of infrastructure in the east of [-the-][+our+] city', 'a blank cheque for [+the +]contractors']),
    );
  });

  it.each(['40 millimetres', '2019', 'Harlow & Finch'])('lists %s, which only the first report gives, as left out', (d) => {
    expect(lists(r.omitted, d)).toBe(true);
  });

  it('lists the two-hour debate, which only the second report gives, as added', () => {
    expect(lists(r.added, 'two-hour debate')).toBe(true);
  });

  it.each(['Okonjo', 'Hale', '18 months', '31', '14,000', 'Tuesday', 'Riverside Bridge'])('does not flag %s, which both carry', (d) => {
    expect(namesNumbersQuotes).not.toContain(d);
  });
});
