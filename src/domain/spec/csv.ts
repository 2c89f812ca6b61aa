/** The person specification as CSV, and file names for its exports. Pure. */
import { caveatLine } from '../caveats';
import { describeSource } from '../citation';
import { toCsv } from '../export';
import { EVERYTHING, type DocumentDetail } from './detail';
import { levelNumber } from './levels';
import { standardLabel, type CoveringUnit, type SpecificationDocument } from './document';

export const SPECIFICATION_CSV_COLUMNS = [
  'specification',
  'level',
  'status',
  'code',
  'title',
  'functional_area',
  'summary',
  'specialist_and_partnership_standards',
  'qualification_units_curated',
  'qualification_units_computed',
  'unit_id',
  'source',
  /** The person's own imported courses claimed against the unit (their data, not a source). */
  'your_courses',
];

/**
 * One row per unit. Lists inside a cell are separated by " | ". The columns never change; as in
 * the document, the qualification units are filled in the full document only, and the computed
 * ones only when suggestions are asked for.
 */
export function specificationToCsv(doc: SpecificationDocument, detail: DocumentDetail = EVERYTHING): string {
  const covering = (c: CoveringUnit) =>
    `${c.frameworkName} ${c.code} ${c.title} (${c.relation}${c.score !== undefined ? `, score ${c.score.toFixed(2)}` : ''})`;
  const rows = [...doc.mandatory, ...doc.optional].map((u) => ({
    specification: doc.name,
    level: levelNumber(doc.level),
    status: u.mark === 'M' ? 'mandatory' : 'optional',
    code: u.code,
    title: u.title,
    functional_area: u.area ? `${u.area.letter} ${u.area.title}` : '',
    // The summary as the document shows it: a whole sentence (summary.ts), not the map's fragment.
    summary: u.sentence.fromSource ? u.sentence.text : '',
    specialist_and_partnership_standards: u.standards
      .flatMap((g) =>
        g.standards.map(
          (s) =>
            `${g.shortName} ${standardLabel(s)} (${[s.column, s.basis].filter(Boolean).join(', ')})` +
            (s.caveat ? ` [${caveatLine(s.caveat)}]` : ''),
        ),
      )
      .join(' | '),
    qualification_units_curated: detail.full ? u.curatedCoverage.map(covering).join(' | ') : '',
    qualification_units_computed:
      detail.full && detail.suggestions ? u.computedCoverage.map(covering).join(' | ') : '',
    unit_id: u.id,
    source: describeSource(u.source),
    your_courses: u.yourCourses
      .flatMap((c) => c.modules.map((m) => `${c.name} ${m.code} ${m.title} (${m.relation}, your claim)`))
      .join(' | '),
  }));
  return toCsv(rows, SPECIFICATION_CSV_COLUMNS);
}

/** A file name from a specification name: "Team leader (copy)" → "team-leader-copy". */
export function fileSlug(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'specification'
  );
}
