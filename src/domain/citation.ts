/** A plain-text citation for a unit: framework, code, title, source document and locator. */
import type { Dataset, Source, Unit } from './model';

export const DOCUMENT_TITLES: Record<string, string> = {
  '000_2ddea83f8caa00c9.txt':
    'National Occupational Standards in Management and Leadership (2004, updated March 2008)',
  '001_fa7db7218e08b3b4.txt': 'MSC / SkillsActive activity report on implementing the 2004 M&L NOS, 2006/07',
  '002_91bdc591f1f65ba7.txt':
    'ProQual Level 4 NVQ Diploma in Management, qualification specification (601/4759/3)',
  '003_4994f875fb7bc13d.txt':
    'Topss England, Leadership & Management Product 3: Mapping of leadership and management standards for social care',
  '004_b99c2eb5f5b05502.txt':
    'ILM Level 4 Award, Certificate and Diploma in Leadership and Management (8605), technical specification',
};

export function describeSource(source: Source): string {
  const title = DOCUMENT_TITLES[source.document] ?? source.document;
  return `${title}, ${source.locator}${source.line ? ` (line ${source.line})` : ''}`;
}

export function citationFor(dataset: Dataset, unit: Unit): string {
  const framework = dataset.frameworks.find((f) => f.id === unit.framework);
  return `${framework?.name ?? unit.framework}, ${unit.code}: “${unit.title}”. Source: ${describeSource(unit.source)}. Standards Atlas id ${unit.id}.`;
}
