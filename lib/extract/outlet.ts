// Outlet: who published the text, when the text or page says it.

const NAME = String.raw`((?:The\s+)?[\p{Lu}][\p{L}\p{N}&'’.-]*(?:\s+[\p{Lu}][\p{L}\p{N}&'’.-]*){0,3})`;

/** Sentences in which a text names its own publisher. Group 1 is the name. */
const SELF_NAMING_RES: RegExp[] = [
  new RegExp(String.raw`^${NAME}\s+reports? this\b`, 'u'),
  new RegExp(String.raw`\b(?:rewritten|written|produced|published|edited) by\s+([\p{L}\p{N}-]+\.(?:com|net|org|co\.uk|news|info|io))\b`, 'u'),
  new RegExp(String.raw`\bviews of\s+([\p{L}\p{N}-]+\.(?:com|net|org|news))\b`, 'u'),
  new RegExp(String.raw`^Read more on\s+${NAME}\s*:`, 'u'),
  new RegExp(String.raw`^As\s+${NAME}\s+(?:reported|has reported|previously reported|wrote)\b`, 'u'),
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
