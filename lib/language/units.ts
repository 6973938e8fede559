// Units of measure (lib/language/units.json): "30 tonnes" and "30 metric tons", "20 km" and "12 miles" meet as one value.
import data from './units.json';

const UNITS = new Map<string, [string, number]>(Object.entries(data.units as unknown as Record<string, [string, number]>));

/** Canonical unit and conversion factor of a unit word's stem, or null when it is not a unit of measure. */
export function unitOf(stemmed: string): { unit: string; factor: number } | null {
  const u = UNITS.get(stemmed);
  return u ? { unit: u[0], factor: u[1] } : null;
}
