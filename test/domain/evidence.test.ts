import { describe, expect, it } from 'vitest';
import {
  buildEvidence,
  collectCitations,
  correctionSpan,
  correctionsBetween,
  indexEvidence,
  passageFor,
} from '../../src/domain/evidence';
import { SOURCE_DOCUMENTS, type Dataset } from '../../src/domain/model';
import { loadFullDataset } from '../../src/node/data-files';
import { readSourceTexts } from '../../src/node/sources';

const { dataset } = loadFullDataset();
const { texts, missing } = readSourceTexts();
const { evidence, problems } = buildEvidence(dataset, texts);
const index = indexEvidence(evidence, dataset.corrections);
const sourceLine = (document: string, n: number) => texts[document]!.split('\n')[n - 1];

describe('evidence from the real data and the repository copies of the sources', () => {
  it('reads all five documents and finds every citation inside its document', () => {
    expect(missing).toEqual([]);
    expect(Object.keys(texts).sort()).toEqual(Object.values(SOURCE_DOCUMENTS).sort());
    expect(problems).toEqual([]);
  });

  it('keeps every cited line, whole and exactly as the source prints it', () => {
    const citations = collectCitations(dataset);
    // Units, links, corrections, usage facts … all cite lines: hundreds of them.
    expect(citations.length).toBeGreaterThan(500);
    const wrong = citations.filter((c) => {
      const kept = index.line(c.document, c.line);
      return !kept || kept.shortened || kept.text !== sourceLine(c.document, c.line);
    });
    expect(wrong).toEqual([]);
  });

  it('keeps context lines equal to the source, or a marked beginning of them', () => {
    for (const [document, ranges] of Object.entries(evidence)) {
      for (const range of ranges) {
        range.lines.forEach((_, i) => {
          const n = range.start + i;
          const kept = index.line(document, n)!;
          const full = sourceLine(document, n)!;
          if (kept.shortened) {
            expect(full.startsWith(kept.text)).toBe(true);
            expect(kept.text.length).toBeLessThan(full.length);
          } else expect(kept.text).toBe(full);
        });
      }
    }
  });

  it('ships only a part of the documents', () => {
    const kept = Object.values(evidence)
      .flat()
      .reduce((n, r) => n + r.lines.length, 0);
    const total = Object.values(texts).reduce((n, t) => n + t.split('\n').length, 0);
    expect(kept).toBeLessThan(total);
    // The ILM specification is cited only in its unit table and rules: far from all of its 237 lines.
    const ilmKept = evidence[SOURCE_DOCUMENTS.ilm]!.reduce((n, r) => n + r.lines.length, 0);
    expect(ilmKept).toBeLessThan(237);
  });

  it("shows B6's row of the NOS table with the lines around it", () => {
    // NOS document line 72 is "\tB6.    Provide leadership in your area of responsibility"; the
    // level marks M (L3) and O (L4) follow on lines 74 and 75, in the context after it.
    const b6 = dataset.units.find((u) => u.id === 'nos:B6')!;
    const passage = passageFor(dataset, index, b6.source)!;
    expect(passage.found).toBe(true);
    expect(passage.from).toBe(72);
    expect(passage.to).toBe(72);
    const cited = passage.lines.filter((l) => l.cited);
    expect(cited.map((l) => l.text)).toEqual(['\tB6.    Provide leadership in your area of responsibility']);
    expect(passage.lines.map((l) => l.number)).toEqual([70, 71, 72, 73, 74, 75, 76]);
    expect(passage.lines.find((l) => l.number === 74)?.text).toBe('\tM');
    expect(passage.lines.find((l) => l.number === 75)?.text).toBe('\tO');
  });

  it("shows B6's summary row of the Topss map with the table's header rows above it", () => {
    // Topss line 80 is B6's row; line 78 is the header "| Generic Standards | | Specialist Standards …".
    const b6 = dataset.units.find((u) => u.id === 'nos:B6')!;
    const passage = passageFor(dataset, index, b6.summarySource!)!;
    expect(passage.lines.find((l) => l.cited)?.text).toMatch(/^\| B6 Provide leadership in your area/);
    expect(passage.lines.find((l) => l.number === 78)?.text).toMatch(/^\| Generic Standards \|/);
  });

  it('highlights the whole stretch of a correction that runs over several lines', () => {
    // ProQual lines 387–394: the repeated "Learning Outcome - The learner will:" (387) and
    // "Assessment Criterion - The learner can:" (389) headers after a page break, then criteria
    // 3.4–3.7 of unit K/506/1984 as a list (391–394); blank lines between. Eight lines in all.
    const correction = dataset.corrections.find((c) => c.id === 'proqual-l-506-1984-continued-table')!;
    expect(correction.source.line).toBe(387);
    const passage = passageFor(dataset, index, correction.source)!;
    expect([passage.from, passage.to]).toEqual([387, 394]);
    expect(passage.lines.filter((l) => l.cited).map((l) => l.text)).toEqual([
      'Learning Outcome - The learner will:',
      '',
      'Assessment Criterion - The learner can:',
      '',
      '- 3.4 Complete the tendering exercise in accordance with organisational standards',
      '- 3.5 Analyse the implications of procurement decisions for the organisation, suppliers and potential suppliers',
      '- 3.6 Communicate outcomes of the tendering exercise to stakeholders',
      '- 3.7 Adhere to organisational policies and procedures, legal and ethical requirements when awarding contracts',
    ]);
    expect(correctionsBetween(dataset, correction.source.document, passage.from, passage.to)).toContain(
      correction,
    );
  });
});

