/**
 * The specification's downloads say as much as the document the person chose to see: concise
 * (mark, summary, standards beside the unit), full (adds area, usage facts, the qualification
 * units that cover it), computed suggestions only when asked for.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  buildSpecification,
  CONCISE,
  specificationToCsv,
  specificationToMarkdown,
} from '../../src/domain/spec';
import { loadFullDataset } from '../../src/node/data-files';

const { dataset } = loadFullDataset();
// Level 4 with A2, B6, D6: B6 and D6 are covered by curated ILM and ProQual units.
const doc = buildSpecification(dataset, 'Deputy manager', {
  level: 'L4',
  optionalUnits: ['nos:A2', 'nos:B6', 'nos:D6'],
});
const rows = (csv: string) =>
  Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

describe('specification downloads follow the chosen detail', () => {
  it('concise Markdown: no qualification units, no usage facts, no computed suggestions', () => {
    const md = specificationToMarkdown(doc, undefined, CONCISE);
    expect(md).toMatch(/^### B6 Provide leadership in your area of responsibility$/m);
    expect(md).toContain('**Specialist and partnership standards**');
    expect(md).not.toContain('Qualification units that cover it');
    expect(md).not.toContain('Computed (text similarity only');
    expect(md).not.toContain('MSC report 2006/07');
  });

  it('full Markdown without suggestions: curated coverage, no computed list', () => {
    const md = specificationToMarkdown(doc, undefined, { full: true, suggestions: false });
    expect(md).toContain('Qualification units that cover it');
    expect(md).toContain('Curated (reviewed by hand, with a rationale):');
    expect(md).not.toContain('Computed (text similarity only');
    expect(md).toContain('MSC report 2006/07');
  });

  it('full Markdown with suggestions adds the computed list', () => {
    const md = specificationToMarkdown(doc, undefined, { full: true, suggestions: true });
    expect(md).toContain('Computed (text similarity only, not reviewed; treat as leads):');
  });

  it('CSV keeps its columns; the coverage cells are filled only for the detail that shows them', () => {
    const concise = rows(specificationToCsv(doc, CONCISE));
    const full = rows(specificationToCsv(doc, { full: true, suggestions: false }));
    const everything = rows(specificationToCsv(doc, { full: true, suggestions: true }));
    expect(Object.keys(concise[0]!)).toEqual(Object.keys(everything[0]!));
    expect(concise.every((r) => r.qualification_units_curated === '')).toBe(true);
    expect(full.some((r) => r.qualification_units_curated !== '')).toBe(true);
    expect(full.every((r) => r.qualification_units_computed === '')).toBe(true);
    expect(everything.some((r) => r.qualification_units_computed !== '')).toBe(true);
    // The standards beside each unit are in every detail.
    const b6 = concise.find((r) => r.code === 'B6')!;
    expect(b6.specialist_and_partnership_standards).not.toBe('');
    // The summary is the whole sentence the document shows, not the map's continuation column.
    expect(b6.summary).toMatch(/^Provide leadership in your area of responsibility to provide direction/);
  });
});
