/**
 * Doubtful placements and titles as printed at a placement. A published link may carry a `caveat`
 * (data/topss-map.json: a sentence and the source line that shows the doubt); every view and text
 * output that shows the link shows the caveat too, through these helpers. Pure.
 */
import { describeSource } from './citation';
import type { Link, Unit } from './model';

export type Caveat = NonNullable<Link['caveat']>;

/**
 * The title printed at this placement. A code printed with two titles (yw:D2, danos:BA3, …) keeps
 * its first title on the unit and the other one as a `variant` whose source line is the line of the
 * placement where it is printed; there, that variant is the title.
 */
export function titleAtPlacement(unit: Unit, link: Pick<Link, 'source'>): string {
  const at = link.source;
  if (!at || !unit.variants) return unit.title;
  const variant = unit.variants.find(
    (v) => v.source.document === at.document && v.source.line !== undefined && v.source.line === at.line,
  );
  return variant ? variant.text : unit.title;
}

/** One line for text outputs (Markdown, CSV, print): "Caveat: <text> (Source: <document, locator, line>)". */
export function caveatLine(caveat: Caveat): string {
  return `Caveat: ${caveat.text} (Source: ${describeSource(caveat.source)})`;
}

/** The caveats on a set of links, once each, in the order given. */
export function caveatsOf(links: readonly Pick<Link, 'caveat'>[]): Caveat[] {
  const seen = new Set<string>();
  const out: Caveat[] = [];
  for (const link of links)
    if (link.caveat && !seen.has(link.caveat.text + link.caveat.source.line)) {
      seen.add(link.caveat.text + link.caveat.source.line);
      out.push(link.caveat);
    }
  return out;
}