describe('evidence rules on a small made-up dataset', () => {
  const doc = SOURCE_DOCUMENTS.nos;
  const long = 'x'.repeat(300);
  const text = ['one', long, 'three', 'four', 'five', long, 'seven', 'eight'].join('\n');
  const small: Dataset = {
    frameworks: [],
    areas: [
      { id: 'area:A', letter: 'A', title: 'Area A', source: { document: doc, locator: 'l4', line: 4 } },
    ],
    nosLevelRules: [],
    units: [],
    qualifications: [],
    links: [],
    usageFacts: [],
    corrections: [
      {
        id: 'c1',
        kind: 'typo',
        field: 'title',
        original: 'seven\neight',
        corrected: 'Seven, eight',
        reason: 'two lines joined',
        records: ['area:A'],
        source: { document: doc, locator: 'l7', line: 7 },
      },
      {
        id: 'c2',
        kind: 'typo',
        field: 'title',
        original: 'past the end',
        corrected: 'x',
        reason: 'points nowhere',
        records: ['area:A'],
        source: { document: doc, locator: 'l99', line: 99 },
      },
    ],
    roleTemplates: [],
    synonyms: [],
  };

  it('keeps cited lines whole, cuts long context lines, and reports lines past the end', () => {
    const result = buildEvidence(
      small,
      { [doc]: text },
      { before: 2, after: 1, maxContextChars: 10, wholeDocumentChars: 0 },
    );
    // Line 4 cited with lines 2–5; lines 7–8 (the correction's two lines) with 5–6 before.
    expect(result.evidence[doc]).toEqual([
      {
        start: 2,
        lines: ['x'.repeat(10), 'three', 'four', 'five', 'x'.repeat(10), 'seven', 'eight'],
        shortened: [2, 6],
      },
    ]);
    expect(result.problems).toEqual([
      'correction c2: line 99 is past the end of 000_2ddea83f8caa00c9.txt (8 lines)',
    ]);
  });

  it('says which documents were not supplied', () => {
    expect(buildEvidence(small, {}).problems[0]).toBe(
      'area:A: the document 000_2ddea83f8caa00c9.txt was not supplied',
    );
  });

  it('finds how far a correction runs, skipping blank lines but not unrelated text', () => {
    const lines = ['Heading', '', 'first', '', 'second', 'other', 'third'];
    const at = (n: number) => lines[n - 1];
    expect(correctionSpan({ original: 'Heading\nfirst\nsecond' }, 1, at)).toBe(5);
    // "nowhere" is not within the next few lines: the stretch ends at "first".
    expect(correctionSpan({ original: 'Heading\nfirst\nnowhere\nsecond' }, 1, at)).toBe(3);
    expect(correctionSpan({ original: 'not here' }, 1, at)).toBe(1);
  });

  it('resolves lines stored as references to a correction', () => {
    const referenced = 'a line long enough to be stored as a reference to the correction';
    const data: Dataset = {
      ...small,
      corrections: [
        { ...small.corrections[0]!, original: referenced, source: { document: doc, locator: 'l1', line: 1 } },
      ],
    };
    const { evidence: compact } = buildEvidence(
      data,
      { [doc]: `${referenced}\nnext` },
      { before: 0, after: 0, maxContextChars: 10, wholeDocumentChars: 0 },
    );
    expect(compact[doc]).toEqual([{ start: 1, lines: [['c1', 0]] }]);
    expect(indexEvidence(compact, data.corrections).line(doc, 1)).toEqual({
      text: referenced,
      shortened: false,
    });
  });
});
