// Page text with its distinctive words in bold: built from text nodes only, never from markup.
export function Emphasised({ text, emphasis }: { text: string; emphasis: string[] }) {
  const marks = emphasis.filter((e) => e.length > 1).sort((a, b) => b.length - a.length);
  const parts: { text: string; strong: boolean }[] = [];
  let rest = text;
  while (rest) {
    let at = -1, hit = '';
    for (const m of marks) {
      const i = rest.indexOf(m);
      if (i >= 0 && (at < 0 || i < at)) [at, hit] = [i, m];
    }
    if (at < 0) {
      parts.push({ text: rest, strong: false });
      break;
    }
    if (at > 0) parts.push({ text: rest.slice(0, at), strong: false });
    parts.push({ text: hit, strong: true });
    rest = rest.slice(at + hit.length);
  }
  return <>{parts.map((p, i) => (p.strong ? <strong key={i}>{p.text}</strong> : p.text))}</>;
}
