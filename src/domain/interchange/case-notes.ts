/** The free text of a CASE item's notes: a unit's facts and source, and one line per mapping it carries. */
import type { Link, Unit } from '../model';
import { groupingTitle } from './case-vocabulary';
import { readableSource } from './shared';

function levelsText(unit: Unit): string | undefined {
  const entries = Object.entries(unit.levels ?? {});
  if (entries.length === 0) return undefined;
  const marks = entries.map(([level, mark]) => `${level} ${mark === 'M' ? 'mandatory' : 'optional'}`);
  return `NOS levels: ${marks.join(', ')}.`;
}

function qualificationFactsText(unit: Unit): string | undefined {
  const facts = [
    unit.level !== undefined ? `level ${unit.level}` : undefined,
    unit.credits !== undefined ? `${unit.credits} credits` : undefined,
    unit.glh !== undefined ? `${unit.glh} guided learning hours` : undefined,
    unit.group !== undefined ? `group ${unit.group}` : undefined,
  ].filter((f): f is string => f !== undefined);
  return facts.length > 0 ? `${facts.join(', ')}.` : undefined;
}

/** One line per link: what it claims, on what basis, and its evidence (rationale, score, caveat, source). */
function mappingLine(link: Link, other: string): string {
  return [
    `Mapping to ${other} (${groupingTitle(link.basis, link.relation)}` +
      `${link.context ? `, ${link.context} column` : ''}` +
      `${link.score !== undefined ? `, score ${link.score}` : ''}` +
      `${link.confidence ? `, confidence ${link.confidence}` : ''}).`,
    link.rationale ? `Rationale: ${link.rationale}` : undefined,
    link.caveat ? `Caveat: ${link.caveat.text} (${readableSource(link.caveat.source)})` : undefined,
    link.source ? `Source: ${readableSource(link.source)}.` : undefined,
  ]
    .filter((p): p is string => p !== undefined)
    .join(' ');
}

export function unitNotes(unit: Unit, mappings: string[]): string {
  return [
    unit.summary,
    levelsText(unit),
    qualificationFactsText(unit),
    unit.note,
    `Source: ${readableSource(unit.source)}.`,
    ...mappings,
  ]
    .filter((part): part is string => Boolean(part))
    .join('\n');
}

/** Mapping lines keyed by the item whose notes carry them: the origin when it is in this package. */
export function mappingNotes(links: Link[], inPackage: (id: string) => boolean): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  for (const link of links) {
    const [holder, other] = inPackage(link.from) ? [link.from, link.to] : [link.to, `${link.from} (from)`];
    notes.set(holder, [...(notes.get(holder) ?? []), mappingLine(link, other)]);
  }
  return notes;
}
