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
    expect(names).toEqual(['JournosNews.com', 'Talks were constructive but work remains']);
    expect(el.querySelector('[data-report="002"] .score')!.textContent).toBe('86% match');
  });

  it('shows only non-empty sections, with counts at a glance', () => {
    const el = mount(<ReportView report={fixtureReport()} />);
    const first = el.querySelector('[data-report="002"]')!;
    const second = el.querySelector('[data-report="004"]')!;
    expect(sectionTitles(first)).toEqual(['Adds', 'Leaves out', 'Contradicts']);
    expect(sectionTitles(second)).toEqual(['Adds', 'Words differently']);
    expect(first.querySelector('.counts')!.textContent).toBe('1 adds · 1 leaves out · 0 words differently · 1 contradicts');
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
    expect(card.querySelector('[data-section=omitted] button')!.getAttribute('aria-label')).toBe('Show in the page: Yuri Ushakov');
  });

  it('lists what only this article carries and what most others carry but it lacks', () => {
    const el = mount(<ReportView report={fixtureReport()} />);
    expect(el.querySelector('[data-coverage=only-here]')!.textContent).toContain('Yuri Ushakov');
    const missing = el.querySelector('[data-coverage=missing-here]')!;
    expect(missing.textContent).toContain('Steve Witkoff 2/2');
    expect(missing.textContent).not.toContain('Florida'); // one of two is not "most"
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
