// Word-level diff between two wordings of one detail (jsdiff), in the report's shape.
import { diffWordsWithSpace } from 'diff';
import type { DiffPart } from '../report';

export function wordDiff(current: string, other: string): DiffPart[] {
  // With spaces as tokens the parts rebuild both wordings exactly.
  return diffWordsWithSpace(current, other).map((c) => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value }));
}

/** jsdiff-style rendering for tests and the terminal: "[-three-][+four+]-year war". */
export function renderDiff(parts: DiffPart[]): string {
  return parts.map((p) => (p.op === 'equal' ? p.text : p.op === 'delete' ? `[-${p.text}-]` : `[+${p.text}+]`)).join('');
}
