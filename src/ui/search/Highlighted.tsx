/** Text with matched ranges in <mark>; with `context`, trimmed to the first match and its surroundings. */
export function Highlighted({
  text,
  ranges,
  context,
}: {
  text: string;
  ranges: [number, number][];
  context?: number;
}) {
  const sorted = [...ranges].filter(([a, b]) => b - a >= 2).sort((x, y) => x[0] - y[0]);
  let start = 0;
  let end = text.length;
  if (context !== undefined && sorted[0]) {
    start = Math.max(0, sorted[0][0] - context);
    end = Math.min(text.length, sorted[0][1] + context * 2);
  }
  const parts: { text: string; mark: boolean }[] = [];
  let cursor = start;
  for (const [a, b] of sorted) {
    if (b <= cursor || a >= end) continue;
    if (a > cursor) parts.push({ text: text.slice(cursor, a), mark: false });
    parts.push({ text: text.slice(Math.max(a, cursor), Math.min(b, end)), mark: true });
    cursor = Math.min(b, end);
  }
  if (cursor < end) parts.push({ text: text.slice(cursor, end), mark: false });
  return (
    <>
      {start > 0 && '…'}
      {parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
      {end < text.length && '…'}
    </>
  );
}
