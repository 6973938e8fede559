// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ReportView } from '../../components/ReportView';
import { WordDiff } from '../../components/WordDiff';
import { fixtureReport, HOSTILE } from './fixture-report';

let root: HTMLElement;
function mount(node: preact.ComponentChild) {
  root = document.createElement('div');
  document.body.appendChild(root);
  act(() => render(node, root));
  return root;
}
afterEach(() => { render(null, root); root.remove(); delete (globalThis as { __pwned?: unknown }).__pwned; });

const sectionTitles = (card: Element) => [...card.querySelectorAll('summary .section-title')].map((s) => s.textContent);

describe('ReportView', () => {
  it('shows the article, the outlet and how many reports were found', () => {
    const el = mount(<ReportView report={fixtureReport()} />);
    expect(el.querySelector('.eyebrow')!.textContent).toBe('Reading Daily Meridian');
    expect(el.querySelector('[data-testid=related-count]')!.textContent).toBe('2 other reports of this story');
  });

  it('names each card by outlet, or by title when the outlet is unknown, with its score', () => {
    const el = mount(<ReportView report={fixtureReport()} />);
    const names = [...el.querySelectorAll('.card .outlet')].map((h) => h.textContent);
    expect(names).toEqual(['JournosNews.com', '“Talks were constructive but…”']);
    expect(el.querySelector('[data-report="002"] .score')!.textContent).toBe('86% match');
  });

  it('shows only non-empty sections, with counts at a glance', () => {
    const el = mount(<ReportView report={fixtureReport()} />);
    const first = el.querySelector('[data-report="002"]')!;
    const second = el.querySelector('[data-report="004"]')!;
    expect(sectionTitles(first)).toEqual(['Adds', 'Leaves out', 'Contradicts']);
    expect(sectionTitles(second)).toEqual(['Adds', 'Words differently']);
    expect(first.querySelector('.counts')!.textContent).toBe('1 adds · 1 leaves out · 1 contradicts');
    // Cards start folded under their outlet and counts: the story above them is what the reader sees first.
    expect(first.querySelector('details')!.open).toBe(false);
    expect(second.querySelector('[data-section=added] .count')!.textContent).toBe('2');
  });

  it('puts each detail in the section it belongs to: value here vs there for contradictions', () => {
    const el = mount(<ReportView report={fixtureReport()} />);
    const card = el.querySelector('[data-report="002"]')!;
    expect(card.querySelector('[data-section=added]')!.textContent).toContain('past midnight');
    expect(card.querySelector('[data-section=omitted]')!.textContent).toContain('Yuri Ushakov');
    expect(card.querySelector('[data-section=conflicts] .pair')!.textContent).toBe('Here four years There three years');
  });

  it('renders page and report text as text: hostile markup shows literally and never runs', () => {
    const el = mount(<ReportView report={fixtureReport()} />);
    expect(el.querySelector('.article-title')!.textContent).toContain(HOSTILE);
    expect(el.querySelector('[data-report="004"] [data-section=added]')!.textContent).toContain(HOSTILE);
    expect(el.querySelector('img')).toBeNull();
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it('reveals a sentence of this article when its detail is activated, but not the other outlet’s details', () => {
    const onReveal = vi.fn();
    const el = mount(<ReportView report={fixtureReport()} onReveal={onReveal} />);
    const card = el.querySelector('[data-report="002"]')!;
    expect(card.querySelector('[data-section=added] button')).toBeNull();
    act(() => (card.querySelector('[data-section=conflicts] button') as HTMLButtonElement).click());
    expect(onReveal).toHaveBeenCalledWith(1);
    expect(card.querySelector('[data-section=omitted] button')!.getAttribute('aria-label')).toBe('Show in the page: Kremlin adviser Yuri Ushakov said the five-hour meeting was useful and constructive.');
    expect(card.querySelector('[data-section=omitted] strong')!.textContent).toBe('Yuri Ushakov');
  });

  it('opens on the story: contradictions, what others report (with who), what only this article has, wording', () => {
    const el = mount(<ReportView report={fixtureReport()} />);
    const titles = [...el.querySelectorAll('.story-title')].map((h) => h.firstChild!.textContent!.trim());
    expect(titles).toEqual(['Contradicts', 'Others report, this article doesn’t', 'Only this article', 'Worded differently']);
    expect(el.querySelector('[data-story=contradicts] .values')!.textContent).toBe('Here four years · JournosNews.com three years');
    const others = el.querySelector('[data-story=others]')!;
    expect(others.querySelector('.fact .carriers')!.textContent).toBe('“Talks were constructive but…” · 1 of 2');
    expect(others.querySelector('.fact strong')!.textContent).toBe('Jared Kushner');
    expect(el.querySelector('[data-story=only-here]')!.textContent).toContain('Yuri Ushakov');
  });

  it('shows two facts a section, then “Show all N”, and every fact once', () => {
    const el = mount(<ReportView report={fixtureReport()} />);
    const others = el.querySelector('[data-story=others]')!;
    expect(others.querySelectorAll('.fact')).toHaveLength(2);
    expect(others.querySelector('.show-all')!.textContent).toBe('Show all 3');
    const many = fixtureReport();
    many.facts = Array.from({ length: 7 }, (_, i) => ({ ...many.facts[1]!, id: `x${i}`, text: `Fact number ${i} from elsewhere.` }));
    render(null, root);
    const el2 = mount(<ReportView report={many} />);
    const section = el2.querySelector('[data-story=others]')!;
    expect(section.querySelectorAll('.fact')).toHaveLength(2);
    act(() => (section.querySelector('.show-all') as HTMLButtonElement).click());
    expect(section.querySelectorAll('.fact')).toHaveLength(7);
    expect(new Set([...section.querySelectorAll('.statement')].map((x) => x.textContent)).size).toBe(7);
  });

  it('shows one part that fails as one line in its place, and the rest as usual', () => {
    const broken = fixtureReport();
    broken.facts[0] = { ...broken.facts[0]!, conflict: [null as never] };
    const el = mount(<ReportView report={broken} />);
    expect(el.querySelector('.part-failed')!.textContent).toBe('Parallax could not show the contradictions.');
    expect(el.querySelector('[data-story=others]')).not.toBeNull();
    expect(el.querySelectorAll('.card')).toHaveLength(2);
  });

  it('says so when no other report covers the story', () => {
    const report = { ...fixtureReport(), related: [] };
    const el = mount(<ReportView report={report} />);
    expect(el.querySelector('[data-testid=related-count]')!.textContent).toBe('0 other reports of this story');
    expect(el.querySelector('.status-title')!.textContent).toBe('No other reports of this story');
    expect(el.querySelector('.card')).toBeNull();
  });
});

describe('WordDiff', () => {
  it('marks removed and added words with elements and text markers, not only colour', () => {
    const el = mount(<WordDiff parts={[{ op: 'equal', text: 'nearly ' }, { op: 'delete', text: 'four' }, { op: 'insert', text: 'three' }, { op: 'equal', text: '-year war' }]} />);
    expect(el.textContent).toBe('nearly [−four][+three]-year war');
    expect(el.querySelector('del')!.getAttribute('aria-label')).toBe('here only: four');
    expect(el.querySelector('ins')!.getAttribute('aria-label')).toBe('there only: three');
  });
});
