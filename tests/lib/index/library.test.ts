// The reader's library as an index, and the pack file it is exported to and imported from.
import { describe, expect, it } from 'vitest';
import { fixtureArticle } from '../../fixtures/articles/read';
import { analyzeArticle } from '../../../lib/analyze';
import { keptReport, libraryIndex, sameArticle } from '../../../lib/index/library';
import { PACK_VERSION, packOf, parsePack } from '../../../lib/index/pack';

const bridgeA = fixtureArticle('bridge-a.txt');
const bridgeB = fixtureArticle('bridge-b.txt');
const when = new Date('2026-11-20T10:00:00Z');

describe('the library as an index', () => {
  it('compares a new article against a kept report of the same story, exactly like a bundled one', async () => {
    const index = libraryIndex([keptReport(bridgeA, 'https://courier.example/bridge', when)]);
    if (!index.ok) throw new Error(index.message);
    const report = await analyzeArticle(bridgeB, index.value);
    if (!report.ok) throw new Error(report.message);
    expect(report.value.related).toHaveLength(1);
    expect(report.value.related[0]!.conflicts.map((c) => `${c.currentValue} / ${c.otherValue}`)).toEqual(['£4.5 million / £4.2 million']);
  });

  it('keeps one copy of the same article: same address, or nearly the same text', () => {
    const a = keptReport(bridgeA, 'https://courier.example/bridge', when);
    expect(sameArticle(a, keptReport(bridgeA, 'https://courier.example/bridge?utm=x', when))).toBe(true); // same text
    expect(sameArticle(a, keptReport({ ...bridgeB }, 'https://courier.example/bridge', when))).toBe(true); // same address
    expect(sameArticle(a, keptReport(bridgeB, 'https://other.example/b', when))).toBe(false);
    expect(keptReport(bridgeA, 'https://courier.example/bridge', when).id).toBe(a.id);
  });
});

describe('packs', () => {
  it('round-trips a library: export, import, the same reports', () => {
    const kept = [keptReport(bridgeA, 'https://courier.example/bridge', when), keptReport(bridgeB, null, when)];
    const back = parsePack(packOf(kept));
    if (!back.ok) throw new Error(back.message);
    expect(back.value).toEqual(kept);
  });

  it.each([
    ['', 'is empty'],
    ['\u0000\u0001PK\u0003', 'is a binary file, not a Parallax pack'],
    ['hello', 'is not a Parallax pack (it is not JSON)'],
    ['{"format":"parallax-index","version":1,"docs":[]}', 'is not a Parallax pack'],
    [`{"format":"parallax-pack","version":${PACK_VERSION + 1},"reports":[]}`, `is a pack of version ${PACK_VERSION + 1}; this Parallax reads version ${PACK_VERSION}`],
    ['{"format":"parallax-pack","version":1,"reports":[{"title":"x","outlet":null,"sentences":[]}]}', 'is a damaged Parallax pack (a report in it has no title or text)'],
  ])('refuses %j with one sentence', (text, message) => {
    const r = parsePack(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe(message);
  });
});
