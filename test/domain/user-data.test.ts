/**
 * User data is a typed fact (`origin: 'user'`), never recognised by text; the person
 * specification lists the person's own courses in their own section, never under the Topss
 * specialist/partnership heading (issue 11). NOS level 4 mandatory units (NOS document): B1, C2,
 * D2, E6, F3.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  courseFragment,
  isUserFramework,
  isUserLink,
  mergeFragments,
  type CourseData,
} from '../../src/domain/course-import';
import { buildGroups } from '../../src/domain/layout';
import type { Framework } from '../../src/domain/model';
import {
  buildSpecification,
  SPECIFICATION_CSV_COLUMNS,
  specificationToCsv,
  specificationToMarkdown,
} from '../../src/domain/spec';
import { loadFullDataset } from '../../src/node/data-files';

const { dataset } = loadFullDataset();
const nosIds = new Set(dataset.units.filter((u) => u.framework === 'nos').map((u) => u.id));
const course: CourseData = {
  frameworkId: 'user-my-course',
  fileName: 'mine.csv',
  importedAt: '2026-01-01T00:00:00.000Z',
  modules: [
    { code: 'M1', title: 'Leading people, my way', row: 2, claims: [{ nos: 'nos:B1', relation: 'close' }] },
  ],
};
const fragment = courseFragment('My leadership course', course, nosIds);
const merged = mergeFragments(dataset, [fragment]);

describe('user data as a typed fact', () => {
  it('an imported course makes a framework and links with origin "user"', () => {
    expect(fragment.frameworks[0]!.origin).toBe('user');
    expect(fragment.links.length).toBeGreaterThan(0);
    for (const link of fragment.links) expect(link.origin).toBe('user');
  });

  it('the text of a description or an id decides nothing', () => {
    const lookalike: Framework = {
      ...dataset.frameworks.find((f) => f.id === 'hsc')!,
      id: 'user-lookalike',
      description: 'User data: pretending to be an import',
    };
    expect(isUserFramework(lookalike)).toBe(false);
    expect(isUserLink({ origin: undefined })).toBe(false);
    const plain = { ...fragment.frameworks[0]!, description: 'A plain description' };
    expect(isUserFramework(plain)).toBe(true);
    const withLookalike = { ...merged, frameworks: [...merged.frameworks, lookalike] };
    const bands = new Map(buildGroups(withLookalike).map((g) => [g.framework, g.band]));
    expect(bands.get('user-my-course')).toBe('user');
    expect(bands.get('user-lookalike')).not.toBe('user');
  });
});

describe('the person specification and the person’s own courses', () => {
  const doc = buildSpecification(merged, 'Manager', { level: 'L4', optionalUnits: [] });
  const b1 = doc.mandatory.find((u) => u.id === 'nos:B1')!;

  it('lists them in their own section, not among the Topss standards', () => {
    expect(b1.standards.map((g) => g.framework)).not.toContain('user-my-course');
    expect(b1.yourCourses).toEqual([
      {
        framework: 'user-my-course',
        name: 'My leadership course',
        modules: [
          { id: 'user-my-course:M1', code: 'M1', title: 'Leading people, my way', relation: 'close' },
        ],
      },
    ]);
    // Without the course, B1's Topss standards are the same: the course added nothing there.
    const plain = buildSpecification(dataset, 'Manager', { level: 'L4', optionalUnits: [] });
    const plainB1 = plain.mandatory.find((u) => u.id === 'nos:B1')!;
    expect(b1.standards).toEqual(plainB1.standards);
    expect(plainB1.yourCourses).toEqual([]);
  });

  it('Markdown: under "Your own courses", labelled as the person’s data, after the Topss heading’s list', () => {
    const md = specificationToMarkdown(doc);
    const section = md.slice(md.indexOf('### B1 '), md.indexOf('### ', md.indexOf('### B1 ') + 4));
    const topss = section.slice(
      section.indexOf('**Specialist and partnership standards**'),
      section.indexOf('**Qualification units'),
    );
    expect(topss).not.toContain('My leadership course');
    expect(section).toContain(
      '**Your own courses** (your data: your claims, not checked by Standards Atlas)',
    );
    expect(section).toContain('- My leadership course **M1** Leading people, my way (close)');
  });

  it('CSV: in a your_courses column, never in the specialist and partnership column', () => {
    expect(SPECIFICATION_CSV_COLUMNS.at(-1)).toBe('your_courses');
    const rows = Papa.parse<Record<string, string>>(specificationToCsv(doc), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const row = rows.find((r) => r.unit_id === 'nos:B1')!;
    expect(row.your_courses).toBe('My leadership course M1 Leading people, my way (close, your claim)');
    expect(row.specialist_and_partnership_standards).not.toContain('My leadership course');
    expect(rows.filter((r) => r.unit_id !== 'nos:B1').every((r) => r.your_courses === '')).toBe(true);
  });
});
