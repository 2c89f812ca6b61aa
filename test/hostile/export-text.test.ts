/**
 * Hostile text in every written output (Markdown, CSV, SVG, HTML): one escaping module
 * (src/domain/escape.ts) used by every writer. The strings are the ones the hostile-input trial of
 * issue 11 used on the compare Markdown export, plus formula and markup tricks.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { compareThroughHub, comparisonToMarkdown } from '../../src/domain/compare';
import { courseFragment, mergeFragments, type CourseData } from '../../src/domain/course-import';
import { csvCell, htmlText, markdownText, xmlText } from '../../src/domain/escape';
import { toCsv } from '../../src/domain/export';
import { buildSpecification, specificationToMarkdown } from '../../src/domain/spec';
import { graphToSvg } from '../../src/domain/svg';
import { loadFullDataset } from '../../src/node/data-files';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '![pixel](https://evil.example/p.png)',
  '<script>alert(2)</script>',
  '**bold** _it_ ~~strike~~ `code`',
  '| a | b |',
  '# heading\n## another',
  '&lt;img src=x onerror=alert(3)&gt;',
  '<https://evil.example/auto>',
];

/** Markup that would be live in rendered Markdown: not preceded by a backslash. */
const LIVE = [
  /(?<!\\)<img/i,
  /(?<!\\)<script/i,
  /(?<!\\)\]\(javascript:/i,
  /(?<!\\)!\[/,
  /(?<!\\)<https?:/i,
  /(?<!\\)&lt;/,
];

const { dataset } = loadFullDataset();
const nosIds = new Set(dataset.units.filter((u) => u.framework === 'nos').map((u) => u.id));

describe('escape: each output on its own', () => {
  it.each(HOSTILE)('Markdown keeps %j as text on one line', (text) => {
    const out = markdownText(text);
    expect(out).not.toMatch(/\n/);
    for (const live of LIVE) expect(out).not.toMatch(live);
    // Nothing is lost: removing the escapes gives the text back (whitespace collapsed).
    expect(out.replace(/\\(.)/g, '$1')).toBe(text.replace(/\s+/g, ' ').trim());
  });

  it('CSV: cells and headers starting a formula (also full-width) are defused', () => {
    for (const text of ['=HYPERLINK("http://x")', '+1', '-1+2', '@SUM(A1)', '\t=1', '\r=1', '＝1+1'])
      expect(csvCell(text)).toBe(`'${text}`);
    expect(csvCell('plain = text')).toBe('plain = text');
    expect(csvCell(-3)).toBe(-3);
    const csv = toCsv([{ '=evil': '=cmd|" /C calc"!A0', ok: 'a,"b"\nc' }], ['=evil', 'ok']);
    const [header, row] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(header).toEqual(["'=evil", 'ok']);
    expect(row).toEqual([`'=cmd|" /C calc"!A0`, 'a,"b"\nc']);
  });

  it('SVG and HTML: markup characters become character references', () => {
    expect(xmlText('<a href="x" onclick=\'y\'>&</a>')).toBe(
      '&#60;a href=&#34;x&#34; onclick=&#39;y&#39;&#62;&#38;&#60;/a&#62;',
    );
    expect(htmlText('<script>')).toBe('&#60;script&#62;');
    const svg = graphToSvg(
      [{ id: '<script>alert(1)</script>', label: '"><img onerror=1>', kind: 'x', x: 0, y: 0 }],
      [],
    );
    expect(svg).not.toMatch(/<script|<img/);
  });
});

describe('escape: the writers use it', () => {
  const course: CourseData = {
    frameworkId: 'user-hostile',
    fileName: 'hostile.csv',
    importedAt: '2026-01-01T00:00:00.000Z',
    modules: HOSTILE.map((title, i) => ({
      code: `M${i + 1}`,
      title,
      row: i + 2,
      claims: [{ nos: 'nos:B6', relation: 'close' as const }],
    })),
  };
  const fragment = courseFragment('<img src=x onerror=alert(9)> [course](javascript:1)', course, nosIds);
  const merged = mergeFragments(dataset, [fragment]);
  const ilm = dataset.units.filter((u) => u.framework === 'ilm').map((u) => u.id);

  it('compare Markdown writes hostile module and side names as text (issue 11 finding)', () => {
    const comparison = compareThroughHub(
      merged,
      { label: fragment.frameworks[0]!.name, unitIds: fragment.units.map((u) => u.id) },
      { label: 'ILM 8605', unitIds: ilm },
      { minBasis: 'computed' },
    );
    const md = comparisonToMarkdown(comparison, merged);
    // The hostile titles are in the report (B6 is reached by the course), but never live.
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    for (const live of LIVE) expect(md).not.toMatch(live);
  });

  it('the specification Markdown escapes the same strings, including the person’s own courses', () => {
    const doc = buildSpecification(merged, '[spec](javascript:alert(1)) <img src=x onerror=1>', {
      level: 'L3',
      optionalUnits: [],
    });
    const md = specificationToMarkdown(doc);
    for (const live of LIVE) expect(md).not.toMatch(live);
  });
});
