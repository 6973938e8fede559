// Details with what comparison needs besides what the report shows.
import type { Detail } from '../report';

export interface RichDetail extends Detail {
  /** Character span of the detail in its sentence. */
  start: number;
  end: number;
  /** Concept stems of the detail's own words (quotes, claims) for fuzzy matching. */
  stems: string[];
  /** Concept stems around the detail, to decide whether two values describe the same thing. */
  context: string[];
  /** For quantities: the noun the number describes ("war", "meeting"), as a concept. */
  head?: string;
  /** "nearly", "about", "roughly": the value is approximate. */
  approx?: boolean;
  /**
   * For measures: the factor that took the stated figure to the canonical unit (1 for "22 km", 1.852 for "12 nautical
   * miles"), and half the last significant place of the stated figure in that unit ("5 km": 0.5; "3 miles": 0.8). A
   * figure converted from other units is rounded to about that: "3 miles" and "5 km" are one distance.
   */
  scale?: number;
  step?: number;
  /** "more than a dozen" (min), "up to 1,500" (max): the value is a bound of the figure, not the figure. */
  bound?: 'min' | 'max';
  /** A count of part of a group ("four of the injured"): it never rivals a count of the whole. */
  part?: boolean;
}
