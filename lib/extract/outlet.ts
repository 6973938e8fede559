// Outlet: who published the text, when the text or page says it.

const NAME = String.raw`((?:The\s+)?[\p{Lu}][\p{L}\p{N}&'’.-]*(?:\s+[\p{Lu}][\p{L}\p{N}&'’.-]*){0,3})`;

/** Sentences in which a text names its own publisher. Group 1 is the name. */
const SELF_NAMING_RES: RegExp[] = [
  new RegExp(String.raw`^${NAME}\s+reports? this\b`, 'u'),
  new RegExp(String.raw`\b(?:rewritten|written|produced|published|edited) by\s+([\p{L}\p{N}-]+\.(?:com|net|org|co\.uk|news|info|io))\b`, 'u'),
  new RegExp(String.raw`\bviews of\s+([\p{L}\p{N}-]+\.(?:com|net|org|news))\b`, 'u'),
  new RegExp(String.raw`^Read more on\s+${NAME}\s*:`, 'u'),
  new RegExp(String.raw`^As\s+${NAME}\s+(?:reported|has reported|previously reported|wrote)\b`, 'u'),
  // A wire dateline names its agency: "VEROIA, Greece, Nov 22 (Meridian Press) - …".
  new RegExp(String.raw`^\p{Lu}[\p{Lu} .'’-]+,[^()\n]{0,60}\(${NAME}\)\s*[-–—]`, 'u'),
  // A masthead line with its tagline: "Northern Greece Today – news for Imathia, Pella and Pieria".
  new RegExp(String.raw`^${NAME}\s+[–—-]\s+(?:news|your|the|daily|local|independent)\b[^.!?]{0,80}$`, 'u'),
  // "© Provided by X" credits a picture to X; it does not name the publisher.
  new RegExp(String.raw`^(?:©|Copyright(?: ©)?)\s*(?:\d{4}\s+)?(?!Provided\b)${NAME}`, 'u'),
];

/** The outlet a piece of text names as its own publisher, or null. */
export function outletFromText(paragraphs: string[]): string | null {
  const votes = new Map<string, number>();
  for (const p of paragraphs) {
    for (const re of SELF_NAMING_RES) {
      // A name never runs over a sentence end: "© 2024 Riverside Daily. All rights reserved." names "Riverside Daily".
      const name = re.exec(p.trim())?.[1]?.split(/[.!?]\s/u)[0].trim().replace(/[.,:;]+$/, '');
      if (name && name.length >= 2) votes.set(name, (votes.get(name) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let bestVotes = 0;
  for (const [name, n] of votes) if (n > bestVotes) [best, bestVotes] = [name, n];
  return best;
}

/** Separators between a headline and the site's name in a page's <title> ("Headline - The Verge", "Headline | Mac & i"). */
const TITLE_SEPARATOR_RE = /\s+(?:[|\-–—·»]|::)\s+/u;
/** A title segment that is a date ("Feb. 1, 2016", "07.12.2017", "21/12/2018") names no outlet. */
const DATE_SEGMENT_RE = /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\b\d{4}\b/u;
const MAX_OUTLET_WORDS = 5;

/**
 * The outlet a page's <title> names after its headline, when the page has no site-name metadata:
 * "United States to Lift Sudan Sanctions - The New York Times" → "The New York Times". Null when the title is only
 * the headline, or what follows it is a date or too long to be a name.
 */
export function outletFromPageTitle(pageTitle: string | null | undefined, headline: string | null | undefined): string | null {
  const parts = (pageTitle ?? '').replace(/\s+/g, ' ').trim().split(TITLE_SEPARATOR_RE);
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const head = norm(headline ?? '');
  if (parts.length < 2 || !head || !head.startsWith(norm(parts[0]).slice(0, 20))) return null;
  const last = parts[parts.length - 1].trim();
  if (DATE_SEGMENT_RE.test(last) || last.split(' ').length > MAX_OUTLET_WORDS || !/\p{L}/u.test(last) || head.includes(norm(last))) return null;
  return last;
}
